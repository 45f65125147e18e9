// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "WorkbenchFixture.h"

#include "audit/AuditRunner.h"
#include "audit/RunStore.h"
#include "checks/CheckResultPanel.h"
#include "checks/CheckRunView.h"
#include "console/ConsoleWidget.h"
#include "console/ConsoleWindow.h"
#include "findings/FindingsPanel.h"
#include "findings/FindingsView.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"
#include "workbench/RunController.h"
#include "workbench/RunHistoryModel.h"
#include "workbench/TargetListPanel.h"
#include "workbench/WorkbenchSidebar.h"

#include "SessionRun.h"
#include "SignalWait.h"

#include <QAction>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

constexpr int RunTimeoutMs = 20'000;

TargetProfile practiceTarget(const PracticeServer &server)
{
    TargetProfile target;
    target.id = QStringLiteral("practice-test");
    target.host = QStringLiteral("127.0.0.1");
    target.port = server.serverPort();
    target.domain = QStringLiteral("practice.invalid");
    return target;
}

QString historyState(const MainWindow &window, int row)
{
    const RunHistoryModel *history = window.sidebar()->history();
    return history->index(row, RunHistoryModel::StateColumn).data().toString();
}

} // namespace

TEST(WorkbenchRunTest, ARunIsSavedAndComesBackAfterARestart)
{
    WorkbenchEnvironment environment;
    LanguageManager languages;
    auto server = startPracticeServer(QStringLiteral("leaky"));
    ASSERT_TRUE(server);
    QString runId;
    QList<Finding> findingsBefore;
    qsizetype linesBefore = 0;
    {
        MainWindow window(&languages);
        window.show();
        window.runController()->setCheckFactory(&bannerFactory);
        window.sidebar()->targets()->putTarget(practiceTarget(*server));
        QSignalSpy finished(&window, &MainWindow::checkRunFinished);
        AuditRunner *runner = window.runChecks({QStringLiteral("banner-test")}, false);
        ASSERT_NE(runner, nullptr);
        // A second run cannot start over the first.
        EXPECT_EQ(window.runChecks({QStringLiteral("banner-test")}, false), nullptr);
        EXPECT_EQ(historyState(window, 0), QStringLiteral("running"));
        ASSERT_TRUE(waitForSignals(finished, 1, RunTimeoutMs));
        runId = runner->record().id;
        findingsBefore = runner->record().allFindings();
        linesBefore = runner->record().transcript.size();
        EXPECT_FALSE(findingsBefore.isEmpty()); // the leaky profile names its software
        EXPECT_GT(linesBefore, 3);
        EXPECT_EQ(window.shownRunId(), runId);
        EXPECT_EQ(window.findingsPanel()->view()->topLevelItemCount(), findingsBefore.size());
        EXPECT_EQ(historyState(window, 0), QStringLiteral("finished"));
        EXPECT_EQ(window.checkRunView()->checkCount(), 1);
    }
    MainWindow window(&languages);
    window.show();
    RunHistoryModel *history = window.sidebar()->history();
    window.sidebar()->targets()->selectTarget(QStringLiteral("practice-test"));
    ASSERT_EQ(history->rowCount(), 1);
    EXPECT_EQ(history->idAt(0), runId);
    EXPECT_EQ(historyState(window, 0), QStringLiteral("finished"));
    EXPECT_TRUE(history->index(0, RunHistoryModel::ChecksColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("Banner (test)")));

    // Selecting the run in the list brings back its findings, transcript and checks.
    window.sidebar()->historyView()->selectRow(0);
    EXPECT_EQ(window.shownRunId(), runId);
    EXPECT_EQ(window.transcriptModel()->rowCount(), linesBefore);
    FindingsView *findings = window.findingsPanel()->view();
    ASSERT_EQ(findings->topLevelItemCount(), findingsBefore.size());
    EXPECT_EQ(window.checkRunView()->checkCount(), 1);
    EXPECT_EQ(window.checkRunView()->resultPanel()->outcome().summary,
              QStringLiteral("Banner read."));
    auto *table = window.findChild<QTableView *>(QStringLiteral("resultTable_lines"));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 1);
    EXPECT_NE(window.findChild<QWidget *>(QStringLiteral("chart_findings")), nullptr);

    // A finding's evidence link selects its transcript lines.
    findings->setCurrentItem(findings->topLevelItem(0));
    const Finding *finding = findings->currentFinding();
    ASSERT_NE(finding, nullptr);
    ASSERT_FALSE(finding->evidence.isEmpty());
    Q_EMIT findings->itemActivated(findings->topLevelItem(0), 0);
    TranscriptView *view = window.transcriptPane()->view();
    EXPECT_EQ(view->currentIndex().row(),
              window.transcriptModel()->rowForEntry(finding->evidence.first()));
    EXPECT_TRUE(view->selectionModel()->isRowSelected(
        window.transcriptModel()->rowForEntry(finding->evidence.first()), {}));
    EXPECT_FALSE(view->followsTail());

    // For looking at the layout: MXSCOPE_SCREENSHOT_DIR=/tmp keeps pictures of both tabs.
    const QString shots = qEnvironmentVariable("MXSCOPE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        window.resize(1240, 760);
        QCoreApplication::processEvents();
        window.grab().save(shots + QStringLiteral("/workbench-run.png"));
        window.findChild<QTabWidget *>(QStringLiteral("mainViews"))->setCurrentIndex(1);
        QCoreApplication::processEvents();
        window.grab().save(shots + QStringLiteral("/workbench-checks.png"));
    }
}

