// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleWidget.h"
#include "console/ConsoleWindow.h"
#include "i18n/LanguageManager.h"
#include "practice/PracticeServer.h"

#include "SignalWait.h"

#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace mxscope;

// Not a check but a camera: with MXSCOPE_SCREENSHOT_DIR set, drives the console against
// the practice server in English and Japanese and saves PNGs there, for looking at layout
// and clipping (e.g. under xvfb-run with QT_QPA_PLATFORM=xcb). Skipped otherwise.
class ConsoleScreenshotTest : public ::testing::TestWithParam<UiLanguage>
{
};

TEST_P(ConsoleScreenshotTest, ASession)
{
    const QString directory = qEnvironmentVariable("MXSCOPE_SCREENSHOT_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "set MXSCOPE_SCREENSHOT_DIR to take screenshots";
    QDir().mkpath(directory);
    LanguageManager languages;
    languages.setLanguage(GetParam()); // the console's own strings may not be translated yet
    const QString language = LanguageManager::code(GetParam());

    PracticeServer server(*PracticeProfile::byName(QStringLiteral("leaky")));
    ASSERT_TRUE(server.listen());
    ConsoleTarget target;
    target.options.host = QStringLiteral("127.0.0.1");
    target.options.port = server.serverPort();
    target.options.heloName = QStringLiteral("client.example");
    target.sender = QStringLiteral("tester@example.org");
    target.recipient = QStringLiteral("alice@practice.test");
    ConsoleWindow window(target);
    window.setAttribute(Qt::WA_DeleteOnClose, false); // on the stack here
    window.resize(1100, 760);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    ConsoleWidget *console = window.console();
    auto *line = console->findChild<QLineEdit *>(QStringLiteral("commandLineEdit"));
    const auto typeAndWait = [&](const QString &text, int expectedRows) {
        line->setText(text);
        QTest::keyClick(line, Qt::Key_Return);
        auto *view = console->findChild<QTableView *>(QStringLiteral("consoleTranscriptView"));
        waitUntil([&] { return view->model()->rowCount() >= expectedRows; }, 5000);
    };
    const auto grab = [&](const char *name) {
        QTest::qWait(100); // let the last batch of rows and the layout reach the screen
        const QString path
            = QStringLiteral("%1/console-%2-%3.png").arg(directory, QLatin1String(name), language);
        EXPECT_TRUE(window.grab().save(path)) << path.toStdString();
    };

    console->connectToServer();
    waitUntil([&] { return console->sessionState() == SessionState::Ready; }, 5000);
    typeAndWait(QStringLiteral("EHLO client.example"), 12);
    typeAndWait(QStringLiteral("VRFY alice"), 14);
    typeAndWait(QStringLiteral("RCPT TO:<alice@practice.test>"), 16);
    console->findChild<QToolButton *>(QStringLiteral("lineEndingsButton"))->click();
    console->findChild<QToolButton *>(QStringLiteral("hexViewButton"))->click();
    auto *view = console->findChild<QTableView *>(QStringLiteral("consoleTranscriptView"));
    view->setCurrentIndex(view->model()->index(3, 2));
    line->setText(QStringLiteral("MAIL FROM:<tester@example.org>"));
    grab("session");

    console->findChild<QToolButton *>(QStringLiteral("hexViewButton"))->click();
    console->findChild<QPushButton *>(QStringLiteral("authButton"))->click();
    grab("auth");
    console->findChild<QPushButton *>(QStringLiteral("authCancelButton"))->click();
    console->findChild<QPushButton *>(QStringLiteral("dataButton"))->click();
    grab("data");
    console->findChild<QPushButton *>(QStringLiteral("cancelDataButton"))->click();

    PracticeServer hostile(*PracticeProfile::byName(QStringLiteral("hostile")));
    ASSERT_TRUE(hostile.listen());
    target.options.port = hostile.serverPort();
    console->setTarget(target);
    console->connectToServer();
    waitUntil([&] { return console->sessionState() == SessionState::Ready; }, 5000);
    line->setText(QStringLiteral("EHLO client.example"));
    QTest::keyClick(line, Qt::Key_Return);
    waitUntil([&] { return !console->isSessionOpen(); }, 15'000);
    grab("hostile");
}

INSTANTIATE_TEST_SUITE_P(Languages, ConsoleScreenshotTest,
                         ::testing::Values(UiLanguage::English, UiLanguage::Japanese));
