// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionError.h"
#include "smtp/SmtpReply.h"

#include <QList>

#include <optional>

namespace mxscope {

// The sender forms the sender policy check tries, each from an unauthenticated client to
// the same local recipient.
enum class SenderVariant {
    OwnDomain, // an address in the server's own domain: the spoofing case
    NullSender, // <>: bounces, which RFC 5321 4.5.5 says must be accepted
    Unqualified, // a local part with no domain, which the server may complete with its own
    UnknownDomain, // a domain that cannot exist (.invalid, RFC 6761)
};

QString toString(SenderVariant variant); // "own_domain", "null_sender", ...

// How far one sender form got.
enum class SenderOutcome {
    NotTested, // the session ended first
    RefusedAtMail, // 5xx to MAIL FROM
    DeferredAtMail, // 4xx to MAIL FROM
    RefusedAtRcpt, // 5xx to RCPT TO naming the sender (or unclear)
    DeferredAtRcpt, // 4xx to RCPT TO
    RecipientRefused, // RCPT refused for the recipient itself: unknown user or relaying
    Accepted, // 2xx to RCPT TO: the server would take the message
};

QString toString(SenderOutcome outcome); // "refused_at_rcpt", "accepted", ...

struct SenderProbe {
    SenderVariant variant = SenderVariant::OwnDomain;
    QString path; // as sent after "MAIL FROM:", e.g. "<alice@example.org>" or "<>"
    std::optional<SmtpReply> mailReply;
    qsizetype mailEvidence = -1;
    std::optional<SmtpReply> rcptReply;
    qsizetype rcptEvidence = -1;

    SenderOutcome outcome() const;
    // The reply that decided the outcome (RCPT, or MAIL when MAIL was refused), if any.
    const std::optional<SmtpReply> &decidingReply() const;
    qsizetype decidingEvidence() const;
};

// Everything the sender policy check saw.
struct SenderPolicyResult {
    QString domain;
    QString recipient;
    QList<SenderProbe> probes;
    int sessions = 0; // connections used; a server that hangs up after a refusal needs more
    SessionError error = SessionError::None; // of the last session, when it ended early
    QString errorMessage;

    const SenderProbe *probe(SenderVariant variant) const;
};

} // namespace mxscope
