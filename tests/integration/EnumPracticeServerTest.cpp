// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Enumeration against the built-in practice server, profile by profile, over real
// loopback sockets: exact found sets, honest "cannot tell", throttling, cancel, journal.
#include "QtPrinters.h"
#include "SessionRun.h"
#include "SignalWait.h"
#include "enumeration/EnumerationRun.h"
#include "enumeration/JsonLinesJournal.h"
#include "transcript/Transcript.h"

#include <QTemporaryDir>

#include <QEventLoop>
#include <QTimer>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

constexpr int runTimeoutMs = 60'000;

// Directory users (PracticeDirectory's defaults), a list, postmaster, and names that
// are not there.
const QStringList listedNames {
    QStringLiteral("alice"),  QStringLiteral("nobody"),     QStringLiteral("bob"),
    QStringLiteral("carol"),  QStringLiteral("root"),       QStringLiteral("staff"),
    QStringLiteral("sales"),  QStringLiteral("webmaster"),  QStringLiteral("zed"),
    QStringLiteral("admin"),  QStringLiteral("info"),       QStringLiteral("guest"),
    QStringLiteral("oracle"), QStringLiteral("postmaster"), QStringLiteral("test")};
const QStringList existing {QStringLiteral("alice"), QStringLiteral("bob"),
                            QStringLiteral("root"),  QStringLiteral("staff"),
                            QStringLiteral("sales"), QStringLiteral("admin"),
                            QStringLiteral("info"),  QStringLiteral("postmaster")};

EnumerationPlan planFor(const PracticeServer &server, EnumerationMethod method,
                        const QStringList &names = listedNames)
{
    EnumerationPlan plan;
    plan.target = practiceOptions(server);
    plan.method = method;
    plan.names = names;
    return plan;
}

EnumerationResult run(const EnumerationPlan &plan, Transcript *transcript = nullptr)
{
    EnumerationRun run(plan, transcript);
    run.start();
    EXPECT_TRUE(waitForJob(run, runTimeoutMs)) << "still running";
    run.cancel();
    return run.result();
}

QStringList ids(const EnumerationResult &r)
{
    QStringList list;
    for (const Finding &f : r.findings)
        list.append(f.id);
    return list;
}

QStringList manyNames(int count)
{
    QStringList names = existing;
    for (int i = 0; i < count; ++i)
        names.append(QStringLiteral("nosuchuser%1").arg(i));
    return names;
}

} // namespace

TEST(EnumPracticeServer, LeakyVrfyFindsExactlyTheDirectory)
{
    const auto server = startPracticeServer(QStringLiteral("leaky"));
    const EnumerationResult r = run(planFor(*server, EnumerationMethod::Vrfy));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_TRUE(r.baseline.discriminates) << r.baseline.reason.toStdString();
    EXPECT_EQ(r.baseline.method, EnumerationMethod::Vrfy);
    EXPECT_EQ(r.found(), existing);
    EXPECT_EQ(r.count(ProbeVerdict::Absent), listedNames.size() - existing.size());
    EXPECT_TRUE(ids(r).contains(QStringLiteral("enum.vrfy-enabled")));
    EXPECT_TRUE(ids(r).contains(QStringLiteral("harvest.backscatter"))) << "leaky accepts all";
}

TEST(EnumPracticeServer, LeakyExpnFindsTheDirectoryAndListsMembers)
{
    const auto server = startPracticeServer(QStringLiteral("leaky"));
    EnumerationPlan plan = planFor(*server, EnumerationMethod::Expn);
    plan.domain = QStringLiteral("practice.test");
    const EnumerationResult r = run(plan);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.baseline.method, EnumerationMethod::Expn);
    EXPECT_EQ(r.found(), existing);
    bool sawStaff = false;
    for (const ProbeResult &p : r.probes) {
        if (p.name == QLatin1String("staff")) {
            sawStaff = true;
            EXPECT_EQ(p.members,
                      (QStringList {QStringLiteral("alice@practice.test"),
                                    QStringLiteral("bob@practice.test")}));
            EXPECT_EQ(p.argument, QStringLiteral("staff@practice.test"));
        }
    }
    EXPECT_TRUE(sawStaff);
    const auto finding = std::find_if(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) {
        return f.id == QLatin1String("enum.expn-enabled");
    });
    ASSERT_NE(finding, r.findings.cend());
    EXPECT_EQ(finding->severity, Severity::High);
    EXPECT_TRUE(finding->detail.contains(QLatin1String("alice@practice.test")));
}

