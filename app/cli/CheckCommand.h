// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "ContextOptions.h"

#include <QStringList>

namespace mxscope::cli {

// One check of the catalogue as a subcommand: parses the target and the context options
// that contextFlags name (see ContextOptions), runs the check, prints its summary, findings
// and tables (or with --json its details, status and findings) and returns the exit status:
// ExitOk when the check reached a verdict, ExitCheckFailed when it could not, ExitUsage when
// the arguments were wrong or the check refused to run (it says why).
int runCheckCommand(const QString &checkId, unsigned contextFlags, const QStringList &arguments);

} // namespace mxscope::cli
