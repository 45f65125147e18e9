// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/HarvestResult.h"

namespace mxscope {

QString toString(HarvestDefence defence)
{
    switch (defence) {
    case HarvestDefence::NotMeasured:
        return QStringLiteral("not-measured");
    case HarvestDefence::None:
        return QStringLiteral("none");
    case HarvestDefence::Delay:
        return QStringLiteral("delay");
    case HarvestDefence::TemporaryFailure:
        return QStringLiteral("temporary-failure");
    case HarvestDefence::Disconnect:
        return QStringLiteral("disconnect");
    }
    return {};
}

} // namespace mxscope
