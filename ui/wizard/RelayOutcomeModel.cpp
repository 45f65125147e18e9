// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayOutcomeModel.h"

#include "common/AlarmColour.h"

#include <QGuiApplication>
#include <QPalette>

namespace mxscope {

RelayOutcomeModel::RelayOutcomeModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void RelayOutcomeModel::setOutcomes(const QList<RelayOutcome> &outcomes)
{
    beginResetModel();
    m_outcomes = outcomes;
    endResetModel();
}

void RelayOutcomeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_outcomes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QColor RelayOutcomeModel::stageColour(RelayStage stage, bool dark)
{
    switch (stage) {
    case RelayStage::AcceptedAtRcpt:
    case RelayStage::AcceptedAfterData:
        return alarmColour(dark);
    case RelayStage::RejectedAtRcpt:
    case RelayStage::RefusedAfterData:
        return dark ? QColor(0x57, 0xe3, 0x89) : QColor(0x1a, 0x7f, 0x37);
    case RelayStage::RejectedAtMail:
        return dark ? QColor(0x79, 0xc0, 0xff) : QColor(0x05, 0x50, 0xae);
    case RelayStage::Error:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x9a, 0x67, 0x00);
    case RelayStage::NotTried:
        break;
    }
    return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
}

QString RelayOutcomeModel::replyText(const RelayOutcome &outcome)
{
    if (outcome.stage == RelayStage::Error && !outcome.error.isEmpty())
        return outcome.error;
    return outcome.reply.code ? outcome.reply.summary() : QString();
}

int RelayOutcomeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

int RelayOutcomeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RelayOutcomeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RelayOutcome &o = m_outcomes.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case IdColumn:
            return o.variant.id;
        case SenderColumn:
            return o.variant.mailFrom;
        case RecipientColumn:
            return o.variant.rcptTo;
        case StageColumn:
            return describe(o.stage);
        case ReplyColumn:
            return replyText(o);
        }
    } else if (role == Qt::ForegroundRole && index.column() == StageColumn) {
        const bool dark = QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
        return stageColour(o.stage, dark);
    } else if (role == Qt::ToolTipRole && index.column() == IdColumn) {
        // Tooltips guess at rich text: escape, then wrap on purpose.
        QString tip = o.variant.description.toHtmlEscaped();
        if (!o.variant.sources.isEmpty())
            tip += QStringLiteral("<br/><i>%1</i>")
                       .arg(o.variant.sources.join(QStringLiteral(", ")).toHtmlEscaped());
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(tip);
    } else if (role == Qt::ToolTipRole && index.column() == ReplyColumn) {
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
            .arg(replyText(o).toHtmlEscaped());
    }
    return {};
}

QVariant RelayOutcomeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Variant");
    case SenderColumn:
        return tr("MAIL FROM");
    case RecipientColumn:
        return tr("RCPT TO");
    case StageColumn:
        return tr("Stage reached");
    case ReplyColumn:
        return tr("Reply");
    }
    return {};
}

} // namespace mxscope
