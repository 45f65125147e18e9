// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// RelayTest against scripted servers: staging, verdicts, error limits, 421 and hang-ups
// mid-matrix, DATA, AUTH and cancel. No sockets, no sleeps.
#include "FakeTransport.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "relay/RelayTest.h"
#include "transcript/Transcript.h"

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>
#include <memory>

using namespace mxscope;
using mxscope::testing::FakeTransport;

namespace {

// One scripted mail server; every connection gets its own Session state.
struct ServerScript {
    struct Session {
        int errors = 0;
        bool mail = false;
        int recipients = 0;
        bool inData = false;
        bool authenticated = false;
        bool closed = false;
        QByteArray body;
    };

    QByteArray greeting = "220 mx.example.org ESMTP\r\n";
    QList<int> busyConnections; // these connection numbers get "421 too many connections"
    bool pipelining = true;
    bool offerAuth = false;
    int errorLimit = 0; // 421 before the next command once this many errors were made
    int hangUpAfterErrors = 0; // close without a word instead
    std::function<QByteArray(const QByteArray &argument)> onMail;
    std::function<QByteArray(const QByteArray &argument, bool authenticated)> onRcpt;
    QByteArray dataEnd = "250 2.0.0 Ok: queued as 4F2\r\n";

    int connections = 0;
    int sent421 = 0;
    int mostErrorsInASession = 0;
    int mostMailsInOneWrite = 0;
    int authCommands = 0;
    QList<QByteArray> bodies;

    QByteArray respond(Session &s, const QByteArray &line, FakeTransport *fake)
    {
        if (s.closed)
            return {};
        if (s.inData) {
            if (line != ".") {
                s.body += line + '\n';
                return {};
            }
            s.inData = false;
            s.mail = false;
            s.recipients = 0;
            bodies.append(std::exchange(s.body, {}));
            return count(s, dataEnd);
        }
        if (errorLimit && s.errors >= errorLimit) {
            ++sent421;
            s.closed = true;
            return "421 4.7.0 mx.example.org Error: too many errors\r\n";
        }
        if (hangUpAfterErrors && s.errors >= hangUpAfterErrors) {
            s.closed = true;
            fake->serverCloses();
            return {};
        }
        return count(s, dispatch(s, line));
    }

    QByteArray count(Session &s, QByteArray reply)
    {
        if (reply.startsWith('4') || reply.startsWith('5')) {
            ++s.errors;
            mostErrorsInASession = std::max(mostErrorsInASession, s.errors);
        }
        return reply;
    }

    QByteArray dispatch(Session &s, const QByteArray &line)
    {
        const QByteArray verb = line.left(4).toUpper();
        const QByteArray argument = line.mid(line.indexOf(':') + 1);
        if (verb == "EHLO")
            return "250-mx.example.org\r\n" + QByteArray(pipelining ? "250-PIPELINING\r\n" : "")
                + QByteArray(offerAuth ? "250-AUTH PLAIN LOGIN\r\n" : "")
                + "250 ENHANCEDSTATUSCODES\r\n";
        if (verb == "AUTH") {
            ++authCommands;
            s.authenticated = true;
            return "235 2.7.0 Authentication successful\r\n";
        }
        if (verb == "MAIL") {
            if (s.mail)
                return "503 5.5.1 Error: nested MAIL command\r\n";
            const QByteArray reply = onMail ? onMail(argument) : "250 2.1.0 Ok\r\n";
            s.mail = reply.startsWith('2');
            return reply;
        }
        if (verb == "RCPT") {
            if (!s.mail)
                return "503 5.5.1 Error: need MAIL command\r\n";
            const QByteArray reply
                = onRcpt ? onRcpt(argument, s.authenticated) : "554 5.7.1 Relay access denied\r\n";
            s.recipients += reply.startsWith('2') ? 1 : 0;
            return reply;
        }
        if (verb == "DATA") {
            if (!s.mail || s.recipients == 0)
                return "554 5.5.1 Error: no valid recipients\r\n";
            s.inData = true;
            return "354 End data with <CR><LF>.<CR><LF>\r\n";
        }
        if (verb == "RSET") {
            s.mail = false;
            s.recipients = 0;
            return "250 2.0.0 Ok\r\n";
        }
        if (verb == "QUIT")
            return "221 2.0.0 Bye\r\n";
        return "502 5.5.2 Error: command not recognized\r\n";
    }
};

// Counts how many MAIL commands leave in one write: proof of pipelining.
class CountingTransport : public FakeTransport
{
public:
    explicit CountingTransport(std::shared_ptr<ServerScript> script)
        : m_script(std::move(script))
    { }
    void write(const QByteArray &bytes) override
    {
        m_script->mostMailsInOneWrite
            = std::max(m_script->mostMailsInOneWrite, int(bytes.count("MAIL FROM:")));
        FakeTransport::write(bytes);
    }

private:
    std::shared_ptr<ServerScript> m_script;
};

class RelayRunTest : public ::testing::Test
{
protected:
    RelayPlan plan() const
    {
        RelayPlan p;
        p.target.host = QStringLiteral("mx.example.org");
        p.target.heloName = QStringLiteral("client.example");
        p.target.timeouts = {2000, 2000, 2000, 2000, 2000};
        p.sender = QStringLiteral("tester@client.example");
        p.recipient = QStringLiteral("victim@outside.example");
        return p;
    }

