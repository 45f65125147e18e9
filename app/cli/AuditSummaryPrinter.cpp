// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "AuditSummaryPrinter.h"

#include "report/AuditGrade.h"
#include "report/AuditHtmlSections.h"

#include <QTextStream>

#include <algorithm>

namespace mxscope::cli {

QString AuditSummaryPrinter::statusLine(const CheckOutcome &outcome)
{
    const QString sentence
        = outcome.status == CheckStatus::Completed ? outcome.summary : outcome.error;
    //: Check status, the check's one-sentence result, and how many findings it made.
    return tr("%1: %2 (%n finding(s))", nullptr, int(outcome.findings.size()))
        .arg(AuditHtmlSections::statusName(outcome.status), sentence);
}

void AuditSummaryPrinter::print(const RunRecord &record, QTextStream &out)
{
    const AuditGrade grade = AuditGrade::of(record);
    out << '\n'
        << tr("Audit of %1 port %2").arg(record.target.host, QString::number(record.target.port))
        << '\n'
        << tr("Grade: %1").arg(grade.letter.isEmpty() ? QStringLiteral("-") : grade.letter) << "  ("
        << grade.explanation() << ")\n";
    QStringList counts;
    for (const Severity s :
         {Severity::Critical, Severity::High, Severity::Medium, Severity::Low, Severity::Info})
        counts.append(AuditHtmlSections::severityName(s) + QStringLiteral(" ")
                      + QString::number(grade.counts.value(s)));
    out << counts.join(QStringLiteral(", ")) << "\n\n";
    qsizetype width = 0;
    for (const CheckOutcome &check : record.checks)
        width = std::max(width, check.checkId.size());
    for (const CheckOutcome &check : record.checks)
        out << "  " << check.checkId.leftJustified(width + 2) << statusLine(check) << '\n';
    QList<std::pair<QString, Finding>> findings;
    for (const CheckOutcome &check : record.checks) {
        for (const Finding &f : check.findings)
            findings.append({check.checkId, f});
    }
    std::stable_sort(findings.begin(), findings.end(), [](const auto &a, const auto &b) {
        return a.second.severity > b.second.severity;
    });
    if (!findings.isEmpty())
        out << '\n' << tr("Findings:") << '\n';
    for (const auto &[check, f] : std::as_const(findings))
        out << "  [" << toString(f.severity).toUpper() << "] " << f.title << "  (" << f.id << ")\n";
}

} // namespace mxscope::cli
