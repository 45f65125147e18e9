// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "charts/OutcomeChart.h"
#include "i18n/LanguageManager.h"
#include "practice/PracticeServer.h"
#include "transcript/TranscriptModel.h"
#include "window/MainWindow.h"
#include "wizard/RelayMatrixPage.h"
#include "wizard/RelayOutcomeModel.h"
#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include "QtPrinters.h"
#include "RelayWizardFixture.h"
#include "SignalWait.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

constexpr int MatrixTimeoutMs = 30'000;

class RelayWizardMatrixTest : public RelayWizardFixture
{
protected:
    // Through target, envelope, authorisation and past the manual steps to the matrix.
    void startMatrix(const QString &profile)
    {
        clickToggle(find<QCheckBox>("practiceCheckBox"));
        auto *profiles = find<QComboBox>("practiceProfileComboBox");
        profiles->setCurrentIndex(profiles->findData(profile));
        clickNext();
        for (const auto &[name, text] : {std::pair {"heloLineEdit", "client.example.net"},
                                         std::pair {"senderLineEdit", "tester@example.net"},
                                         std::pair {"recipientLineEdit", "mailbox@example.org"}}) {
            auto *field = find<QLineEdit>(name);
            field->clear();
            QTest::keyClicks(field, QString::fromLatin1(text));
        }
        clickNext();
        clickToggle(find<QCheckBox>("authorisedCheckBox"));
        clickNext();
        ASSERT_EQ(wizard->currentId(), RelayWizard::StepByStepPage);
        clickNext(); // the manual steps are optional
        ASSERT_EQ(wizard->currentId(), RelayWizard::MatrixPage);
        matrixPage = qobject_cast<RelayMatrixPage *>(wizard->currentPage());
        ASSERT_NE(matrixPage, nullptr);
    }

    void runMatrixToResults(const QString &profile)
    {
        startMatrix(profile);
        EXPECT_FALSE(next()->isEnabled()); // incomplete until the run ends
        ASSERT_TRUE(waitUntil([&] { return matrixPage->isComplete(); }, MatrixTimeoutMs));
        auto *progress = find<QProgressBar>("matrixProgressBar");
        EXPECT_EQ(progress->value(), progress->maximum());
        EXPECT_FALSE(find<QPushButton>("cancelMatrixButton")->isEnabled());
        EXPECT_GT(find<QTableView>("matrixTranscriptView")->model()->rowCount(), 0);
        clickNext();
        ASSERT_EQ(wizard->currentId(), RelayWizard::ResultsPage);
    }

    RelayMatrixPage *matrixPage = nullptr;
};

} // namespace

TEST_F(RelayWizardMatrixTest, AnOpenRelayIsFoundAndExplained)
{
    runMatrixToResults(QStringLiteral("open-relay"));
    const auto &result = wizard->state()->matrixResult();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->verdict, RelayVerdict::Open);
    auto *verdict = find<QLabel>("verdictLabel");
    EXPECT_EQ(verdict->property("verdict").toString(), QStringLiteral("open"));
    EXPECT_EQ(verdict->text(), result->verdictSentence);
    EXPECT_FALSE(verdict->text().isEmpty());

    auto *table = find<QTableView>("variantsTable");
    EXPECT_EQ(table->model()->rowCount(), result->outcomes.size());
    EXPECT_GE(table->model()->rowCount(), 30);
    int accepted = 0;
    for (const RelayOutcome &o : result->outcomes)
        accepted += isAccepted(o.stage);
    EXPECT_GT(accepted, 0);

    // The chart counts every variant once, accepted ones under their own bar.
    auto *chart = find<OutcomeChart>("outcomeChart");
    qreal charted = 0;
    for (int bar = 0; bar < chart->bars().size(); ++bar)
        charted += chart->shownValue(bar);
    EXPECT_EQ(int(charted), result->outcomes.size());
    int acceptedBar = -1;
    for (int bar = 0; bar < chart->bars().size(); ++bar) {
        if (chart->bars().at(bar).label == describe(RelayStage::AcceptedAtRcpt))
            acceptedBar = bar;
    }
    ASSERT_GE(acceptedBar, 0);
    EXPECT_EQ(int(chart->shownValue(acceptedBar)), accepted);
}

