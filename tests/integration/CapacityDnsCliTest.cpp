// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CliProcess.h"
#include "DnsmasqServer.h"
#include "SessionRun.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

void expectFindingShape(const QJsonArray &findings)
{
    for (const QJsonValue &value : findings) {
        const QJsonObject f = value.toObject();
        for (const char *key : {"id", "severity", "title", "detail"})
            EXPECT_FALSE(f[QLatin1String(key)].toString().isEmpty()) << key;
    }
}

} // namespace

TEST(CapacityCli, JsonReportsTheLimitAndTheIdleTimeout)
{
    auto server = startPracticeServer(QStringLiteral("hardened"));
    PracticeLimits limits = server->limits();
    limits.maxConnections = 3;
    limits.idleTimeoutMs = 1500;
    server->setLimits(limits);
    const CliRun run
        = runCli({QStringLiteral("capacity"), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"), QString::number(server->serverPort()),
                  QStringLiteral("--max-connections"), QStringLiteral("6"),
                  QStringLiteral("--yes-i-am-authorised"), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    const QJsonObject json = run.json();
    EXPECT_EQ(json[QStringLiteral("accepted_max")].toInt(), 3) << run.diagnostics();
    const QJsonArray refusals = json[QStringLiteral("refusals")].toArray();
    ASSERT_EQ(refusals.size(), 1) << run.out.toStdString();
    EXPECT_EQ(refusals[0][QStringLiteral("kind")].toString(), QStringLiteral("421"));
    EXPECT_GE(json[QStringLiteral("idle_timeout_s")].toDouble(), 1.0);
    const QJsonArray findings = json[QStringLiteral("findings")].toArray();
    ASSERT_EQ(findings.size(), 1) << run.out.toStdString();
    EXPECT_EQ(findings[0][QStringLiteral("id")].toString(),
              QStringLiteral("capacity.short-idle-timeout"));
    expectFindingShape(findings);
}

TEST(CapacityCli, RefusesWithoutAuthorisation)
{
    auto server = startPracticeServer(QStringLiteral("hardened"));
    const CliRun run = runCli({QStringLiteral("capacity"), QStringLiteral("--host"),
                               QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                               QString::number(server->serverPort()), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("authorised")) << run.diagnostics();
    EXPECT_EQ(server->connectionCount(), 0);
}

TEST(DnsCli, JsonFindingsFromALocalNameServer)
{
    if (const QString why = DnsmasqServer::unavailableReason(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    DnsmasqServer dns({QStringLiteral("--mx-host=cli.test,mx.cli.test,10"),
                       QStringLiteral("--host-record=mx.cli.test,127.0.0.1"),
                       QStringLiteral("--txt-record=cli.test,v=spf1 +all"),
                       QStringLiteral("--txt-record=_dmarc.cli.test,v=DMARC1; p=none")});
    ASSERT_TRUE(dns.start()) << dns.diagnostics().toStdString();
    const CliRun run = runCli({QStringLiteral("dns"), QStringLiteral("--domain"),
                               QStringLiteral("cli.test"), QStringLiteral("--nameserver"),
                               dns.address().toString(), QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    const QJsonObject json = run.json();
    QStringList ids;
    const QJsonArray findings = json[QStringLiteral("findings")].toArray();
    for (const QJsonValue &f : findings)
        ids.append(f[QStringLiteral("id")].toString());
    EXPECT_TRUE(ids.contains(QStringLiteral("dns.spf-pass-all"))) << run.out.toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("dns.dmarc-policy-none"))) << run.out.toStdString();
    EXPECT_EQ(json[QStringLiteral("mx")].toArray().size(), 1);
    expectFindingShape(findings);
}

TEST(DnsCli, DomainIsRequired)
{
    const CliRun run = runCli({QStringLiteral("dns"), QStringLiteral("--json")});
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
}
