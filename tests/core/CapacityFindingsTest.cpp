// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/CapacityFindings.h"
#include "capacity/CapacityReport.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

CapacityResult ramp(int max, int accepted, ConnectionOutcome beyond, int code = 0,
                    const QString &text = {})
{
    CapacityResult r;
    r.requested = r.maxConnections = max;
    for (int i = 0; i < max && i <= accepted; ++i) {
        ConnectionAttempt a;
        a.number = i + 1;
        a.attemptedAtStep = i + 1;
        a.outcome = i < accepted ? ConnectionOutcome::Accepted : beyond;
        a.connectMs = 1;
        a.code = a.outcome == ConnectionOutcome::Accepted ? 220 : code;
        if (a.outcome != ConnectionOutcome::Accepted)
            a.text = text;
        r.attempts.append(a);
        r.steps.append({i + 1, std::min(i + 1, accepted), i < accepted ? 0 : 1});
    }
    r.acceptedMax = std::min(max, accepted);
    if (accepted < max)
        r.refusalsBeganAt = accepted + 1;
    return r;
}

QStringList ids(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.id);
    return out;
}

} // namespace

TEST(CapacityFindingRules, NoLimitBeyondCommonDefaultsIsMedium)
{
    CapacityResult r = ramp(60, 60, ConnectionOutcome::Accepted);
    r.idle.attempted = true;
    r.idle.seconds = 30;
    const QList<Finding> findings = CapacityFindings::evaluate(r);
    ASSERT_EQ(ids(findings), QStringList {QStringLiteral("capacity.no-per-client-limit")});
    EXPECT_EQ(findings[0].severity, Severity::Medium);
    EXPECT_TRUE(findings[0].detail.contains(QLatin1String("more than 30 s")));
    EXPECT_TRUE(
        findings[0].remediation.contains(QLatin1String("smtpd_client_connection_count_limit")));
    EXPECT_TRUE(findings[0].remediation.contains(QLatin1String("MaxInboundConnectionPerSource")));
}

TEST(CapacityFindingRules, NoLimitWithinCommonDefaultsIsOnlyInfo)
{
    const QList<Finding> findings = CapacityFindings::evaluate(ramp(20, 20, {}));
    ASSERT_EQ(findings.size(), 1);
    EXPECT_EQ(findings[0].severity, Severity::Info);
}

TEST(CapacityFindingRules, A421LimitIsNoFinding)
{
    const CapacityResult r
        = ramp(10, 5, ConnectionOutcome::Refused421, 421,
               QStringLiteral("4.7.0 mx Error: too many connections from 127.0.0.1"));
    EXPECT_TRUE(CapacityFindings::evaluate(r).isEmpty());
    const QJsonObject json = CapacityReport::details(r);
    EXPECT_EQ(json[QStringLiteral("accepted_max")].toInt(), 5);
    EXPECT_EQ(json[QStringLiteral("per_client_limit")].toInt(), 5);
    const QJsonArray refusals = json[QStringLiteral("refusals")].toArray();
    ASSERT_EQ(refusals.size(), 1);
    EXPECT_EQ(refusals[0][QStringLiteral("kind")].toString(), QStringLiteral("421"));
    EXPECT_EQ(refusals[0][QStringLiteral("count")].toInt(), 1);
    EXPECT_TRUE(json[QStringLiteral("idle_timeout_s")].isNull());
    EXPECT_TRUE(CapacityFindings::summary(r).contains(QLatin1String("beyond 5 concurrent")));
}

TEST(CapacityFindingRules, SilenceBeyondTheLimitMeansExhaustion)
{
    const QList<Finding> findings
        = CapacityFindings::evaluate(ramp(10, 4, ConnectionOutcome::Timeout));
    EXPECT_EQ(ids(findings), QStringList {QStringLiteral("capacity.exhausted-by-one-client")});
}

TEST(CapacityFindingRules, ConnectionsNeverEstablishedAreADroppedSynNotExhaustion)
{
    CapacityResult r = ramp(10, 4, ConnectionOutcome::Timeout);
    r.attempts.last().connectMs = -1;
    const QList<Finding> findings = CapacityFindings::evaluate(r);
    ASSERT_EQ(ids(findings), QStringList {QStringLiteral("capacity.refusal-without-reply")});
    EXPECT_EQ(findings[0].severity, Severity::Info);
}

TEST(CapacityFindingRules, ShortIdleTimeoutIsInfoAndLongIsNothing)
{
    CapacityResult r = ramp(10, 5, ConnectionOutcome::Refused421, 421, QStringLiteral("busy"));
    r.idle.attempted = true;
    r.idle.closedByServer = true;
    r.idle.seconds = 2.0;
    const QList<Finding> findings = CapacityFindings::evaluate(r);
    ASSERT_EQ(ids(findings), QStringList {QStringLiteral("capacity.short-idle-timeout")});
    EXPECT_EQ(findings[0].severity, Severity::Info);
    EXPECT_DOUBLE_EQ(CapacityReport::details(r)[QStringLiteral("idle_timeout_s")].toDouble(), 2.0);

    r.idle.closedByServer = false;
    r.idle.seconds = 30;
    EXPECT_TRUE(CapacityFindings::evaluate(r).isEmpty());
    EXPECT_EQ(CapacityReport::details(r)[QStringLiteral("idle_timeout_more_than_s")].toDouble(),
              30.0);
}
