// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mxscope {

// How one connection of the ramp ended up.
enum class ConnectionOutcome {
    Pending, // still connecting or waiting for the greeting
    Accepted, // 220 greeting, held open
    Refused421, // 421 greeting (service not available, e.g. too many connections)
    RefusedReply, // another 4xx/5xx greeting (554 at connect)
    TcpRefused, // connection refused (RST to the SYN)
    Reset, // the server closed or reset the connection before any greeting
    Timeout, // no connection or no greeting within the per-connection bound
    LocalError, // our side failed (out of sockets, network down): not the server's answer
};

// Stable JSON names: "accepted", "421", "rejected", "refused", "reset", "timeout", "error".
QString toString(ConnectionOutcome outcome);
bool isServerRefusal(ConnectionOutcome outcome);

struct ConnectionAttempt {
    int number = 0; // 1-based, also the transcript connection number
    int attemptedAtStep = 0; // concurrent connections attempted when this one was opened
    ConnectionOutcome outcome = ConnectionOutcome::Pending;
    qint64 connectMs = -1; // TCP connect time, -1 when it never connected
    qint64 greetingMs = -1; // connect to greeting
    int code = 0; // greeting code, 0 without one
    QString text; // greeting or error text, display-safe
    bool droppedWhileHeld = false; // accepted, then closed by the server during the ramp
    qsizetype evidence = -1; // transcript index of the greeting or the error
};

// One step of the ramp: how many were attempted in total and how they stood after it.
struct RampStep {
    int attempted = 0;
    int accepted = 0; // greeted sessions open at the end of the step
    int refused = 0; // server refusals so far (421, rejections, resets, timeouts)
};

// Refusals grouped by how they looked.
struct RefusalGroup {
    ConnectionOutcome kind = ConnectionOutcome::Refused421;
    int code = 0;
    QString text;
    int count = 0;
    qsizetype evidence = -1; // first occurrence
};

struct IdleMeasurement {
    bool attempted = false;
    bool closedByServer = false; // false: still open at the cap (or it failed)
    double seconds = 0; // time from the end of EHLO to the close, or the cap
    QString closingReply; // the reply the server sent before closing, display-safe
    QString error; // why it could not be measured
    qsizetype evidence = -1;
};

struct CapacityResult {
    int requested = 0; // connections asked for
    int maxConnections = 0; // after the hard cap
    QList<ConnectionAttempt> attempts;
    QList<RampStep> steps;
    int acceptedMax = 0; // most greeted sessions open at once
    // Concurrent connections attempted when the first refusal came; nothing: no refusal.
    std::optional<int> refusalsBeganAt;
    bool stoppedByLocalError = false;
    QString localError;
    IdleMeasurement idle;
    qint64 rampMs = 0;

    QList<RefusalGroup> refusalGroups() const;
    int refusalCount() const;
};

} // namespace mxscope
