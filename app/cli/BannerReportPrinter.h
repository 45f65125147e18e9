// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/BannerResult.h"

#include <QCoreApplication>
#include <QTextStream>

namespace mxscope::cli {

// The human-readable banner check report on a terminal.
class BannerReportPrinter
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::cli::BannerReportPrinter)

public:
    static void print(const BannerResult &result, QTextStream &out);
};

} // namespace mxscope::cli
