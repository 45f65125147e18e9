// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/AuditHtmlSections.h"

#include "report/HtmlPage.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>

namespace mxscope {

QString AuditHtmlSections::anchorId(const QString &text)
{
    QString id;
    for (const QChar c : text.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')
            id += c;
        else if (!id.endsWith(u'-'))
            id += u'-';
    }
    return id.isEmpty() ? QStringLiteral("x") : id;
}

QString AuditHtmlSections::transcriptLink(qsizetype index)
{
    return QStringLiteral("<a href=\"#t%1\">%1</a>").arg(index);
}

QString AuditHtmlSections::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return tr("Info");
    case Severity::Low:
        return tr("Low");
    case Severity::Medium:
        return tr("Medium");
    case Severity::High:
        return tr("High");
    case Severity::Critical:
        return tr("Critical");
    }
    return tr("Info");
}

QString AuditHtmlSections::statusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotRun:
        return tr("Not run");
    case CheckStatus::Running:
        return tr("Running");
    case CheckStatus::Completed:
        return tr("Completed");
    case CheckStatus::Failed:
        return tr("Failed");
    case CheckStatus::Cancelled:
        return tr("Cancelled");
    case CheckStatus::Refused:
        return tr("Not started");
    }
    return {};
}

QString AuditHtmlSections::severityBadge(Severity severity)
{
    return QStringLiteral("<span class=\"sev %1\">%2</span>")
        .arg(toString(severity), esc(severityName(severity)));
}

QString AuditHtmlSections::statusBadge(CheckStatus status)
{
    return QStringLiteral("<span class=\"status %1\">%2</span>")
        .arg(toString(status), esc(statusName(status)));
}

QString AuditHtmlSections::finding(const Finding &f, const QString &anchor,
                                   const QList<TranscriptEntry> &transcript)
{
    QString html = QStringLiteral("<article class=\"finding %1\" id=\"%2\"><h3>%3 %4 <code>%5"
                                  "</code></h3><p>%6</p>")
                       .arg(toString(f.severity), anchor, severityBadge(f.severity), esc(f.title),
                            esc(f.id), esc(f.detail));
    if (!f.remediation.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Remediation")))
            + remediation(f.remediation);
    if (!f.evidence.isEmpty())
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Evidence")))
            + evidenceExcerpt(f.evidence, transcript);
    return html + QStringLiteral("</article>");
}

QString AuditHtmlSections::remediation(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral("(?:^|(?<=[.;] ))(Postfix|Exim|Sendmail|Exchange|Microsoft Exchange|"
                       "OpenSMTPD|qmail)\\s*[:：]\\s*"));
    QList<QRegularExpressionMatch> matches;
    auto it = label.globalMatch(text);
    while (it.hasNext())
        matches.append(it.next());
    if (matches.isEmpty())
        return QStringLiteral("<p class=\"fix\">%1</p>").arg(esc(text));
    QString html;
    const QString lead = text.left(matches.constFirst().capturedStart()).trimmed();
    if (!lead.isEmpty())
        html += QStringLiteral("<p class=\"fix\">%1</p>").arg(esc(lead));
    html += QStringLiteral("<dl class=\"remedy fix\">");
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype from = matches.at(i).capturedEnd();
        const qsizetype to
            = i + 1 < matches.size() ? matches.at(i + 1).capturedStart() : text.size();
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>")
                    .arg(esc(matches.at(i).captured(1)), esc(text.mid(from, to - from).trimmed()));
    }
    return html + QStringLiteral("</dl>");
}