TEST(WorkbenchRunTest, ARunCutShortShowsAsInterrupted)
{
    WorkbenchEnvironment environment;
    RunRecord record;
    record.startedMs = QDateTime::currentMSecsSinceEpoch() - 60'000;
    record.id = RunRecord::newId(record.startedMs);
    record.target = {QStringLiteral("mx.example.org"), 25, TlsMode::None, {}};
    CheckOutcome outcome;
    outcome.checkId = QStringLiteral("banner");
    outcome.title = QStringLiteral("Banner");
    outcome.status = CheckStatus::Running;
    Finding finding;
    finding.id = QStringLiteral("x.y");
    finding.severity = Severity::High;
    finding.title = QStringLiteral("Something");
    outcome.findings = {finding};
    record.checks = {outcome};
    QString error;
    ASSERT_TRUE(RunStore(environment.runDirectory()).save(record, &error)) << error.toStdString();

    LanguageManager languages;
    MainWindow window(&languages);
    TargetProfile target;
    target.id = QStringLiteral("t");
    target.host = QStringLiteral("MX.example.org");
    window.sidebar()->targets()->putTarget(target);
    ASSERT_EQ(window.sidebar()->history()->rowCount(), 1);
    EXPECT_EQ(historyState(window, 0), QStringLiteral("interrupted"));
    EXPECT_TRUE(window.sidebar()
                    ->history()
                    ->index(0, RunHistoryModel::FindingsColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("1 High")));
    // Another server's history is not shown with this one.
    target.id = QStringLiteral("other");
    target.host = QStringLiteral("mx.example.net");
    window.sidebar()->targets()->putTarget(target);
    EXPECT_EQ(window.sidebar()->history()->rowCount(), 0);
}

TEST(WorkbenchRunTest, CancelStopsARunAndKeepsItInTheHistory)
{
    WorkbenchEnvironment environment;
    auto server = startPracticeServer(QStringLiteral("tarpit"));
    ASSERT_TRUE(server);
    LanguageManager languages;
    MainWindow window(&languages);
    window.runController()->setCheckFactory(&bannerFactory);
    window.sidebar()->targets()->putTarget(practiceTarget(*server));
    QSignalSpy finished(&window, &MainWindow::checkRunFinished);
    AuditRunner *runner
        = window.runChecks({QStringLiteral("banner-test"), QStringLiteral("banner-test")}, false);
    ASSERT_NE(runner, nullptr);
    auto *cancel = window.findChild<QAction *>(QStringLiteral("cancelRunAction"));
    ASSERT_NE(cancel, nullptr);
    EXPECT_TRUE(cancel->isEnabled());
    cancel->trigger();
    ASSERT_TRUE(waitForSignals(finished, 1, RunTimeoutMs));
    EXPECT_FALSE(window.runController()->isRunning());
    EXPECT_EQ(runner->record().checks.first().status, CheckStatus::Cancelled);
    EXPECT_EQ(runner->record().checks.last().status, CheckStatus::NotRun);
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_EQ(historyState(window, 0), QStringLiteral("finished"));
    QString error;
    EXPECT_TRUE(window.runController()->store().load(runner->record().id, &error).has_value());
}

TEST(WorkbenchRunTest, SavesAConsoleSessionAsARun)
{
    WorkbenchEnvironment environment;
    auto server = startPracticeServer(QStringLiteral("leaky"));
    ASSERT_TRUE(server);
    LanguageManager languages;
    MainWindow window(&languages);
    window.sidebar()->targets()->putTarget(practiceTarget(*server));
    ConsoleWindow *console = window.openConsole(practiceOptions(*server));
    ASSERT_NE(console, nullptr);
    console->console()->connectToServer();
    ASSERT_TRUE(waitUntil([&] { return console->console()->entries().size() >= 2; }, RunTimeoutMs));
    auto *save = console->findChild<QAction *>(QStringLiteral("saveToHistoryAction"));
    ASSERT_NE(save, nullptr);
    save->trigger();
    ASSERT_EQ(window.sidebar()->history()->rowCount(), 1);
    const QString id = window.sidebar()->history()->idAt(0);
    QString error;
    const auto record = window.runController()->store().load(id, &error);
    ASSERT_TRUE(record.has_value()) << error.toStdString();
    ASSERT_EQ(record->checks.size(), 1);
    EXPECT_EQ(record->checks.first().checkId, QStringLiteral("console"));
    EXPECT_EQ(record->transcript.size(), console->console()->entries().size());
    EXPECT_TRUE(record->isFinished());
    EXPECT_EQ(window.shownRunId(), id);
    EXPECT_EQ(window.transcriptModel()->rowCount(), record->transcript.size());
    console->close();
}
