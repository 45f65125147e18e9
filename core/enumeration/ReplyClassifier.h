// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/BaselineResult.h"
#include "enumeration/ProbeResult.h"
#include "smtp/SmtpReply.h"

#include <QCoreApplication>
#include <QStringList>

namespace mxscope {

// What a reply to VRFY, EXPN or RCPT means for enumeration, before any baseline.
enum class ReplyMeaning {
    None, // no reply
    Accepted, // 250, 251
    CannotVerify, // 252: means nothing by itself
    UserUnknown, // 550/551/553, 5.1.1 and friends
    RelayDenied, // the domain is not served here
    Disabled, // 500, 502
    AuthRequired, // 530
    AddressRefused, // 501, 504, 5.1.3: the form of the address
    OutOfSequence, // 503: e.g. RCPT after a refused MAIL
    TooManyRecipients, // 452 4.5.3: a per-message limit, not about the name
    Throttled, // 421 and other 4xx: try again later
    PolicyRefused, // any other 5xx
};

QString toString(ReplyMeaning meaning); // "accepted", "user-unknown", ...

// Pure functions that read replies; no state, no network (unit-tested over byte strings).
class ReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::ReplyClassifier)

public:
    static ReplyMeaning meaningOf(const SmtpReply &reply);
    // The verdict for a listed name, judged against the method's baseline. A method that
    // cannot discriminate never yields Exists.
    static ProbeVerdict verdictFor(const SmtpReply &reply, const MethodBaseline &baseline);
    // Why a reply left a name unknown, for ProbeResult::note.
    static QString unknownNote(const SmtpReply &reply);
    // The addresses of a positive EXPN reply, one per line ("Name <a@b>" gives "a@b").
    static QStringList expnMembers(const SmtpReply &reply);
};

} // namespace mxscope
