// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/AuditGrade.h"

namespace mxscope {

namespace {

constexpr Severity bySeverity[]
    = {Severity::Critical, Severity::High, Severity::Medium, Severity::Low};

QString letterFor(Severity worst)
{
    switch (worst) {
    case Severity::Critical:
        return QStringLiteral("F");
    case Severity::High:
        return QStringLiteral("D");
    case Severity::Medium:
        return QStringLiteral("C");
    case Severity::Low:
        return QStringLiteral("B");
    case Severity::Info:
        break;
    }
    return QStringLiteral("A");
}

} // namespace

AuditGrade AuditGrade::of(const RunRecord &record)
{
    AuditGrade grade;
    for (const Severity s :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical})
        grade.counts.insert(s, 0);
    for (const CheckOutcome &check : record.checks) {
        ++grade.totalChecks;
        if (check.status == CheckStatus::Completed)
            ++grade.completedChecks;
        else if (check.status == CheckStatus::Refused)
            ++grade.skippedChecks;
        for (const Finding &finding : check.findings)
            ++grade.counts[finding.severity];
    }
    grade.incomplete = grade.completedChecks + grade.skippedChecks < grade.totalChecks;
    if (grade.completedChecks == 0)
        return grade;
    Severity worst = Severity::Info;
    for (const Severity s : bySeverity) {
        if (grade.counts.value(s) > 0) {
            worst = s;
            break;
        }
    }
    grade.letter = letterFor(worst);
    return grade;
}

QString AuditGrade::explanation() const
{
    if (letter.isEmpty())
        return tr("No check completed, so the server cannot be graded.");
    QString reason;
    if (counts.value(Severity::Critical))
        reason = tr("%n critical finding(s).", nullptr, counts.value(Severity::Critical));
    else if (counts.value(Severity::High))
        reason = tr("%n high-severity finding(s).", nullptr, counts.value(Severity::High));
    else if (counts.value(Severity::Medium))
        reason = tr("%n medium-severity finding(s).", nullptr, counts.value(Severity::Medium));
    else if (counts.value(Severity::Low))
        reason = tr("%n low-severity finding(s).", nullptr, counts.value(Severity::Low));
    else
        reason = tr("No finding above informational.");
    if (incomplete)
        //: Two sentences in a row. Keep the space where the language puts one between sentences.
        reason
            = tr("%1 %2").arg(reason,
                              tr("Only %1 of %n check(s) completed; the grade covers those alone.",
                                 nullptr, totalChecks)
                                  .arg(completedChecks));
    else if (skippedChecks > 0)
        //: Two sentences in a row. Keep the space where the language puts one between sentences.
        reason = tr("%1 %2").arg(reason,
                                 tr("%n check(s) did not start (they need your "
                                    "authorisation or more input) and are not graded.",
                                    nullptr, skippedChecks));
    return reason;
}

QString AuditGrade::rule()
{
    return tr("Grade: F with any critical finding, D with any high, C with any medium, B with "
              "any low, A with informational findings only or none.");
}

QString AuditGrade::cssClass() const
{
    if (letter == QLatin1String("F"))
        return QStringLiteral("critical");
    if (letter == QLatin1String("D"))
        return QStringLiteral("high");
    if (letter == QLatin1String("C"))
        return QStringLiteral("medium");
    if (letter == QLatin1String("B"))
        return QStringLiteral("low");
    if (letter == QLatin1String("A"))
        return QStringLiteral("good");
    return QStringLiteral("info");
}

} // namespace mxscope
