// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/CheckCatalogue.h"
#include "charts/ChartDataView.h"
#include "checks/CheckPickerDialog.h"
#include "checks/CheckResultPanel.h"
#include "findings/FindingsPanel.h"
#include "findings/FindingsView.h"
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptPane.h"
#include "transcript/TranscriptView.h"

#include "SignalWait.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBarSeries>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

TranscriptEntry line(const QString &text,
                     TranscriptDirection direction = TranscriptDirection::Received)
{
    TranscriptEntry entry;
    entry.timestampMs = 1'700'000'000'000;
    entry.direction = direction;
    entry.text = text;
    return entry;
}

Finding finding(const QString &id, Severity severity, const QString &title, qsizetype evidence)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.title = title;
    f.evidence = {evidence};
    return f;
}

} // namespace

TEST(WorkbenchPartsTest, TranscriptModelKeepsTheContractAndSaysWhatItDropped)
{
    TranscriptModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy dropped(&model, &TranscriptModel::droppedCountChanged);
    for (int i = 0; i < 250; ++i) {
        model.append(line(QStringLiteral("250 line %1").arg(i)));
        if (i % 40 == 39)
            model.flush();
    }
    model.flush();
    EXPECT_LE(model.rowCount(), 100);
    EXPECT_EQ(model.droppedCount() + model.rowCount(), 250);
    ASSERT_FALSE(dropped.isEmpty());
    EXPECT_EQ(dropped.last().first().value<qsizetype>(), model.droppedCount());
    // Rows still name their transcript index.
    EXPECT_EQ(model.index(0, 0).data(TranscriptModel::EntryIndexRole).toLongLong(),
              model.droppedCount());
    model.clear();
    EXPECT_EQ(dropped.last().first().value<qsizetype>(), 0);
}

TEST(WorkbenchPartsTest, BatchesAppendsIntoOneInsertPerEventLoopTurn)
{
    TranscriptModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 1000; ++i)
        model.append(line(QStringLiteral("x")));
    EXPECT_EQ(model.rowCount(), 0);
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 1000; }, 2000));
    EXPECT_EQ(inserted.size(), 1);
}

TEST(WorkbenchPartsTest, SearchFindsNextAndPreviousAndWraps)
{
    TranscriptModel model;
    TranscriptPane pane(&model);
    pane.resize(600, 400);
    for (int i = 0; i < 50; ++i)
        model.append(line(i % 10 == 3 ? QStringLiteral("550 5.1.1 No such user %1").arg(i)
                                      : QStringLiteral("250 OK %1").arg(i)));
    model.flush();
    pane.searchEdit()->setText(QStringLiteral("no such USER"));
    ASSERT_TRUE(pane.findNext());
    EXPECT_EQ(pane.view()->currentIndex().row(), 3);
    ASSERT_TRUE(pane.findNext());
    EXPECT_EQ(pane.view()->currentIndex().row(), 13);
    ASSERT_TRUE(pane.findPrevious());
    EXPECT_EQ(pane.view()->currentIndex().row(), 3);
    ASSERT_TRUE(pane.findPrevious()); // wraps to the last match
    EXPECT_EQ(pane.view()->currentIndex().row(), 43);
    EXPECT_FALSE(pane.view()->followsTail());
    pane.searchEdit()->setText(QStringLiteral("nowhere"));
    EXPECT_FALSE(pane.findNext());

    // Copy puts the selected lines on the clipboard, one per line.
    pane.view()->selectRow(13);
    pane.view()->copySelection();
    EXPECT_TRUE(QApplication::clipboard()->text().contains(QStringLiteral("No such user 13")));
}

