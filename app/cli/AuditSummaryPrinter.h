// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QCoreApplication>

class QTextStream;

namespace mxscope::cli {

// The audit's terminal output: one line per finished check while it runs, and at the end
// the grade, the counts by severity, one line per check and the findings, worst first.
class AuditSummaryPrinter
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::AuditSummaryPrinter)

public:
    // "completed: Not an open relay (42 variants refused). 0 findings"
    static QString statusLine(const CheckOutcome &outcome);
    static void print(const RunRecord &record, QTextStream &out);
};

} // namespace mxscope::cli
