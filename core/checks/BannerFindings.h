// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/BannerResult.h"

#include <QCoreApplication>

namespace mxscope {

// Turns what the banner check saw into findings: software and version disclosure,
// internal host names, what HELP gives away, missing STARTTLS, AUTH offered in clear,
// certificate problems, slow greetings.
class BannerFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::BannerFindings)

public:
    static QList<Finding> evaluate(const BannerResult &result);
};

} // namespace mxscope
