// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "dns/DnsResult.h"
#include "findings/Finding.h"

#include <QCoreApplication>

namespace mxscope {

// What the DNS records mean for mail delivery and sender authentication.
// Lookups that got no answer (time-out, server failure) give no finding: unknown is not bad.
class DnsFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::DnsFindings)

public:
    static QList<Finding> evaluate(const DnsResult &result);
    static QString summary(const DnsResult &result, const QList<Finding> &findings);

private:
    static void addMxFindings(const DnsResult &r, QList<Finding> &findings);
    static void addReverseFindings(const DnsResult &r, QList<Finding> &findings);
    static void addSpfFindings(const DnsResult &r, QList<Finding> &findings);
    static void addDmarcFindings(const DnsResult &r, QList<Finding> &findings);
    static void addMtaStsFindings(const DnsResult &r, QList<Finding> &findings);
};

} // namespace mxscope
