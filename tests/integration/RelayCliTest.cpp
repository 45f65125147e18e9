// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// mxscope-cli relay as a user runs it: a real process against practice servers in this
// process (the test keeps its event loop turning while the CLI runs).
#include "CliProcess.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "practice/PracticeServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

class RelayCliTest : public ::testing::Test
{
protected:
    quint16 start(const QString &profile)
    {
        server = std::make_unique<PracticeServer>(*PracticeProfile::byName(profile));
        EXPECT_TRUE(server->listen(QHostAddress::LocalHost, 0));
        return server->serverPort();
    }

    static QStringList args(quint16 port, const QStringList &extra = {})
    {
        return QStringList {QStringLiteral("relay"),
                            QStringLiteral("--host"),
                            QStringLiteral("127.0.0.1"),
                            QStringLiteral("--port"),
                            QString::number(port),
                            QStringLiteral("--helo"),
                            QStringLiteral("client.mxscope.test"),
                            QStringLiteral("--from"),
                            QStringLiteral("tester@client.mxscope.test"),
                            QStringLiteral("--to"),
                            QStringLiteral("relaytest@outside.mxscope.test")}
        + extra;
    }

    std::unique_ptr<PracticeServer> server;
};

} // namespace

TEST_F(RelayCliTest, JsonVerdictOpenWithEveryVariant)
{
    const CliRun run
        = runCli(args(start(QStringLiteral("open-relay")), {QStringLiteral("--json")}));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    EXPECT_EQ(run.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("open"));
    EXPECT_FALSE(run.json().value(QStringLiteral("verdict_sentence")).toString().isEmpty());
    const QJsonArray variants = run.json().value(QStringLiteral("variants")).toArray();
    EXPECT_GE(variants.size(), 30);
    const QStringList stages {QStringLiteral("rejected-mail"), QStringLiteral("rejected-rcpt"),
                              QStringLiteral("accepted-rcpt"), QStringLiteral("accepted-data"),
                              QStringLiteral("refused-data"),  QStringLiteral("error"),
                              QStringLiteral("not-tried")};
    for (const QJsonValue value : variants) {
        const QJsonObject v = value.toObject();
        EXPECT_FALSE(v.value(QStringLiteral("id")).toString().isEmpty());
        EXPECT_FALSE(v.value(QStringLiteral("mail_from")).toString().isEmpty());
        EXPECT_FALSE(v.value(QStringLiteral("rcpt_to")).toString().isEmpty());
        EXPECT_TRUE(stages.contains(v.value(QStringLiteral("stage")).toString()));
        const QJsonObject reply = v.value(QStringLiteral("reply")).toObject();
        EXPECT_GE(reply.value(QStringLiteral("code")).toInt(), 200);
        EXPECT_TRUE(reply.contains(QStringLiteral("text")));
    }
    const QJsonArray findings = run.json().value(QStringLiteral("findings")).toArray();
    ASSERT_FALSE(findings.isEmpty());
    EXPECT_EQ(findings.at(0).toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("relay.open"));
    EXPECT_FALSE(run.json().value(QStringLiteral("transcript")).toArray().isEmpty());
}

TEST_F(RelayCliTest, HumanOutputForAClosedRelay)
{
    const CliRun run = runCli(args(start(QStringLiteral("hardened"))));
    ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
    const QString out = QString::fromUtf8(run.out);
    EXPECT_TRUE(out.contains(QStringLiteral("Verdict: closed"))) << run.out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("nmap-16")));
    EXPECT_TRUE(out.contains(QStringLiteral("rejected-rcpt")));
}

TEST_F(RelayCliTest, SendDataNeedsTheConfirmation)
{
    const quint16 port = start(QStringLiteral("open-relay"));
    const CliRun refused = runCli(args(port, {QStringLiteral("--send-data")}));
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_EQ(refused.err.count('\n'), 1) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("--yes-i-am-authorised"));
    EXPECT_EQ(server->connectionCount(), 0);

    const CliRun sent
        = runCli(args(port,
                      {QStringLiteral("--send-data"), QStringLiteral("--yes-i-am-authorised"),
                       QStringLiteral("--json")}));
    ASSERT_EQ(sent.exitCode, 0) << sent.err.toStdString();
    EXPECT_EQ(sent.json().value(QStringLiteral("verdict")).toString(), QStringLiteral("open"));
    EXPECT_TRUE(sent.json()
                    .value(QStringLiteral("token"))
                    .toString()
                    .startsWith(QStringLiteral("mxscope-")));
    const QJsonObject first
        = sent.json().value(QStringLiteral("variants")).toArray().at(0).toObject();
    EXPECT_EQ(first.value(QStringLiteral("stage")).toString(), QStringLiteral("accepted-data"));
}

TEST_F(RelayCliTest, BadAddressesAreUsageErrors)
{
    const quint16 port = start(QStringLiteral("hardened"));
    QStringList bad = args(port);
    bad[bad.indexOf(QStringLiteral("--to")) + 1] = QStringLiteral("no-at-sign");
    EXPECT_EQ(runCli(bad).exitCode, 2);
    QStringList injected = args(port);
    injected[injected.indexOf(QStringLiteral("--from")) + 1]
        = QStringLiteral("a@b.example\r\nRCPT TO:<x@y.example>");
    EXPECT_EQ(runCli(injected).exitCode, 2);
    QStringList missing = args(port);
    missing.removeAt(missing.indexOf(QStringLiteral("--from")) + 1);
    missing.removeAll(QStringLiteral("--from"));
    EXPECT_EQ(runCli(missing).exitCode, 2);
    EXPECT_EQ(server->connectionCount(), 0);
}

TEST_F(RelayCliTest, UnreachableServerCannotRun)
{
    quint16 port = 0;
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    const CliRun run = runCli(args(port, {QStringLiteral("--timeout"), QStringLiteral("5")}));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_FALSE(run.err.isEmpty());
}
