// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QCoreApplication>
#include <QMap>

namespace mxscope {

// The overall grade of a run, from its worst finding:
//   F  at least one critical finding
//   D  at least one high finding
//   C  at least one medium finding
//   B  at least one low finding
//   A  informational findings only, or none
// A grade is only given when at least one check completed; it is marked incomplete when a
// check failed or was cancelled, because a check that did not finish cannot have found
// everything. Checks that did not start (they need authorisation or input that was not
// given) are named in the explanation and left out of the grade.
struct AuditGrade {
    Q_DECLARE_TR_FUNCTIONS(mxscope::AuditGrade)

public:
    QString letter; // "A" .. "F", or empty when nothing completed
    bool incomplete = false;
    QMap<Severity, int> counts; // every severity, zero included
    int completedChecks = 0;
    int skippedChecks = 0; // refused to start
    int totalChecks = 0;

    static AuditGrade of(const RunRecord &record);
    // One translated sentence: why this grade ("One high finding: at most D.").
    QString explanation() const;
    // The rule above, translated, for the report's footnote.
    static QString rule();
    // "critical", "high", ...: the CSS class of the letter's colour.
    QString cssClass() const;
};

} // namespace mxscope
