// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayAddress.h"

#include "smtp/InputValidation.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace mxscope {

namespace {

// RFC 5322 atext, dot-separated (dot-atom), or a quoted string without CR/LF.
const QRegularExpression localPartPattern(
    QStringLiteral(R"(^(?:[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
                   R"(|"(?:[^"\\]|\\.)*")$)"));
const QRegularExpression
    labelPattern(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));

bool isDomainName(const QString &domain)
{
    if (domain.isEmpty() || domain.size() > 253)
        return false;
    const QStringList labels = domain.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (!labelPattern.match(label).hasMatch())
            return false;
    }
    return true;
}

bool isAddressLiteral(const QString &domain)
{
    if (!domain.startsWith(QLatin1Char('[')) || !domain.endsWith(QLatin1Char(']')))
        return false;
    QString inner = domain.mid(1, domain.size() - 2);
    if (inner.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        inner = inner.mid(5);
    return !QHostAddress(inner).isNull();
}

} // namespace

RelayAddress::Parts RelayAddress::split(const QString &address)
{
    bool quoted = false;
    qsizetype at = -1;
    for (qsizetype i = 0; i < address.size(); ++i) {
        const QChar c = address.at(i);
        if (quoted && c == QLatin1Char('\\'))
            ++i;
        else if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (c == QLatin1Char('@') && !quoted)
            at = i;
    }
    if (at < 0)
        return {address, {}};
    return {address.left(at), address.mid(at + 1)};
}

std::optional<QString> RelayAddress::check(const QString &address, const QString &fieldName)
{
    if (const auto problem = InputValidation::checkField(address, fieldName))
        return problem;
    if (address.isEmpty())
        return tr("%1 is empty.").arg(fieldName);
    if (address.startsWith(QLatin1Char('<')) || address.endsWith(QLatin1Char('>')))
        return tr("%1 must be written without angle brackets (mxscope adds them).").arg(fieldName);
    const Parts parts = split(address);
    if (parts.domain.isEmpty())
        return tr("%1 needs an @ followed by a domain, as in name@example.net.").arg(fieldName);
    if (parts.local.isEmpty())
        return tr("%1 needs a name before the @.").arg(fieldName);
    if (!localPartPattern.match(parts.local).hasMatch())
        return tr("%1 has characters that are not allowed before the @ (spaces, brackets or a "
                  "second @ need quotes).")
            .arg(fieldName);
    if (!isDomainName(parts.domain) && !isAddressLiteral(parts.domain))
        return tr("%1 has an invalid domain '%2'.").arg(fieldName, parts.domain);
    return std::nullopt;
}

QString RelayAddress::literal(const QString &ipAddress)
{
    QHostAddress address(ipAddress);
    if (address.isNull())
        return {};
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        return QLatin1Char('[') + QHostAddress(v4).toString() + QLatin1Char(']');
    address.setScopeId({});
    return QStringLiteral("[IPv6:") + address.toString() + QLatin1Char(']');
}

bool RelayAddress::isHostName(const QString &name)
{
    return name.contains(QLatin1Char('.')) && isDomainName(name) && QHostAddress(name).isNull();
}

QString RelayAddress::parentDomain(const QString &hostName)
{
    if (!isHostName(hostName) || hostName.count(QLatin1Char('.')) < 2)
        return {};
    return hostName.mid(hostName.indexOf(QLatin1Char('.')) + 1);
}

} // namespace mxscope
