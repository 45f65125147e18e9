// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

namespace mxscope::cli {

// mxscope-cli banner --host H [--port P] [--tls none|starttls|implicit] [--json]
int runBannerCommand(const QStringList &arguments);

} // namespace mxscope::cli
