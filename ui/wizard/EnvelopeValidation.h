// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mxscope {

// Checks the relay wizard's envelope fields as the user types: each function returns a
// sentence saying what is wrong, or nothing when the value may be sent. CR, LF and NUL are
// refused first (InputValidation), because they would smuggle in a second SMTP command.
class EnvelopeValidation
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::EnvelopeValidation)

public:
    // A domain name or an address literal such as [192.0.2.1].
    static std::optional<QString> checkHeloName(const QString &name);
    // local-part@domain; the local part may be quoted. fieldName starts the sentence.
    static std::optional<QString> checkAddress(const QString &address, const QString &fieldName);
    // Both empty, or both given.
    static std::optional<QString> checkCredentials(const QString &user, const QString &password);

    static bool isDomain(const QString &domain);
};

} // namespace mxscope
