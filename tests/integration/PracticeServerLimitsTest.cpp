// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The practice server's own bounds: error limits and tarpit, line length, connection cap,
// idle timeout, close(), loopback-only listening and a directory set through the API.
#include "QtPrinters.h"
#include "SessionRun.h"
#include "SignalWait.h"
#include "practice/PracticeServer.h"
#include "smtp/SmtpSession.h"
#include "transport/SocketTransport.h"

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

// A session left open after its handshake, for tests that need connections to exist.
std::unique_ptr<SmtpSession> openSession(const PracticeServer &server)
{
    auto session = std::make_unique<SmtpSession>(practiceOptions(server), new SocketTransport);
    QSignalSpy ready(session.get(), &SmtpSession::handshakeCompleted);
    session->open();
    EXPECT_TRUE(waitForSignals(ready));
    return session;
}

PracticeProfile profile(const char *name)
{
    return PracticeProfile::byName(QLatin1String(name)).value();
}

} // namespace

TEST(PracticeServerLimits, TarpitDelaysGrowThenCloses)
{
    PracticeServer server(profile("tarpit"));
    ASSERT_TRUE(server.listen());
    SessionOptions options = practiceOptions(server);
    options.timeouts.commandMs = 8000;
    const SessionRun outcome
        = runSession(options, QList<SmtpCommand>(6, SmtpCommand::raw(QStringLiteral("XYZZY"))));
    EXPECT_EQ(outcome.error, SessionError::None) << outcome.errorMessage.toStdString();
    ASSERT_EQ(outcome.codes(), (QList<int> {502, 502, 502, 502, 502, 421}));
    EXPECT_EQ(outcome.results.at(5).reply.summary(), QStringLiteral("421 4.7.0 Too many errors"));
    for (int i = 0; i < 5; ++i) {
        // 0.2 s, 0.4 s, 0.8 s, 1.6 s, 3.2 s: a precise timer never fires early.
        EXPECT_GE(outcome.results.at(i).latencyMs, (200 << i) - 2) << i;
        if (i > 0) {
            EXPECT_GT(outcome.results.at(i).latencyMs, outcome.results.at(i - 1).latencyMs) << i;
        }
    }
    EXPECT_LT(outcome.results.at(5).latencyMs, 1000) << "the 421 itself is not delayed";
}

TEST(PracticeServerLimits, HardenedAnswers421AfterTwentyErrors)
{
    PracticeServer server(profile("hardened"));
    ASSERT_TRUE(server.listen());
    QSignalSpy closed(&server, &PracticeServer::sessionClosed);
    const SessionRun outcome
        = runSession(practiceOptions(server),
                     QList<SmtpCommand>(22, SmtpCommand::rcptTo(QStringLiteral("a@b.test"))));
    QList<int> expected(20, 503);
    expected.append(421);
    EXPECT_EQ(outcome.codes(), expected);
    EXPECT_TRUE(waitForSignals(closed));
}