TEST(WorkbenchPartsTest, ShowsHowManyOlderLinesAreNotShown)
{
    TranscriptModel model(nullptr, 10);
    TranscriptPane pane(&model);
    auto *label = pane.findChild<QLabel *>(QStringLiteral("droppedLinesLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->isHidden());
    for (int i = 0; i < 25; ++i)
        model.append(line(QStringLiteral("line")));
    model.flush();
    EXPECT_FALSE(label->isHidden());
    EXPECT_TRUE(label->text().contains(QStringLiteral("15"))) << label->text().toStdString();
}

TEST(WorkbenchPartsTest, FindingsFilterBySeveritySortAndLinkToEvidence)
{
    FindingsPanel panel;
    FindingsView *view = panel.view();
    view->setFindings(
        {finding(QStringLiteral("a"), Severity::Low, QStringLiteral("B title"), 1),
         finding(QStringLiteral("b"), Severity::Critical, QStringLiteral("C title"), 2),
         finding(QStringLiteral("c"), Severity::Medium, QStringLiteral("A title"), 3)},
        {QStringLiteral("tls"), QStringLiteral("relay"), QStringLiteral("banner")});
    ASSERT_EQ(view->topLevelItemCount(), 3);
    // Worst first by default.
    EXPECT_EQ(view->topLevelItem(0)->data(0, FindingsView::IdRole).toString(), QStringLiteral("b"));
    EXPECT_EQ(view->topLevelItem(2)->data(0, FindingsView::IdRole).toString(), QStringLiteral("a"));
    view->sortByColumn(FindingsView::TitleColumn, Qt::AscendingOrder);
    EXPECT_EQ(view->topLevelItem(0)->data(0, FindingsView::IdRole).toString(), QStringLiteral("c"));
    view->sortByColumn(FindingsView::CheckColumn, Qt::AscendingOrder);
    EXPECT_EQ(view->topLevelItem(0)->text(FindingsView::CheckColumn), QStringLiteral("banner"));

    panel.severityFilter()->setCurrentIndex(
        panel.severityFilter()->findData(int(Severity::Medium)));
    EXPECT_EQ(view->visibleCount(), 2);
    panel.severityFilter()->setCurrentIndex(0);
    EXPECT_EQ(view->visibleCount(), 3);

    QSignalSpy evidence(view, &FindingsView::evidenceRequested);
    view->sortByColumn(FindingsView::SeverityColumn, Qt::DescendingOrder);
    view->setCurrentItem(view->topLevelItem(0));
    EXPECT_EQ(view->currentFinding()->id, QStringLiteral("b"));
    auto *button = panel.findChild<QPushButton *>(QStringLiteral("showEvidenceButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    button->click();
    ASSERT_EQ(evidence.size(), 1);
    EXPECT_EQ(evidence.first().first().value<QList<qsizetype>>(), QList<qsizetype>({2}));
}

TEST(WorkbenchPartsTest, CheckPickerAsksForAuthorisationWhereTheCatalogueSaysSo)
{
    CheckPickerDialog picker(QStringLiteral("mx.example.org:25"));
    auto *list = picker.findChild<QListWidget *>(QStringLiteral("checkList"));
    auto *authorised = picker.findChild<QCheckBox *>(QStringLiteral("authorisedCheckBox"));
    auto *buttons = picker.findChild<QDialogButtonBox *>();
    ASSERT_TRUE(list && authorised && buttons);
    ASSERT_EQ(list->count(), CheckCatalogue::all().size());
    const QString shots = qEnvironmentVariable("MXSCOPE_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        picker.show();
        QCoreApplication::processEvents();
        picker.grab().save(shots + QStringLiteral("/check-picker.png"));
    }
    QPushButton *run = buttons->button(QDialogButtonBox::Ok);
    EXPECT_FALSE(run->isEnabled()); // nothing picked yet
    const CheckInfo *sensitive = nullptr;
    const CheckInfo *harmless = nullptr;
    for (const CheckInfo &info : CheckCatalogue::all()) {
        (info.needsAuthorisation ? sensitive : harmless) = &info;
    }
    if (harmless) {
        picker.setSelectedIds({harmless->id});
        EXPECT_TRUE(run->isEnabled());
        EXPECT_FALSE(authorised->isEnabled());
    }
    if (!sensitive)
        GTEST_SKIP() << "no check in the catalogue needs authorisation";
    picker.setSelectedIds({sensitive->id});
    EXPECT_FALSE(run->isEnabled());
    EXPECT_TRUE(authorised->isEnabled());
    authorised->setChecked(true);
    EXPECT_TRUE(run->isEnabled());
    EXPECT_TRUE(picker.authorised());
    EXPECT_EQ(picker.selectedIds(), QStringList({sensitive->id}));
}

TEST(WorkbenchPartsTest, DrawsEveryKindOfChartData)
{
    ChartData data;
    data.id = QStringLiteral("outcomes");
    data.title = QStringLiteral("Outcomes");
    data.categories = {QStringLiteral("a"), QStringLiteral("b")};
    data.series = {{QStringLiteral("one"), {1, 2}}, {QStringLiteral("two"), {3, 4}}};
    data.kind = ChartData::Kind::Bar;
    ChartDataView bars(data);
    ASSERT_EQ(bars.chart()->series().size(), 1);
    auto *barSeries = qobject_cast<QBarSeries *>(bars.chart()->series().first());
    ASSERT_NE(barSeries, nullptr);
    EXPECT_EQ(barSeries->count(), 2);
    data.kind = ChartData::Kind::StackedBar;
    ChartDataView stacked(data);
    EXPECT_NE(qobject_cast<QStackedBarSeries *>(stacked.chart()->series().first()), nullptr);
    data.kind = ChartData::Kind::Line;
    data.categories = {QStringLiteral("1"), QStringLiteral("5")};
    ChartDataView lines(data);
    ASSERT_EQ(lines.chart()->series().size(), 2);
    auto *series = qobject_cast<QLineSeries *>(lines.chart()->series().first());
    ASSERT_NE(series, nullptr);
    EXPECT_EQ(series->at(1), QPointF(5, 2));
    EXPECT_EQ(bars.objectName(), QStringLiteral("chart_outcomes"));
}

TEST(WorkbenchPartsTest, ResultPanelShowsSummaryTablesAndCharts)
{
    CheckOutcome outcome;
    outcome.checkId = QStringLiteral("relay");
    outcome.title = QStringLiteral("Open relay");
    outcome.status = CheckStatus::Completed;
    outcome.summary = QStringLiteral("Not an open relay (42 variants refused).");
    outcome.findings = {finding(QStringLiteral("r"), Severity::Info, QStringLiteral("T"), 0)};
    ResultTable table;
    table.id = QStringLiteral("variants");
    table.title = QStringLiteral("Variants");
    table.columns = {QStringLiteral("From"), QStringLiteral("To"), QStringLiteral("Reply")};
    table.rows = {{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("554")}};
    table.evidence = {7};
    outcome.tables = {table};
    ChartData chart;
    chart.id = QStringLiteral("ramp");
    chart.series = {{QStringLiteral("s"), {1}}};
    chart.categories = {QStringLiteral("x")};
    outcome.charts = {chart};
    CheckResultPanel panel;
    panel.setOutcome(outcome);
    auto *summary = panel.findChild<QLabel *>(QStringLiteral("checkSummaryLabel"));
    ASSERT_NE(summary, nullptr);
    EXPECT_TRUE(summary->text().contains(outcome.summary));
    auto *view = panel.findChild<QTableView *>(QStringLiteral("resultTable_variants"));
    ASSERT_NE(view, nullptr);
    EXPECT_EQ(view->model()->columnCount(), 3);
    EXPECT_EQ(view->model()->index(0, 2).data().toString(), QStringLiteral("554"));
    QSignalSpy evidence(&panel, &CheckResultPanel::evidenceRequested);
    Q_EMIT view->activated(view->model()->index(0, 0));
    ASSERT_EQ(evidence.size(), 1);
    EXPECT_EQ(evidence.first().first().value<QList<qsizetype>>(), QList<qsizetype>({7}));
    EXPECT_NE(panel.findChild<ChartDataView *>(QStringLiteral("chart_ramp")), nullptr);
}
