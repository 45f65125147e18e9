// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QStringList>

// `mxscope-cli practice-server`: runs the built-in practice SMTP server on loopback until
// SIGINT or SIGTERM, printing "... listening on 127.0.0.1:<port>" to stdout once it is up
// and one line per connection and command to stderr. arguments[0] is the program name;
// a QCoreApplication must exist. Returns an exit status from CliCommand.h.
int runPracticeServerCommand(const QStringList &arguments);
