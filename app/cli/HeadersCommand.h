// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// mxscope-cli headers FILE.eml [--json]   ("-" reads standard input)
// Analyses the header of a received message: the Received hop timeline with delays and
// what the header discloses. Exits 0 when the header was read, 2 when it was unreadable
// or malformed.
int runHeadersCommand(const QStringList &arguments);

} // namespace mxscope::cli
