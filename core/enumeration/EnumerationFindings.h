// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationResult.h"

#include <QCoreApplication>

namespace mxscope {

// The findings of checks 4 and 5 from a finished (or cancelled) run: which methods leak
// users, backscatter, and how the server resists harvesting. Each cites the transcript
// lines of the baseline and probe replies that prove it.
class EnumerationFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::EnumerationFindings)

public:
    static QList<Finding> evaluate(const EnumerationResult &result);

    static QString disableVrfy();
    static QString disableExpn();
    static QString limitHarvesting();
    static QString rejectUnknownRecipients();
};

} // namespace mxscope
