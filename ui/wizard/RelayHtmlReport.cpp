// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayHtmlReport.h"

#include "transcript/TranscriptModel.h"
#include "wizard/RelayOutcomeModel.h"

#include <QDateTime>
#include <QIODevice>
#include <QMap>

namespace mxscope {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

const char *styleSheet = R"(
body{font-family:"DejaVu Sans","IPAGothic","Noto Sans CJK JP",sans-serif;margin:2em;color:#1b1f24;background:#fff}
h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
.verdict{font-size:1.2em;font-weight:bold;padding:.6em;border-left:6px solid #57606a}
.open{border-color:#cf222e}.closed{border-color:#1a7f37}.inconclusive{border-color:#bf8700}
.mono,pre{font-family:"DejaVu Sans Mono",monospace;font-size:.9em;white-space:pre-wrap;word-break:break-all}
.sent{color:#0550ae}.received{color:#116329}.event{color:#6e7781;font-style:italic}
@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
)";

QString colourOf(RelayStage stage)
{
    return RelayOutcomeModel::stageColour(stage, false).name();
}

QString directionClass(TranscriptDirection direction)
{
    switch (direction) {
    case TranscriptDirection::Sent:
        return QStringLiteral("sent");
    case TranscriptDirection::Received:
        return QStringLiteral("received");
    case TranscriptDirection::Event:
        break;
    }
    return QStringLiteral("event");
}

} // namespace

bool RelayHtmlReport::write(const RelayPlan &plan, const RelayResult &result, bool cancelled,
                            const QList<TranscriptEntry> &transcript, QIODevice &device)
{
    const QString target = tr("%1 port %2").arg(plan.target.host).arg(plan.target.port);
    QString html;
    html
        += QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>%2</style></head><body>")
               .arg(esc(tr("mxscope relay test: %1").arg(target)), QString::fromLatin1(styleSheet));
    html += QStringLiteral("<h1>%1</h1>").arg(esc(tr("Relay test of %1").arg(target)));
    html
        += QStringLiteral("<p>%1<br>%2</p>")
               .arg(esc(tr("Sender %1, recipient %2, sending domain %3; %4.")
                            .arg(plan.sender, plan.recipient, plan.target.heloName,
                                 plan.sendData
                                     ? tr("a real test message was sent (token %1)").arg(plan.token)
                                     : tr("safe mode (RSET before DATA)"))),
                    esc(tr("Generated %1 by mxscope %2.")
                            .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                 QStringLiteral(MXSCOPE_VERSION))));
    QString verdict = result.verdictSentence;
    if (cancelled)
        //: Two sentences in a row. Keep the space where the language puts one between sentences.
        verdict = tr("%1 %2").arg(tr("Cancelled before every variant was tried."), verdict);
    html += QStringLiteral("<p class=\"verdict %1\">%2</p>")
                .arg(toString(result.verdict), esc(verdict));

    // Counts per stage, drawn as table-cell bars so the page prints and needs no script.
    QMap<int, int> counts;
    for (const RelayOutcome &o : result.outcomes)
        ++counts[int(o.stage)];
    html += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Outcomes")));
    const int total = std::max<int>(1, int(result.outcomes.size()));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const auto stage = RelayStage(it.key());
        html += QStringLiteral(
                    "<tr><td style=\"width:30%\">%1</td><td>%2</td><td style=\"width:55%\">"
                    "<div style=\"background:%3;height:1em;width:%4%\"></div></td></tr>")
                    .arg(esc(describe(stage)))
                    .arg(it.value())
                    .arg(colourOf(stage))
                    .arg(100 * it.value() / total);
    }
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h2>%1</h2><table><tr><th>%2</th><th>%3</th><th>%4</th><th>%5</th>"
                           "<th>%6</th><th>%7</th></tr>")
                .arg(esc(tr("Variants (%1)").arg(result.outcomes.size())), esc(tr("Variant")),
                     esc(tr("MAIL FROM")), esc(tr("RCPT TO")), esc(tr("Stage reached")),
                     esc(tr("Reply")), esc(tr("Evidence")));
    for (const RelayOutcome &o : result.outcomes) {
        QStringList links;
        for (const qsizetype line : o.commandEvidence + o.evidence)
            links.append(QStringLiteral("<a href=\"#t%1\">%1</a>").arg(line));
        html += QStringLiteral("<tr><td title=\"%1\">%2</td><td class=\"mono\">%3</td>"
                               "<td class=\"mono\">%4</td><td style=\"color:%5\">%6</td>"
                               "<td class=\"mono\">%7</td><td>%8</td></tr>")
                    .arg(esc(o.variant.description), esc(o.variant.id), esc(o.variant.mailFrom),
                         esc(o.variant.rcptTo), colourOf(o.stage), esc(describe(o.stage)),
                         esc(RelayOutcomeModel::replyText(o)), links.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");

    if (!result.findings.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2><ul>").arg(esc(tr("Findings")));
        for (const Finding &f : result.findings)
            html += QStringLiteral("<li><strong>[%1] %2</strong><br>%3</li>")
                        .arg(toString(f.severity), esc(f.title), esc(f.detail));
        html += QStringLiteral("</ul>");
    }

    html += QStringLiteral("<h2>%1</h2><pre>").arg(esc(tr("Transcript")));
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        const TranscriptEntry &e = transcript.at(i);
        html += QStringLiteral("<span id=\"t%1\" class=\"%2\">%1 #%3 %4 %5 %6</span>\n")
                    .arg(QString::number(i), directionClass(e.direction),
                         QString::number(e.connection),
                         QDateTime::fromMSecsSinceEpoch(e.timestampMs)
                             .toString(QStringLiteral("HH:mm:ss.zzz")),
                         esc(TranscriptModel::directionName(e.direction, e.tls)), esc(e.text));
    }
    html += QStringLiteral("</pre></body></html>\n");
    const QByteArray bytes = html.toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace mxscope
