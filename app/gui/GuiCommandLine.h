// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "i18n/LanguageManager.h"
#include "smtp/SessionOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mxscope {

// What the GUI was asked for on its command line.
struct GuiOptions {
    std::optional<UiLanguage> language;
    std::optional<SessionOptions> target; // when --host (or --port/--tls) was given
    bool run = false; // start the banner check at once
    QString screenshotPath; // grab the window to this PNG, then quit
};

// Parses the GUI's options (--lang, --host, --port, --tls, --run, --screenshot).
class GuiCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::GuiCommandLine)

public:
    // The --lang value, read before the real parse so that --help is already translated.
    static std::optional<QString> languageArgument(const QStringList &arguments);
    // Nothing when the program should stop: --help or --version printed (exitCode 0) or a
    // usage error printed (exitCode 2).
    static std::optional<GuiOptions> parse(const QStringList &arguments, int *exitCode);
};

} // namespace mxscope
