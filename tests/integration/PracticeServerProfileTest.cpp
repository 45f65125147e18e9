// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// Each practice profile on a loopback port, driven by the real client engine: SmtpSession
// over SocketTransport, and BannerCheck.
#include "QtPrinters.h"
#include "SessionRun.h"
#include "SignalWait.h"
#include "checks/BannerCheck.h"
#include "practice/PracticeCertificate.h"
#include "practice/PracticeServer.h"
#include "smtp/ReplyParser.h"
#include "smtp/SmtpSession.h"
#include "transport/SocketTransport.h"

#include <QSslSocket>
#include <QTcpSocket>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

BannerResult runBannerCheck(const SessionOptions &options)
{
    BannerCheck check(options, nullptr);
    QSignalSpy finished(&check, &BannerCheck::finished);
    check.start();
    EXPECT_TRUE(waitForSignals(finished, 1, 15000));
    return check.result();
}

QStringList findingIds(const BannerResult &result)
{
    QStringList ids;
    for (const Finding &finding : result.findings)
        ids.append(finding.id);
    return ids;
}

} // namespace

TEST(PracticeServerProfiles, HardenedBannerDisclosesNothing)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    const BannerResult result = runBannerCheck(practiceOptions(*server));
    ASSERT_TRUE(result.completed) << result.errorMessage.toStdString();
    ASSERT_TRUE(result.greeting.has_value());
    EXPECT_EQ(result.greeting->code, 220);
    EXPECT_EQ(result.greeting->lines, QList<QByteArray> {"mx.practice.test ESMTP"});
    const QStringList ids = findingIds(result);
    EXPECT_FALSE(ids.contains(QStringLiteral("disclosure.software-version")))
        << ids.join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(ids.contains(QStringLiteral("disclosure.software")))
        << ids.join(QLatin1Char(',')).toStdString();
    EXPECT_FALSE(ids.contains(QStringLiteral("disclosure.internal-host")))
        << ids.join(QLatin1Char(',')).toStdString();
    for (const char *keyword : {"PIPELINING", "SIZE", "8BITMIME", "ENHANCEDSTATUSCODES"})
        EXPECT_TRUE(result.capabilities.has(QLatin1String(keyword))) << keyword;
    EXPECT_EQ(result.capabilities.has(QStringLiteral("STARTTLS")), server->tlsAvailable());
    EXPECT_TRUE(result.capabilities.authMechanisms().isEmpty()) << "no AUTH before TLS";
    ASSERT_TRUE(result.helpReply.has_value());
    EXPECT_EQ(result.helpReply->code, 502);
}

TEST(PracticeServerProfiles, LeakyBannerDisclosesVersionAndInternalHost)
{
    const auto server = startPracticeServer(QStringLiteral("leaky"));
    const BannerResult result = runBannerCheck(practiceOptions(*server));
    ASSERT_TRUE(result.completed) << result.errorMessage.toStdString();
    EXPECT_TRUE(result.greeting->firstLine().startsWith(
        QStringLiteral("mail01.corp.internal ESMTP Sendmail 8.15.2/8.15.2; ")));
    const QStringList ids = findingIds(result);
    EXPECT_TRUE(ids.contains(QStringLiteral("disclosure.software-version")))
        << ids.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("disclosure.internal-host")))
        << ids.join(QLatin1Char(',')).toStdString();
    EXPECT_TRUE(result.capabilities.authMechanisms().contains(QStringLiteral("PLAIN")));
    EXPECT_TRUE(result.capabilities.authMechanisms().contains(QStringLiteral("LOGIN")));
    ASSERT_TRUE(result.helpReply.has_value());
    EXPECT_EQ(result.helpReply->code, 214);
    EXPECT_TRUE(result.helpReply->isMultiline());
    EXPECT_TRUE(result.helpReply->text().contains(QStringLiteral("8.15.2")));
}

