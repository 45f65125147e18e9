// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/SessionError.h"

namespace mxscope {

QString toString(SessionError error)
{
    switch (error) {
    case SessionError::None:
        return QStringLiteral("none");
    case SessionError::HostNotFound:
        return QStringLiteral("host-not-found");
    case SessionError::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case SessionError::ConnectionClosed:
        return QStringLiteral("connection-closed");
    case SessionError::Timeout:
        return QStringLiteral("timeout");
    case SessionError::TlsFailed:
        return QStringLiteral("tls-failed");
    case SessionError::ProtocolViolation:
        return QStringLiteral("protocol-violation");
    case SessionError::GreetingRefused:
        return QStringLiteral("greeting-refused");
    case SessionError::HelloRefused:
        return QStringLiteral("hello-refused");
    case SessionError::StartTlsUnavailable:
        return QStringLiteral("starttls-unavailable");
    case SessionError::StartTlsInjection:
        return QStringLiteral("starttls-injection");
    case SessionError::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case SessionError::InvalidInput:
        return QStringLiteral("invalid-input");
    case SessionError::Cancelled:
        return QStringLiteral("cancelled");
    case SessionError::NetworkError:
        return QStringLiteral("network-error");
    }
    return {};
}

bool isPermanent(SessionError error)
{
    switch (error) {
    case SessionError::HostNotFound:
    case SessionError::ConnectionRefused:
    case SessionError::TlsFailed:
    case SessionError::StartTlsUnavailable:
    case SessionError::StartTlsInjection:
    case SessionError::AuthenticationFailed:
    case SessionError::HelloRefused:
    case SessionError::InvalidInput:
        return true;
    default:
        return false;
    }
}

} // namespace mxscope
