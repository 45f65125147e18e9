// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// Exit statuses shared by every subcommand, so scripts can tell "the check ran and found
// something" from "the check could not run" from "you called it wrong".
enum ExitStatus : int {
    ExitOk = 0,
    ExitCheckFailed = 1, // refused, timeout, TLS failure, protocol violation
    ExitUsage = 2, // bad or missing arguments
    ExitFindingsAtThreshold = 3, // audit --fail-on: a finding at or above that severity
};

// A subcommand: parses its own arguments (arguments[0] is "mxscope-cli <name>") and returns
// the exit status; it may run the application's event loop.
using CommandRunner = int (*)(const QStringList &arguments);

} // namespace mxscope::cli
