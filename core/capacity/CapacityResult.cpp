// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/CapacityResult.h"

#include <algorithm>

namespace mxscope {

QString toString(ConnectionOutcome outcome)
{
    switch (outcome) {
    case ConnectionOutcome::Pending:
        return QStringLiteral("pending");
    case ConnectionOutcome::Accepted:
        return QStringLiteral("accepted");
    case ConnectionOutcome::Refused421:
        return QStringLiteral("421");
    case ConnectionOutcome::RefusedReply:
        return QStringLiteral("rejected");
    case ConnectionOutcome::TcpRefused:
        return QStringLiteral("refused");
    case ConnectionOutcome::Reset:
        return QStringLiteral("reset");
    case ConnectionOutcome::Timeout:
        return QStringLiteral("timeout");
    case ConnectionOutcome::LocalError:
        return QStringLiteral("error");
    }
    return {};
}

bool isServerRefusal(ConnectionOutcome outcome)
{
    switch (outcome) {
    case ConnectionOutcome::Refused421:
    case ConnectionOutcome::RefusedReply:
    case ConnectionOutcome::TcpRefused:
    case ConnectionOutcome::Reset:
    case ConnectionOutcome::Timeout:
        return true;
    default:
        return false;
    }
}

QList<RefusalGroup> CapacityResult::refusalGroups() const
{
    QList<RefusalGroup> groups;
    for (const ConnectionAttempt &attempt : attempts) {
        if (!isServerRefusal(attempt.outcome))
            continue;
        // Timeouts and resets differ only in wording of the local error: one group each.
        const bool hasReply = attempt.code != 0;
        auto same = [&](const RefusalGroup &g) {
            return g.kind == attempt.outcome && g.code == attempt.code
                && (!hasReply || g.text == attempt.text);
        };
        auto it = std::find_if(groups.begin(), groups.end(), same);
        if (it == groups.end()) {
            groups.append({attempt.outcome, attempt.code, attempt.text, 0, attempt.evidence});
            it = groups.end() - 1;
        }
        ++it->count;
    }
    return groups;
}

int CapacityResult::refusalCount() const
{
    int count = 0;
    for (const ConnectionAttempt &attempt : attempts)
        count += isServerRefusal(attempt.outcome) ? 1 : 0;
    return count;
}

} // namespace mxscope
