// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/HtmlPage.h"

#include <QDateTime>
#include <QIODevice>

namespace mxscope {

namespace {

const char *styleSheet = R"(
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--soft:#f6f8fa;--good:#1a7f37;--info:#57606a;--low:#0969da;--medium:#9a6700;--high:#cf222e;--critical:#82071e}
body{font-family:"DejaVu Sans","Noto Sans CJK JP","IPAGothic","Hiragino Sans","Yu Gothic",sans-serif;margin:2em auto;max-width:1100px;padding:0 1.5em;color:var(--ink);background:#fff;line-height:1.45;font-size:15px}
h1{font-size:1.6em;margin:.2em 0 .4em}h2{font-size:1.25em;border-bottom:2px solid var(--line);padding-bottom:.25em;margin-top:1.8em}
h3{font-size:1.05em;margin:1.2em 0 .4em}h4{font-size:.9em;margin:.8em 0 .2em;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
a{color:var(--low)}
table{border-collapse:collapse;width:100%;font-size:.92em;margin:.4em 0 1em}td,th{border:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top}
th{background:var(--soft)}tbody tr:nth-child(even){background:#fbfcfd}
.sev{display:inline-block;font-weight:bold;font-size:.78em;border-radius:3px;padding:.05em .45em;color:#fff;text-transform:uppercase;letter-spacing:.03em;white-space:nowrap}
.info{background:var(--info)}.low{background:var(--low)}.medium{background:var(--medium)}.high{background:var(--high)}.critical{background:var(--critical)}.good{background:var(--good)}
.verdict{font-size:1.2em;font-weight:bold;padding:.6em;border-left:6px solid #57606a}
.verdict.open{border-color:#cf222e}.verdict.closed{border-color:#1a7f37}.verdict.inconclusive{border-color:#bf8700}
pre,.mono,code{font-family:"DejaVu Sans Mono","Noto Sans Mono CJK JP",monospace;font-size:.88em}
pre,.mono{white-space:pre-wrap;word-break:break-all}
.sent{color:#0550ae}.received{color:#116329}.event{color:#6e7781;font-style:italic}
.fix{color:#444;font-size:.92em}
.brand{font-size:.8em;letter-spacing:.12em;text-transform:uppercase;color:var(--muted)}
.meta{width:auto;min-width:60%}.meta th{width:11em;background:none;font-weight:normal;color:var(--muted)}
.overview{display:flex;gap:1.5em;align-items:center;margin:1em 0;padding:1em;border:1px solid var(--line);border-radius:6px;background:var(--soft)}
.grade{flex:none;width:3.2em;height:3.2em;line-height:3.2em;text-align:center;font-size:2.4em;font-weight:bold;color:#fff;border-radius:8px}
.grade.incomplete{outline:3px dashed var(--medium);outline-offset:3px}
.grade-text{flex:1}.grade-text p{margin:.2em 0}.rule{font-size:.85em;color:var(--muted)}
.counts{display:flex;gap:.6em;margin:1em 0;flex-wrap:wrap}
.count{flex:1;min-width:7em;border:1px solid var(--line);border-top:5px solid var(--info);border-radius:4px;padding:.4em .7em;background:#fff}
.count b{display:block;font-size:1.7em}.count span{color:var(--muted);font-size:.85em}
.count.low{border-top-color:var(--low)}.count.medium{border-top-color:var(--medium)}.count.high{border-top-color:var(--high)}.count.critical{border-top-color:var(--critical)}
.count.info,.count.low,.count.medium,.count.high,.count.critical{background:#fff;color:var(--ink)}
.status{font-size:.75em;font-weight:bold;padding:.1em .5em;border-radius:10px;border:1px solid currentColor;vertical-align:middle;white-space:nowrap}
.status.completed{color:var(--good)}.status.failed,.status.refused{color:var(--high)}.status.cancelled,.status.running,.status.not_run{color:var(--medium)}
.check{margin-top:2.2em}.check>.summary{font-size:1.05em;padding:.5em .8em;border-left:4px solid var(--line);background:var(--soft)}
.finding{border:1px solid var(--line);border-left:5px solid var(--info);border-radius:4px;padding:.2em 1em .6em;margin:1em 0}
.finding.low{border-left-color:var(--low)}.finding.medium{border-left-color:var(--medium)}.finding.high{border-left-color:var(--high)}.finding.critical{border-left-color:var(--critical)}
.finding.info,.finding.low,.finding.medium,.finding.high,.finding.critical{background:#fff}
.finding h3 code{font-weight:normal;color:var(--muted);font-size:.8em}
.remedy{margin:.2em 0;display:grid;grid-template-columns:max-content 1fr;gap:.2em .8em}.remedy dt{font-weight:bold}.remedy dd{margin:0}
.excerpt{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:.4em .6em;margin:.3em 0}
.excerpt a,.transcript a{color:var(--muted);text-decoration:none}
.chart{max-width:100%;height:auto;display:block;margin:.6em 0}
.chart text{font-family:"DejaVu Sans","Noto Sans CJK JP",sans-serif;fill:#1b1f24}
.chart .chart-title{font-weight:bold;font-size:13px}.chart .tick,.chart .value{font-size:11px}.chart .tick{fill:#57606a}
.chart .axis-label,.chart .legend{font-size:12px}.chart .grid{stroke:#e1e4e8}.chart .axis{stroke:#57606a}
.transcript{font-family:"DejaVu Sans Mono","Noto Sans Mono CJK JP",monospace;font-size:.8em;white-space:pre-wrap;word-break:break-all}
.transcript div{padding:0 .3em}.transcript div:target,.excerpt div:target{background:#fff8c5}
.ln{display:inline-block;min-width:4.5em;color:#8c959f}
.result{font-size:.84em}.result td:last-child a{font-family:"DejaVu Sans Mono",monospace}
.muted{color:var(--muted)}.toc a{text-decoration:none}
footer{margin-top:3em;border-top:1px solid var(--line);padding-top:.6em;font-size:.85em;color:var(--muted)}
@page{margin:14mm 12mm}
@media print{body{margin:0;padding:0;max-width:none;font-size:10pt}a{color:inherit;text-decoration:none}
h2,h3{page-break-after:avoid;break-after:avoid}tr,.finding,.chart,.overview,.counts{page-break-inside:avoid;break-inside:avoid}
thead{display:table-header-group}.appendix{page-break-before:always;break-before:page}
.overview,.check>.summary,th,.excerpt{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.sev,.grade,.count{-webkit-print-color-adjust:exact;print-color-adjust:exact}.transcript{font-size:7.5pt}}
)";

} // namespace

QString HtmlPage::transcriptMarker(TranscriptDirection direction, const QString &eventMarker)
{
    switch (direction) {
    case TranscriptDirection::Sent:
        return QStringLiteral("C:");
    case TranscriptDirection::Received:
        return QStringLiteral("S:");
    case TranscriptDirection::Event:
        break;
    }
    return eventMarker;
}

HtmlPage::HtmlPage(const QString &title)
    : HtmlPage(title, QString())
{ }

HtmlPage::HtmlPage(const QString &title, const QString &kicker)
{
    //: The language code of this translation, for the reports' HTML lang attribute.
    const QString language = tr("en");
    m_html = QStringLiteral("<!DOCTYPE html><html lang=\"%3\"><head><meta charset=\"utf-8\">"
                            "<meta name=\"viewport\" content=\"width=device-width\">"
                            "<title>%1</title><style>%2</style></head><body>%4<h1>%1</h1>")
                 .arg(escape(title), QString::fromLatin1(styleSheet), escape(language),
                      kicker.isEmpty()
                          ? QString()
                          : QStringLiteral("<p class=\"brand\">%1</p>").arg(escape(kicker)));
}

void HtmlPage::heading(const QString &text)
{
    m_html += QStringLiteral("<h2>%1</h2>").arg(escape(text));
}

void HtmlPage::paragraph(const QString &text, const QString &cssClass)
{
    if (cssClass.isEmpty())
        m_html += QStringLiteral("<p>%1</p>").arg(escape(text));
    else
        m_html += QStringLiteral("<p class=\"%1\">%2</p>").arg(escape(cssClass), escape(text));
}

void HtmlPage::generatedLine()
{
    paragraph(tr("Generated %1 by mxscope %2.")
                  .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                       QStringLiteral(MXSCOPE_VERSION)));
}

void HtmlPage::findings(const QList<Finding> &findings)
{
    heading(tr("Findings (%1)").arg(findings.size()));
    if (findings.isEmpty()) {
        paragraph(tr("Nothing to report."));
        return;
    }
    m_html += QStringLiteral("<table><tr><th>%1</th><th>%2</th></tr>")
                  .arg(escape(tr("Severity")), escape(tr("Finding")));
    for (const Finding &f : findings) {
        QStringList links;
        for (const qsizetype line : f.evidence)
            links.append(QStringLiteral("<a href=\"#t%1\">%1</a>").arg(line));
        m_html += QStringLiteral("<tr><td><span class=\"sev %1\">%1</span></td>"
                                 "<td><strong>%2</strong><br>%3")
                      .arg(toString(f.severity), escape(f.title), escape(f.detail));
        if (!f.remediation.isEmpty())
            m_html += QStringLiteral("<div class=\"fix\">%1 %2</div>")
                          .arg(escape(tr("Fix:")), escape(f.remediation));
        if (!links.isEmpty())
            m_html += QStringLiteral("<div class=\"fix\">%1 %2</div>")
                          .arg(escape(tr("Evidence:")), links.join(QStringLiteral(", ")));
        m_html += QStringLiteral("</td></tr>");
    }
    m_html += QStringLiteral("</table>");
}

void HtmlPage::transcript(const QList<TranscriptEntry> &entries)
{
    heading(tr("Transcript"));
    m_html += QStringLiteral("<pre>");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TranscriptEntry &e = entries.at(i);
        m_html += QStringLiteral("<span id=\"t%1\" class=\"%2\">%1 #%3 %4 %5%6 %7</span>\n")
                      .arg(QString::number(i), toString(e.direction), QString::number(e.connection),
                           QDateTime::fromMSecsSinceEpoch(e.timestampMs, Qt::UTC)
                               .toString(QStringLiteral("HH:mm:ss.zzz")),
                           transcriptMarker(e.direction, QStringLiteral("*")),
                           e.tls ? QStringLiteral(" [TLS]") : QString(), escape(e.text));
    }
    m_html += QStringLiteral("</pre>");
}

bool HtmlPage::writeTo(QIODevice &device)
{
    const QByteArray bytes = html().toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace mxscope
