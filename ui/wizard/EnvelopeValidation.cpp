// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/EnvelopeValidation.h"

#include "relay/RelayAddress.h"
#include "smtp/InputValidation.h"

#include <QHostAddress>
#include <QStringList>

namespace mxscope {

namespace {

bool isAddressLiteral(const QString &text)
{
    if (!text.startsWith(QLatin1Char('[')) || !text.endsWith(QLatin1Char(']')))
        return false;
    QString inner = text.mid(1, text.size() - 2);
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        inner = inner.mid(5);
    return !QHostAddress(inner).isNull();
}

} // namespace

bool EnvelopeValidation::isDomain(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    if (isAddressLiteral(domain))
        return true;
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (const QChar c : label) {
            if (!c.isLetterOrNumber() && c != QLatin1Char('-'))
                return false;
        }
    }
    return true;
}

std::optional<QString> EnvelopeValidation::checkHeloName(const QString &name)
{
    if (auto problem = InputValidation::checkField(name, tr("The sending domain")))
        return problem;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the domain your test mail comes from, e.g. example.net.");
    if (trimmed.contains(QLatin1Char(' ')) || trimmed.contains(QLatin1Char('\t')))
        return tr("The sending domain must not contain spaces.");
    if (!isDomain(trimmed))
        return tr("The sending domain must be a domain name such as example.net, or an address "
                  "literal such as [192.0.2.1].");
    return std::nullopt;
}

// The same rules as the command line's --from and --to, so both accept the same addresses.
std::optional<QString> EnvelopeValidation::checkAddress(const QString &address,
                                                        const QString &fieldName)
{
    return RelayAddress::check(address.trimmed(), fieldName);
}

std::optional<QString> EnvelopeValidation::checkCredentials(const QString &user,
                                                            const QString &password)
{
    if (auto problem = InputValidation::checkField(user, tr("The user name")))
        return problem;
    if (auto problem = InputValidation::checkField(password, tr("The password")))
        return problem;
    if (user.isEmpty() && !password.isEmpty())
        return tr("Enter the user name that goes with the password.");
    if (!user.isEmpty() && password.isEmpty())
        return tr("Enter the password for %1.").arg(user);
    return std::nullopt;
}

} // namespace mxscope
