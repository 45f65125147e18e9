// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "ParseArguments.h"

#include "CliCommand.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace mxscope::cli {

std::optional<int> parseSubcommandArguments(QCommandLineParser &parser,
                                            const QStringList &arguments,
                                            const QString &errorPrefix)
{
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << errorPrefix << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

} // namespace mxscope::cli
