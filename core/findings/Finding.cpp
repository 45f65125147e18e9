// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "findings/Finding.h"

namespace mxscope {

QString toString(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

std::optional<Severity> severityFromString(const QString &name)
{
    for (const auto severity :
         {Severity::Info, Severity::Low, Severity::Medium, Severity::High, Severity::Critical}) {
        if (name.compare(toString(severity), Qt::CaseInsensitive) == 0)
            return severity;
    }
    return std::nullopt;
}

} // namespace mxscope
