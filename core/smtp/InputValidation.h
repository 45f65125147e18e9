// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mxscope {

// Guards every user-supplied field before it reaches the wire: CR, LF or NUL in a field
// would end the command early and let the rest run as a command of its own.
class InputValidation
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::InputValidation)

public:
    // A sentence naming the field and the offending character, or nothing when it is safe.
    static std::optional<QString> checkField(const QString &value, const QString &fieldName);
    // The same test for a whole command line about to be sent.
    static std::optional<QString> checkCommandLine(QByteArrayView line);
};

} // namespace mxscope
