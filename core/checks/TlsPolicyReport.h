// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ResultTable.h"
#include "checks/TlsPolicyResult.h"
#include "findings/Finding.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mxscope {

// How the TLS policy check presents what it saw: a table of TLS properties (one row per
// property, each citing its transcript line), the JSON details and a one-sentence summary.
class TlsPolicyReport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::TlsPolicyReport)

public:
    static ResultTable table(const TlsPolicyResult &result);
    // "mode", "starttls_offered", "starttls_reply", "tls" (the negotiated session and
    // certificate), "capabilities_before_tls", "capabilities_after_tls", "auth_before_tls",
    // "plain_mail", "injection_detected", "handshake_failed", "legacy_tls" ({result:
    // not_run/refused/negotiated/inconclusive, protocol, message}), "error".
    static QJsonObject details(const TlsPolicyResult &result);
    static QString summary(const TlsPolicyResult &result, const QList<Finding> &findings);
};

} // namespace mxscope
