// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/TlsPolicyResult.h"
#include "findings/Finding.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mxscope {

// Turns what the TLS policy check saw into findings: STARTTLS missing or refused, a failed
// handshake, bytes injected after the 220 to STARTTLS, password AUTH before TLS, mail
// accepted in clear text against the user's policy, weak protocols and certificate problems.
// Pure: the same result and clock give the same findings, worst first.
class TlsPolicyFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::TlsPolicyFindings)

public:
    static QList<Finding> evaluate(const TlsPolicyResult &result, const QDateTime &now);

    // True when one of the certificate's names covers host: DNS names compare
    // case-insensitively, "*.example.org" stands for exactly one leading label, and an IP
    // address matches only an IP address entry. The subject's common name counts only
    // when the certificate has no alternative names (RFC 6125 6.4.4).
    static bool certificateNamesCover(const TlsDetails &tls, const QString &host);
    // "TLSv1.0", "TLSv1.1", "SSLv3" and the like: protocols RFC 8996 deprecates.
    static bool isDeprecatedProtocol(const QString &protocol);
};

} // namespace mxscope
