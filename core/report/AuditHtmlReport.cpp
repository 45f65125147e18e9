// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/AuditHtmlReport.h"

#include "report/AuditGrade.h"
#include "report/AuditHtmlSections.h"
#include "report/HtmlPage.h"
#include "report/SvgChart.h"

#include <QDateTime>
#include <QIODevice>

namespace mxscope {

namespace {

using S = AuditHtmlSections;

QString timeText(qint64 ms)
{
    if (ms == 0)
        return AuditHtmlReport::tr("not recorded");
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
}

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::None:
        return AuditHtmlReport::tr("Plain SMTP");
    case TlsMode::StartTls:
        return AuditHtmlReport::tr("STARTTLS");
    case TlsMode::Implicit:
        return AuditHtmlReport::tr("Implicit TLS");
    }
    return toString(mode);
}

QString checkAnchor(qsizetype index, const CheckOutcome &check)
{
    return QStringLiteral("check-%1-%2").arg(index + 1).arg(S::anchorId(check.checkId));
}

QString findingAnchor(qsizetype check, qsizetype finding)
{
    return QStringLiteral("f-%1-%2").arg(check + 1).arg(finding + 1);
}

QString metaTable(const RunRecord &r)
{
    QList<std::pair<QString, QString>> rows {
        {AuditHtmlReport::tr("Server"),
         AuditHtmlReport::tr("%1 port %2").arg(r.target.host, QString::number(r.target.port))},
        {AuditHtmlReport::tr("Connection"), tlsModeName(r.target.tls)},
    };
    if (!r.target.domain.isEmpty())
        rows.append({AuditHtmlReport::tr("Mail domain"), r.target.domain});
    rows.append({AuditHtmlReport::tr("Started"), timeText(r.startedMs)});
    if (r.isFinished()) {
        rows.append({AuditHtmlReport::tr("Finished"), timeText(r.finishedMs)});
        rows.append(
            {AuditHtmlReport::tr("Duration"),
             AuditHtmlReport::tr("%1 s").arg((r.finishedMs - r.startedMs) / 1000.0, 0, 'f', 1)});
    } else {
        rows.append({AuditHtmlReport::tr("Finished"),
                     AuditHtmlReport::tr("The run did not finish; this report shows what was "
                                         "saved.")});
    }
    rows.append({AuditHtmlReport::tr("Run"), r.id});
    rows.append({AuditHtmlReport::tr("Tool"), QStringLiteral("mxscope ") + r.toolVersion});
    QString html = QStringLiteral("<table class=\"meta\">");
    for (const auto &[name, value] : rows)
        html += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(S::esc(name), S::esc(value));
    return html + QStringLiteral("</table>");
}

QString overview(const AuditGrade &grade)
{
    QString html
        = QStringLiteral("<div class=\"overview\"><div class=\"grade %1%2\" title=\"%3\">"
                         "%4</div><div class=\"grade-text\"><p><strong>%5</strong></p>"
                         "<p>%6</p><p class=\"rule\">%7</p></div></div>")
              .arg(grade.cssClass(), grade.incomplete ? QStringLiteral(" incomplete") : QString(),
                   S::esc(AuditHtmlReport::tr("Overall grade")),
                   S::esc(grade.letter.isEmpty() ? QStringLiteral("–") : grade.letter),
                   S::esc(AuditHtmlReport::tr("Overall grade")), S::esc(grade.explanation()),
                   S::esc(AuditGrade::rule()));
    html += QStringLiteral("<div class=\"counts\">");
    for (const Severity s :
         {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info})
        html += QStringLiteral("<div class=\"count %1\"><b>%2</b><span>%3</span></div>")
                    .arg(toString(s))
                    .arg(grade.counts.value(s))
                    .arg(S::esc(S::severityName(s)));
    return html + QStringLiteral("</div>");
}

