// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "dns/DnsResult.h"

#include <QPointer>

#include <functional>

namespace mxscope {

// Check 10, DNS and sender authentication: MX records of context().domain and their
// addresses, reverse DNS of the server (context().target.host, or the MX hosts) and whether
// it resolves back, the greeting's host name against reverse DNS, SPF, DMARC, MTA-STS and
// TLS-RPT records. Asks context().nameServer when set, otherwise the system resolver.
class DnsCheck : public AuditCheck
{
    Q_OBJECT

public:
    // Below the system resolver's own 5 s, so a silent server reads as a time-out.
    static constexpr int lookupTimeoutMs = 4000;
    static constexpr int maxHosts = 10; // MX hosts and addresses looked at
    static constexpr int maxPtrNames = 3; // per address, for the forward confirmation

    DnsCheck(const CheckContext &context, QObject *parent = nullptr);
    ~DnsCheck() override;

    const DnsResult &result() const { return m_result; }

protected:
    void run() override;
    void stop() override;

private:
    using Handler = std::function<void(const DnsAnswer &)>;
    enum class Phase { Records, Addresses, Reverse, Forward };

    void lookup(QDnsLookup::Type type, const QString &name, Handler handler);
    void readBanner();
    void release();
    void advance();
    void startAddresses();
    void startReverse();
    void startForward();
    void complete();

    DnsResult m_result;
    Phase m_phase = Phase::Records;
    int m_pending = 0;
    QList<QPointer<QObject>> m_work; // queries and the banner session, for stop()
};

} // namespace mxscope
