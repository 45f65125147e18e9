// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "LoopbackSmtpServer.h"

#include "findings/FindingsView.h"
#include "i18n/LanguageManager.h"
#include "smtp/SmtpSession.h"
#include "transcript/TranscriptModel.h"
#include "window/MainWindow.h"

#include "SignalWait.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using mxscope::testing::LoopbackSmtpServer;

namespace {

constexpr int RunTimeoutMs = 15'000;

int rowStartingWith(const TranscriptModel &model, const QString &prefix)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.entry(row).text.startsWith(prefix))
            return row;
    }
    return -1;
}

bool hasFinding(const FindingsView &view, const QString &id)
{
    for (int i = 0; i < view.topLevelItemCount(); ++i) {
        if (view.topLevelItem(i)
                ->data(FindingsView::SeverityColumn, FindingsView::IdRole)
                .toString()
            == id)
            return true;
    }
    return false;
}

class MainWindowTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        window = std::make_unique<MainWindow>(&languages);
        window->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
        host = find<QLineEdit>("hostLineEdit");
        port = find<QSpinBox>("portSpinBox");
        run = find<QPushButton>("runButton");
        cancel = find<QPushButton>("cancelButton");
        findings = find<FindingsView>("findingsView");
        stateLabel = find<QLabel>("sessionStateLabel");
        resultLabel = find<QLabel>("resultLabel");
        model = qobject_cast<TranscriptModel *>(find<QTableView>("transcriptView")->model());
        ASSERT_NE(model, nullptr);
    }

    template<typename T> T *find(const char *name)
    {
        T *widget = window->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    // Types the target the way a user would.
    void enterTarget(const QString &hostText, quint16 portNumber)
    {
        host->clear();
        QTest::keyClicks(host, hostText);
        port->selectAll();
        QTest::keyClicks(port, QString::number(portNumber));
    }

    LoopbackSmtpServer server;
    LanguageManager languages;
    std::unique_ptr<MainWindow> window;
    QLineEdit *host = nullptr;
    QSpinBox *port = nullptr;
    QPushButton *run = nullptr;
    QPushButton *cancel = nullptr;
    FindingsView *findings = nullptr;
    QLabel *stateLabel = nullptr;
    QLabel *resultLabel = nullptr;
    TranscriptModel *model = nullptr;
};

} // namespace

TEST_F(MainWindowTest, StartsWithTheDefaultTarget)
{
    EXPECT_EQ(port->value(), 25);
    EXPECT_TRUE(run->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_EQ(stateLabel->text(), SmtpSession::describe(SessionState::Disconnected));
}

TEST_F(MainWindowTest, BannerCheckFillsTranscriptFindingsAndStatusBar)
{
    enterTarget(QStringLiteral("127.0.0.1"), server.port());
    ASSERT_EQ(port->value(), server.port());
    QTest::mouseClick(run, Qt::LeftButton);
    EXPECT_FALSE(run->isEnabled());
    EXPECT_TRUE(cancel->isEnabled());

    const QString greeting = QLatin1String(LoopbackSmtpServer::Greeting);
    ASSERT_TRUE(waitUntil([&] { return rowStartingWith(*model, greeting) >= 0; }, RunTimeoutMs));
    ASSERT_TRUE(waitUntil(
        [&] { return hasFinding(*findings, QStringLiteral("disclosure.software-version")); },
        RunTimeoutMs));
    ASSERT_TRUE(waitUntil([&] { return !window->isRunning(); }, RunTimeoutMs));

    EXPECT_EQ(stateLabel->text(), SmtpSession::describe(SessionState::Closed));
    EXPECT_TRUE(resultLabel->text().contains(QStringLiteral("finished")))
        << resultLabel->text().toStdString();
    EXPECT_TRUE(resultLabel->text().contains(QStringLiteral("finding")))
        << resultLabel->text().toStdString();
    EXPECT_TRUE(run->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
    EXPECT_TRUE(server.commands().contains("QUIT"));
    EXPECT_TRUE(server.commands().contains("HELP"));

    // Sent and received lines are told apart by colour; 2xx replies by their own.
    const int received = rowStartingWith(*model, greeting);
    const int sent = rowStartingWith(*model, QStringLiteral("EHLO"));
    ASSERT_GE(sent, 0);
    const QColor receivedColour = model->index(received, TranscriptModel::TextColumn)
                                      .data(Qt::ForegroundRole)
                                      .value<QColor>();
    const QColor sentColour
        = model->index(sent, TranscriptModel::TextColumn).data(Qt::ForegroundRole).value<QColor>();
    EXPECT_TRUE(receivedColour.isValid());
    EXPECT_NE(receivedColour, sentColour);
}

TEST_F(MainWindowTest, RefusesAHostWithALineBreakAndSaysWhy)
{
    host->setText(QStringLiteral("mx.example\nRCPT TO:<victim@example.org>"));
    QTest::mouseClick(run, Qt::LeftButton);

    const auto *problem = find<QLabel>("inputProblemLabel");
    EXPECT_TRUE(problem->isVisible());
    EXPECT_TRUE(problem->text().contains(QStringLiteral("line feed")))
        << problem->text().toStdString();
    EXPECT_EQ(resultLabel->text(), problem->text());
    EXPECT_FALSE(window->isRunning());
    EXPECT_TRUE(run->isEnabled());
    EXPECT_EQ(model->rowCount() + model->pendingCount(), 0);
    EXPECT_EQ(server.connectionCount(), 0);

    host->clear();
    QTest::mouseClick(run, Qt::LeftButton);
    EXPECT_TRUE(problem->text().contains(QStringLiteral("Enter the host")))
        << problem->text().toStdString();
}

TEST_F(MainWindowTest, CancelStopsACheckWaitingForTheGreeting)
{
    server.setGreets(false);
    enterTarget(QStringLiteral("127.0.0.1"), server.port());
    QTest::mouseClick(run, Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] { return stateLabel->text() == SmtpSession::describe(SessionState::AwaitingGreeting); },
        RunTimeoutMs));

    QTest::mouseClick(cancel, Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !window->isRunning(); }, 2000));
    EXPECT_TRUE(resultLabel->text().contains(QStringLiteral("cancelled")))
        << resultLabel->text().toStdString();
    EXPECT_EQ(stateLabel->text(), SmtpSession::describe(SessionState::Failed));
    EXPECT_TRUE(run->isEnabled());
    EXPECT_FALSE(cancel->isEnabled());
}
