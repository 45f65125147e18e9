// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/SmtpSession.h"
#include "FakeTransport.h"
#include "QtPrinters.h"
#include "SignalWait.h"

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using mxscope::testing::FakeTransport;

namespace {

const QByteArray ehloWithPipelining
    = "250-mx.example.org\r\n250-PIPELINING\r\n250-SIZE 1000000\r\n"
      "250-STARTTLS\r\n250-AUTH PLAIN LOGIN\r\n250 ENHANCEDSTATUSCODES\r\n";

// A small scripted server: a reply per verb, the DATA body collected until the lone dot.
struct ScriptedServer {
    QByteArray ehlo = ehloWithPipelining;
    QByteArray mail = "250 2.1.0 Ok\r\n";
    QByteArray rcpt = "250 2.1.5 Ok\r\n";
    QByteArray data = "354 End data with <CR><LF>.<CR><LF>\r\n";
    QByteArray dataEnd = "250 2.0.0 Ok: queued\r\n";
    QByteArray startTls = "220 2.0.0 Ready to start TLS\r\n";
    QByteArray auth = "235 2.7.0 Authentication successful\r\n";
    bool inData = false;
    QList<QByteArray> body;

    QByteArray operator()(const QByteArray &line)
    {
        if (inData) {
            if (line == ".") {
                inData = false;
                return dataEnd;
            }
            body.append(line);
            return {};
        }
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO")
            return ehlo;
        if (verb == "HELO")
            return "250 mx.example.org\r\n";
        if (verb == "MAIL")
            return mail;
        if (verb == "RCPT")
            return rcpt;
        if (verb == "DATA") {
            inData = data.startsWith("354");
            return data;
        }
        if (verb == "STAR")
            return startTls;
        if (verb == "AUTH")
            return auth;
        if (verb == "QUIT")
            return "221 2.0.0 Bye\r\n";
        return "250 2.0.0 Ok\r\n";
    }
};

class SmtpSessionTest : public ::testing::Test
{
protected:
    // The fake is owned by the session; the script stays reachable for assertions.
    SmtpSession *makeSession(SessionOptions options = {})
    {
        fake = new FakeTransport;
        fake->setGreeting(greeting);
        fake->setResponder([this](const QByteArray &line) { return (*script)(line); });
        options.host = QStringLiteral("mx.example.org");
        if (options.timeouts.commandMs == SessionTimeouts {}.commandMs)
            options.timeouts = {2000, 2000, 2000, 2000, 2000};
        session = std::make_unique<SmtpSession>(options, fake);
        QObject::connect(session.get(), &SmtpSession::transcriptEntry, session.get(),
                         [this](const TranscriptEntry &e) { transcript.append(e); });
        QObject::connect(session.get(), &SmtpSession::replyReceived, session.get(),
                         [this](const CommandResult &r) { results.append(r); });
        return session.get();
    }

    bool openAndWait()
    {
        QSignalSpy ready(session.get(), &SmtpSession::handshakeCompleted);
        session->open();
        return waitForSignals(ready);
    }

    QString transcriptText() const
    {
        QStringList lines;
        for (const TranscriptEntry &e : transcript)
            lines.append(e.text);
        return lines.join(QLatin1Char('\n'));
    }

    QByteArray greeting = "220 mx.example.org ESMTP\r\n";
    std::shared_ptr<ScriptedServer> script = std::make_shared<ScriptedServer>();
    FakeTransport *fake = nullptr;
    std::unique_ptr<SmtpSession> session;
    QList<TranscriptEntry> transcript;
    QList<CommandResult> results;
};

} // namespace

TEST_F(SmtpSessionTest, HandshakeReadsGreetingAndCapabilities)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    ASSERT_TRUE(session->greeting().has_value());
    EXPECT_EQ(session->greeting()->code, 220);
    EXPECT_TRUE(session->capabilities().has(QStringLiteral("PIPELINING")));
    EXPECT_EQ(session->state(), SessionState::Ready);
    EXPECT_EQ(fake->writtenLines(), QList<QByteArray> {"EHLO mxscope.invalid"});
    ASSERT_GE(transcript.size(), 4);
    EXPECT_EQ(transcript[0].direction, TranscriptDirection::Event);
    EXPECT_EQ(transcript[2].text, QStringLiteral("220 mx.example.org ESMTP"));
    EXPECT_EQ(transcript[2].direction, TranscriptDirection::Received);
    EXPECT_EQ(transcript[3].direction, TranscriptDirection::Sent);
}

