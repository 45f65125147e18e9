// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleTarget.h"

namespace mxscope {

QString ConsoleTarget::senderAddress() const
{
    return sender.isEmpty() ? QStringLiteral("mxscope@%1").arg(options.heloName) : sender;
}

QString ConsoleTarget::recipientAddress() const
{
    return recipient.isEmpty() ? QStringLiteral("postmaster") : recipient;
}

std::optional<QString> ConsoleTarget::commandLineFor(SmtpVerb verb) const
{
    switch (verb) {
    case SmtpVerb::Ehlo:
        return QStringLiteral("EHLO %1").arg(options.heloName);
    case SmtpVerb::Helo:
        return QStringLiteral("HELO %1").arg(options.heloName);
    case SmtpVerb::Mail:
        return QStringLiteral("MAIL FROM:<%1>").arg(sender); // empty: the null sender <>
    case SmtpVerb::Rcpt:
        return QStringLiteral("RCPT TO:<%1>").arg(recipientAddress());
    case SmtpVerb::Rset:
        return QStringLiteral("RSET");
    case SmtpVerb::Noop:
        return QStringLiteral("NOOP");
    case SmtpVerb::Quit:
        return QStringLiteral("QUIT");
    case SmtpVerb::StartTls:
        return QStringLiteral("STARTTLS");
    default:
        return std::nullopt;
    }
}

} // namespace mxscope
