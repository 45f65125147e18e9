// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "GuiCommandLine.h"

#include <QCommandLineParser>

#include <cstdio>

namespace mxscope {

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

std::optional<QString> GuiCommandLine::languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(QLatin1String("--lang=")))
            return argument.mid(7);
    }
    return std::nullopt;
}

std::optional<GuiOptions> GuiCommandLine::parse(const QStringList &arguments, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("mxscope: test a mail server for relaying, disclosure "
                                        "and TLS weaknesses."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  tr("User interface language: en or ja (default: the system's)."),
                                  tr("code"));
    const QCommandLineOption host(QStringLiteral("host"), tr("Mail server to fill in."),
                                  tr("host"));
    const QCommandLineOption port(QStringLiteral("port"), tr("Port to fill in (default 25)."),
                                  tr("port"));
    // --tls as in mxscope-cli; --security after the label in the window.
    const QCommandLineOption security({QStringLiteral("tls"), QStringLiteral("security")},
                                      tr("Connection security: none, starttls or implicit."),
                                      tr("mode"));
    const QCommandLineOption run(QStringLiteral("run"),
                                 tr("Start the banner check at once (needs --host)."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        tr("Save a picture of the window to this PNG file and quit (after the check when "
           "--run is given, at most 20 seconds)."),
        tr("file"));
    parser.addOptions({lang, host, port, security, run, screenshot});

    *exitCode = 2;
    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        return std::nullopt;
    }
    if (parser.isSet(help) || parser.isSet(version)) {
        *exitCode = 0;
        print(stdout,
              parser.isSet(help) ? parser.helpText()
                                 : QCoreApplication::applicationName() + QLatin1Char(' ')
                      + QCoreApplication::applicationVersion() + QLatin1Char('\n'));
        return std::nullopt;
    }

    GuiOptions options;
    if (parser.isSet(lang)) {
        options.language = LanguageManager::fromCode(parser.value(lang));
        if (!options.language) {
            print(stderr, tr("Unknown language \"%1\"; use en or ja.\n").arg(parser.value(lang)));
            return std::nullopt;
        }
    }
    if (parser.isSet(host) || parser.isSet(port) || parser.isSet(security)) {
        SessionOptions target;
        target.host = parser.value(host);
        if (parser.isSet(security)) {
            const auto mode = tlsModeFromString(parser.value(security));
            if (!mode) {
                print(stderr,
                      tr("Unknown security mode \"%1\"; use none, starttls or implicit.\n")
                          .arg(parser.value(security)));
                return std::nullopt;
            }
            target.tls = *mode;
            target.port = target.tls == TlsMode::Implicit ? 465 : 25;
        }
        if (parser.isSet(port)) {
            bool ok = false;
            const uint value = parser.value(port).toUInt(&ok);
            if (!ok || value == 0 || value > 65535) {
                print(stderr, tr("Invalid port \"%1\"; use 1 to 65535.\n").arg(parser.value(port)));
                return std::nullopt;
            }
            target.port = quint16(value);
        }
        options.target = target;
    }
    options.run = parser.isSet(run);
    if (options.run && parser.value(host).isEmpty()) {
        print(stderr, tr("--run needs --host.\n"));
        return std::nullopt;
    }
    options.screenshotPath = parser.value(screenshot);
    *exitCode = 0;
    return options;
}

} // namespace mxscope