TEST_F(SmtpSessionTest, FallsBackToHeloWhenEhloIsUnknown)
{
    script->ehlo = "502 5.5.2 Error: command not recognized\r\n";
    makeSession();
    ASSERT_TRUE(openAndWait());
    EXPECT_TRUE(session->usedHeloFallback());
    EXPECT_TRUE(session->capabilities().isEmpty());
    EXPECT_EQ(fake->writtenLines(),
              (QList<QByteArray> {"EHLO mxscope.invalid", "HELO mxscope.invalid"}));
}

TEST_F(SmtpSessionTest, RefusedGreetingEndsTheSessionOnce)
{
    greeting = "554 5.7.1 No SMTP service here\r\n";
    makeSession();
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    QSignalSpy failed(session.get(), &SmtpSession::failed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::GreetingRefused);
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("No SMTP service")));
    EXPECT_EQ(failed.size(), 1);
    EXPECT_EQ(closed.size(), 1);
    EXPECT_TRUE(fake->writtenLines().isEmpty());
}

TEST_F(SmtpSessionTest, PipelinedTransactionGoesOutAsOneGroup)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    const int writesBefore = fake->writeCalls();
    const quint64 mail = session->send(SmtpCommand::mailFrom(QStringLiteral("a@example.org")));
    const quint64 rcpt1 = session->send(SmtpCommand::rcptTo(QStringLiteral("b@example.org")));
    const quint64 rcpt2 = session->send(SmtpCommand::rcptTo(QStringLiteral("c@example.org")));
    const quint64 rset = session->send(SmtpCommand::rset());
    ASSERT_TRUE(waitUntil([&] { return results.size() >= 5; }));
    EXPECT_EQ(fake->writeCalls(), writesBefore + 1) << "MAIL, RCPT, RCPT, RSET in one write";
    EXPECT_EQ(results[1].id, mail);
    EXPECT_EQ(results[2].id, rcpt1);
    EXPECT_EQ(results[3].id, rcpt2);
    EXPECT_EQ(results[4].id, rset);
    EXPECT_EQ(results[2].reply.enhanced, (EnhancedStatus {2, 1, 5}));
}

TEST_F(SmtpSessionTest, WithoutPipeliningCommandsWaitForTheirReply)
{
    script->ehlo = "250-mx.example.org\r\n250 SIZE 1000\r\n";
    makeSession();
    ASSERT_TRUE(openAndWait());
    const int writesBefore = fake->writeCalls();
    session->send(SmtpCommand::mailFrom(QStringLiteral("a@example.org")));
    session->send(SmtpCommand::rcptTo(QStringLiteral("b@example.org")));
    ASSERT_TRUE(waitUntil([&] { return fake->writeCalls() > writesBefore; }));
    EXPECT_EQ(fake->writtenLines().constLast(), QByteArray("MAIL FROM:<a@example.org>"))
        << "RCPT must wait for the reply to MAIL";
    ASSERT_TRUE(waitUntil([&] { return results.size() >= 3; }));
    EXPECT_EQ(fake->writeCalls(), writesBefore + 2);
}

TEST_F(SmtpSessionTest, DataIsDotStuffedAndReportedInTwoStages)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    session->send(SmtpCommand::mailFrom(QStringLiteral("a@example.org")));
    session->send(SmtpCommand::rcptTo(QStringLiteral("b@example.org")));
    const quint64 data = session->send(SmtpCommand::data("Subject: test\n\n.leading dot\nbye"));
    ASSERT_TRUE(waitUntil([&] { return results.size() >= 5; }));
    EXPECT_EQ(results[3].id, data);
    EXPECT_EQ(results[3].reply.code, 354);
    EXPECT_EQ(results[4].id, data);
    EXPECT_EQ(results[4].command.verb, SmtpVerb::DataBody);
    EXPECT_EQ(results[4].reply.code, 250);
    EXPECT_EQ(script->body, (QList<QByteArray> {"Subject: test", "", "..leading dot", "bye"}));
}

TEST_F(SmtpSessionTest, RefusedDataSendsNoBody)
{
    script->data = "554 5.5.1 Error: no valid recipients\r\n";
    makeSession();
    ASSERT_TRUE(openAndWait());
    session->send(SmtpCommand::data("secret body"));
    ASSERT_TRUE(waitUntil([&] { return results.size() >= 2; }));
    EXPECT_EQ(results[1].reply.code, 554);
    EXPECT_FALSE(fake->writtenBytes().contains("secret body"));
    EXPECT_EQ(session->state(), SessionState::Ready);
}

