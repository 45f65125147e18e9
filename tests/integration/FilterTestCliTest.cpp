// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// mxscope-cli eicar as a user runs it, against practice servers in this process.
#include "CliProcess.h"
#include "SessionRun.h"
#include "checks/FilterTestPayloads.h"

#include <QJsonArray>

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

QStringList eicarArgs(const PracticeServer &server, const QStringList &extra = {})
{
    return QStringList {QStringLiteral("eicar"),
                        QStringLiteral("--host"),
                        QStringLiteral("127.0.0.1"),
                        QStringLiteral("--port"),
                        QString::number(server.serverPort()),
                        QStringLiteral("--from"),
                        QStringLiteral("tester@client.test"),
                        QStringLiteral("--to"),
                        QStringLiteral("alice@practice.test")}
    + extra;
}

TEST(FilterTestCli, JsonListsEveryPayloadWithVerdictAndReply)
{
    const auto server = startPracticeServer(QStringLiteral("filtering"));
    const CliRun run = runCli(
        eicarArgs(*server, {QStringLiteral("--yes-i-am-authorised"), QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    const QJsonObject json = run.json();
    EXPECT_EQ(json.value(QStringLiteral("status")).toString(), u"completed") << run.diagnostics();
    const QJsonArray payloads = json.value(QStringLiteral("payloads")).toArray();
    ASSERT_EQ(payloads.size(), 3) << run.out.toStdString();
    const QStringList names = {QStringLiteral("eicar-body"), QStringLiteral("eicar-attachment"),
                               QStringLiteral("gtube-body")};
    for (qsizetype i = 0; i < payloads.size(); ++i) {
        const QJsonObject payload = payloads.at(i).toObject();
        EXPECT_EQ(payload.value(QStringLiteral("name")).toString(), names.at(i));
        EXPECT_EQ(payload.value(QStringLiteral("verdict")).toString(), u"rejected");
        EXPECT_TRUE(payload.value(QStringLiteral("reply")).toString().contains(u"5.7.1"));
    }
    // Neither the printed transcript nor anything else carries a test string whole.
    for (const QByteArray &line : FilterTestPayloads::sensitiveLines())
        EXPECT_FALSE(run.out.contains(line));
}

TEST(FilterTestCli, AcceptedMalwareIsAHighFinding)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    const CliRun run = runCli(eicarArgs(*server, {QStringLiteral("--yes-i-am-authorised")}));
    ASSERT_EQ(run.exitCode, 0) << run.diagnostics();
    EXPECT_TRUE(run.out.contains("EICAR")) << run.out.toStdString();
    EXPECT_TRUE(run.out.contains("accepted")) << run.out.toStdString();
}

TEST(FilterTestCli, RefusesWithoutAuthorisationAndSendsNothing)
{
    const auto server = startPracticeServer(QStringLiteral("filtering"));
    int connections = 0;
    QObject::connect(server.get(), &PracticeServer::sessionOpened, server.get(),
                     [&] { ++connections; });
    const CliRun run = runCli(eicarArgs(*server, {QStringLiteral("--json")}));
    EXPECT_EQ(run.exitCode, 2) << run.diagnostics();
    EXPECT_TRUE(run.err.contains("authorised")) << run.err.toStdString();
    EXPECT_EQ(connections, 0);
}

} // namespace
} // namespace mxscope::testing
