// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CapacityCheckRun.h"
#include "PostfixFixture.h"
#include "SignalWait.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

class CapacityPostfix : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }

    // smtpd_client_connection_count_limit = 5, counted by anvil, for loopback too (the
    // exceptions default to $mynetworks), and a 2 s idle timeout.
    static PostfixFixture *limited()
    {
        PostfixFixture::Options options;
        options.mainCf = {
            {QStringLiteral("smtpd_client_connection_count_limit"), QStringLiteral("5")},
            {QStringLiteral("smtpd_client_event_limit_exceptions"), QString()},
            {QStringLiteral("smtpd_timeout"), QStringLiteral("2s")},
        };
        return PostfixFixture::shared(QStringLiteral("capacity-limited"), options);
    }
};

} // namespace

TEST_F(CapacityPostfix, FindsTheClientConnectionCountLimit)
{
    PostfixFixture *postfix = limited();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    CapacityCheckRun run(postfix->sessionOptions(), 10, 30'000);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed)
        << outcome.error.toStdString() << postfix->diagnostics().toStdString();
    const QJsonObject json = outcome.details;
    EXPECT_EQ(json[QStringLiteral("accepted_max")].toInt(), 5)
        << QJsonDocument(json).toJson().toStdString();
    const QJsonArray refusals = json[QStringLiteral("refusals")].toArray();
    ASSERT_EQ(refusals.size(), 1) << QJsonDocument(json).toJson().toStdString();
    EXPECT_EQ(refusals[0][QStringLiteral("kind")].toString(), QStringLiteral("421"));
    EXPECT_EQ(refusals[0][QStringLiteral("code")].toInt(), 421);
    EXPECT_EQ(refusals[0][QStringLiteral("text")].toString(),
              QStringLiteral("4.7.0 mx.postfix.test Error: too many connections from 127.0.0.1"));
    EXPECT_TRUE(postfix->waitForLog(QStringLiteral("Connection concurrency limit exceeded")));

    // smtpd_timeout = 2s: "421 4.4.2 ... Error: timeout exceeded", then the close.
    const double idle = json[QStringLiteral("idle_timeout_s")].toDouble();
    EXPECT_GE(idle, 1.5);
    EXPECT_LT(idle, 6.0);
    EXPECT_TRUE(json[QStringLiteral("idle_closing_reply")].toString().startsWith(
        QLatin1String("421 4.4.2")));
}

TEST_F(CapacityPostfix, DefaultPostfixAcceptsAModestRamp)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("default"), {});
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    // Postfix's default limit is 50 per client: a ramp of 20 stays below it.
    CapacityCheckRun run(postfix->sessionOptions(), 20, 10'000);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    EXPECT_EQ(outcome.details[QStringLiteral("accepted_max")].toInt(), 20);
    EXPECT_TRUE(outcome.details[QStringLiteral("refusals")].toArray().isEmpty());
    // smtpd_timeout is 300 s: longer than the bounded wait.
    EXPECT_TRUE(outcome.details[QStringLiteral("idle_timeout_s")].isNull());
    ASSERT_EQ(outcome.findings.size(), 1);
    EXPECT_EQ(outcome.findings[0].id, QStringLiteral("capacity.no-per-client-limit"));
    EXPECT_EQ(outcome.findings[0].severity, Severity::Info);
}

TEST_F(CapacityPostfix, ProcessLimitReachedBeforeAnyClientLimit)
{
    // Three smtpd processes in all and no lower per-client limit: the fourth connection
    // waits in the listen queue without a greeting, as every other client would.
    PostfixFixture::Options options;
    // smtpd_timeout stays at 300 s: a shorter one would free processes during the ramp.
    options.mainCf = {{QStringLiteral("default_process_limit"), QStringLiteral("3")}};
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("capacity-processes"), options);
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    // The fourth connection costs the greeting time-out (8 s); the rest bounds the idle wait.
    CapacityCheckRun run(postfix->sessionOptions(), 6, 16'000);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    const QJsonObject json = outcome.details;
    EXPECT_EQ(json[QStringLiteral("accepted_max")].toInt(), 3)
        << QJsonDocument(json).toJson().toStdString();
    const QJsonArray refusals = json[QStringLiteral("refusals")].toArray();
    ASSERT_EQ(refusals.size(), 1) << QJsonDocument(json).toJson().toStdString();
    EXPECT_EQ(refusals[0][QStringLiteral("kind")].toString(), QStringLiteral("timeout"));
    QStringList ids;
    for (const Finding &f : outcome.findings)
        ids.append(f.id);
    EXPECT_TRUE(ids.contains(QStringLiteral("capacity.exhausted-by-one-client")))
        << ids.join(QLatin1Char(' ')).toStdString();
}