QString AuditHtmlSections::evidenceExcerpt(const QList<qsizetype> &evidence,
                                           const QList<TranscriptEntry> &transcript)
{
    QList<qsizetype> lines;
    QSet<qsizetype> seen;
    for (const qsizetype index : evidence) {
        if (index < 0 || index >= transcript.size())
            continue;
        // The rest of a multi-line reply: same connection and direction, up to a few lines.
        const TranscriptEntry &first = transcript.at(index);
        for (qsizetype i = index; i < transcript.size() && i <= index + excerptFollowLines
             && transcript.at(i).connection == first.connection
             && transcript.at(i).direction == first.direction;
             ++i) {
            if (!seen.contains(i)) {
                seen.insert(i);
                lines.append(i);
            }
            if (first.direction != TranscriptDirection::Received)
                break;
        }
    }
    if (lines.isEmpty())
        return QStringLiteral("<p class=\"muted\">%1</p>")
            .arg(esc(tr("The cited lines are not in the saved transcript.")));
    std::sort(lines.begin(), lines.end());
    QString html = QStringLiteral("<div class=\"excerpt transcript\">");
    for (const qsizetype i : std::as_const(lines))
        html += transcriptLine(i, transcript.at(i), false);
    return html + QStringLiteral("</div>");
}

QString AuditHtmlSections::table(const ResultTable &t)
{
    const bool withEvidence = std::any_of(t.evidence.cbegin(), t.evidence.cend(),
                                          [](qsizetype index) { return index >= 0; });
    QString html = QStringLiteral("<h3>%1</h3><table class=\"result\"><thead><tr>")
                       .arg(esc(tr("%1 (%n row(s))", nullptr, int(t.rows.size())).arg(t.title)));
    for (const QString &column : t.columns)
        html += QStringLiteral("<th>%1</th>").arg(esc(column));
    if (withEvidence)
        html += QStringLiteral("<th>%1</th>").arg(esc(tr("Transcript")));
    html += QStringLiteral("</tr></thead><tbody>");
    for (qsizetype r = 0; r < t.rows.size(); ++r) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : t.rows.at(r))
            html += QStringLiteral("<td>%1</td>").arg(esc(cell));
        if (withEvidence) {
            const qsizetype index = t.evidence.value(r, -1);
            html += QStringLiteral("<td>%1</td>")
                        .arg(index >= 0 ? transcriptLink(index) : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString AuditHtmlSections::transcriptLine(qsizetype index, const TranscriptEntry &e,
                                          bool withAnchor)
{
    const QString number = withAnchor ? QString::number(index) : transcriptLink(index);
    return QStringLiteral("<div%1 class=\"%2\"><span class=\"ln\">%3</span>#%4 %5 %6%7 %8</div>")
        .arg(withAnchor ? QStringLiteral(" id=\"t%1\"").arg(index) : QString(),
             toString(e.direction), number, QString::number(e.connection),
             QDateTime::fromMSecsSinceEpoch(e.timestampMs, Qt::UTC)
                 .toString(QStringLiteral("HH:mm:ss.zzz")),
             HtmlPage::transcriptMarker(e.direction, QStringLiteral("**")),
             e.tls ? QStringLiteral(" [TLS]") : QString(), esc(e.text));
}

QString AuditHtmlSections::transcriptAppendix(const QList<TranscriptEntry> &transcript,
                                              qsizetype dropped)
{
    QString html = QStringLiteral("<section class=\"appendix\" id=\"transcript\"><h2>%1</h2>"
                                  "<p class=\"muted\">%2</p>")
                       .arg(esc(tr("Appendix: transcript")),
                            esc(tr("Every line sent (C:) and received (S:) during the run, "
                                   "and mxscope's own notes (**), numbered as the findings "
                                   "cite them; #n is the connection.")));
    if (dropped > 0)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("%n further line(s) exceeded the transcript's limit and are "
                                "not shown.",
                                nullptr, int(std::min<qsizetype>(dropped, INT_MAX)))));
    html += QStringLiteral("<div class=\"transcript\">");
    for (qsizetype i = 0; i < transcript.size(); ++i)
        html += transcriptLine(i, transcript.at(i), true);
    return html + QStringLiteral("</div></section>");
}

} // namespace mxscope