TEST(EnumPracticeServer, HardenedRcptFindsExactlyTheUsersAndVrfyCannotTell)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    EnumerationPlan plan = planFor(*server, EnumerationMethod::Rcpt);
    plan.domain = QStringLiteral("practice.test");
    Transcript transcript;
    const EnumerationResult r = run(plan, &transcript);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.found(), existing);
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 0);
    // Harvest: Hardened drops the session after 20 errors.
    EXPECT_EQ(r.harvest.defence, HarvestDefence::Disconnect) << r.harvest.summary.toStdString();
    EXPECT_EQ(r.harvest.errorsBeforeDefence, 20);
    ASSERT_GE(r.harvest.evidence, 0);
    EXPECT_LT(r.harvest.evidence, transcript.entries().size());

    const EnumerationResult vrfy = run(planFor(*server, EnumerationMethod::Vrfy));
    EXPECT_TRUE(vrfy.error.isEmpty()) << vrfy.error.toStdString();
    EXPECT_FALSE(vrfy.baseline.discriminates);
    EXPECT_EQ(vrfy.baseline.find(EnumerationMethod::Vrfy)->verdict, BaselineVerdict::CannotVerify);
    EXPECT_TRUE(vrfy.baseline.reason.contains(QLatin1String("252")))
        << vrfy.baseline.reason.toStdString();
    EXPECT_TRUE(vrfy.probes.isEmpty());
    EXPECT_TRUE(vrfy.found().isEmpty());

    const EnumerationResult automatic = run(planFor(*server, EnumerationMethod::Auto));
    EXPECT_EQ(automatic.baseline.method, EnumerationMethod::Rcpt);
    EXPECT_EQ(automatic.found(), existing);
    EXPECT_EQ(automatic.baseline.find(EnumerationMethod::Expn)->verdict, BaselineVerdict::Disabled);
}

TEST(EnumPracticeServer, CatchAllReportsNoFalseUsersAndSaysWhy)
{
    const auto server = startPracticeServer(QStringLiteral("catch-all"));
    const EnumerationResult r = run(planFor(*server, EnumerationMethod::Auto));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_FALSE(r.baseline.discriminates);
    EXPECT_TRUE(r.found().isEmpty());
    EXPECT_EQ(r.count(ProbeVerdict::Exists), 0);
    EXPECT_TRUE(r.baseline.reason.contains(QLatin1String("catch-all")))
        << r.baseline.reason.toStdString();
    EXPECT_TRUE(ids(r).contains(QStringLiteral("harvest.backscatter")));

    const EnumerationResult rcpt = run(planFor(*server, EnumerationMethod::Rcpt));
    EXPECT_FALSE(rcpt.baseline.discriminates);
    EXPECT_EQ(rcpt.count(ProbeVerdict::Exists), 0);
}

TEST(EnumPracticeServer, TarpitCompletesWithThrottlingReported)
{
    const auto server = startPracticeServer(QStringLiteral("tarpit"));
    const EnumerationResult r = run(planFor(*server, EnumerationMethod::Auto));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_FALSE(r.timedOut);
    EXPECT_EQ(r.found(), existing);
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 0);
    EXPECT_EQ(r.harvest.defence, HarvestDefence::Delay) << r.harvest.summary.toStdString();
    EXPECT_TRUE(ids(r).contains(QStringLiteral("harvest.throttling")));
    // Latency per probe shows the tarpit: error replies take 200 ms or more.
    qint64 slowest = 0;
    for (const ProbeResult &p : r.probes)
        slowest = std::max(slowest, p.latencyMs);
    EXPECT_GE(slowest, 150);
}

TEST(EnumPracticeServer, CancelKeepsPartialResultsAndTheJournalSurvives)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EnumerationPlan plan = planFor(*server, EnumerationMethod::Rcpt, manyNames(3000));
    plan.ratePerSecond = 400; // several seconds in all
    plan.journalPath = dir.filePath(QStringLiteral("enum.jsonl"));
    EnumerationRun run(plan, nullptr);
    QSignalSpy probes(&run, &EnumerationRun::probeFinished);
    QSignalSpy finished(&run, &EnumerationRun::finished);
    run.start();
    ASSERT_TRUE(waitForSignals(probes, 100, runTimeoutMs));
    run.cancel();
    EXPECT_EQ(finished.size(), 1);
    const qsizetype kept = run.result().probes.size();
    EXPECT_GE(kept, 100);
    EXPECT_LT(kept, plan.names.size());
    EXPECT_TRUE(run.result().cancelled);
    for (const ProbeResult &p : run.result().probes)
        EXPECT_NE(p.verdict, ProbeVerdict::Unknown) << p.name.toStdString();

    QStringList journaled;
    QString error;
    const QList<QJsonObject> records = JsonLinesJournal::read(plan.journalPath, &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();
    for (const QJsonObject &record : records) {
        if (record.value(QStringLiteral("type")).toString() == QLatin1String("probe"))
            journaled.append(record.value(QStringLiteral("name")).toString());
    }
    EXPECT_EQ(journaled.size(), kept);
    QStringList inMemory;
    for (const ProbeResult &p : run.result().probes)
        inMemory.append(p.name);
    EXPECT_EQ(journaled, inMemory);
    EXPECT_TRUE(records.constLast().value(QStringLiteral("cancelled")).toBool());
}
