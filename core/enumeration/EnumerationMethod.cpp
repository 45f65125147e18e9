// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationMethod.h"

namespace mxscope {

QString toString(EnumerationMethod method)
{
    switch (method) {
    case EnumerationMethod::Vrfy:
        return QStringLiteral("vrfy");
    case EnumerationMethod::Expn:
        return QStringLiteral("expn");
    case EnumerationMethod::Rcpt:
        return QStringLiteral("rcpt");
    case EnumerationMethod::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

std::optional<EnumerationMethod> enumerationMethodFromString(const QString &name)
{
    for (const auto method : {EnumerationMethod::Vrfy, EnumerationMethod::Expn,
                              EnumerationMethod::Rcpt, EnumerationMethod::Auto}) {
        if (name.trimmed().compare(toString(method), Qt::CaseInsensitive) == 0)
            return method;
    }
    return std::nullopt;
}

QString displayName(EnumerationMethod method)
{
    switch (method) {
    case EnumerationMethod::Vrfy:
        return QStringLiteral("VRFY");
    case EnumerationMethod::Expn:
        return QStringLiteral("EXPN");
    case EnumerationMethod::Rcpt:
        return QStringLiteral("RCPT TO");
    case EnumerationMethod::Auto:
        return QStringLiteral("auto");
    }
    return {};
}

} // namespace mxscope
