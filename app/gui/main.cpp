// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "GuiCommandLine.h"
#include "ScreenshotTaker.h"

#include "i18n/LanguageManager.h"
#include "window/MainWindow.h"

#include <QApplication>
#include <QIcon>

namespace {

// The banner check has its own timeouts; this only bounds how long a screenshot waits.
constexpr int ScreenshotTimeoutMs = 20'000;

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mxscope"));
    QApplication::setOrganizationName(QStringLiteral("mxscope")); // ~/.config/mxscope/
    QApplication::setApplicationVersion(QStringLiteral(MXSCOPE_VERSION));
    // The installed .desktop entry (installer/linux): Wayland compositors match windows to it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.mxscope.mxscope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mxscope.svg")));

    // The language comes first, so that even --help and its errors are translated.
    mxscope::LanguageManager languages;
    mxscope::UiLanguage language = mxscope::LanguageManager::systemLanguage();
    if (const auto code = mxscope::GuiCommandLine::languageArgument(QApplication::arguments())) {
        if (const auto chosen = mxscope::LanguageManager::fromCode(*code))
            language = *chosen;
    }
    languages.setLanguage(language);

    int exitCode = 0;
    const auto options = mxscope::GuiCommandLine::parse(QApplication::arguments(), &exitCode);
    if (!options)
        return exitCode;

    mxscope::MainWindow window(&languages);
    if (options->target)
        window.setTarget(*options->target);
    window.show();
    if (options->run)
        window.startBannerCheck();

    if (options->screenshotPath.isEmpty())
        window.offerFirstStart(); // once per user: the wizard and the practice server
    if (!options->screenshotPath.isEmpty()) {
        auto *screenshot = new mxscope::ScreenshotTaker(
            &window, options->screenshotPath, [&window] { return !window.isRunning(); },
            ScreenshotTimeoutMs, &app);
        screenshot->start();
    }
    return QApplication::exec();
}