TEST(PracticeServerProfiles, VrfyExpnAndRcptRepliesPerProfile)
{
    const QList<SmtpCommand> commands = {
        SmtpCommand::vrfy(QStringLiteral("alice")),
        SmtpCommand::vrfy(QStringLiteral("nobody")),
        SmtpCommand::expn(QStringLiteral("staff")),
        SmtpCommand::mailFrom(QStringLiteral("tester@client.test")),
        SmtpCommand::rcptTo(QStringLiteral("alice@practice.test")),
        SmtpCommand::rcptTo(QStringLiteral("nobody@practice.test")),
        SmtpCommand::rcptTo(QStringLiteral("someone@elsewhere.example")),
        SmtpCommand::rset(),
    };
    const QList<std::pair<const char *, QList<int>>> expected = {
        {"hardened", {252, 252, 502, 250, 250, 550, 554, 250}},
        {"leaky", {250, 550, 250, 250, 250, 250, 554, 250}},
        {"open-relay", {252, 550, 502, 250, 250, 250, 250, 250}},
        {"catch-all", {252, 252, 502, 250, 250, 250, 554, 250}},
        {"tarpit", {252, 252, 502, 250, 250, 550, 554, 250}},
    };
    for (const auto &[profile, replyCodes] : expected) {
        const auto server = startPracticeServer(QLatin1String(profile));
        const SessionRun outcome = runSession(practiceOptions(*server), commands);
        EXPECT_EQ(outcome.error, SessionError::None)
            << profile << ": " << outcome.errorMessage.toStdString();
        EXPECT_EQ(outcome.codes(), replyCodes) << profile;
        if (QLatin1String(profile) == QLatin1String("leaky") && outcome.replies().size() > 2) {
            EXPECT_EQ(
                outcome.replies().at(2).lines,
                (QList<QByteArray> {"2.1.5 <alice@practice.test>", "2.1.5 <bob@practice.test>"}));
        }
        if (QLatin1String(profile) == QLatin1String("hardened") && outcome.replies().size() == 8) {
            EXPECT_EQ(outcome.replies().at(0).summary(),
                      QStringLiteral("252 2.5.2 Cannot VRFY user"));
            EXPECT_EQ(outcome.replies().at(5).summary(),
                      QStringLiteral("550 5.1.1 <nobody@practice.test>: Recipient address "
                                     "rejected: User unknown in local recipient table"));
            EXPECT_EQ(outcome.replies().at(6).summary(),
                      QStringLiteral("554 5.7.1 <someone@elsewhere.example>: Relay access denied"));
        }
    }
}

TEST(PracticeServerProfiles, OpenRelayAcceptsExternalRecipientsHardenedDoesNot)
{
    const QList<SmtpCommand> commands
        = {SmtpCommand::mailFrom(QStringLiteral("spammer@elsewhere.example")),
           SmtpCommand::rcptTo(QStringLiteral("victim@far-away.example"))};
    const auto relay = startPracticeServer(QStringLiteral("open-relay"));
    EXPECT_EQ(runSession(practiceOptions(*relay), commands).codes(), (QList<int> {250, 250}));
    const auto hardened = startPracticeServer(QStringLiteral("hardened"));
    EXPECT_EQ(runSession(practiceOptions(*hardened), commands).codes(), (QList<int> {250, 554}));
}

