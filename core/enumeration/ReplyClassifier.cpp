// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/ReplyClassifier.h"

#include "smtp/EnhancedStatusParser.h"
#include "transcript/SafeText.h"

#include <QRegularExpression>

namespace mxscope {

namespace {

bool enhancedIs(const SmtpReply &reply, int subject, int detail = -1)
{
    return reply.enhanced && reply.enhanced->subject == subject
        && (detail < 0 || reply.enhanced->detail == detail);
}

// Wordings of "no such user" across Postfix, Sendmail, Exim, Exchange, qmail and others,
// for servers that send no enhanced status code.
bool soundsLikeUnknownUser(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("user unknown|unknown user|no such (user|mailbox|recipient|address)|"
                       "(mailbox|user|recipient|address) (not found|unavailable|does ?n[o']t "
                       "exist)|unknown (recipient|mailbox|address|local[- ]part)|"
                       "recipient (unknown|not found|rejected)|invalid (recipient|mailbox|user)|"
                       "not (a valid|our) (user|customer|mailbox)|no mailbox"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool soundsLikeRelayDenied(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("relay(ing)? (access )?(denied|not (permitted|allowed))|"
                       "(not permitted|unable|not allowed) to relay|rcpthosts|"
                       "relay(ing)? (is )?prohibited|we do not relay"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool soundsLikeAuthRequired(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("auth(entication)? (is )?required|must (first )?authenticate|"
                       "authentication needed"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

ReplyMeaning permanentMeaning(const SmtpReply &reply)
{
    const QString text = reply.text();
    if (reply.code == 530 || soundsLikeAuthRequired(text))
        return ReplyMeaning::AuthRequired;
    if (reply.code == 500 || reply.code == 502)
        return ReplyMeaning::Disabled;
    if (reply.code == 503)
        return ReplyMeaning::OutOfSequence;
    if (reply.code == 501 || reply.code == 504 || enhancedIs(reply, 1, 3))
        return ReplyMeaning::AddressRefused;
    if (reply.code == 552
        && (enhancedIs(reply, 5, 3)
            || text.contains(QLatin1String("too many"), Qt::CaseInsensitive)))
        return ReplyMeaning::TooManyRecipients;
    if (soundsLikeRelayDenied(text) || enhancedIs(reply, 1, 2))
        return ReplyMeaning::RelayDenied;
    // X.1.1 bad mailbox, X.1.0 other address status, X.1.6 moved, X.1.10 (Exchange's
    // RecipientNotFound), X.2.1 disabled mailbox.
    if (enhancedIs(reply, 1, 1) || enhancedIs(reply, 1, 0) || enhancedIs(reply, 1, 6)
        || enhancedIs(reply, 1, 10) || enhancedIs(reply, 2, 1) || soundsLikeUnknownUser(text))
        return ReplyMeaning::UserUnknown;
    if (enhancedIs(reply, 7)) // security or policy, and not about the mailbox
        return ReplyMeaning::PolicyRefused;
    // RFC 5321: 550 mailbox unavailable, 551 user not local, 553 mailbox name not allowed.
    if (reply.code == 550 || reply.code == 551 || reply.code == 553)
        return ReplyMeaning::UserUnknown;
    return ReplyMeaning::PolicyRefused;
}

} // namespace

QString toString(ReplyMeaning meaning)
{
    switch (meaning) {
    case ReplyMeaning::None:
        return QStringLiteral("none");
    case ReplyMeaning::Accepted:
        return QStringLiteral("accepted");
    case ReplyMeaning::CannotVerify:
        return QStringLiteral("cannot-verify");
    case ReplyMeaning::UserUnknown:
        return QStringLiteral("user-unknown");
    case ReplyMeaning::RelayDenied:
        return QStringLiteral("relay-denied");
    case ReplyMeaning::Disabled:
        return QStringLiteral("disabled");
    case ReplyMeaning::AuthRequired:
        return QStringLiteral("auth-required");
    case ReplyMeaning::AddressRefused:
        return QStringLiteral("address-refused");
    case ReplyMeaning::OutOfSequence:
        return QStringLiteral("out-of-sequence");
    case ReplyMeaning::TooManyRecipients:
        return QStringLiteral("too-many-recipients");
    case ReplyMeaning::Throttled:
        return QStringLiteral("throttled");
    case ReplyMeaning::PolicyRefused:
        return QStringLiteral("policy-refused");
    }
    return {};
}

ReplyMeaning ReplyClassifier::meaningOf(const SmtpReply &reply)
{
    switch (reply.codeClass()) {
    case 2:
        return reply.code == 252 ? ReplyMeaning::CannotVerify : ReplyMeaning::Accepted;
    case 4:
        if (reply.code == 452
            && (enhancedIs(reply, 5, 3)
                || reply.text().contains(QLatin1String("too many"), Qt::CaseInsensitive)))
            return ReplyMeaning::TooManyRecipients;
        return ReplyMeaning::Throttled;
    case 5:
        return permanentMeaning(reply);
    default:
        return ReplyMeaning::None;
    }
}

ProbeVerdict ReplyClassifier::verdictFor(const SmtpReply &reply, const MethodBaseline &baseline)
{
    if (!baseline.discriminates)
        return ProbeVerdict::Unknown;
    switch (meaningOf(reply)) {
    case ReplyMeaning::Accepted:
    case ReplyMeaning::CannotVerify:
        // 252 too, because made-up names got a 5xx: Postfix's VRFY answers 252 for known
        // users and 550 for unknown ones.
        return ProbeVerdict::Exists;
    case ReplyMeaning::UserUnknown:
        return ProbeVerdict::Absent;
    case ReplyMeaning::PolicyRefused:
        return baseline.negativeCodes.contains(reply.code) ? ProbeVerdict::Absent
                                                           : ProbeVerdict::Unknown;
    default:
        return ProbeVerdict::Unknown;
    }
}

QString ReplyClassifier::unknownNote(const SmtpReply &reply)
{
    switch (meaningOf(reply)) {
    case ReplyMeaning::None:
        return tr("No reply.");
    case ReplyMeaning::Throttled:
        return tr("Only temporary failures, even after retries.");
    case ReplyMeaning::Disabled:
        return tr("The command was refused as not available.");
    case ReplyMeaning::AuthRequired:
        return tr("The server asked for authentication.");
    case ReplyMeaning::AddressRefused:
        return tr("The server refused the form of the address.");
    case ReplyMeaning::RelayDenied:
        return tr("The server refused the domain.");
    case ReplyMeaning::OutOfSequence:
        return tr("The server refused the command's order (was MAIL FROM refused?).");
    default:
        return tr("The reply does not match how this server answers for made-up names.");
    }
}

QStringList ReplyClassifier::expnMembers(const SmtpReply &reply)
{
    QStringList members;
    if (!reply.isPositiveCompletion() || reply.code == 252)
        return members;
    static const QRegularExpression angle(QStringLiteral("<([^<>]*)>"));
    for (const QByteArray &line : reply.lines) {
        const QString text = safeText(EnhancedStatusParser::stripPrefix(line)).trimmed();
        const auto match = angle.match(text);
        const QString member = match.hasMatch() ? match.captured(1).trimmed() : text;
        if (!member.isEmpty())
            members.append(member);
    }
    return members;
}

} // namespace mxscope
