// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/EnvelopeValidation.h"

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

// RFC 5322 atext, plus the dot of a dot-atom and any non-ASCII letter (SMTPUTF8).
bool isAtomCharacter(QChar c)
{
    if (c.unicode() >= 0x80)
        return c.isLetterOrNumber();
    return c.isLetterOrNumber() || QStringLiteral("!#$%&'*+/=?^_`{|}~.-").contains(c);
}

bool isLocalPart(const QString &local)
{
    if (local.size() >= 2 && local.startsWith(QLatin1Char('"')) && local.endsWith(QLatin1Char('"')))
        return true;
    if (local.isEmpty() || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.'))
        || local.contains(QLatin1String("..")))
        return false;
    for (const QChar c : local) {
        if (!isAtomCharacter(c))
            return false;
    }
    return true;
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

std::optional<QString> EnvelopeValidation::checkAddress(const QString &address,
                                                        const QString &fieldName)
{
    if (auto problem = InputValidation::checkField(address, fieldName))
        return problem;
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return tr("%1 is empty; enter an address such as tester@example.net.").arg(fieldName);
    if (trimmed.contains(QLatin1Char('<')) || trimmed.contains(QLatin1Char('>')))
        return tr("%1 must not contain < or >; mxscope adds the angle brackets itself.")
            .arg(fieldName);
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == trimmed.size() - 1)
        return tr("%1 needs the form local-part@domain, e.g. tester@example.net.").arg(fieldName);
    const QString local = trimmed.left(at);
    const QString domain = trimmed.mid(at + 1);
    if (!isLocalPart(local))
        return local.contains(QLatin1Char(' '))
            ? tr("%1 must not contain spaces.").arg(fieldName)
            : tr("%1: the part before the @ is not valid.").arg(fieldName);
    if (!isDomain(domain))
        return tr("%1: the domain after the @ is not a valid domain name.").arg(fieldName);
    if (trimmed.size() > 254)
        return tr("%1 is longer than 254 characters.").arg(fieldName);
    return std::nullopt;
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
