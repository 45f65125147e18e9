// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CapacityCheckRun.h"
#include "QtPrinters.h"
#include "SessionRun.h"
#include "SignalWait.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

#include <gtest/gtest.h>

#include <iostream>

#include <sys/resource.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

std::unique_ptr<PracticeServer> serverWithLimits(int maxConnections, int idleTimeoutMs)
{
    auto server = startPracticeServer(QStringLiteral("hardened"));
    PracticeLimits limits = server->limits();
    limits.maxConnections = maxConnections;
    limits.idleTimeoutMs = idleTimeoutMs;
    server->setLimits(limits);
    return server;
}

QStringList findingIds(const CheckOutcome &outcome)
{
    QStringList ids;
    for (const Finding &f : outcome.findings)
        ids.append(f.id);
    return ids;
}

} // namespace

TEST(CapacityPractice, FindsTheConnectionLimitAndTheIdleTimeout)
{
    auto server = serverWithLimits(5, 1500);
    CapacityCheckRun run(practiceOptions(*server), 10);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();

    const QJsonObject json = outcome.details;
    EXPECT_EQ(json[QStringLiteral("accepted_max")].toInt(), 5);
    EXPECT_EQ(json[QStringLiteral("per_client_limit")].toInt(), 5);
    const QJsonArray refusals = json[QStringLiteral("refusals")].toArray();
    ASSERT_EQ(refusals.size(), 1) << QJsonDocument(json).toJson().toStdString();
    EXPECT_EQ(refusals[0][QStringLiteral("kind")].toString(), QStringLiteral("421"));
    EXPECT_EQ(refusals[0][QStringLiteral("code")].toInt(), 421);
    EXPECT_TRUE(refusals[0][QStringLiteral("text")].toString().contains(
        QLatin1String("too many connections")));
    // The ramp stops at the step that saw the first refusal.
    EXPECT_LE(json[QStringLiteral("attempted")].toInt(), 6);

    const double idle = json[QStringLiteral("idle_timeout_s")].toDouble();
    EXPECT_GE(idle, 1.0);
    EXPECT_LT(idle, 5.0);
    EXPECT_EQ(findingIds(outcome), QStringList {QStringLiteral("capacity.short-idle-timeout")});

    // Evidence points at the refusal in the transcript.
    const ResultTable &table = outcome.tables.value(0);
    ASSERT_EQ(table.rows.size(), json[QStringLiteral("attempted")].toInt());
    const qsizetype refusalEvidence = table.evidence.constLast();
    ASSERT_GE(refusalEvidence, 0);
    EXPECT_TRUE(run.transcript.entries()[refusalEvidence].text.startsWith(QLatin1String("421")));
    ASSERT_EQ(outcome.charts.size(), 1);
    EXPECT_EQ(outcome.charts[0].series.size(), 2);

    // Every held session was closed again.
    EXPECT_TRUE(waitUntil([&] { return server->connectionCount() == 0; }, 5000));
}

TEST(CapacityPractice, NoLimitWithinTheRampAndAnIdleSessionKept)
{
    auto server = serverWithLimits(200, 120'000);
    // A short time limit bounds the idle wait: it is reported as "more than N s".
    CapacityCheckRun run(practiceOptions(*server), 20, 8000);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    EXPECT_EQ(outcome.details[QStringLiteral("accepted_max")].toInt(), 20);
    EXPECT_TRUE(outcome.details[QStringLiteral("refusals")].toArray().isEmpty());
    EXPECT_TRUE(outcome.details[QStringLiteral("idle_timeout_s")].isNull());
    EXPECT_GE(outcome.details[QStringLiteral("idle_timeout_more_than_s")].toDouble(), 1.0);
    ASSERT_EQ(findingIds(outcome), QStringList {QStringLiteral("capacity.no-per-client-limit")});
    // 20 is within common defaults: the verdict says it cannot tell.
    EXPECT_EQ(outcome.findings[0].severity, Severity::Info);
    EXPECT_LT(run.elapsedMs, 8000 + 2000);
    EXPECT_TRUE(waitUntil([&] { return server->connectionCount() == 0; }, 5000));
}

TEST(CapacityPractice, RefusesWithoutAuthorisation)
{
    auto server = serverWithLimits(200, 120'000);
    QSignalSpy opened(server.get(), &PracticeServer::sessionOpened);
    CapacityCheckRun run(practiceOptions(*server), 10);
    run.context.authorised = false;
    run.check = std::make_unique<CapacityCheck>(run.context);
    ASSERT_TRUE(run.run());
    EXPECT_EQ(run.check->outcome().status, CheckStatus::Refused);
    QCoreApplication::processEvents();
    EXPECT_EQ(opened.size(), 0);
}

TEST(CapacityPractice, CancelDropsEveryConnection)
{
    auto server = serverWithLimits(200, 120'000);
    CapacityCheckRun run(practiceOptions(*server), 100);
    QSignalSpy progress(run.check.get(), &AuditCheck::progress);
    run.check->start();
    ASSERT_TRUE(waitForSignals(progress, 2, 10'000));
    EXPECT_GT(server->connectionCount(), 0);
    run.check->cancel();
    EXPECT_EQ(run.check->outcome().status, CheckStatus::Cancelled);
    // What arrived is kept.
    EXPECT_GT(run.check->outcome().details[QStringLiteral("attempted")].toInt(), 0);
    EXPECT_TRUE(waitUntil([&] { return server->connectionCount() == 0; }, 5000));
}

TEST(CapacityPractice, NothingListeningFailsTheCheck)
{
    auto server = serverWithLimits(200, 120'000);
    SessionOptions target = practiceOptions(*server);
    server->close();
    CapacityCheckRun run(target, 5);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    EXPECT_EQ(outcome.status, CheckStatus::Failed);
    const QJsonArray refusals = outcome.details[QStringLiteral("refusals")].toArray();
    ASSERT_FALSE(refusals.isEmpty());
    EXPECT_EQ(refusals[0][QStringLiteral("kind")].toString(), QStringLiteral("refused"));
}

TEST(CapacityPractice, RampToTheHardCapOfFiveHundred)
{
    // Both ends live in this process: 500 client and 500 server sockets.
    rlimit files {};
    ::getrlimit(RLIMIT_NOFILE, &files);
    if (files.rlim_cur < 1200 && files.rlim_max >= 1200) {
        files.rlim_cur = 1200;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    if (files.rlim_cur < 1200)
        GTEST_SKIP() << "needs 1200 open files, the limit is " << files.rlim_cur;
    auto server = serverWithLimits(1000, 1000);
    CapacityCheckRun run(practiceOptions(*server), 800, 60'000);
    ASSERT_TRUE(run.run());
    const CheckOutcome &outcome = run.check->outcome();
    ASSERT_EQ(outcome.status, CheckStatus::Completed) << outcome.error.toStdString();
    EXPECT_EQ(outcome.details[QStringLiteral("max_connections")].toInt(), CapacityCheck::hardCap);
    EXPECT_EQ(outcome.details[QStringLiteral("accepted_max")].toInt(), CapacityCheck::hardCap);
    ASSERT_EQ(findingIds(outcome).value(0), QStringLiteral("capacity.no-per-client-limit"));
    EXPECT_EQ(outcome.findings[0].severity, Severity::Medium);
    std::cout << "[ measure ] ramp to 500: "
              << outcome.details[QStringLiteral("ramp_ms")].toInteger() << " ms, whole check "
              << run.elapsedMs << " ms\n";
    EXPECT_TRUE(waitUntil([&] { return server->connectionCount() == 0; }, 10'000));
}
