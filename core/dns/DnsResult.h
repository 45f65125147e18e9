// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "dns/DnsQuery.h"

#include <QHostAddress>
#include <QList>
#include <QString>

namespace mxscope {

// Reverse DNS of one server address and whether it resolves back (FCrDNS).
struct ReverseCheck {
    QHostAddress address;
    QString source; // the host the address belongs to (the target or an MX host)
    DnsAnswer ptr;
    QStringList confirmedNames; // PTR names whose A/AAAA records include the address
    QStringList unconfirmedNames; // PTR names that resolved without the address
    bool forwardUnknown = false; // a forward lookup failed: no verdict
};

// Everything the DNS check looked up for one domain (and optionally one server).
struct DnsResult {
    QString domain;
    QString host; // the target server, empty when only the domain was given
    DnsAnswer mx;
    QList<DnsAnswer> mxAddresses; // A and AAAA of each MX host
    QList<DnsAnswer> hostAddresses; // A and AAAA of the target host (empty for an IP)
    QList<ReverseCheck> reverse;
    QList<DnsAnswer> forward; // A and AAAA of the PTR names
    DnsAnswer spf; // TXT at the domain
    DnsAnswer dmarc; // TXT at _dmarc.<domain>
    DnsAnswer mtaSts; // TXT at _mta-sts.<domain>
    DnsAnswer tlsRpt; // TXT at _smtp._tls.<domain>
    QString bannerHost; // first word of the target's greeting, when read
    QString bannerLine;
    QString bannerError;
    qsizetype bannerEvidence = -1;

    // Every lookup in the order of the records table.
    QList<DnsAnswer> allAnswers() const;
    // MX host names (null MX excluded), in preference order.
    QStringList mxHosts() const;
};

} // namespace mxscope