TEST_F(SmtpSessionTest, StartTlsDiscardsCapabilitiesAndSaysEhloAgain)
{
    SessionOptions options;
    options.tls = TlsMode::StartTls;
    makeSession(options);
    QSignalSpy tls(session.get(), &SmtpSession::tlsEstablished);
    script->ehlo = ehloWithPipelining;
    ASSERT_TRUE(openAndWait());
    EXPECT_EQ(tls.size(), 1);
    EXPECT_TRUE(session->isEncrypted());
    EXPECT_EQ(fake->writtenLines(),
              (QList<QByteArray> {"EHLO mxscope.invalid", "STARTTLS", "EHLO mxscope.invalid"}));
    EXPECT_FALSE(transcript.constFirst().tls);
    EXPECT_TRUE(transcript.constLast().tls);
}

TEST_F(SmtpSessionTest, BytesAfterStartTlsReplyAreRefused)
{
    script->startTls = "220 2.0.0 Ready to start TLS\r\n250 injected\r\n";
    SessionOptions options;
    options.tls = TlsMode::StartTls;
    makeSession(options);
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::StartTlsInjection);
    EXPECT_FALSE(fake->tlsStarted());
}

TEST_F(SmtpSessionTest, StartTlsRequiredButNotOffered)
{
    script->ehlo = "250-mx.example.org\r\n250 PIPELINING\r\n";
    SessionOptions options;
    options.tls = TlsMode::StartTls;
    makeSession(options);
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::StartTlsUnavailable);
}

TEST_F(SmtpSessionTest, ImplicitTlsMarksEveryLineEncrypted)
{
    SessionOptions options;
    options.tls = TlsMode::Implicit;
    makeSession(options);
    ASSERT_TRUE(openAndWait());
    EXPECT_EQ(fake->writtenLines(), QList<QByteArray> {"EHLO mxscope.invalid"});
    EXPECT_TRUE(std::all_of(transcript.cbegin() + 2, transcript.cend(),
                            [](const TranscriptEntry &e) { return e.tls; }));
}

TEST_F(SmtpSessionTest, AuthPlainIsRedactedInTheTranscript)
{
    SessionOptions options;
    options.credentials
        = Credentials {QStringLiteral("alice"), QStringLiteral("hunter2"), AuthMechanism::Plain};
    makeSession(options);
    ASSERT_TRUE(openAndWait());
    const QByteArray secret = QByteArray("\0alice\0hunter2", 14).toBase64();
    EXPECT_TRUE(fake->writtenBytes().contains(secret));
    EXPECT_FALSE(transcriptText().contains(QString::fromLatin1(secret)));
    EXPECT_FALSE(transcriptText().contains(QStringLiteral("hunter2")));
    EXPECT_TRUE(transcriptText().contains(QStringLiteral("AUTH PLAIN <redacted>")));
}

TEST_F(SmtpSessionTest, AuthLoginAnswersChallengesAndRedactsThem)
{
    int step = 0;
    makeSession([] {
        SessionOptions o;
        o.credentials
            = Credentials {QStringLiteral("bob"), QStringLiteral("pa55word"), AuthMechanism::Login};
        return o;
    }());
    fake->setResponder([&](const QByteArray &line) -> QByteArray {
        if (line.startsWith("EHLO"))
            return ehloWithPipelining;
        if (line == "AUTH LOGIN" || step == 1) {
            ++step;
            return step == 1 ? "334 VXNlcm5hbWU6\r\n" : "334 UGFzc3dvcmQ6\r\n";
        }
        return "235 2.7.0 Authentication successful\r\n";
    });
    ASSERT_TRUE(openAndWait());
    EXPECT_EQ(fake->writtenLines().mid(1),
              (QList<QByteArray> {"AUTH LOGIN", QByteArray("bob").toBase64(),
                                  QByteArray("pa55word").toBase64()}));
    EXPECT_FALSE(transcriptText().contains(QString::fromLatin1(QByteArray("pa55word").toBase64())));
    EXPECT_EQ(transcriptText().count(QStringLiteral("<redacted>")), 2);
}

