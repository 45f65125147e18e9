// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"
#include "smtp/SmtpCommand.h"

#include <QString>

#include <optional>

namespace mxscope {

// What the console is opened on: the server (host, port, security, HELO name, timeouts)
// and the envelope its MAIL FROM and RCPT TO buttons start from. A password in
// options.credentials is ignored: the console asks for it in its AUTH helper and keeps
// only the user name.
//
//   ConsoleTarget target{options, QStringLiteral("probe@example.org"), {}};
//   auto *window = new ConsoleWindow(target, parent);
struct ConsoleTarget {
    SessionOptions options;
    QString sender; // empty: the null reverse-path <>
    QString recipient; // empty: postmaster, which every server must accept (RFC 5321 4.5.1)

    // The sender for a message header; never empty.
    QString senderAddress() const;
    QString recipientAddress() const;
    // The command line a verb button puts into the command line ("MAIL FROM:<a@b>"), or
    // nothing for verbs that are not typed (DATA and AUTH open their own panels).
    std::optional<QString> commandLineFor(SmtpVerb verb) const;
};

} // namespace mxscope
