// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "capacity/CapacityResult.h"
#include "findings/Finding.h"

#include <QCoreApplication>

namespace mxscope {

// What a connection ramp and an idle measurement mean for the server's resilience.
//
// Verdicts: a server that greets every connection of one client and holds them all has no
// per-client limit (Medium once the ramp went past the usual defaults, Postfix 50 and
// Exchange 20 per source, Info below that, where the test cannot tell). A server that stops
// greeting new connections without a 421 has had its whole capacity taken by one client
// (Medium). An idle session closed quickly is not a weakness: RFC 5321 4.5.3.2.7 asks
// servers to wait at least 5 minutes for the next command, so only a timeout far shorter
// than that is noted (Info), as it may cut off slow legitimate clients.
class CapacityFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::CapacityFindings)

public:
    // Largest per-client default among common MTAs (Postfix smtpd_client_connection_count_limit).
    static constexpr int commonDefaultLimit = 50;

    static QList<Finding> evaluate(const CapacityResult &result);
    static QString summary(const CapacityResult &result);
    static QString idleText(const IdleMeasurement &idle);
    static QString perClientLimitRemediation();
};

} // namespace mxscope
