// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/SenderPolicyResult.h"

namespace mxscope {

namespace {

// RFC 3463 X.1.1 (bad mailbox), X.1.2 (bad system), X.1.3 (bad syntax) and X.1.6 (moved)
// are about the recipient; "Relay access denied" (Postfix 554 5.7.1) means the recipient
// is not local (Exchange: "Unable to relay"). Either way the sender was never judged.
bool refusesRecipient(const SmtpReply &reply)
{
    if (reply.enhanced && reply.enhanced->subject == 1) {
        const int detail = reply.enhanced->detail;
        if (detail == 1 || detail == 2 || detail == 3 || detail == 6)
            return true;
    }
    const QString text = reply.text();
    return text.contains(QLatin1String("relay"), Qt::CaseInsensitive)
        && (text.contains(QLatin1String("denied"), Qt::CaseInsensitive)
            || text.contains(QLatin1String("unable"), Qt::CaseInsensitive));
}

} // namespace

QString toString(SenderVariant variant)
{
    switch (variant) {
    case SenderVariant::OwnDomain:
        return QStringLiteral("own_domain");
    case SenderVariant::NullSender:
        return QStringLiteral("null_sender");
    case SenderVariant::Unqualified:
        return QStringLiteral("unqualified");
    case SenderVariant::UnknownDomain:
        return QStringLiteral("unknown_domain");
    }
    return {};
}

QString toString(SenderOutcome outcome)
{
    switch (outcome) {
    case SenderOutcome::NotTested:
        return QStringLiteral("not_tested");
    case SenderOutcome::RefusedAtMail:
        return QStringLiteral("refused_at_mail");
    case SenderOutcome::DeferredAtMail:
        return QStringLiteral("deferred_at_mail");
    case SenderOutcome::RefusedAtRcpt:
        return QStringLiteral("refused_at_rcpt");
    case SenderOutcome::DeferredAtRcpt:
        return QStringLiteral("deferred_at_rcpt");
    case SenderOutcome::RecipientRefused:
        return QStringLiteral("recipient_refused");
    case SenderOutcome::Accepted:
        return QStringLiteral("accepted");
    }
    return {};
}

SenderOutcome SenderProbe::outcome() const
{
    if (!mailReply)
        return SenderOutcome::NotTested;
    if (mailReply->isPermanentFailure())
        return SenderOutcome::RefusedAtMail;
    if (mailReply->isTransientFailure())
        return SenderOutcome::DeferredAtMail;
    if (!rcptReply)
        return SenderOutcome::NotTested;
    if (rcptReply->isPositiveCompletion())
        return SenderOutcome::Accepted;
    if (refusesRecipient(*rcptReply))
        return SenderOutcome::RecipientRefused;
    return rcptReply->isTransientFailure() ? SenderOutcome::DeferredAtRcpt
                                           : SenderOutcome::RefusedAtRcpt;
}

const std::optional<SmtpReply> &SenderProbe::decidingReply() const
{
    return mailReply && !mailReply->isPositiveCompletion() ? mailReply : rcptReply;
}

qsizetype SenderProbe::decidingEvidence() const
{
    return mailReply && !mailReply->isPositiveCompletion() ? mailEvidence : rcptEvidence;
}

const SenderProbe *SenderPolicyResult::probe(SenderVariant variant) const
{
    for (const SenderProbe &p : probes) {
        if (p.variant == variant)
            return &p;
    }
    return nullptr;
}

} // namespace mxscope
