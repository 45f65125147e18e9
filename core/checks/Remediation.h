// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QString>

namespace mxscope {

// How to fix a finding on Postfix, Exim, Sendmail and Exchange, in one place so every
// check and report says it the same way.
class Remediation
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::Remediation)

public:
    static QString hideSoftwareBanner();
    static QString publicHostName();
    static QString enableStartTls();
    static QString authOnlyAfterTls();
    static QString trustedCertificate();
};

} // namespace mxscope