TEST(PracticeServerLimits, OverlongCommandLinesGet500AndTheSessionGoesOn)
{
    PracticeServer server(profile("hardened"));
    ASSERT_TRUE(server.listen());
    const SessionRun outcome = runSession(
        practiceOptions(server),
        {SmtpCommand::raw(QStringLiteral("NOOP ") + QString(3000, QLatin1Char('a'))),
         SmtpCommand::noop(),
         SmtpCommand::raw(QStringLiteral("NOOP ") + QString(100'000, QLatin1Char('b'))),
         SmtpCommand::noop()});
    EXPECT_EQ(outcome.error, SessionError::None) << outcome.errorMessage.toStdString();
    ASSERT_EQ(outcome.codes(), (QList<int> {500, 250, 500, 250}));
    EXPECT_EQ(outcome.results.at(0).reply.summary(), QStringLiteral("500 5.5.2 Line too long"));
}

TEST(PracticeServerLimits, ClientsBeyondTheConnectionLimitGet421)
{
    PracticeServer server(profile("hardened"));
    PracticeLimits limits;
    limits.maxConnections = 2;
    server.setLimits(limits);
    ASSERT_TRUE(server.listen());
    QSignalSpy refused(&server, &PracticeServer::connectionRefused);
    const auto first = openSession(server);
    const auto second = openSession(server);
    EXPECT_EQ(server.connectionCount(), 2);
    const SessionRun third = runSession(practiceOptions(server), {});
    EXPECT_EQ(third.error, SessionError::GreetingRefused);
    ASSERT_TRUE(third.greeting.has_value());
    EXPECT_EQ(third.greeting->code, 421);
    EXPECT_EQ(refused.size(), 1);
}

TEST(PracticeServerLimits, IdleConnectionsGet421AndAreClosed)
{
    PracticeServer server(profile("hardened"));
    PracticeLimits limits;
    limits.idleTimeoutMs = 300;
    server.setLimits(limits);
    ASSERT_TRUE(server.listen());
    QSignalSpy serverClosed(&server, &PracticeServer::sessionClosed);
    const auto session = openSession(server);
    QSignalSpy unsolicited(session.get(), &SmtpSession::unsolicitedReply);
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    ASSERT_TRUE(waitForSignals(closed, 1, 5000));
    ASSERT_EQ(unsolicited.size(), 1);
    EXPECT_EQ(unsolicited.at(0).at(0).value<SmtpReply>().code, 421);
    EXPECT_TRUE(waitForSignals(serverClosed));
}

TEST(PracticeServerLimits, CloseDropsEveryConnection)
{
    PracticeServer server(profile("hardened"));
    ASSERT_TRUE(server.listen());
    QSignalSpy opened(&server, &PracticeServer::sessionOpened);
    QSignalSpy serverClosed(&server, &PracticeServer::sessionClosed);
    std::vector<std::unique_ptr<SmtpSession>> sessions;
    for (int i = 0; i < 3; ++i)
        sessions.push_back(openSession(server));
    EXPECT_EQ(opened.size(), 3);
    server.close();
    EXPECT_FALSE(server.isListening());
    EXPECT_EQ(server.connectionCount(), 0);
    EXPECT_EQ(serverClosed.size(), 3);
    for (const auto &session : sessions) {
        EXPECT_TRUE(waitUntil([&] {
            return session->state() == SessionState::Closed
                || session->state() == SessionState::Failed;
        }));
        EXPECT_EQ(session->error(), SessionError::ConnectionClosed);
    }
}

TEST(PracticeServerLimits, ListensOnlyOnLoopback)
{
    PracticeServer server(profile("open-relay"));
    for (const QHostAddress &address :
         {QHostAddress(QHostAddress::Any), QHostAddress(QHostAddress::AnyIPv6),
          QHostAddress(QStringLiteral("192.0.2.10")), QHostAddress(QStringLiteral("10.1.2.3"))}) {
        EXPECT_FALSE(server.listen(address, 0)) << address.toString().toStdString();
        EXPECT_TRUE(server.errorString().contains(QStringLiteral("loopback")))
            << server.errorString().toStdString();
        EXPECT_FALSE(server.isListening());
    }
    if (!server.listen(QHostAddress(QHostAddress::LocalHostIPv6), 0))
        GTEST_SKIP() << "no IPv6 loopback here: " << server.errorString().toStdString();
    SessionOptions options = practiceOptions(server);
    options.host = QStringLiteral("::1");
    EXPECT_EQ(runSession(options, {SmtpCommand::noop()}).error, SessionError::None);
}

TEST(PracticeServerLimits, DirectorySetThroughTheApi)
{
    PracticeServer server(profile("hardened"));
    PracticeDirectory directory;
    directory.domains = {QStringLiteral("example.org")};
    directory.users = {QStringLiteral("carol")};
    directory.lists.clear();
    server.setDirectory(directory);
    ASSERT_TRUE(server.listen());
    const SessionRun outcome
        = runSession(practiceOptions(server),
                     {SmtpCommand::mailFrom(QStringLiteral("x@client.test")),
                      SmtpCommand::rcptTo(QStringLiteral("carol@example.org")),
                      SmtpCommand::rcptTo(QStringLiteral("alice@example.org")),
                      SmtpCommand::rcptTo(QStringLiteral("alice@practice.test"))});
    ASSERT_TRUE(outcome.greeting.has_value());
    EXPECT_EQ(outcome.greeting->firstLine(), QStringLiteral("mx.example.org ESMTP"));
    EXPECT_EQ(outcome.codes(), (QList<int> {250, 250, 550, 554}));
}
