// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// `mxscope-cli compare BEFORE.json AFTER.json [--json]`: which findings were fixed, which
// are new and which remain between two JSON reports. Exit status ExitOk whatever changed
// (a comparison is information, not a gate), ExitUsage when a file cannot be read.
int runCompareCommand(const QStringList &arguments);

} // namespace mxscope::cli
