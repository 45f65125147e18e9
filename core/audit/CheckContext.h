// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QHostAddress>
#include <QStringList>

namespace mxscope {

class Transcript;

// Everything a check may need to know about the target and the user's choices. One context
// serves every check of an audit; a check reads only the fields it needs.
struct CheckContext {
    SessionOptions target; // host, port, TLS mode, HELO name, optional credentials
    QString domain; // the mail domain the server answers for, e.g. "example.org"
    QString sender; // MAIL FROM for checks that send; empty: a check-specific default
    QString localRecipient; // a mailbox the server delivers locally (sender policy, EICAR)
    QString externalRecipient; // a mailbox elsewhere the user owns (relay)
    QStringList userNames; // enumeration; empty: the built-in list of common names
    // The user confirmed they may test this server. Checks that send mail or load the
    // server refuse to start without it.
    bool authorised = false;
    bool requireTls = false; // the user's policy: MAIL without TLS is a finding
    QHostAddress nameServer; // DNS checks; null: the system resolver
    int maxConnections = 20; // connection exhaustion ramp; capped by the check
    int timeLimitMs = 120'000; // per check, for checks that could otherwise run long
    // Every check of this run, so that checks that overlap can leave a finding to the one
    // that owns it (AuditRunner fills it).
    QStringList runChecks;
    // Every line of every check goes here; findings cite its indexes. Never null when a
    // check starts (AuditRunner and the CLI provide one).
    Transcript *transcript = nullptr;
};

} // namespace mxscope
