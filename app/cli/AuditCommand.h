// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// `mxscope-cli audit`: runs the chosen checks (default: the catalogue's full audit) one after
// another against one server, shows progress on stderr and a graded summary on stdout, and
// writes the HTML, JSON and CSV reports asked for, also after Ctrl-C. Exit status: ExitOk,
// ExitFindingsAtThreshold when a finding at or above --fail-on was found (checked first,
// so CI can gate on it), ExitCheckFailed when a check failed or the run was cancelled,
// ExitUsage for bad arguments.
int runAuditCommand(const QStringList &arguments);

} // namespace mxscope::cli
