// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/SessionOptions.h"

namespace mxscope {

QString toString(TlsMode mode)
{
    switch (mode) {
    case TlsMode::None:
        return QStringLiteral("none");
    case TlsMode::StartTls:
        return QStringLiteral("starttls");
    case TlsMode::Implicit:
        return QStringLiteral("implicit");
    }
    return {};
}

std::optional<TlsMode> tlsModeFromString(const QString &name)
{
    for (const auto mode : {TlsMode::None, TlsMode::StartTls, TlsMode::Implicit}) {
        if (name.compare(toString(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace mxscope