TEST_F(SmtpSessionTest, FailedAuthenticationEndsTheHandshake)
{
    script->auth = "535 5.7.8 Error: authentication failed\r\n";
    SessionOptions options;
    options.credentials
        = Credentials {QStringLiteral("alice"), QStringLiteral("wrong"), std::nullopt};
    makeSession(options);
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::AuthenticationFailed);
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("535")));
}

TEST_F(SmtpSessionTest, SilentServerTimesOutInItsState)
{
    greeting.clear();
    SessionOptions options;
    options.timeouts = {200, 200, 200, 200, 200};
    makeSession(options);
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed, 1, 3000));
    EXPECT_EQ(session->error(), SessionError::Timeout);
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("greeting")))
        << session->errorMessage().toStdString();
    EXPECT_TRUE(fake->wasAborted());
}

TEST_F(SmtpSessionTest, PartialReplyIsQuotedInTheTimeoutMessage)
{
    SessionOptions options;
    options.timeouts = {300, 300, 300, 300, 300};
    makeSession(options);
    script->ehlo = "250-mx.example.org\r\n250 PIPE";
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed, 1, 3000));
    EXPECT_EQ(session->error(), SessionError::Timeout);
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("EHLO")));
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("250 PIPE")));
}

TEST_F(SmtpSessionTest, EndlessReplyIsAProtocolViolation)
{
    SessionOptions options;
    options.limits.maxLinesPerReply = 50;
    makeSession(options);
    QByteArray endless;
    for (int i = 0; i < 200; ++i)
        endless += "250-more\r\n";
    script->ehlo = endless;
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->open();
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::ProtocolViolation);
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("50 lines")));
    EXPECT_LE(transcript.size(), 60);
}

TEST_F(SmtpSessionTest, ResetDuringDataIsReportedWithTheStage)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    fake->setResponder([&](const QByteArray &line) -> QByteArray {
        if (line == "DATA")
            return "354 go ahead\r\n";
        if (line == ".")
            fake->serverCloses();
        return {};
    });
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->send(SmtpCommand::data("hello"));
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::ConnectionClosed);
    EXPECT_TRUE(session->errorMessage().contains(QStringLiteral("message body")));
}

TEST_F(SmtpSessionTest, CancelStopsAtOnceAndClosesOnce)
{
    greeting.clear();
    makeSession();
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    QSignalSpy replies(session.get(), &SmtpSession::replyReceived);
    session->open();
    session->cancel();
    EXPECT_EQ(closed.size(), 1);
    EXPECT_EQ(session->error(), SessionError::Cancelled);
    fake->serverSends("220 late\r\n");
    session->cancel();
    EXPECT_FALSE(waitUntil([&] { return closed.size() > 1 || !replies.isEmpty(); }, 200));
}

TEST_F(SmtpSessionTest, QuitClosesCleanly)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    QSignalSpy closed(session.get(), &SmtpSession::closed);
    session->quit();
    ASSERT_TRUE(waitForSignals(closed));
    EXPECT_EQ(session->error(), SessionError::None);
    EXPECT_EQ(session->state(), SessionState::Closed);
}

TEST_F(SmtpSessionTest, UnsolicitedReplyIsReportedNotMatched)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    QSignalSpy unsolicited(session.get(), &SmtpSession::unsolicitedReply);
    fake->serverSends("421 4.4.2 mx.example.org Error: timeout exceeded\r\n");
    ASSERT_TRUE(waitForSignals(unsolicited));
    EXPECT_EQ(unsolicited.first().first().value<SmtpReply>().code, 421);
}

TEST_F(SmtpSessionTest, ManualModeStopsAfterTheGreeting)
{
    SessionOptions options;
    options.autoHandshake = false;
    makeSession(options);
    ASSERT_TRUE(openAndWait());
    EXPECT_TRUE(fake->writtenLines().isEmpty());
    session->send(SmtpCommand::ehlo(QStringLiteral("client.example")));
    ASSERT_TRUE(waitUntil([&] { return !results.isEmpty(); }));
    EXPECT_TRUE(session->capabilities().has(QStringLiteral("STARTTLS")));
}

TEST_F(SmtpSessionTest, LatencyIsMeasuredPerCommand)
{
    makeSession();
    ASSERT_TRUE(openAndWait());
    ASSERT_FALSE(results.isEmpty());
    EXPECT_GE(results[0].latencyMs, 0);
    EXPECT_LT(results[0].latencyMs, 2000);
}
