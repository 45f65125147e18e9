// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/InputValidation.h"

namespace mxscope {

namespace {

QString describe(char c)
{
    switch (c) {
    case '\r':
        return InputValidation::tr("a carriage return (CR)");
    case '\n':
        return InputValidation::tr("a line feed (LF)");
    default:
        return InputValidation::tr("a NUL byte");
    }
}

std::optional<char> forbiddenCharacter(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (c == '\r' || c == '\n' || c == '\0')
            return c;
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> InputValidation::checkField(const QString &value, const QString &fieldName)
{
    if (const auto c = forbiddenCharacter(value.toUtf8()))
        return tr("%1 contains %2; refusing to send it, because it would inject an extra SMTP "
                  "command.")
            .arg(fieldName, describe(*c));
    return std::nullopt;
}

std::optional<QString> InputValidation::checkCommandLine(QByteArrayView line)
{
    if (const auto c = forbiddenCharacter(line))
        return tr("The command contains %1; refusing to send it, because it would inject an extra "
                  "SMTP command.")
            .arg(describe(*c));
    return std::nullopt;
}

} // namespace mxscope