    void make(const RelayPlan &p)
    {
        test = std::make_unique<RelayTest>(p, &transcript);
        std::shared_ptr<ServerScript> s = script;
        test->setTransportFactory([s] {
            auto *fake = new CountingTransport(s);
            ++s->connections;
            fake->setGreeting(s->busyConnections.contains(s->connections)
                                  ? QByteArray("421 4.7.0 mx.example.org Too many connections\r\n")
                                  : s->greeting);
            auto session = std::make_shared<ServerScript::Session>();
            fake->setResponder([s, session, fake](const QByteArray &line) {
                return s->respond(*session, line, fake);
            });
            return fake;
        });
        QObject::connect(test.get(), &RelayTest::variantFinished, test.get(),
                         [this](const RelayOutcome &o) { finishedVariants.append(o); });
        QObject::connect(test.get(), &RelayTest::finished, test.get(), [this] { ++finishedCount; });
    }

    // Runs to the end in an event loop (bounded) and returns the result.
    const RelayResult &run(const RelayPlan &p)
    {
        make(p);
        test->start();
        waitForJob(*test, 20000);
        EXPECT_EQ(finishedCount, 1);
        EXPECT_FALSE(test->isRunning());
        return test->result();
    }

    QString entry(qsizetype index) const { return transcript.entries().value(index).text; }

    std::shared_ptr<ServerScript> script = std::make_shared<ServerScript>();
    Transcript transcript;
    std::unique_ptr<RelayTest> test;
    QList<RelayOutcome> finishedVariants;
    int finishedCount = 0;
};

int countStage(const RelayResult &r, RelayStage stage)
{
    return int(std::count_if(r.outcomes.cbegin(), r.outcomes.cend(),
                             [stage](const RelayOutcome &o) { return o.stage == stage; }));
}

} // namespace

TEST_F(RelayRunTest, ClosedServerGetsEveryVariantRejectedAtRcpt)
{
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_GE(r.outcomes.size(), 30);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
    EXPECT_EQ(finishedVariants.size(), r.outcomes.size());
    EXPECT_EQ(r.targetName, QStringLiteral("mx.example.org"));
    EXPECT_EQ(r.targetAddress, QStringLiteral("192.0.2.25"));
    for (const RelayOutcome &o : r.outcomes) {
        EXPECT_EQ(o.reply.code, 554);
        ASSERT_EQ(o.evidence.size(), 1);
        EXPECT_TRUE(entry(o.evidence.constFirst()).startsWith(QStringLiteral("554")));
        ASSERT_EQ(o.commandEvidence.size(), 2) << o.variant.id.toStdString();
        EXPECT_EQ(entry(o.commandEvidence.at(0)),
                  QStringLiteral("MAIL FROM:") + o.variant.mailFrom);
        EXPECT_EQ(entry(o.commandEvidence.at(1)), QStringLiteral("RCPT TO:") + o.variant.rcptTo);
    }
    EXPECT_TRUE(r.findings.isEmpty());
    // Pipelined: several variants in one write, and no session near the error limit.
    EXPECT_GE(script->mostMailsInOneWrite, 2);
    EXPECT_LE(script->mostErrorsInASession, 8);
}

TEST_F(RelayRunTest, OneAcceptedTrickMakesItOpen)
{
    script->onRcpt = [](const QByteArray &rcpt, bool) -> QByteArray {
        return rcpt.contains('%') ? "250 2.1.5 Ok\r\n" : "554 5.7.1 Relay access denied\r\n";
    };
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Open);
    QStringList accepted;
    for (const RelayOutcome &o : r.outcomes) {
        if (o.stage == RelayStage::AcceptedAtRcpt)
            accepted.append(o.variant.id);
    }
    EXPECT_TRUE(accepted.contains(QStringLiteral("nmap-05")));
    EXPECT_TRUE(accepted.contains(QStringLiteral("abuse-06")));
    EXPECT_FALSE(accepted.contains(QStringLiteral("nmap-01")));
    ASSERT_FALSE(r.findings.isEmpty());
    const Finding &open = r.findings.constFirst();
    EXPECT_EQ(open.id, QStringLiteral("relay.open"));
    EXPECT_EQ(open.evidence.size(), accepted.size());
    for (const qsizetype index : open.evidence)
        EXPECT_TRUE(entry(index).startsWith(QStringLiteral("250 2.1.5")));
    // Safe mode: never DATA.
    EXPECT_TRUE(script->bodies.isEmpty());
}

