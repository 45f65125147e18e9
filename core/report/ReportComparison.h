// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mxscope {

// One finding seen in one or both runs.
struct FindingChange {
    QString checkId;
    QString checkTitle;
    Finding before; // empty id: not in the earlier run
    Finding after; // empty id: not in the later run
    bool detailChanged = false; // matched by check and id, but what it quotes differs
};

// Two runs side by side (before and after hardening): which findings were fixed, which are
// new and which remain. Findings match by check, finding id and a normalised detail key
// (case, digits and spacing ignored, so a new latency or version number does not make a
// finding "new"); those left over match by check and id alone, marked detailChanged.
// A finding of the earlier run whose check did not complete in the later one is
// "not retested", never "fixed".
//
//   const auto diff = ReportComparison::compare(*before, *after);
//   for (const FindingChange &c : diff.fixed) ...
struct ReportComparison {
    Q_DECLARE_TR_FUNCTIONS(mxscope::ReportComparison)

public:
    QList<FindingChange> fixed;
    QList<FindingChange> introduced;
    QList<FindingChange> unchanged;
    QList<FindingChange> notRetested;
    QString gradeBefore; // "A".."F", or empty
    QString gradeAfter;
    RunTarget targetBefore;
    RunTarget targetAfter;
    QString runBefore; // run ids
    QString runAfter;

    static ReportComparison compare(const RunRecord &before, const RunRecord &after);
    static QString detailKey(const QString &detail);
    bool sameTarget() const;
    // One translated sentence: "2 fixed, 1 new, 3 unchanged; grade D → B."
    QString summary() const;
    // schema "mxscope-comparison", version 1 (docs/report-schema.md).
    QJsonObject toJson() const;
};

} // namespace mxscope
