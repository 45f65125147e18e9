// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// mxscope-cli tls and sender-policy as a user runs them: a real process against practice
// servers in this process (the test keeps its event loop turning while the CLI runs).
#include "CliProcess.h"
#include "QtPrinters.h"
#include "practice/PracticeServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

class PolicyCliTest : public ::testing::Test
{
protected:
    QStringList start(const char *name, bool senderRestrictions = false)
    {
        PracticeProfile profile = PracticeProfile::byName(QString::fromLatin1(name)).value();
        profile.senderRestrictions = senderRestrictions;
        server = std::make_unique<PracticeServer>(profile);
        EXPECT_TRUE(server->listen(QHostAddress::LocalHost, 0));
        return {QStringLiteral("--host"),    QStringLiteral("127.0.0.1"),
                QStringLiteral("--port"),    QString::number(server->serverPort()),
                QStringLiteral("--helo"),    QStringLiteral("client.mxscope.test"),
                QStringLiteral("--timeout"), QStringLiteral("5")};
    }

    static QStringList senderArgs()
    {
        return {QStringLiteral("--domain"), QStringLiteral("practice.test"), QStringLiteral("--to"),
                QStringLiteral("alice@practice.test"), QStringLiteral("--json")};
    }

    std::unique_ptr<PracticeServer> server;
};

// The findings array: every entry has id, severity, title and detail.
QMap<QString, QJsonObject> findingsOf(const QJsonObject &json)
{
    QMap<QString, QJsonObject> findings;
    for (const QJsonValue &value : json.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject finding = value.toObject();
        EXPECT_FALSE(finding.value(QStringLiteral("severity")).toString().isEmpty());
        EXPECT_FALSE(finding.value(QStringLiteral("title")).toString().isEmpty());
        EXPECT_FALSE(finding.value(QStringLiteral("detail")).toString().isEmpty());
        findings.insert(finding.value(QStringLiteral("id")).toString(), finding);
    }
    return findings;
}

} // namespace

TEST_F(PolicyCliTest, TlsJsonOnLeakyServer)
{
    const CliRun run = runCli(QStringList {QStringLiteral("tls")} + start("leaky")
                              + QStringList {QStringLiteral("--json")});
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("check")).toString(), QStringLiteral("tls"));
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
    const auto findings = findingsOf(json);
    ASSERT_TRUE(findings.contains(QStringLiteral("tls.auth-before-tls"))) << run.diagnostics();
    EXPECT_EQ(findings.value(QStringLiteral("tls.auth-before-tls"))
                  .value(QStringLiteral("severity"))
                  .toString(),
              QStringLiteral("high"));
    EXPECT_TRUE(findings.contains(QStringLiteral("tls.certificate-self-signed")));
    const QJsonObject tls = json.value(QStringLiteral("tls")).toObject();
    EXPECT_TRUE(tls.value(QStringLiteral("encrypted")).toBool()) << run.diagnostics();
    EXPECT_TRUE(
        tls.value(QStringLiteral("protocol")).toString().startsWith(QLatin1String("TLSv1.")));
    EXPECT_TRUE(json.value(QStringLiteral("capabilities_before_tls"))
                    .toArray()
                    .contains(QStringLiteral("AUTH PLAIN LOGIN")));
}

TEST_F(PolicyCliTest, TlsRequireTlsFlagOnHardenedServer)
{
    const QStringList target = start("hardened");
    const CliRun relaxed = runCli(QStringList {QStringLiteral("tls")} + target
                                  + QStringList {QStringLiteral("--json")});
    ASSERT_EQ(relaxed.exitCode, 0) << relaxed.diagnostics();
    EXPECT_FALSE(findingsOf(relaxed.json()).contains(QStringLiteral("tls.mail-without-tls")));
    EXPECT_FALSE(findingsOf(relaxed.json()).contains(QStringLiteral("tls.auth-before-tls")));

    const CliRun strict
        = runCli(QStringList {QStringLiteral("tls")} + target
                 + QStringList {QStringLiteral("--require-tls"), QStringLiteral("--json")});
    ASSERT_EQ(strict.exitCode, 0) << strict.diagnostics();
    const auto findings = findingsOf(strict.json());
    ASSERT_TRUE(findings.contains(QStringLiteral("tls.mail-without-tls"))) << strict.diagnostics();
    EXPECT_EQ(findings.value(QStringLiteral("tls.mail-without-tls"))
                  .value(QStringLiteral("severity"))
                  .toString(),
              QStringLiteral("medium"));
}

TEST_F(PolicyCliTest, TlsHumanOutputShowsTheTable)
{
    const CliRun run = runCli(QStringList {QStringLiteral("tls")} + start("hardened"));
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("Protocol")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("STARTTLS offered")) << run.out.toStdString();
}

TEST_F(PolicyCliTest, SenderPolicySpoofingFoundOnlyWithoutRestrictions)
{
    const CliRun open
        = runCli(QStringList {QStringLiteral("sender-policy")} + start("hardened") + senderArgs());
    ASSERT_EQ(open.exitCode, 0) << open.diagnostics();
    const auto openFindings = findingsOf(open.json());
    ASSERT_TRUE(openFindings.contains(QStringLiteral("sender.own-domain-spoofing")))
        << open.diagnostics();
    EXPECT_EQ(openFindings.value(QStringLiteral("sender.own-domain-spoofing"))
                  .value(QStringLiteral("severity"))
                  .toString(),
              QStringLiteral("high"));
    EXPECT_TRUE(openFindings.value(QStringLiteral("sender.own-domain-spoofing"))
                    .value(QStringLiteral("detail"))
                    .toString()
                    .contains(QLatin1String("alice@practice.test")));
    EXPECT_EQ(open.json().value(QStringLiteral("probes")).toArray().size(), 4);

    const CliRun closed = runCli(QStringList {QStringLiteral("sender-policy")}
                                 + start("hardened", true) + senderArgs());
    ASSERT_EQ(closed.exitCode, 0) << closed.diagnostics();
    EXPECT_TRUE(findingsOf(closed.json()).isEmpty()) << closed.diagnostics();
    EXPECT_EQ(closed.json().value(QStringLiteral("status")).toString(),
              QStringLiteral("completed"));
}

TEST_F(PolicyCliTest, SenderPolicyRefusesWithoutDomain)
{
    const QStringList target = start("hardened");
    QSignalSpy opened(server.get(), &PracticeServer::sessionOpened);
    const CliRun run
        = runCli(QStringList {QStringLiteral("sender-policy")} + target
                 + QStringList {QStringLiteral("--to"), QStringLiteral("alice@practice.test")});
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("domain")) << run.diagnostics();
    EXPECT_TRUE(opened.isEmpty());
}
