// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/BaselineResult.h"

namespace mxscope {

QString toString(BaselineVerdict verdict)
{
    switch (verdict) {
    case BaselineVerdict::Discriminates:
        return QStringLiteral("discriminates");
    case BaselineVerdict::CatchAll:
        return QStringLiteral("catch-all");
    case BaselineVerdict::CannotVerify:
        return QStringLiteral("cannot-verify");
    case BaselineVerdict::Disabled:
        return QStringLiteral("disabled");
    case BaselineVerdict::AuthRequired:
        return QStringLiteral("auth-required");
    case BaselineVerdict::RelayDenied:
        return QStringLiteral("relay-denied");
    case BaselineVerdict::AddressRefused:
        return QStringLiteral("address-refused");
    case BaselineVerdict::SenderRefused:
        return QStringLiteral("sender-refused");
    case BaselineVerdict::RefusesAll:
        return QStringLiteral("refuses-all");
    case BaselineVerdict::Inconsistent:
        return QStringLiteral("inconsistent");
    case BaselineVerdict::Throttled:
        return QStringLiteral("throttled");
    case BaselineVerdict::NoAnswer:
        return QStringLiteral("no-answer");
    case BaselineVerdict::NotTested:
        return QStringLiteral("not-tested");
    }
    return {};
}

} // namespace mxscope
