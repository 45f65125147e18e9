// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckOutcome.h"

#include <QCoreApplication>
#include <QJsonObject>

class QTextStream;

namespace mxscope::cli {

// The two ways a subcommand shows a check's outcome.
class CheckPrinter
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::CheckPrinter)

public:
    // For people: status, summary, findings by severity, then each table.
    static void printText(const CheckOutcome &outcome, QTextStream &out);
    // For scripts: the check's own details at top level, with check, status, summary,
    // error and findings (id, severity, title, detail, remediation, evidence).
    static QJsonObject toJson(const CheckOutcome &outcome);

private:
    static void printTable(const ResultTable &table, QTextStream &out);
};

} // namespace mxscope::cli
