// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/AuditRunner.h"
#include "audit/AuditCheck.h"
#include "audit/RunRecordJson.h"
#include "audit/RunStore.h"
#include "transcript/Transcript.h"

#include "SignalWait.h"

#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

// A check that logs a line, reports one finding, and completes after delayMs (or never).
class ScriptedCheck : public AuditCheck
{
public:
    ScriptedCheck(const QString &id, const CheckContext &context, int delayMs, QObject *parent)
        : AuditCheck(id, context, parent)
        , m_delayMs(delayMs)
    {
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] { complete(); });
    }

protected:
    void run() override
    {
        m_evidence = logEvent(QStringLiteral("scripted %1").arg(id()));
        if (m_delayMs >= 0)
            m_timer.start(m_delayMs);
    }
    void stop() override { m_timer.stop(); }

private:
    void complete()
    {
        addFinding({id() + QStringLiteral(".seen"),
                    Severity::Medium,
                    QStringLiteral("Seen"),
                    QStringLiteral("detail <b>"),
                    QStringLiteral("fix"),
                    {m_evidence}});
        outcomeForUpdate().tables.append({QStringLiteral("rows"),
                                          QStringLiteral("Rows"),
                                          {QStringLiteral("a"), QStringLiteral("b")},
                                          {{QStringLiteral("1"), QStringLiteral("2")}},
                                          {m_evidence}});
        outcomeForUpdate().charts.append({QStringLiteral("counts"),
                                          QStringLiteral("Counts"),
                                          ChartData::Kind::Bar,
                                          {QStringLiteral("x")},
                                          {},
                                          {},
                                          {{QStringLiteral("s"), {3.0}}}});
        outcomeForUpdate().details.insert(QStringLiteral("answer"), 42);
        finish(CheckStatus::Completed, QStringLiteral("done"));
    }

    int m_delayMs;
    qsizetype m_evidence = -1;
    QTimer m_timer;
};

AuditRunner::CheckFactory scriptedFactory(int delayMs)
{
    return [delayMs](const QString &id, const CheckContext &context, QObject *parent) {
        return id == QLatin1String("missing") ? nullptr
                                              : new ScriptedCheck(id, context, delayMs, parent);
    };
}

CheckContext localContext()
{
    CheckContext context;
    context.target.host = QStringLiteral("127.0.0.1");
    context.target.port = 2525;
    context.domain = QStringLiteral("example.test");
    return context;
}

} // namespace

TEST(AuditRunnerTest, RunsChecksInOrderIntoOneTranscriptAndSavesTheRun)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    RunStore store(dir.path());
    AuditRunner runner(localContext(),
                       {QStringLiteral("one"), QStringLiteral("missing"), QStringLiteral("two")});
    runner.setCheckFactory(scriptedFactory(1));
    runner.setStore(&store);
    QSignalSpy checkFinished(&runner, &AuditRunner::checkFinished);
    runner.start();
    ASSERT_TRUE(waitForJob(runner, 5000));

    const RunRecord &record = runner.record();
    ASSERT_EQ(record.checks.size(), 3);
    EXPECT_EQ(checkFinished.size(), 3);
    EXPECT_EQ(record.checks[0].status, CheckStatus::Completed);
    EXPECT_EQ(record.checks[1].status, CheckStatus::Refused);
    EXPECT_EQ(record.checks[2].status, CheckStatus::Completed);
    ASSERT_EQ(record.transcript.size(), 2);
    EXPECT_EQ(record.checks[2].findings.at(0).evidence, QList<qsizetype> {1});
    EXPECT_TRUE(record.isFinished());

    QString error;
    const std::optional<RunRecord> loaded = store.load(record.id, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_EQ(store.ids(), QStringList {record.id});
    EXPECT_EQ(loaded->target.host, QStringLiteral("127.0.0.1"));
    EXPECT_EQ(loaded->target.domain, QStringLiteral("example.test"));
    ASSERT_EQ(loaded->checks.size(), 3);
    EXPECT_EQ(loaded->checks[0].findings.at(0).detail, QStringLiteral("detail <b>"));
    EXPECT_EQ(loaded->checks[0].tables.at(0).rows.at(0).at(1), QStringLiteral("2"));
    EXPECT_EQ(loaded->checks[0].charts.at(0).series.at(0).values.at(0), 3.0);
    EXPECT_EQ(loaded->checks[0].details.value(QStringLiteral("answer")).toInt(), 42);
    EXPECT_EQ(loaded->transcript.at(1).text, QStringLiteral("scripted two"));
    EXPECT_EQ(RunRecordJson::toJson(*loaded), RunRecordJson::toJson(record));
}