TEST_F(RelayWizardMatrixTest, AHardenedServerIsClosedAndEachVariantHasItsLines)
{
    runMatrixToResults(QStringLiteral("hardened"));
    const auto &result = wizard->state()->matrixResult();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->verdict, RelayVerdict::Closed);
    EXPECT_EQ(find<QLabel>("verdictLabel")->property("verdict").toString(),
              QStringLiteral("closed"));

    // One click on a variant selects its lines in the transcript.
    auto *table = find<QTableView>("variantsTable");
    auto *transcript = find<QTableView>("variantTranscriptView");
    const int row = 3;
    const RelayOutcome &outcome = result->outcomes.at(row);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(row, 0)).center());
    const QModelIndexList selected = transcript->selectionModel()->selectedRows();
    ASSERT_FALSE(selected.isEmpty());
    const auto *model = qobject_cast<TranscriptModel *>(transcript->model());
    QList<qsizetype> shown;
    for (const QModelIndex &index : selected)
        shown.append(index.data(TranscriptModel::EntryIndexRole).toLongLong());
    for (const qsizetype line : outcome.evidence)
        EXPECT_TRUE(shown.contains(line)) << line;
    if (!outcome.evidence.isEmpty()) {
        EXPECT_EQ(model->entry(model->rowForEntry(outcome.evidence.first())).direction,
                  TranscriptDirection::Received);
    }

    // The console does not exist yet: the button says so instead of doing nothing.
    auto *console = find<QPushButton>("openConsoleButton");
    EXPECT_FALSE(console->isEnabled());
    EXPECT_TRUE(console->toolTip().contains(QStringLiteral("coming soon")));
}

TEST_F(RelayWizardMatrixTest, SavesASelfContainedEscapedReport)
{
    runMatrixToResults(QStringLiteral("hardened"));
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("relay.html"));

    QTest::mouseClick(find<QPushButton>("saveReportButton"), Qt::LeftButton);
    QFileDialog *dialog = nullptr;
    ASSERT_TRUE(waitUntil([&] {
        dialog = wizard->findChild<QFileDialog *>(QStringLiteral("saveReportDialog"));
        return dialog && dialog->isVisible();
    }));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes accept() protected
    EXPECT_TRUE(find<QLabel>("saveStatusLabel")->text().contains(path));

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    EXPECT_TRUE(html.contains(wizard->state()->matrixResult()->verdictSentence.toHtmlEscaped()));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;mailbox@example.org&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<mailbox@example.org>")));
    EXPECT_FALSE(html.contains(QStringLiteral("http://"))
                 || html.contains(QStringLiteral("https://")));
    EXPECT_TRUE(html.contains(QStringLiteral("id=\"t0\"")));
}

TEST_F(RelayWizardMatrixTest, CancelStopsTheMatrixAndKeepsWhatWasTried)
{
    // The tarpit answers each refusal later than the last: plenty of time to cancel.
    startMatrix(QStringLiteral("tarpit"));
    auto *cancel = find<QPushButton>("cancelMatrixButton");
    ASSERT_TRUE(cancel->isEnabled());
    ASSERT_TRUE(
        waitUntil([&] { return find<QTableView>("matrixTranscriptView")->model()->rowCount() > 3; },
                  MatrixTimeoutMs));
    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return matrixPage->isComplete(); }, 2000));
    EXPECT_FALSE(matrixPage->isRunning());
    EXPECT_TRUE(wizard->state()->matrixCancelled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_TRUE(find<QLabel>("matrixStatusLabel")->text().contains(QStringLiteral("Cancelled")));
    clickNext();
    ASSERT_EQ(wizard->currentId(), RelayWizard::ResultsPage);
    EXPECT_TRUE(find<QLabel>("verdictLabel")->text().startsWith(QStringLiteral("Cancelled")));
}

TEST_F(RelayWizardMatrixTest, BackAndCloseStopTheRunAndThePracticeServer)
{
    startMatrix(QStringLiteral("tarpit"));
    EXPECT_TRUE(matrixPage->isRunning());
    wizard->back(); // cleanupPage() cancels
    EXPECT_FALSE(matrixPage->isRunning());
    ASSERT_EQ(wizard->currentId(), RelayWizard::StepByStepPage);
    clickNext();
    EXPECT_TRUE(matrixPage->isRunning());
    QPointer<PracticeServer> server = wizard->state()->practiceServer();
    ASSERT_TRUE(server);
    wizard->reject(); // the wizard's own Cancel
    EXPECT_FALSE(matrixPage->isRunning());
    EXPECT_FALSE(server && server->isListening());
}

TEST(RelayWizardMainWindowTest, ToolsMenuOpensTheWizardOnTheTargetBarsServer)
{
    LanguageManager languages;
    MainWindow window(&languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *host = window.findChild<QLineEdit *>(QStringLiteral("hostLineEdit"));
    ASSERT_NE(host, nullptr);
    QTest::keyClicks(host, QStringLiteral("mx.example.org"));
    auto *action = window.findChild<QAction *>(QStringLiteral("relayWizardAction"));
    ASSERT_NE(action, nullptr);
    EXPECT_FALSE(action->associatedObjects().isEmpty()); // in the Tools menu and on the toolbar
    action->trigger();
    auto *wizard = window.findChild<RelayWizard *>(QStringLiteral("relayWizard"));
    ASSERT_NE(wizard, nullptr);
    EXPECT_TRUE(wizard->isVisible());
    auto *wizardHost = wizard->findChild<QLineEdit *>(QStringLiteral("hostLineEdit"));
    EXPECT_EQ(wizardHost->text(), QStringLiteral("mx.example.org"));
    action->trigger(); // raises the same wizard rather than opening a second one
    EXPECT_EQ(window.findChildren<RelayWizard *>().size(), 1);
    wizard->close();
}
