// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ResultTable.h"
#include "dns/DnsResult.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mxscope {

// The DNS check's result as a records table and its JSON keys (mx, reverse, spf, dmarc,
// mta_sts, tls_rpt, lookups).
class DnsReport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::DnsReport)

public:
    static ResultTable recordsTable(const DnsResult &result);
    static QJsonObject details(const DnsResult &result);
    static QString statusText(DnsStatus status);
};

} // namespace mxscope
