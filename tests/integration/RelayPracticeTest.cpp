// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The relay matrix over real sockets against the built-in practice server's profiles:
// open relay, hardened (421 after 20 errors), tarpit (growing delays, 421 after 5 errors),
// STARTTLS, DATA and cancel. Times are measured inside an event loop, not by polling.
#include "QtPrinters.h"
#include "SignalWait.h"
#include "practice/PracticeServer.h"
#include "relay/RelayTest.h"
#include "transcript/Transcript.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

using namespace mxscope;

namespace {

struct Practice {
    std::unique_ptr<PracticeServer> server;
    quint16 port = 0;
};

Practice startPractice(const QString &profileName, int errorLimit = -1)
{
    auto profile = PracticeProfile::byName(profileName);
    EXPECT_TRUE(profile.has_value());
    if (errorLimit >= 0)
        profile->errorLimit = errorLimit;
    Practice p;
    p.server = std::make_unique<PracticeServer>(*profile);
    EXPECT_TRUE(p.server->listen(QHostAddress::LocalHost, 0))
        << p.server->errorString().toStdString();
    p.port = p.server->serverPort();
    return p;
}

RelayPlan planFor(quint16 port)
{
    RelayPlan plan;
    plan.target.host = QStringLiteral("127.0.0.1");
    plan.target.port = port;
    plan.target.heloName = QStringLiteral("client.mxscope.test");
    plan.target.timeouts = {5000, 5000, 10000, 10000, 15000};
    plan.sender = QStringLiteral("tester@client.mxscope.test");
    plan.recipient = QStringLiteral("relaytest@outside.mxscope.test");
    return plan;
}

struct MatrixRun {
    RelayResult result;
    qint64 wallMs = 0;
    int finishedSignals = 0;
};

// Runs the whole matrix in a real event loop, bounded by timeoutMs.
MatrixRun runMatrix(const RelayPlan &plan, int timeoutMs = 30'000)
{
    Transcript transcript;
    RelayTest test(plan, &transcript);
    MatrixRun run;
    QObject::connect(&test, &RelayTest::finished, &test, [&] { ++run.finishedSignals; });
    QElapsedTimer clock;
    clock.start();
    test.start();
    waitForJob(test, timeoutMs);
    run.wallMs = clock.elapsed();
    EXPECT_FALSE(test.isRunning()) << "no verdict within " << timeoutMs << " ms";
    run.result = test.result();
    return run;
}

int countStage(const RelayResult &r, RelayStage stage)
{
    return int(std::count_if(r.outcomes.cbegin(), r.outcomes.cend(),
                             [stage](const RelayOutcome &o) { return o.stage == stage; }));
}

void report(const char *what, const MatrixRun &run)
{
    std::cout << "[ timing ] " << what << ": " << run.result.outcomes.size() << " variants in "
              << run.wallMs << " ms over " << run.result.connections << " session(s), verdict "
              << toString(run.result.verdict).toStdString() << '\n';
}

} // namespace

TEST(RelayPracticeTest, OpenRelayProfileIsOpenInWellUnderASecond)
{
    const Practice practice = startPractice(QStringLiteral("open-relay"));
    const MatrixRun run = runMatrix(planFor(practice.port));
    report("practice open-relay", run);
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Open);
    EXPECT_TRUE(r.completed);
    EXPECT_GE(r.outcomes.size(), 30);
    EXPECT_EQ(countStage(r, RelayStage::NotTried) + countStage(r, RelayStage::Error), 0);
    EXPECT_GE(countStage(r, RelayStage::AcceptedAtRcpt), 30);
    EXPECT_EQ(r.targetName, QStringLiteral("mx.practice.test"));
    EXPECT_EQ(r.targetAddress, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(r.findings.constFirst().id, QStringLiteral("relay.open"));
    EXPECT_LT(run.wallMs, 1000);
}

TEST(RelayPracticeTest, HardenedProfileIsClosedWithEveryVariantTried)
{
    const Practice practice = startPractice(QStringLiteral("hardened"));
    const MatrixRun run = runMatrix(planFor(practice.port));
    report("practice hardened", run);
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
    EXPECT_FALSE(r.throttled); // never pushed to its 20-error limit
    EXPECT_GE(r.connections, 2);
    EXPECT_LT(run.wallMs, 1000);
}

TEST(RelayPracticeTest, LowErrorLimitIsLearntAndTheMatrixResumes)
{
    const Practice practice = startPractice(QStringLiteral("hardened"), 3);
    const MatrixRun run = runMatrix(planFor(practice.port));
    report("practice hardened, 421 after 3 errors", run);
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
    EXPECT_TRUE(r.throttled);
}

TEST(RelayPracticeTest, TarpitCompletesWithoutWaitingOutEveryDelay)
{
    const Practice practice = startPractice(QStringLiteral("tarpit"));
    const MatrixRun run = runMatrix(planFor(practice.port));
    report("practice tarpit", run);
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt), r.outcomes.size());
    EXPECT_TRUE(r.throttled);
    // Five errors in one session already cost 0.2+0.4+0.8+1.6+3.2 s; one variant per
    // session one after another would cost 0.2 s each.
    EXPECT_LT(run.wallMs, 5000);
}

TEST(RelayPracticeTest, HardenedOverStartTls)
{
    const Practice practice = startPractice(QStringLiteral("hardened"));
    if (!practice.server->tlsAvailable())
        GTEST_SKIP() << practice.server->tlsUnavailableReason().toStdString();
    RelayPlan plan = planFor(practice.port);
    plan.target.tls = TlsMode::StartTls;
    const MatrixRun run = runMatrix(plan);
    report("practice hardened over STARTTLS", run);
    EXPECT_EQ(run.result.verdict, RelayVerdict::Closed);
    EXPECT_TRUE(run.result.completed);
}

TEST(RelayPracticeTest, SendDataToTheOpenRelay)
{
    const Practice practice = startPractice(QStringLiteral("open-relay"));
    int messages = 0;
    QObject::connect(practice.server.get(), &PracticeServer::messageReceived, practice.server.get(),
                     [&] { ++messages; });
    RelayPlan plan = planFor(practice.port);
    plan.sendData = true;
    plan.authorised = true;
    const MatrixRun run = runMatrix(plan);
    report("practice open-relay with DATA", run);
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Open);
    const int accepted = countStage(r, RelayStage::AcceptedAfterData);
    EXPECT_GE(accepted, 30);
    EXPECT_EQ(messages, accepted);
    EXPECT_EQ(countStage(r, RelayStage::AcceptedAtRcpt), 0);
}

TEST(RelayPracticeTest, CancelStopsAtOnce)
{
    const Practice practice = startPractice(QStringLiteral("tarpit"));
    Transcript transcript;
    RelayTest test(planFor(practice.port), &transcript);
    int finished = 0;
    QObject::connect(&test, &RelayTest::finished, &test, [&] { ++finished; });
    QObject::connect(&test, &RelayTest::variantFinished, &test, [&] { test.cancel(); });
    test.start();
    ASSERT_TRUE(waitUntil([&] { return finished > 0; }, 10000));
    EXPECT_FALSE(test.isRunning());
    EXPECT_EQ(test.result().error, SessionError::Cancelled);
    EXPECT_EQ(countStage(test.result(), RelayStage::RejectedAtRcpt), 1);
    EXPECT_GT(countStage(test.result(), RelayStage::NotTried), 25);
    EXPECT_EQ(finished, 1);
}
