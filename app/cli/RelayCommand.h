// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// mxscope-cli relay --host H [--port P] [--tls ...] --helo D --from A --to B
//                   [--send-data --yes-i-am-authorised] [--json]
// Runs the open-relay matrix; exits 0 whenever the test ran, whatever the verdict.
int runRelayCommand(const QStringList &arguments);

} // namespace mxscope::cli
