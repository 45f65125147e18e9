// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/DnsResult.h"

#include <algorithm>

namespace mxscope {

QList<DnsAnswer> DnsResult::allAnswers() const
{
    QList<DnsAnswer> all {mx};
    all += mxAddresses;
    all += hostAddresses;
    for (const ReverseCheck &r : reverse)
        all.append(r.ptr);
    all += forward;
    all += {spf, dmarc, mtaSts, tlsRpt};
    all.removeIf([](const DnsAnswer &a) { return a.name.isEmpty(); });
    return all;
}

QStringList DnsResult::mxHosts() const
{
    QList<DnsMx> sorted = mx.mx;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const DnsMx &a, const DnsMx &b) { return a.preference < b.preference; });
    QStringList hosts;
    for (const DnsMx &m : sorted) {
        if (!m.host.isEmpty() && !hosts.contains(m.host, Qt::CaseInsensitive))
            hosts.append(m.host);
    }
    return hosts;
}

} // namespace mxscope
