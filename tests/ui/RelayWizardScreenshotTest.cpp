// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "i18n/LanguageManager.h"
#include "wizard/ManualRelayRunner.h"
#include "wizard/RelayMatrixPage.h"
#include "wizard/RelayStepByStepPage.h"
#include "wizard/RelayWizard.h"

#include "RelayWizardFixture.h"
#include "SignalWait.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace { } // namespace

// Not a check but a camera: with MXSCOPE_SCREENSHOT_DIR set, walks the wizard against the
// practice server in English and Japanese and saves every page as a PNG there, for looking
// at layout and clipping (e.g. under xvfb-run with QT_QPA_PLATFORM=xcb). Skipped otherwise.
class RelayWizardScreenshotTest : public ::testing::TestWithParam<UiLanguage>
{
};

TEST_P(RelayWizardScreenshotTest, EveryPage)
{
    const QString directory = qEnvironmentVariable("MXSCOPE_SCREENSHOT_DIR");
    if (directory.isEmpty())
        GTEST_SKIP() << "set MXSCOPE_SCREENSHOT_DIR to take screenshots";
    QDir().mkpath(directory);
    LanguageManager languages;
    ASSERT_TRUE(languages.setLanguage(GetParam()));
    const QString language = LanguageManager::code(GetParam());

    RelayWizard wizard;
    wizard.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&wizard));
    int shot = 0;
    const auto grab = [&](const char *name) {
        QTest::qWait(100); // let the last layout pass and batched rows reach the screen
        const QString path = QStringLiteral("%1/relay-%2-%3-%4.png")
                                 .arg(directory)
                                 .arg(++shot)
                                 .arg(QLatin1String(name), language);
        EXPECT_TRUE(wizard.grab().save(path)) << path.toStdString();
    };
    const auto next
        = [&] { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); };

    clickToggle(wizard.findChild<QCheckBox *>(QStringLiteral("practiceCheckBox")));
    auto *profiles = wizard.findChild<QComboBox *>(QStringLiteral("practiceProfileComboBox"));
    profiles->setCurrentIndex(profiles->findData(QStringLiteral("open-relay")));
    grab("target");
    next();
    auto *sender = wizard.findChild<QLineEdit *>(QStringLiteral("senderLineEdit"));
    sender->setText(QStringLiteral("tester@"));
    grab("envelope-invalid");
    sender->setText(QStringLiteral("tester@example.net"));
    next();
    clickToggle(wizard.findChild<QCheckBox *>(QStringLiteral("authorisedCheckBox")));
    grab("authorisation");
    next();
    auto *steps = qobject_cast<RelayStepByStepPage *>(wizard.currentPage());
    ASSERT_NE(steps, nullptr);
    grab("steps-start");
    auto *sendNext = wizard.findChild<QPushButton *>(QStringLiteral("sendNextButton"));
    for (int i = 0; i < 4; ++i) {
        QTest::mouseClick(sendNext, Qt::LeftButton);
        ASSERT_TRUE(waitUntil([&] { return !steps->runner()->isBusy(); }, 10'000));
    }
    grab("steps-rcpt");
    QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("runAllStepsButton")),
                      Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return steps->runner()->isFinished(); }, 10'000));
    grab("steps-done");
    next();
    auto *matrix = qobject_cast<RelayMatrixPage *>(wizard.currentPage());
    ASSERT_NE(matrix, nullptr);
    ASSERT_TRUE(waitUntil([&] { return matrix->isComplete(); }, 30'000));
    grab("matrix");
    next();
    auto *table = wizard.findChild<QTableView *>(QStringLiteral("variantsTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(5, 0)).center());
    grab("results");
}

INSTANTIATE_TEST_SUITE_P(Languages, RelayWizardScreenshotTest,
                         ::testing::Values(UiLanguage::English, UiLanguage::Japanese),
                         [](const ::testing::TestParamInfo<UiLanguage> &info) {
                             return LanguageManager::code(info.param).toStdString();
                         });
