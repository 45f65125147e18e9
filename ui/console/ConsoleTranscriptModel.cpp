// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleTranscriptModel.h"

#include "smtp/EnhancedStatusParser.h"
#include "smtp/ReplyExplainer.h"

namespace mxscope {

namespace {

bool crossedTheWire(const TranscriptEntry &entry)
{
    return entry.direction != TranscriptDirection::Event;
}

} // namespace

ConsoleTranscriptModel::ConsoleTranscriptModel(QObject *parent, qsizetype maxRows)
    : TranscriptModel(parent, maxRows)
{ }

void ConsoleTranscriptModel::setShowLineEndings(bool show)
{
    if (show == m_showLineEndings)
        return;
    m_showLineEndings = show;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TextColumn), index(rowCount() - 1, TextColumn),
                           {Qt::DisplayRole});
}

void ConsoleTranscriptModel::setLineEndingMark(const QString &mark)
{
    m_lineEndingMark = mark;
    if (m_showLineEndings && rowCount() > 0)
        Q_EMIT dataChanged(index(0, TextColumn), index(rowCount() - 1, TextColumn),
                           {Qt::DisplayRole});
}

std::optional<QString> ConsoleTranscriptModel::explainLine(const QString &text)
{
    if (text.size() < 3)
        return std::nullopt;
    for (int i = 0; i < 3; ++i) {
        if (text.at(i) < u'0' || text.at(i) > u'9')
            return std::nullopt;
    }
    if (text.size() > 3 && text.at(3) != u' ' && text.at(3) != u'-')
        return std::nullopt;
    SmtpReply reply;
    reply.code = text.left(3).toInt();
    reply.enhanced = EnhancedStatusParser::parse(text.mid(4).toUtf8());
    return ReplyExplainer::explain(reply);
}

QVariant ConsoleTranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptEntry &e = entry(index.row());
    if (role == Qt::DisplayRole && index.column() == TextColumn && m_showLineEndings
        && crossedTheWire(e))
        return QString(e.text + m_lineEndingMark);
    if (role == Qt::ToolTipRole && e.direction == TranscriptDirection::Received) {
        const QString base = TranscriptModel::data(index, role).toString();
        if (const auto meaning = explainLine(e.text)) {
            // Our own sentences, escaped anyway: the tooltip is rich text.
            QString html = meaning->toHtmlEscaped();
            html.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
            return QString(base + QStringLiteral("<p>%1</p>").arg(html));
        }
        return base;
    }
    return TranscriptModel::data(index, role);
}

} // namespace mxscope
