// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeServer.h"
#include "smtp/SmtpSession.h"

#include <QList>

#include <memory>
#include <optional>

namespace mxscope::testing {

// What one real session saw: handshake, the replies to the given commands, how it ended.
struct SessionRun {
    bool handshakeDone = false;
    SessionError error = SessionError::None;
    QString errorMessage;
    std::optional<SmtpReply> greeting;
    Capabilities capabilities;
    bool encrypted = false;
    bool pipelined = false;
    TlsDetails tls;
    QList<CommandResult> results; // final replies to the given commands (no 354), in order
    qint64 elapsedMs = 0;

    QList<int> codes() const;
    QList<SmtpReply> replies() const;
};

// Handshake, every command, QUIT, over a real socket; returns once the session has closed
// (or cancels it after timeoutMs and records a test failure).
SessionRun runSession(const SessionOptions &options, const QList<SmtpCommand> &commands,
                      int timeoutMs = 15000);

// Options for a practice server on 127.0.0.1, with 2 s state budgets so a misbehaving
// server fails a test quickly.
SessionOptions practiceOptions(const PracticeServer &server, TlsMode tls = TlsMode::None);

// A practice server with the named profile, listening on 127.0.0.1 and a free port.
std::unique_ptr<PracticeServer> startPracticeServer(const QString &profile);

} // namespace mxscope::testing
