// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/AuthExchange.h"
#include "smtp/ReplyParser.h"

#include <QString>

#include <optional>

namespace mxscope {

enum class TlsMode { None, StartTls, Implicit };

QString toString(TlsMode mode);
std::optional<TlsMode> tlsModeFromString(const QString &name); // "none", "starttls", "implicit"

// How long each state may last before the session gives up (milliseconds).
// A per-state budget, not an idle timer: a server dripping one byte a second cannot
// stretch a state past its limit.
struct SessionTimeouts {
    int connectMs = 10'000;
    int tlsHandshakeMs = 10'000;
    int greetingMs = 30'000; // greet-delay servers hold the banner back for seconds
    int commandMs = 30'000;
    int dataEndMs = 60'000; // content filters run after the final "."
};

struct Credentials {
    QString user;
    QString password;
    std::optional<AuthMechanism> mechanism; // nothing: pick the best one offered
};

struct SessionOptions {
    QString host;
    quint16 port = 25;
    TlsMode tls = TlsMode::None;
    QString heloName = QStringLiteral("mxscope.invalid");
    std::optional<Credentials> credentials;
    // Connect, read the greeting, EHLO (HELO on 500/502), STARTTLS and AUTH as asked,
    // then emit handshakeCompleted(). Off: only the greeting; the caller sends the rest.
    bool autoHandshake = true;
    bool usePipelining = true; // when the server offers PIPELINING
    int connectionNumber = 0; // copied into transcript entries
    SessionTimeouts timeouts;
    ReplyParserLimits limits;
};

} // namespace mxscope
