// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/BaselineJudge.h"

#include "enumeration/ReplyClassifier.h"

namespace mxscope {

namespace {

bool isPositive(ReplyMeaning m)
{
    return m == ReplyMeaning::Accepted || m == ReplyMeaning::CannotVerify;
}

bool isNegative(ReplyMeaning m)
{
    return m == ReplyMeaning::UserUnknown || m == ReplyMeaning::PolicyRefused;
}

// "550 5.1.1, 554" style list of the distinct codes seen, for reasons.
QString codesOf(const QList<SmtpReply> &replies)
{
    QStringList codes;
    for (const SmtpReply &reply : replies) {
        QString code = QString::number(reply.code);
        if (reply.enhanced)
            code += QLatin1Char(' ') + reply.enhanced->toString();
        if (!codes.contains(code))
            codes.append(code);
    }
    return codes.join(QStringLiteral(", "));
}

QString firstSummary(const QList<SmtpReply> &replies, ReplyMeaning meaning)
{
    for (const SmtpReply &reply : replies) {
        if (ReplyClassifier::meaningOf(reply) == meaning)
            return reply.summary();
    }
    return {};
}

} // namespace

MethodBaseline BaselineJudge::decide(EnumerationMethod method, const QList<BaselineSample> &samples,
                                     const std::optional<BaselineSample> &control,
                                     const std::optional<SmtpReply> &senderReply,
                                     const QString &failure)
{
    MethodBaseline b;
    b.method = method;
    b.samples = samples;
    b.control = control;
    const QString name = displayName(method);
    auto verdict = [&b](BaselineVerdict v, const QString &reason) {
        b.verdict = v;
        b.reason = reason;
        return b;
    };

    if (senderReply && !senderReply->isPositiveCompletion()) {
        b.senderReply = senderReply;
        switch (ReplyClassifier::meaningOf(*senderReply)) {
        case ReplyMeaning::AuthRequired:
            return verdict(
                BaselineVerdict::AuthRequired,
                tr("MAIL FROM needs authentication first (%1).").arg(senderReply->summary()));
        case ReplyMeaning::Throttled:
            return verdict(BaselineVerdict::Throttled,
                           tr("The server answered MAIL FROM only with temporary failures (%1).")
                               .arg(senderReply->summary()));
        default:
            return verdict(BaselineVerdict::SenderRefused,
                           tr("The server refused the sender (%1), so RCPT probes cannot run; "
                              "try another sender address.")
                               .arg(senderReply->summary()));
        }
    }

    QList<SmtpReply> answered, throttled;
    QList<ReplyMeaning> meanings; // distinct
    for (const BaselineSample &sample : samples) {
        if (sample.reply.code == 0)
            continue;
        const ReplyMeaning m = ReplyClassifier::meaningOf(sample.reply);
        if (m == ReplyMeaning::Throttled || m == ReplyMeaning::TooManyRecipients) {
            throttled.append(sample.reply);
            continue;
        }
        answered.append(sample.reply);
        if (!meanings.contains(m))
            meanings.append(m);
    }
    if (answered.isEmpty() && !throttled.isEmpty())
        return verdict(BaselineVerdict::Throttled,
                       tr("The server answered %1 only with temporary failures (%2), even after "
                          "retries.")
                           .arg(name, codesOf(throttled)));
    if (answered.isEmpty())
        return verdict(BaselineVerdict::NoAnswer,
                       failure.isEmpty() ? tr("No reply to %1.").arg(name)
                                         : tr("No reply to %1: %2").arg(name, failure));

    const ReplyMeaning controlMeaning
        = control ? ReplyClassifier::meaningOf(control->reply) : ReplyMeaning::None;
    const auto only = [&meanings](std::initializer_list<ReplyMeaning> allowed) {
        for (const ReplyMeaning m : meanings) {
            if (std::find(allowed.begin(), allowed.end(), m) == allowed.end())
                return false;
        }
        return true;
    };

    if (meanings.contains(ReplyMeaning::Disabled))
        return verdict(BaselineVerdict::Disabled,
                       tr("%1 is disabled on this server (%2).")
                           .arg(name, firstSummary(answered, ReplyMeaning::Disabled)));
    if (meanings.contains(ReplyMeaning::AuthRequired))
        return verdict(BaselineVerdict::AuthRequired,
                       tr("%1 needs authentication first (%2).")
                           .arg(name, firstSummary(answered, ReplyMeaning::AuthRequired)));
    if (meanings.contains(ReplyMeaning::RelayDenied))
        return verdict(BaselineVerdict::RelayDenied,
                       tr("The server refused the probes' domain as not its own (%1); give a "
                          "domain it receives mail for.")
                           .arg(firstSummary(answered, ReplyMeaning::RelayDenied)));
    if (meanings.contains(ReplyMeaning::AddressRefused))
        return verdict(BaselineVerdict::AddressRefused,
                       tr("The server refused the form of the probe address (%1); try giving "
                          "the domain to append.")
                           .arg(firstSummary(answered, ReplyMeaning::AddressRefused)));
    if (meanings.contains(ReplyMeaning::OutOfSequence))
        return verdict(BaselineVerdict::SenderRefused,
                       tr("The server refused %1 as out of sequence (%2).")
                           .arg(name, firstSummary(answered, ReplyMeaning::OutOfSequence)));
    if (only({ReplyMeaning::Accepted, ReplyMeaning::CannotVerify})
        && meanings.contains(ReplyMeaning::Accepted)) {
        if (method == EnumerationMethod::Rcpt)
            return verdict(BaselineVerdict::CatchAll,
                           tr("The server accepts made-up recipients (%1): it is a catch-all, "
                              "so RCPT cannot tell real users from invented ones.")
                               .arg(codesOf(answered)));
        return verdict(BaselineVerdict::CatchAll,
                       tr("The server answers %1 with %2 for made-up names too, so it cannot "
                          "tell real users from invented ones.")
                           .arg(name, codesOf(answered)));
    }
    if (only({ReplyMeaning::CannotVerify}))
        return verdict(BaselineVerdict::CannotVerify,
                       tr("%1 answers 252 (cannot verify) to every name, made-up ones included: "
                          "the reply says nothing about whether a user exists.")
                           .arg(name));
    const bool controlPositive = isPositive(controlMeaning);
    const bool allNegative = std::all_of(meanings.cbegin(), meanings.cend(), isNegative);
    if (allNegative
        && (meanings == QList<ReplyMeaning> {ReplyMeaning::UserUnknown} || controlPositive)) {
        b.discriminates = true;
        b.confirmed = controlPositive;
        for (const SmtpReply &reply : std::as_const(answered)) {
            if (!b.negativeCodes.contains(reply.code))
                b.negativeCodes.append(reply.code);
        }
        QString reason
            = tr("%1 tells users apart: made-up names got %2").arg(name, codesOf(answered));
        if (controlPositive)
            reason += tr(", postmaster got %1").arg(codesOf({control->reply}));
        return verdict(BaselineVerdict::Discriminates, reason + QLatin1Char('.'));
    }
    if (only({ReplyMeaning::PolicyRefused}))
        return verdict(BaselineVerdict::RefusesAll,
                       tr("The server refuses every %1 probe (%2), postmaster included: the "
                          "refusal is not about the user.")
                           .arg(name, codesOf(answered)));
    return verdict(BaselineVerdict::Inconsistent,
                   tr("Made-up names got different kinds of answer (%1), so %2 cannot tell "
                      "users apart reliably.")
                       .arg(codesOf(answered), name));
}

BaselineResult BaselineJudge::conclude(EnumerationMethod requested,
                                       const QList<MethodBaseline> &methods, bool pipelining)
{
    BaselineResult result;
    result.requested = requested;
    result.method = requested;
    result.pipelining = pipelining;
    result.methods = methods;
    auto works = [&result](EnumerationMethod m) {
        const MethodBaseline *b = result.find(m);
        return b && b->discriminates;
    };

    std::optional<EnumerationMethod> chosen;
    if (requested != EnumerationMethod::Auto) {
        if (works(requested))
            chosen = requested;
    } else {
        QList<EnumerationMethod> order;
        if (pipelining)
            order.append(EnumerationMethod::Rcpt);
        order << EnumerationMethod::Vrfy << EnumerationMethod::Expn << EnumerationMethod::Rcpt;
        for (const EnumerationMethod m : std::as_const(order)) {
            if (works(m)) {
                chosen = m;
                break;
            }
        }
    }

    if (chosen) {
        result.method = *chosen;
        result.discriminates = true;
        const QString why = result.find(*chosen)->reason;
        if (requested != EnumerationMethod::Auto)
            result.reason = why;
        else if (*chosen == EnumerationMethod::Rcpt && pipelining)
            result.reason
                = tr("Auto chose RCPT TO, the fastest method here (pipelined): %1").arg(why);
        else
            result.reason = tr("Auto chose %1: %2").arg(displayName(*chosen), why);
        return result;
    }

    if (requested != EnumerationMethod::Auto) {
        const MethodBaseline *b = result.find(requested);
        result.reason = b ? b->reason : tr("%1 was not tested.").arg(displayName(requested));
        QStringList others;
        for (const MethodBaseline &m : methods) {
            if (m.discriminates)
                others.append(displayName(m.method));
        }
        if (!others.isEmpty())
            result.reason += QLatin1Char(' ')
                + tr("%1 can tell users apart on this server; use it instead.")
                      .arg(others.join(QStringLiteral(", ")));
        return result;
    }
    QStringList reasons;
    for (const MethodBaseline &m : methods)
        reasons.append(m.reason);
    result.reason = tr("No method can tell users apart on this server.") + QLatin1Char(' ')
        + reasons.join(QLatin1Char(' '));
    return result;
}

} // namespace mxscope
