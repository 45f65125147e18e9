// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QString>

namespace mxscope {

// Why a session ended early. Negative replies are not errors (they are data), except where
// the session cannot go on: a refused greeting, EHLO and HELO both refused, STARTTLS or
// AUTH refused when the user asked for them.
enum class SessionError {
    None,
    HostNotFound,
    ConnectionRefused,
    ConnectionClosed,
    Timeout,
    TlsFailed,
    ProtocolViolation,
    GreetingRefused,
    HelloRefused,
    StartTlsUnavailable,
    StartTlsInjection,
    AuthenticationFailed,
    InvalidInput,
    Cancelled,
    NetworkError,
};

QString toString(SessionError error); // stable identifiers for JSON: "timeout", ...

// Faults a fresh session cannot mend (wrong host, TLS or credentials, refused input), as
// opposed to timeouts, drops and protocol hiccups that a retry may get past.
bool isPermanent(SessionError error);

} // namespace mxscope
