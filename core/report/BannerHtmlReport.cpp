// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/BannerHtmlReport.h"

#include "transcript/SafeText.h"

#include <QDateTime>
#include <QIODevice>

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
.sev{font-weight:bold;border-radius:3px;padding:0 .4em;color:#fff}
.info{background:#57606a}.low{background:#1f6feb}.medium{background:#bf8700}.high{background:#cf222e}.critical{background:#82071e}
pre,.mono{font-family:"DejaVu Sans Mono",monospace;font-size:.9em;white-space:pre-wrap;word-break:break-all}
.sent{color:#0550ae}.received{color:#116329}.event{color:#6e7781;font-style:italic}
.fix{color:#444;font-size:.92em}
@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
)";

QString replyBlock(const SmtpReply &reply)
{
    QStringList lines;
    for (const QByteArray &line : reply.lines)
        lines.append(QString::number(reply.code) + QLatin1Char(' ') + esc(safeText(line)));
    return QStringLiteral("<pre>") + lines.join(QLatin1Char('\n')) + QStringLiteral("</pre>");
}

} // namespace

bool BannerHtmlReport::write(const BannerResult &r, const QList<TranscriptEntry> &transcript,
                             QIODevice &device)
{
    QString html;
    html += QStringLiteral("<!DOCTYPE html><html><head><meta "
                           "charset=\"utf-8\"><title>%1</title><style>%2</style></head><body>")
                .arg(esc(tr("mxscope banner check: %1").arg(r.host)),
                     QString::fromLatin1(styleSheet));
    html += QStringLiteral("<h1>%1</h1>")
                .arg(esc(tr("Banner check of %1 port %2").arg(r.host).arg(r.port)));
    html += QStringLiteral("<p>%1</p>")
                .arg(esc(tr("Generated %1 by mxscope %2.")
                             .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                  QStringLiteral(MXSCOPE_VERSION))));
    if (!r.completed)
        html += QStringLiteral("<p><strong>%1</strong> %2</p>")
                    .arg(esc(tr("The check could not complete:")), esc(r.errorMessage));

    html += QStringLiteral("<h2>%1</h2>").arg(esc(tr("Findings (%1)").arg(r.findings.size())));
    if (r.findings.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Nothing to report.")));
    } else {
        html += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>")
                    .arg(esc(tr("Severity")), esc(tr("Finding")));
        for (const Finding &f : r.findings) {
            html
                += QStringLiteral(
                       "<tr><td><span class=\"sev %1\">%1</span></td><td><strong>%2</strong><br>%3")
                       .arg(toString(f.severity), esc(f.title), esc(f.detail));
            if (!f.remediation.isEmpty())
                html += QStringLiteral("<div class=\"fix\">%1 %2</div>")
                            .arg(esc(tr("Fix:")), esc(f.remediation));
            html += QStringLiteral("</td></tr>");
        }
        html += QStringLiteral("</table>");
    }

    if (r.greeting)
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(tr("Greeting (after %1 ms)").arg(r.greetingDelayMs)))
            + replyBlock(*r.greeting);
    if (r.helloReply)
        html += QStringLiteral("<h2>%1</h2>")
                    .arg(esc(r.usedHelo ? tr("HELO reply") : tr("EHLO reply")))
            + replyBlock(*r.helloReply);
    if (r.tls && r.tls->encrypted)
        html += QStringLiteral("<h2>TLS</h2><p class=\"mono\">%1</p>")
                    .arg(esc(
                        QStringLiteral("%1 %2 — %3 / %4")
                            .arg(r.tls->protocol, r.tls->cipher, r.tls->subject, r.tls->issuer)));
    if (r.helpReply)
        html += QStringLiteral("<h2>HELP</h2>") + replyBlock(*r.helpReply);

    html += QStringLiteral("<h2>%1</h2><table>").arg(esc(tr("Transcript")));
    for (qsizetype i = 0; i < transcript.size(); ++i) {
        const TranscriptEntry &e = transcript.at(i);
        const QString arrow = e.direction == TranscriptDirection::Sent ? QStringLiteral("C:")
            : e.direction == TranscriptDirection::Received             ? QStringLiteral("S:")
                                                                       : QStringLiteral("*");
        html += QStringLiteral("<tr id=\"t%1\" class=\"%2\"><td class=\"mono\">%3</td><td "
                               "class=\"mono\">%4%5</td><td class=\"mono\">%6</td></tr>")
                    .arg(i)
                    .arg(toString(e.direction),
                         QDateTime::fromMSecsSinceEpoch(e.timestampMs, Qt::UTC)
                             .toString(QStringLiteral("HH:mm:ss.zzz")),
                         arrow, e.tls ? QStringLiteral(" 🔒") : QString(), esc(e.text));
    }
    html += QStringLiteral("</table></body></html>\n");
    return device.write(html.toUtf8()) >= 0;
}

} // namespace mxscope