QString contents(const RunRecord &r)
{
    QString html
        = QStringLiteral("<h2>%1</h2><table class=\"toc\"><thead><tr><th>%2</th>"
                         "<th>%3</th><th>%4</th><th>%5</th></tr></thead><tbody>")
              .arg(S::esc(AuditHtmlReport::tr("Checks")), S::esc(AuditHtmlReport::tr("Check")),
                   S::esc(AuditHtmlReport::tr("Status")), S::esc(AuditHtmlReport::tr("Findings")),
                   S::esc(AuditHtmlReport::tr("Result")));
    for (qsizetype i = 0; i < r.checks.size(); ++i) {
        const CheckOutcome &c = r.checks.at(i);
        QStringList badges;
        for (const Finding &f : c.findings) {
            if (f.severity != Severity::Info)
                badges.append(S::severityBadge(f.severity));
        }
        const QString result = c.status == CheckStatus::Completed ? c.summary : c.error;
        html += QStringLiteral("<tr><td><a href=\"#%1\">%2</a></td><td>%3</td><td>%4 %5</td>"
                               "<td>%6</td></tr>")
                    .arg(checkAnchor(i, c), S::esc(c.title.isEmpty() ? c.checkId : c.title),
                         S::statusBadge(c.status), QString::number(c.findings.size()),
                         badges.join(QLatin1Char(' ')), S::esc(result));
    }
    return html + QStringLiteral("</tbody></table>");
}

QString checkSection(qsizetype index, const CheckOutcome &c, const RunRecord &r)
{
    QString html
        = QStringLiteral("<section class=\"check\" id=\"%1\"><h2>%2. %3 %4</h2>")
              .arg(checkAnchor(index, c))
              .arg(index + 1)
              .arg(S::esc(c.title.isEmpty() ? c.checkId : c.title), S::statusBadge(c.status));
    const QString text = c.status == CheckStatus::Completed ? c.summary : c.error;
    if (!text.isEmpty())
        html += QStringLiteral("<p class=\"summary\">%1</p>").arg(S::esc(text));
    for (const ChartData &chart : c.charts)
        html += SvgChart::render(chart);
    html += QStringLiteral("<h3>%1</h3>")
                .arg(S::esc(AuditHtmlReport::tr("Findings (%1)").arg(c.findings.size())));
    if (c.findings.isEmpty())
        html += QStringLiteral("<p class=\"muted\">%1</p>")
                    .arg(S::esc(c.status == CheckStatus::Completed
                                    ? AuditHtmlReport::tr("Nothing to report.")
                                    : AuditHtmlReport::tr("None recorded before the check "
                                                          "ended.")));
    for (qsizetype f = 0; f < c.findings.size(); ++f)
        html += S::finding(c.findings.at(f), findingAnchor(index, f), r.transcript);
    for (const ResultTable &table : c.tables)
        html += S::table(table);
    return html + QStringLiteral("</section>");
}

} // namespace

QString AuditHtmlReport::render(const RunRecord &r)
{
    HtmlPage page(tr("Mail server security audit of %1").arg(r.target.host),
                  tr("mxscope security report"));
    page.raw(metaTable(r));
    page.raw(overview(AuditGrade::of(r)));
    page.raw(contents(r));
    for (qsizetype i = 0; i < r.checks.size(); ++i)
        page.raw(checkSection(i, r.checks.at(i), r));
    page.raw(S::transcriptAppendix(r.transcript, r.transcriptDropped));
    page.raw(QStringLiteral("<footer>%1 %2</footer>")
                 .arg(S::esc(tr("Generated %1 by mxscope %2.")
                                 .arg(timeText(QDateTime::currentMSecsSinceEpoch()),
                                      QStringLiteral(MXSCOPE_VERSION))),
                      S::esc(tr("Test only servers you are authorised to test."))));
    return page.html();
}

bool AuditHtmlReport::write(const RunRecord &record, QIODevice &device)
{
    const QByteArray bytes = render(record).toUtf8();
    return device.write(bytes) == bytes.size();
}

} // namespace mxscope
