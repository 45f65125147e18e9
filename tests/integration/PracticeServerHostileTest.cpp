// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The hostile profiles: the client engine must fail with a clear error in bounded time,
// and the server must stop its misbehaviour as soon as the client has gone.
#include "QtPrinters.h"
#include "SessionRun.h"
#include "SignalWait.h"
#include "checks/BannerCheck.h"
#include "practice/PracticeServer.h"
#include "smtp/SmtpSession.h"
#include "transport/SocketTransport.h"

#include <QElapsedTimer>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

SessionOptions withoutHandshake(SessionOptions options)
{
    options.autoHandshake = false;
    return options;
}

const QList<SmtpCommand> oneMessage
    = {SmtpCommand::mailFrom(QStringLiteral("a@client.test")),
       SmtpCommand::rcptTo(QStringLiteral("alice@practice.test")),
       SmtpCommand::data(QByteArray("Subject: x\r\n\r\n") + QByteArray(64 * 1024, 'y') + "\r\n")};

} // namespace

TEST(PracticeServerHostile, EverySubProfileFailsTheClientClearlyAndQuickly)
{
    const QList<std::pair<const char *, SessionError>> cases = {
        {"hostile-long-line", SessionError::ProtocolViolation},
        {"hostile-endless", SessionError::ProtocolViolation},
        {"hostile-garbage", SessionError::ProtocolViolation},
        {"hostile-drip", SessionError::Timeout},
        {"hostile-reset-data", SessionError::ConnectionClosed},
    };
    for (const auto &[name, expected] : cases) {
        const auto server = startPracticeServer(QLatin1String(name));
        const SessionRun outcome = runSession(practiceOptions(*server), oneMessage);
        EXPECT_EQ(outcome.error, expected) << name << ": " << outcome.errorMessage.toStdString();
        EXPECT_FALSE(outcome.errorMessage.isEmpty()) << name;
        EXPECT_LT(outcome.elapsedMs, 6000) << name;
        // Once the client has gone, the server stops and forgets the connection.
        EXPECT_TRUE(waitUntil([&] { return server->connectionCount() == 0; })) << name;
    }
}

TEST(PracticeServerHostile, HostileGreetsNormallyThenAttacksEachCommand)
{
    const auto server = startPracticeServer(QStringLiteral("hostile"));
    BannerCheck check(practiceOptions(*server), nullptr);
    QSignalSpy finished(&check, &BannerCheck::finished);
    check.start();
    ASSERT_TRUE(waitForSignals(finished, 1, 10000));
    ASSERT_TRUE(check.result().greeting.has_value());
    EXPECT_EQ(check.result().greeting->code, 220);
    EXPECT_FALSE(check.result().completed);
    EXPECT_EQ(check.result().error, SessionError::ProtocolViolation) << "endless EHLO reply";

    for (const SmtpCommand &command :
         {SmtpCommand::helo(QStringLiteral("client.test")),
          SmtpCommand::vrfy(QStringLiteral("alice")), SmtpCommand::help()}) {
        const SessionRun outcome
            = runSession(withoutHandshake(practiceOptions(*server)), {command});
        EXPECT_EQ(outcome.error, SessionError::ProtocolViolation) << command.line.toStdString();
        EXPECT_LT(outcome.elapsedMs, 6000);
    }

    // A client that tolerates the 1 MiB HELO reply reaches DATA and is reset there.
    SessionOptions tolerant = withoutHandshake(practiceOptions(*server));
    tolerant.limits.maxLineLength = 2 * 1024 * 1024;
    tolerant.limits.maxReplyBytes = 4 * 1024 * 1024;
    QList<SmtpCommand> commands = oneMessage;
    commands.prepend(SmtpCommand::helo(QStringLiteral("client.test")));
    const SessionRun reset = runSession(tolerant, commands);
    EXPECT_EQ(reset.codes(), (QList<int> {250, 250, 250}));
    EXPECT_EQ(reset.error, SessionError::ConnectionClosed) << reset.errorMessage.toStdString();
    EXPECT_TRUE(waitUntil([&] { return server->connectionCount() == 0; }));
}

TEST(PracticeServerHostile, EndlessReplyStopsWhenTheClientLeaves)
{
    const auto server = startPracticeServer(QStringLiteral("hostile-endless"));
    QSignalSpy closed(server.get(), &PracticeServer::sessionClosed);
    QTcpSocket client;
    qint64 received = 0;
    QByteArray head;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] {
        const QByteArray bytes = client.readAll();
        if (head.size() < 64)
            head += bytes.left(64);
        received += bytes.size();
    });
    client.connectToHost(QHostAddress::LocalHost, server->serverPort());
    ASSERT_TRUE(waitUntil([&] { return received > 2 * 1024 * 1024; }, 10000));
    EXPECT_TRUE(head.startsWith("220-endless line 1 "));
    EXPECT_EQ(server->connectionCount(), 1);
    client.abort();
    EXPECT_TRUE(waitForSignals(closed));
    EXPECT_EQ(server->connectionCount(), 0);
}

TEST(PracticeServerHostile, GarbageContainsNulBytesAndEndsWithAHangUp)
{
    const auto server = startPracticeServer(QStringLiteral("hostile-garbage"));
    QTcpSocket client;
    QByteArray bytes;
    QObject::connect(&client, &QTcpSocket::readyRead, &client, [&] { bytes += client.readAll(); });
    client.connectToHost(QHostAddress::LocalHost, server->serverPort());
    ASSERT_TRUE(
        waitUntil([&] { return client.state() == QAbstractSocket::UnconnectedState; }, 10000));
    bytes += client.readAll();
    EXPECT_EQ(bytes.size(), 64 * 1024);
    EXPECT_TRUE(bytes.contains('\0'));
}
