// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QStringList>

namespace mxscope::testing {

// A private dnsmasq (Debian's dnsmasq-base) answering only the records a test defines, on
// a spare loopback address (not 127.0.0.53, which systemd-resolved may hold) and port 53, because
// QDnsLookup (Qt 6.4) can only ask port 53. Names under .test and the loopback reverse zone are
// local: anything not defined gets NXDOMAIN; nothing is forwarded anywhere.
//
//   DnsmasqServer dns({QStringLiteral("--mx-host=example.test,mx1.example.test,10"),
//                      QStringLiteral("--host-record=mx1.example.test,127.0.0.1")});
//   if (const QString why = DnsmasqServer::unavailableReason(); !why.isEmpty())
//       GTEST_SKIP() << why.toStdString();
//   ASSERT_TRUE(dns.start()) << dns.diagnostics().toStdString();
//   context.nameServer = dns.address();
class DnsmasqServer
{
public:
    // records: dnsmasq options such as --mx-host, --host-record, --txt-record, --ptr-record.
    // address: null picks a spare one in 127.0.35.0/24 from the process id, so test
    // processes running side by side do not compete for the same address and port.
    explicit DnsmasqServer(QStringList records, QHostAddress address = {});
    ~DnsmasqServer();
    DnsmasqServer(const DnsmasqServer &) = delete;
    DnsmasqServer &operator=(const DnsmasqServer &) = delete;

    // Empty when dnsmasq can run here (installed, and we are root for port 53).
    static QString unavailableReason();

    // Starts dnsmasq and waits (bounded) until it answers.
    bool start(int timeoutMs = 10'000);
    void stop();
    QHostAddress address() const { return m_address; }
    QString diagnostics();

private:
    QStringList m_records;
    QHostAddress m_address;
    QProcess m_process;
    QString m_error;
};

} // namespace mxscope::testing