TEST_F(RelayRunTest, RefusedSenderIsRejectedAtMail)
{
    script->onMail = [](const QByteArray &from) -> QByteArray {
        return from == "<>" ? "550 5.7.1 Null sender refused\r\n" : "250 2.1.0 Ok\r\n";
    };
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed);
    EXPECT_EQ(r.outcomes.constFirst().variant.id, QStringLiteral("nmap-01"));
    EXPECT_EQ(r.outcomes.constFirst().stage, RelayStage::RejectedAtMail);
    EXPECT_EQ(r.outcomes.constFirst().reply.code, 550);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtMail), 1);
}

TEST_F(RelayRunTest, ErrorLimitIsNeverReached)
{
    script->errorLimit = 10; // Postfix's soft limit as a hard one
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed);
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(script->sent421, 0);
    EXPECT_FALSE(r.throttled);
    EXPECT_GE(script->connections, 5);
}

TEST_F(RelayRunTest, ResumesAfter421MidMatrix)
{
    script->errorLimit = 3;
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_GE(script->sent421, 1);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
    EXPECT_TRUE(r.throttled);
    bool retried = false;
    for (const RelayOutcome &o : r.outcomes)
        retried = retried || o.attempts > 1;
    EXPECT_TRUE(retried);
    const auto throttling
        = std::find_if(r.findings.cbegin(), r.findings.cend(),
                       [](const Finding &f) { return f.id == QLatin1String("relay.throttling"); });
    ASSERT_NE(throttling, r.findings.cend());
    ASSERT_FALSE(throttling->evidence.isEmpty());
    EXPECT_TRUE(entry(throttling->evidence.constFirst()).startsWith(QStringLiteral("421")));
}

TEST_F(RelayRunTest, ResumesAfterSilentHangUps)
{
    script->hangUpAfterErrors = 2;
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
}

TEST_F(RelayRunTest, AcceptedAtRcptThenRefusedAfterDataIsNotOpen)
{
    script->onRcpt = [](const QByteArray &, bool) -> QByteArray { return "250 2.1.5 Ok\r\n"; };
    script->dataEnd = "554 5.7.1 Message refused by content filter\r\n";
    RelayPlan p = plan();
    p.sendData = true;
    p.authorised = true;
    const RelayResult &r = run(p);
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_EQ(countStage(r, RelayStage::RefusedAfterData), r.outcomes.size());
    EXPECT_EQ(r.findings.constFirst().id, QStringLiteral("relay.accepted-then-refused"));
    // Evidence: the RCPT reply and the end-of-data reply.
    const RelayOutcome &first = r.outcomes.constFirst();
    ASSERT_EQ(first.evidence.size(), 2);
    EXPECT_TRUE(entry(first.evidence.at(0)).startsWith(QStringLiteral("250")));
    EXPECT_TRUE(entry(first.evidence.at(1)).startsWith(QStringLiteral("554")));
    // One message per variant, each carrying the run's token in Subject and body.
    ASSERT_EQ(script->bodies.size(), r.outcomes.size());
    EXPECT_TRUE(r.token.startsWith(QStringLiteral("mxscope-")));
    const QByteArray subject = "Subject: mxscope relay test " + r.token.toUtf8();
    for (const QByteArray &body : std::as_const(script->bodies)) {
        EXPECT_TRUE(body.contains(subject));
        EXPECT_GE(body.count(r.token.toUtf8()), 3);
    }
}

TEST_F(RelayRunTest, AcceptedAfterDataIsOpen)
{
    script->onRcpt = [](const QByteArray &rcpt, bool) -> QByteArray {
        return rcpt.contains('!') ? "250 2.1.5 Ok\r\n" : "554 5.7.1 Relay access denied\r\n";
    };
    RelayPlan p = plan();
    p.sendData = true;
    p.authorised = true;
    p.token = QStringLiteral("mxscope-fixedtoken");
    const RelayResult &r = run(p);
    EXPECT_EQ(r.verdict, RelayVerdict::Open);
    EXPECT_EQ(r.token, QStringLiteral("mxscope-fixedtoken"));
    const int accepted = countStage(r, RelayStage::AcceptedAfterData);
    EXPECT_GE(accepted, 5);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size() - accepted);
    EXPECT_EQ(script->bodies.size(), accepted);
}

