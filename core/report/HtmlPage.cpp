// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/HtmlPage.h"

#include <QDateTime>
#include <QIODevice>

namespace mxscope {

namespace {

const char *styleSheet = R"(
body{font-family:"DejaVu Sans","IPAGothic","Noto Sans CJK JP",sans-serif;margin:2em;color:#1b1f24;background:#fff}
h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ccd;padding-bottom:.2em;margin-top:1.6em}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}
.sev{font-weight:bold;border-radius:3px;padding:0 .4em;color:#fff}
.info{background:#57606a}.low{background:#1f6feb}.medium{background:#bf8700}.high{background:#cf222e}.critical{background:#82071e}
.verdict{font-size:1.2em;font-weight:bold;padding:.6em;border-left:6px solid #57606a}
.verdict.open{border-color:#cf222e}.verdict.closed{border-color:#1a7f37}.verdict.inconclusive{border-color:#bf8700}
pre,.mono{font-family:"DejaVu Sans Mono",monospace;font-size:.9em;white-space:pre-wrap;word-break:break-all}
.sent{color:#0550ae}.received{color:#116329}.event{color:#6e7781;font-style:italic}
.fix{color:#444;font-size:.92em}
@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}
)";

QString marker(const TranscriptEntry &entry)
{
    switch (entry.direction) {
    case TranscriptDirection::Sent:
        return QStringLiteral("C:");
    case TranscriptDirection::Received:
        return QStringLiteral("S:");
    case TranscriptDirection::Event:
        break;
    }
    return QStringLiteral("*");
}

} // namespace

HtmlPage::HtmlPage(const QString &title)
{
    m_html = QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                            "<style>%2</style></head><body><h1>%1</h1>")
                 .arg(escape(title), QString::fromLatin1(styleSheet));
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
                           marker(e), e.tls ? QStringLiteral(" [TLS]") : QString(), escape(e.text));
    }
    m_html += QStringLiteral("</pre>");
}

bool HtmlPage::writeTo(QIODevice &device)
{
    const QByteArray bytes = (m_html + QStringLiteral("</body></html>\n")).toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace mxscope