TEST(PracticeServerProfiles, PipelinedBatchIsAnsweredInOrder)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    QStringList received;
    QObject::connect(server.get(), &PracticeServer::commandReceived, server.get(),
                     [&](quint64, const QString &line) { received.append(line); });
    const SessionRun outcome = runSession(
        practiceOptions(*server),
        {SmtpCommand::mailFrom(QStringLiteral("a@client.test")),
         SmtpCommand::rcptTo(QStringLiteral("alice@practice.test")),
         SmtpCommand::rcptTo(QStringLiteral("nobody@practice.test")),
         SmtpCommand::rcptTo(QStringLiteral("x@elsewhere.example")), SmtpCommand::rset(),
         SmtpCommand::mailFrom(QStringLiteral("b@client.test")),
         SmtpCommand::rcptTo(QStringLiteral("bob@practice.test")), SmtpCommand::rset()});
    EXPECT_TRUE(outcome.pipelined);
    EXPECT_EQ(outcome.codes(), (QList<int> {250, 250, 550, 554, 250, 250, 250, 250}));
    EXPECT_EQ(received.mid(1, 3),
              (QStringList {QStringLiteral("MAIL FROM:<a@client.test>"),
                            QStringLiteral("RCPT TO:<alice@practice.test>"),
                            QStringLiteral("RCPT TO:<nobody@practice.test>")}));

    // Several commands in one write, from a raw socket: every one answered, in order.
    QTcpSocket raw;
    raw.connectToHost(QHostAddress::LocalHost, server->serverPort());
    QByteArray bytes;
    QObject::connect(&raw, &QTcpSocket::readyRead, &raw, [&] { bytes += raw.readAll(); });
    ASSERT_TRUE(waitUntil([&] { return bytes.contains("\r\n"); }));
    raw.write("EHLO raw.test\r\nNOOP\r\nVRFY alice\r\nEXPN staff\r\nHELP\r\nQUIT\r\n");
    ASSERT_TRUE(waitUntil([&] { return raw.state() == QAbstractSocket::UnconnectedState; }));
    ReplyParser parser;
    ReplyParser::Output out;
    parser.feed(bytes, out);
    QList<int> codes;
    for (const SmtpReply &reply : std::as_const(out.replies))
        codes.append(reply.code);
    EXPECT_EQ(codes, (QList<int> {220, 250, 250, 252, 502, 502, 221}));
}

TEST(PracticeServerProfiles, StartTlsUpgradeThenAuthAllowsRelaying)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    if (!server->tlsAvailable())
        GTEST_SKIP() << "no certificate: " << server->tlsUnavailableReason().toStdString();
    SessionOptions options = practiceOptions(*server, TlsMode::StartTls);
    options.credentials = Credentials {QStringLiteral("alice"), QStringLiteral("practice"), {}};
    const SessionRun outcome
        = runSession(options,
                     {SmtpCommand::mailFrom(QStringLiteral("alice@practice.test")),
                      SmtpCommand::rcptTo(QStringLiteral("friend@elsewhere.example"))});
    ASSERT_TRUE(outcome.handshakeDone) << outcome.errorMessage.toStdString();
    EXPECT_EQ(outcome.error, SessionError::None) << outcome.errorMessage.toStdString();
    EXPECT_TRUE(outcome.encrypted);
    EXPECT_TRUE(outcome.tls.encrypted);
    EXPECT_FALSE(outcome.tls.protocol.isEmpty());
    EXPECT_TRUE(outcome.tls.selfSigned);
    EXPECT_TRUE(outcome.capabilities.authMechanisms().contains(QStringLiteral("PLAIN")))
        << "capabilities read again after TLS";
    EXPECT_FALSE(outcome.capabilities.has(QStringLiteral("STARTTLS")));
    EXPECT_EQ(outcome.codes(), (QList<int> {250, 250})) << "relaying after AUTH";
}

TEST(PracticeServerProfiles, StartTlsDiscardsCommandsPipelinedAfterIt)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    if (!server->tlsAvailable())
        GTEST_SKIP() << "no certificate: " << server->tlsUnavailableReason().toStdString();
    QSslSocket socket;
    QByteArray bytes;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { bytes += socket.readAll(); });
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                     [&](const QList<QSslError> &errors) { socket.ignoreSslErrors(errors); });
    socket.connectToHost(QHostAddress::LocalHost, server->serverPort());
    ASSERT_TRUE(waitUntil([&] { return bytes.contains("\r\n"); }));
    // An injected NOOP rides in the same packet as STARTTLS (CVE-2011-0411 style).
    socket.write("EHLO raw.test\r\nSTARTTLS\r\nNOOP\r\n");
    ASSERT_TRUE(waitUntil([&] { return bytes.contains("220 2.0.0 Ready to start TLS\r\n"); }));
    EXPECT_TRUE(bytes.endsWith("220 2.0.0 Ready to start TLS\r\n"));
    bytes.clear();
    socket.startClientEncryption();
    ASSERT_TRUE(waitUntil([&] { return socket.isEncrypted(); }));
    socket.write("EHLO raw.test\r\n");
    ASSERT_TRUE(waitUntil([&] { return bytes.contains("250 "); }));
    EXPECT_TRUE(bytes.startsWith("250-mx.practice.test\r\n"))
        << "the injected NOOP went unanswered";
}

