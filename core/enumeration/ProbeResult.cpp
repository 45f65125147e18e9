// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/ProbeResult.h"

namespace mxscope {

QString toString(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Exists:
        return QStringLiteral("exists");
    case ProbeVerdict::Absent:
        return QStringLiteral("absent");
    case ProbeVerdict::Unknown:
        return QStringLiteral("unknown");
    }
    return {};
}

std::optional<ProbeVerdict> probeVerdictFromString(const QString &name)
{
    for (const auto verdict : {ProbeVerdict::Exists, ProbeVerdict::Absent, ProbeVerdict::Unknown}) {
        if (name.compare(toString(verdict), Qt::CaseInsensitive) == 0)
            return verdict;
    }
    return std::nullopt;
}

} // namespace mxscope
