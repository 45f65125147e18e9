// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "LoopbackSmtpServer.h"

#include "findings/FindingsView.h"
#include "i18n/LanguageManager.h"
#include "window/MainWindow.h"

#include "SignalWait.h"

#include <QAction>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <gtest/gtest.h>

using namespace mxscope;
using mxscope::testing::LoopbackSmtpServer;

namespace {

const QString RunEnglish = QStringLiteral("Run banner check");
const QString RunJapanese = QStringLiteral("バナーチェックを実行");

bool hasJapanese(const QString &text)
{
    for (const QChar c : text) {
        if (c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana
            || c.script() == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace

TEST(LanguageSwitchTest, ParsesLanguageCodes)
{
    EXPECT_EQ(LanguageManager::fromCode(QStringLiteral("ja")), UiLanguage::Japanese);
    EXPECT_EQ(LanguageManager::fromCode(QStringLiteral("EN")), UiLanguage::English);
    EXPECT_FALSE(LanguageManager::fromCode(QStringLiteral("fr")));
    EXPECT_EQ(LanguageManager::nativeName(UiLanguage::Japanese), QStringLiteral("日本語"));
}

TEST(LanguageSwitchTest, SwitchesTheWindowToJapaneseAndBack)
{
    LanguageManager languages;
    MainWindow window(&languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *run = window.findChild<QPushButton *>(QStringLiteral("runButton"));
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->text(), RunEnglish);

    ASSERT_TRUE(languages.setLanguage(UiLanguage::Japanese));
    EXPECT_EQ(run->text(), RunJapanese);
    EXPECT_TRUE(hasJapanese(window.windowTitle())) << window.windowTitle().toStdString();
    auto *japanese = window.findChild<QAction *>(QStringLiteral("language_ja"));
    ASSERT_NE(japanese, nullptr);
    EXPECT_TRUE(japanese->isChecked());
    // Qt's own catalogue comes along when it is installed (qt6-translations-l10n).
    const QString qtCatalogue
        = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_ja.qm");
    if (QFileInfo::exists(qtCatalogue)) {
        EXPECT_NE(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Undo"));
    }

    // Back through the menu, as a user would.
    auto *english = window.findChild<QAction *>(QStringLiteral("language_en"));
    ASSERT_NE(english, nullptr);
    english->trigger();
    EXPECT_EQ(languages.language(), UiLanguage::English);
    EXPECT_EQ(run->text(), RunEnglish);
    EXPECT_FALSE(hasJapanese(window.windowTitle()));
    EXPECT_EQ(QCoreApplication::translate("QLineEdit", "&Undo"), QStringLiteral("&Undo"));
}

TEST(LanguageSwitchTest, RewordsFindingsOfAFinishedCheck)
{
    LoopbackSmtpServer server;
    ASSERT_TRUE(server.listen());
    LanguageManager languages;
    MainWindow window(&languages);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    SessionOptions target;
    target.host = QStringLiteral("127.0.0.1");
    target.port = server.port();
    window.setTarget(target);
    QSignalSpy finished(&window, &MainWindow::bannerCheckFinished);
    ASSERT_TRUE(window.startBannerCheck());
    ASSERT_TRUE(waitForSignals(finished, 1, 15'000));

    auto *findings = window.findChild<FindingsView *>(QStringLiteral("findingsView"));
    ASSERT_NE(findings, nullptr);
    ASSERT_GT(findings->topLevelItemCount(), 0);
    EXPECT_FALSE(hasJapanese(findings->topLevelItem(0)->text(FindingsView::TitleColumn)));

    ASSERT_TRUE(languages.setLanguage(UiLanguage::Japanese));
    EXPECT_TRUE(hasJapanese(findings->topLevelItem(0)->text(FindingsView::TitleColumn)));
    EXPECT_TRUE(hasJapanese(findings->topLevelItem(0)->text(FindingsView::SeverityColumn)));
    languages.setLanguage(UiLanguage::English);
    EXPECT_FALSE(hasJapanese(findings->topLevelItem(0)->text(FindingsView::TitleColumn)));
}

TEST(LanguageSwitchTest, FallsBackToEnglishWithoutACatalogue)
{
    LanguageManager languages;
    languages.setCatalogueDirectory(QStringLiteral(":/no-such-directory"));
    EXPECT_FALSE(languages.setLanguage(UiLanguage::Japanese));
    EXPECT_EQ(languages.language(), UiLanguage::English);
}
