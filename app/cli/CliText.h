// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>

namespace mxscope::cli {

// The translation context of the command line's shared words and messages, for code
// outside any class: CliText::tr("...").
struct CliText {
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli)
};

} // namespace mxscope::cli