TEST_F(RelayRunTest, SendingDataNeedsAuthorisation)
{
    RelayPlan p = plan();
    p.sendData = true;
    make(p);
    test->start(); // refused at once, before any connection
    EXPECT_EQ(finishedCount, 1);
    EXPECT_EQ(test->result().error, SessionError::InvalidInput);
    EXPECT_EQ(script->connections, 0);
    EXPECT_EQ(test->result().verdict, RelayVerdict::Inconclusive);
}

TEST_F(RelayRunTest, EndlessDeferralsEndInconclusiveAndBounded)
{
    script->onRcpt = [](const QByteArray &, bool) -> QByteArray {
        return "450 4.7.1 Greylisted, try again later\r\n";
    };
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Inconclusive);
    EXPECT_FALSE(r.completed);
    EXPECT_LE(script->connections, 5);
    EXPECT_GE(countStage(r, RelayStage::Error), 1);
    EXPECT_EQ(r.findings.constFirst().id, QStringLiteral("relay.inconclusive"));
    EXPECT_FALSE(r.incompleteReason.isEmpty());
}

TEST_F(RelayRunTest, CancelStopsAtOnceAndKeepsOutcomes)
{
    script->errorLimit = 3; // many short sessions
    make(plan());
    QObject::connect(test.get(), &RelayTest::variantFinished, test.get(), [this] {
        if (finishedVariants.size() == 5)
            test->cancel();
    });
    test->start();
    ASSERT_TRUE(waitUntil([this] { return finishedCount > 0; }, 10000));
    const RelayResult &r = test->result();
    EXPECT_FALSE(test->isRunning());
    EXPECT_EQ(r.error, SessionError::Cancelled);
    EXPECT_EQ(finishedVariants.size(), 5);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), 5);
    EXPECT_EQ(countStage(r, RelayStage::NotTried), r.outcomes.size() - 5);
    EXPECT_EQ(r.verdict, RelayVerdict::Inconclusive);
    const int connections = script->connections;
    QTest::qWait(50); // nothing more happens after a cancel
    EXPECT_EQ(script->connections, connections);
    EXPECT_EQ(finishedCount, 1);
}

TEST_F(RelayRunTest, RefusedGreetingEndsTheTest)
{
    script->greeting = "554 5.7.1 mx.example.org No SMTP service here\r\n";
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.error, SessionError::GreetingRefused);
    EXPECT_TRUE(r.outcomes.isEmpty());
    EXPECT_EQ(r.verdict, RelayVerdict::Inconclusive);
    EXPECT_TRUE(r.verdictSentence.contains(QStringLiteral("554")));
}

TEST_F(RelayRunTest, WithoutPipeliningStillCompletes)
{
    script->pipelining = false;
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed);
    EXPECT_EQ(script->mostMailsInOneWrite, 1);
    EXPECT_LE(script->mostErrorsInASession, 8);
}

TEST_F(RelayRunTest, CredentialsOnlyForTheAfterAuthProbe)
{
    script->offerAuth = true;
    script->onRcpt = [](const QByteArray &, bool authenticated) -> QByteArray {
        return authenticated ? "250 2.1.5 Ok\r\n" : "554 5.7.1 Relay access denied\r\n";
    };
    RelayPlan p = plan();
    p.target.credentials = Credentials {QStringLiteral("alice"), QStringLiteral("secret"), {}};
    const RelayResult &r = run(p);
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_EQ(script->authCommands, 1);
    ASSERT_TRUE(r.authenticatedOutcome.has_value());
    EXPECT_EQ(r.authenticatedOutcome->stage, RelayStage::AcceptedAtRcpt);
    const auto afterAuth
        = std::find_if(r.findings.cbegin(), r.findings.cend(),
                       [](const Finding &f) { return f.id == QLatin1String("relay.after-auth"); });
    ASSERT_NE(afterAuth, r.findings.cend());
    EXPECT_EQ(afterAuth->severity, Severity::Info);
    for (const TranscriptEntry &e : transcript.entries())
        EXPECT_FALSE(e.text.contains(QStringLiteral("c2VjcmV0"))) << e.text.toStdString();
}

TEST_F(RelayRunTest, ServerAllowingOneSessionAtATimeStillGetsTheWholeMatrix)
{
    script->busyConnections = {2, 3};
    const RelayResult &r = run(plan());
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
}
