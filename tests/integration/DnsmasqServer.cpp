// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "DnsmasqServer.h"

#include <QDnsLookup>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

namespace mxscope::testing {

namespace {

const QString program = QStringLiteral("/usr/sbin/dnsmasq");
// Defined by every instance, so start() can tell when it answers.
const QString probeName = QStringLiteral("ready.mxscope.test");

} // namespace

DnsmasqServer::DnsmasqServer(QStringList records, QHostAddress address)
    : m_records(std::move(records))
    , m_address(address.isNull()
                    ? QHostAddress(QStringLiteral("127.0.35.%1").arg(10 + ::getpid() % 240))
                    : std::move(address))
{ }

DnsmasqServer::~DnsmasqServer()
{
    stop();
}

QString DnsmasqServer::unavailableReason()
{
    if (!QFileInfo(program).isExecutable())
        return QStringLiteral("dnsmasq is not installed (apt-get install dnsmasq-base); skipped.");
    if (::geteuid() != 0)
        return QStringLiteral("DNS tests need root: QDnsLookup asks port 53 only, and a local "
                              "name server must bind it; skipped.");
    return {};
}

bool DnsmasqServer::start(int timeoutMs)
{
    QStringList arguments = {
        QStringLiteral("--keep-in-foreground"),
        QStringLiteral("--conf-file=/dev/null"),
        QStringLiteral("--no-resolv"),
        QStringLiteral("--no-hosts"),
        QStringLiteral("--no-poll"),
        QStringLiteral("--pid-file"),
        QStringLiteral("--port=53"),
        QStringLiteral("--listen-address=") + m_address.toString(),
        QStringLiteral("--bind-interfaces"),
        QStringLiteral("--log-queries"),
        QStringLiteral("--log-facility=-"),
        QStringLiteral("--local=/test/"),
        QStringLiteral("--local=/127.in-addr.arpa/"),
        QStringLiteral("--txt-record=") + probeName + QStringLiteral(",ready"),
    };
    arguments += m_records;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(5000)) {
        m_error = QStringLiteral("dnsmasq did not start: %1").arg(m_process.errorString());
        return false;
    }
    QDnsLookup probe(QDnsLookup::TXT, probeName, m_address);
    probe.lookup();
    bool answered = false;
    const bool ok = QTest::qWaitFor(
        [&] {
            if (m_process.state() != QProcess::Running)
                return true;
            if (!probe.isFinished())
                return false;
            answered = probe.error() == QDnsLookup::NoError;
            if (!answered)
                probe.lookup(); // not listening yet: ask again
            return answered;
        },
        timeoutMs);
    if (!ok || !answered) {
        m_error = QStringLiteral("dnsmasq on %1 port 53 did not answer (%2).")
                      .arg(m_address.toString(), probe.errorString());
        stop();
        return false;
    }
    return true;
}

void DnsmasqServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QString DnsmasqServer::diagnostics()
{
    return m_error + QStringLiteral("\n--- dnsmasq output ---\n")
        + QString::fromLocal8Bit(m_process.readAll());
}

} // namespace mxscope::testing