TEST(PracticeServerProfiles, ImplicitTls)
{
    PracticeServer server(PracticeProfile::byName(QStringLiteral("leaky")).value());
    server.setImplicitTls(true);
    if (!server.listen()) {
        EXPECT_FALSE(PracticeCertificate::shared().isValid()) << server.errorString().toStdString();
        GTEST_SKIP() << server.errorString().toStdString();
    }
    const SessionRun outcome
        = runSession(practiceOptions(server, TlsMode::Implicit), {SmtpCommand::noop()});
    EXPECT_EQ(outcome.error, SessionError::None) << outcome.errorMessage.toStdString();
    ASSERT_TRUE(outcome.greeting.has_value());
    EXPECT_EQ(outcome.greeting->code, 220);
    EXPECT_TRUE(outcome.encrypted);
    EXPECT_FALSE(outcome.capabilities.has(QStringLiteral("STARTTLS")));
    EXPECT_EQ(outcome.codes(), QList<int> {250});
}

TEST(PracticeServerProfiles, AuthBeforeTlsOnlyOnLeaky)
{
    SessionOptions options;
    options.credentials = Credentials {QStringLiteral("bob"), QStringLiteral("practice"), {}};
    const auto leaky = startPracticeServer(QStringLiteral("leaky"));
    SessionOptions leakyOptions = practiceOptions(*leaky);
    leakyOptions.credentials = options.credentials;
    EXPECT_EQ(runSession(leakyOptions, {}).error, SessionError::None);
    const auto hardened = startPracticeServer(QStringLiteral("hardened"));
    SessionOptions hardenedOptions = practiceOptions(*hardened);
    hardenedOptions.credentials = options.credentials;
    EXPECT_EQ(runSession(hardenedOptions, {}).error, SessionError::AuthenticationFailed);
}

TEST(PracticeServerProfiles, MessagesAreCountedAndDiscarded)
{
    PracticeServer server(PracticeProfile::byName(QStringLiteral("catch-all")).value());
    PracticeLimits limits;
    limits.maxMessageBytes = 1000;
    server.setLimits(limits);
    ASSERT_TRUE(server.listen());
    QSignalSpy messages(&server, &PracticeServer::messageReceived);
    const QByteArray small = "Subject: practice\r\n\r\nhello\r\n.leading dot\r\n";
    const QByteArray large = "Subject: big\r\n\r\n" + QByteArray(2000, 'x') + "\r\n";
    const SessionRun outcome = runSession(
        practiceOptions(server),
        {SmtpCommand::mailFrom(QStringLiteral("a@client.test")),
         SmtpCommand::rcptTo(QStringLiteral("anyone@practice.test")), SmtpCommand::data(small),
         SmtpCommand::mailFrom(QStringLiteral("a@client.test")),
         SmtpCommand::rcptTo(QStringLiteral("anyone@practice.test")), SmtpCommand::data(large)});
    EXPECT_EQ(outcome.codes(), (QList<int> {250, 250, 250, 250, 250, 552}));
    ASSERT_EQ(messages.size(), 2);
    EXPECT_GE(messages.at(0).at(1).toLongLong(), small.size());
    EXPECT_GT(messages.at(1).at(1).toLongLong(), 1000);
}
