// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/RelayHtmlReport.h"

#include "report/HtmlPage.h"

#include <QMap>

namespace mxscope {

namespace {

// Accepted is the alarming outcome; refusals are the healthy ones.
QString stageColour(RelayStage stage)
{
    switch (stage) {
    case RelayStage::AcceptedAtRcpt:
    case RelayStage::AcceptedAfterData:
        return QStringLiteral("#c01c28");
    case RelayStage::RejectedAtRcpt:
    case RelayStage::RefusedAfterData:
        return QStringLiteral("#1a7f37");
    case RelayStage::RejectedAtMail:
        return QStringLiteral("#0550ae");
    case RelayStage::Error:
        return QStringLiteral("#9a6700");
    case RelayStage::NotTried:
        break;
    }
    return QStringLiteral("#6e7781");
}

QString replyText(const RelayOutcome &outcome)
{
    if (outcome.stage == RelayStage::Error && !outcome.error.isEmpty())
        return outcome.error;
    return outcome.reply.code ? outcome.reply.summary() : QString();
}

// Counts per stage, drawn as table-cell bars so the page prints and needs no script.
QString outcomeBars(const QList<RelayOutcome> &outcomes)
{
    QMap<int, int> counts;
    for (const RelayOutcome &o : outcomes)
        ++counts[int(o.stage)];
    const int total = std::max<int>(1, int(outcomes.size()));
    QString html = QStringLiteral("<table>");
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto stage = RelayStage(it.key());
        html += QStringLiteral(
                    "<tr><td style=\"width:30%\">%1</td><td>%2</td><td style=\"width:55%\">"
                    "<div style=\"background:%3;height:1em;width:%4%\"></div></td></tr>")
                    .arg(HtmlPage::escape(describe(stage)))
                    .arg(it.value())
                    .arg(stageColour(stage))
                    .arg(100 * it.value() / total);
    }
    return html + QStringLiteral("</table>");
}

QString variantTable(const QList<RelayOutcome> &outcomes)
{
    using H = HtmlPage;
    QString html
        = QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th>"
                         "<th>%5</th><th>%6</th></tr>")
              .arg(H::escape(RelayHtmlReport::tr("Variant")),
                   H::escape(QStringLiteral("MAIL FROM")), H::escape(QStringLiteral("RCPT TO")),
                   H::escape(RelayHtmlReport::tr("Stage reached")),
                   H::escape(RelayHtmlReport::tr("Reply")),
                   H::escape(RelayHtmlReport::tr("Evidence")));
    for (const RelayOutcome &o : outcomes) {
        QStringList links;
        for (const qsizetype line : o.commandEvidence + o.evidence)
            links.append(QStringLiteral("<a href=\"#t%1\">%1</a>").arg(line));
        html += QStringLiteral("<tr><td title=\"%1\">%2</td><td class=\"mono\">%3</td>"
                               "<td class=\"mono\">%4</td><td style=\"color:%5\">%6</td>"
                               "<td class=\"mono\">%7</td><td>%8</td></tr>")
                    .arg(H::escape(o.variant.description), H::escape(o.variant.id),
                         H::escape(o.variant.mailFrom), H::escape(o.variant.rcptTo),
                         stageColour(o.stage), H::escape(describe(o.stage)),
                         H::escape(replyText(o)), links.join(QStringLiteral(", ")));
    }
    return html + QStringLiteral("</table>");
}

} // namespace

bool RelayHtmlReport::write(const RelayPlan &plan, const RelayResult &result, bool cancelled,
                            const QList<TranscriptEntry> &transcript, QIODevice &device)
{
    HtmlPage page(tr("Relay test of %1 port %2").arg(plan.target.host).arg(plan.target.port));
    page.paragraph(tr("Sender %1, recipient %2, sending domain %3; %4.")
                       .arg(plan.sender, plan.recipient, plan.target.heloName,
                            plan.sendData
                                ? tr("a real test message was sent (token %1)").arg(plan.token)
                                : tr("safe mode (RSET before DATA)")));
    page.generatedLine();
    QString verdict = result.verdictSentence;
    if (cancelled)
        //: Two sentences in a row. Keep the space where the language puts one between sentences.
        verdict = tr("%1 %2").arg(tr("Cancelled before every variant was tried."), verdict);
    page.paragraph(verdict, QStringLiteral("verdict ") + toString(result.verdict));
    page.heading(tr("Outcomes"));
    page.raw(outcomeBars(result.outcomes));
    page.heading(tr("Variants (%1)").arg(result.outcomes.size()));
    page.raw(variantTable(result.outcomes));
    page.findings(result.findings);
    page.transcript(transcript);
    return page.writeTo(device);
}

} // namespace mxscope
