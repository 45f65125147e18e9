// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// mxscope-cli enum --host H [--port P] --users FILE [--method vrfy|expn|rcpt|auto]
//   [--domain D] [--from A] [--connections N] [--rate R] [--json] [--journal FILE]
// Exit 0 when the enumeration ran (whatever it found), 1 when it could not, 2 for bad
// arguments. SIGINT/SIGTERM cancel the run and print what was measured.
int runEnumCommand(const QStringList &arguments);

} // namespace mxscope::cli
