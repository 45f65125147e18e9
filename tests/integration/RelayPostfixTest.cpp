// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The relay matrix against a real Postfix on 127.0.0.1: closed relay with Postfix's default
// error limits (sleep after 10 errors, 421 after 20), an even stricter one, an open relay,
// and DATA into the open relay. Every transport is "discard": nothing leaves the machine.
#include "PostfixFixture.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "relay/RelayTest.h"
#include "transcript/Transcript.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTimer>

#include <gtest/gtest.h>

#include <iostream>

namespace mxscope::testing {
namespace {

struct MatrixRun {
    RelayResult result;
    qint64 wallMs = 0;
};

MatrixRun runMatrix(const RelayPlan &plan, int timeoutMs = 60'000)
{
    Transcript transcript;
    RelayTest test(plan, &transcript);
    MatrixRun run;
    QElapsedTimer clock;
    clock.start();
    test.start();
    waitForJob(test, timeoutMs);
    run.wallMs = clock.elapsed();
    EXPECT_FALSE(test.isRunning()) << "no verdict within " << timeoutMs << " ms";
    run.result = test.result();
    std::cout << "[ timing ] " << run.result.outcomes.size() << " variants in " << run.wallMs
              << " ms over " << run.result.connections << " session(s), verdict "
              << toString(run.result.verdict).toStdString() << '\n';
    return run;
}

RelayPlan planFor(const PostfixFixture &postfix)
{
    RelayPlan plan;
    plan.target = postfix.sessionOptions();
    plan.sender = QStringLiteral("tester@client.mxscope.test");
    plan.recipient = QStringLiteral("relaytest@outside.mxscope.test");
    return plan;
}

int countStage(const RelayResult &r, RelayStage stage)
{
    return int(std::count_if(r.outcomes.cbegin(), r.outcomes.cend(),
                             [stage](const RelayOutcome &o) { return o.stage == stage; }));
}

QString maillog(const PostfixFixture &postfix)
{
    QFile file(postfix.maillog());
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

PostfixFixture::Options openRelay()
{
    PostfixFixture::Options options;
    options.openRelay = true;
    return options;
}

PostfixFixture::Options strictLimits()
{
    PostfixFixture::Options options;
    options.mainCf = {{QStringLiteral("smtpd_soft_error_limit"), QStringLiteral("2")},
                      {QStringLiteral("smtpd_hard_error_limit"), QStringLiteral("4")}};
    return options;
}

class RelayPostfixTest : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }
};

} // namespace

TEST_F(RelayPostfixTest, ClosedRelayWithDefaultLimitsGetsEveryVariantTried)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("relay-closed"), {});
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const MatrixRun run = runMatrix(planFor(*postfix));
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_GE(r.outcomes.size(), 30);
    EXPECT_EQ(countStage(r, RelayStage::RejectedAtRcpt) + countStage(r, RelayStage::RejectedAtMail),
              r.outcomes.size());
    EXPECT_EQ(countStage(r, RelayStage::Error), 0);
    EXPECT_FALSE(r.throttled);
    EXPECT_EQ(r.targetName, QStringLiteral("mx.postfix.test"));
    // Never near Postfix's limits: no "too many errors", no error sleep.
    EXPECT_FALSE(maillog(*postfix).contains(QStringLiteral("too many errors")));
    EXPECT_LT(run.wallMs, 1000);
}

TEST_F(RelayPostfixTest, StricterErrorLimitsStillGiveACompleteMatrix)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("relay-strict"), strictLimits());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const MatrixRun run = runMatrix(planFor(*postfix));
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Closed) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    EXPECT_EQ(countStage(r, RelayStage::Error) + countStage(r, RelayStage::NotTried), 0);
}

TEST_F(RelayPostfixTest, OpenRelayIsOpen)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("relay-open"), openRelay());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const MatrixRun run = runMatrix(planFor(*postfix));
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Open) << r.verdictSentence.toStdString();
    EXPECT_TRUE(r.completed);
    const RelayOutcome &plain = r.outcomes.at(1); // nmap-02: the plain third-party envelope
    EXPECT_EQ(plain.variant.id, QStringLiteral("nmap-02"));
    EXPECT_EQ(plain.stage, RelayStage::AcceptedAtRcpt);
    EXPECT_EQ(r.findings.constFirst().id, QStringLiteral("relay.open"));
    EXPECT_LT(run.wallMs, 1000);
}

TEST_F(RelayPostfixTest, SendDataIntoTheOpenRelayIsAcceptedAfterData)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("relay-open"), openRelay());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    RelayPlan plan = planFor(*postfix);
    plan.sendData = true;
    plan.authorised = true;
    const MatrixRun run = runMatrix(plan);
    const RelayResult &r = run.result;
    EXPECT_EQ(r.verdict, RelayVerdict::Open) << r.verdictSentence.toStdString();
    EXPECT_GE(countStage(r, RelayStage::AcceptedAfterData), 10);
    EXPECT_EQ(countStage(r, RelayStage::AcceptedAtRcpt), 0);
    // The messages reached Postfix (and its discard transport) with the run's token.
    ASSERT_FALSE(r.token.isEmpty());
    EXPECT_TRUE(postfix->waitForLog(r.token, 10'000)) << postfix->diagnostics().toStdString();
}

} // namespace mxscope::testing
