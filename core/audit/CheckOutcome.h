// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ChartData.h"
#include "audit/ResultTable.h"
#include "findings/Finding.h"

#include <QJsonObject>

#include <optional>

namespace mxscope {

enum class CheckStatus {
    NotRun,
    Running,
    Completed, // the check reached a verdict (findings may be empty: nothing wrong)
    Failed, // could not reach a verdict: refused connection, timeout, protocol violation
    Cancelled, // stopped by the user; what arrived is kept
    Refused, // not started: needs the user's authorisation or input it was not given
};

QString toString(CheckStatus status); // "not_run", "running", "completed", ...
std::optional<CheckStatus> checkStatusFromString(const QString &name);

// What one check produced. Filled as the check runs; complete when it finishes. This is
// what the run history saves, the reports print and two runs compare.
struct CheckOutcome {
    QString checkId; // "banner", "relay", "tls", ...
    QString title; // translated, as shown when the run was made
    CheckStatus status = CheckStatus::NotRun;
    QString summary; // one sentence verdict, e.g. "Not an open relay (42 variants refused)."
    QString error; // why it failed or was refused
    qint64 startedMs = 0; // since the epoch
    qint64 finishedMs = 0;
    QList<Finding> findings; // evidence indexes point into the run's transcript
    QList<ResultTable> tables;
    QList<ChartData> charts;
    // The check's own machine-readable result (the body of its CLI --json), e.g. the
    // capacity check's "accepted_max", "refusals" and "idle_timeout_s".
    QJsonObject details;
};

} // namespace mxscope
