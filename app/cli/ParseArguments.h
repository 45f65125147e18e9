// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace mxscope::cli {

// Parses a subcommand's arguments and answers --help, the same way for every subcommand.
// Returns the exit status when the command should stop here (bad arguments: the parser's
// error after errorPrefix on standard error; --help: the help text on standard output),
// nothing when it should go on.
std::optional<int> parseSubcommandArguments(QCommandLineParser &parser,
                                            const QStringList &arguments,
                                            const QString &errorPrefix);

} // namespace mxscope::cli
