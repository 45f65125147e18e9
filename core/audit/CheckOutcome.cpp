// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/CheckOutcome.h"

#include <array>
#include <utility>

namespace mxscope {

namespace {

constexpr std::array<std::pair<CheckStatus, const char *>, 6> statusNames {{
    {CheckStatus::NotRun, "not_run"},
    {CheckStatus::Running, "running"},
    {CheckStatus::Completed, "completed"},
    {CheckStatus::Failed, "failed"},
    {CheckStatus::Cancelled, "cancelled"},
    {CheckStatus::Refused, "refused"},
}};

} // namespace

QString toString(CheckStatus status)
{
    for (const auto &[value, name] : statusNames) {
        if (value == status)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<CheckStatus> checkStatusFromString(const QString &name)
{
    for (const auto &[value, text] : statusNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace mxscope