TEST(AuditRunnerTest, CancelKeepsWhatArrivedAndSkipsTheRest)
{
    AuditRunner runner(localContext(), {QStringLiteral("slow"), QStringLiteral("never")});
    runner.setCheckFactory(scriptedFactory(-1));
    runner.start();
    ASSERT_TRUE(waitUntil([&] { return runner.transcript()->entries().size() == 1; }));
    runner.cancel();
    EXPECT_FALSE(runner.isRunning());
    EXPECT_EQ(runner.record().checks[0].status, CheckStatus::Cancelled);
    EXPECT_EQ(runner.record().checks[1].status, CheckStatus::NotRun);
    EXPECT_EQ(runner.record().transcript.size(), 1);
}

TEST(AuditRunnerTest, TimeLimitEndsACheckThatNeverFinishes)
{
    CheckContext context = localContext();
    context.timeLimitMs = 50;
    AuditRunner runner(context, {QStringLiteral("stuck")});
    runner.setCheckFactory(scriptedFactory(-1));
    runner.start();
    ASSERT_TRUE(waitForJob(runner, 5000));
    EXPECT_EQ(runner.record().checks[0].status, CheckStatus::Failed);
    EXPECT_FALSE(runner.record().checks[0].error.isEmpty());
}

TEST(AuditRunnerTest, SavedRunSurvivesACrashMidRun)
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    QString id;
    {
        AuditRunner runner(localContext(), {QStringLiteral("slow")});
        runner.setCheckFactory(scriptedFactory(-1));
        runner.setStore(&store);
        runner.setAutosaveIntervalMs(10);
        QSignalSpy saved(&runner, &AuditRunner::saved);
        runner.start();
        ASSERT_TRUE(waitForSignals(saved));
        id = runner.record().id;
        // The runner is destroyed mid-check, as in a crash: no final save.
        runner.disconnect();
        runner.setStore(nullptr);
    }
    QString error;
    const std::optional<RunRecord> loaded = store.load(id, &error);
    ASSERT_TRUE(loaded) << error.toStdString();
    EXPECT_FALSE(loaded->isFinished());
    EXPECT_EQ(loaded->checks.at(0).status, CheckStatus::Running);
    EXPECT_EQ(loaded->transcript.size(), 1);
}

TEST(AuditRunnerTest, RejectsDocumentsThatAreNotRunsOrAreFromTheFuture)
{
    QString error;
    EXPECT_FALSE(RunRecordJson::fromBytes("{not json", &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(RunRecordJson::fromBytes(R"({"schema":"other"})", &error));
    EXPECT_FALSE(
        RunRecordJson::fromBytes(R"({"schema":"mxscope-run","schema_version":99})", &error));
    EXPECT_TRUE(error.contains(QStringLiteral("99")));
}

TEST(AuditRunnerTest, StoreRefusesIdsThatCouldEscapeItsFolder)
{
    QTemporaryDir dir;
    RunStore store(dir.path());
    RunRecord record;
    record.id = QStringLiteral("../evil");
    QString error;
    EXPECT_FALSE(store.save(record, &error));
    EXPECT_FALSE(store.load(QStringLiteral("../evil"), &error));
}
