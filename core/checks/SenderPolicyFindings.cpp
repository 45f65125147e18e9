// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/SenderPolicyFindings.h"

#include "report/JsonConversions.h"
#include "transcript/SafeText.h"

#include <QJsonArray>

namespace mxscope {

namespace {

QString shown(const QString &text)
{
    return safeText(text.toUtf8());
}

QList<qsizetype> cite(const SenderProbe &probe)
{
    QList<qsizetype> evidence;
    for (qsizetype index : {probe.mailEvidence, probe.rcptEvidence}) {
        if (index >= 0 && !evidence.contains(index))
            evidence.append(index);
    }
    return evidence;
}

// The probe for variant if the server took that sender, else nullptr.
const SenderProbe *acceptedProbe(const SenderPolicyResult &r, SenderVariant variant)
{
    const SenderProbe *p = r.probe(variant);
    return p && p->outcome() == SenderOutcome::Accepted ? p : nullptr;
}

QString replyText(const std::optional<SmtpReply> &reply)
{
    return reply ? reply->summary() : QString();
}

QString ownDomainRemediation()
{
    return SenderPolicyFindings::tr(
        "Require authentication for senders in your own domains. Postfix: "
        "smtpd_sender_login_maps (e.g. a regexp map giving each address its login) with "
        "reject_unauthenticated_sender_login_mismatch in smtpd_sender_restrictions (or "
        "reject_sender_login_mismatch, which also binds logins to their addresses); without "
        "SASL, check_sender_access listing your domains with REJECT after permit_mynetworks. "
        "Exim: in acl_smtp_rcpt, deny sender_domains = +local_domains with !authenticated = *. "
        "Exchange: remove ms-Exch-SMTP-Accept-Authoritative-Domain-Sender for NT "
        "AUTHORITY\\ANONYMOUS LOGON on the anonymous (internet-facing) receive connectors "
        "(Remove-ADPermission). SPF -all and DMARC p=reject help receivers elsewhere, not "
        "this server.");
}

QString unqualifiedRemediation()
{
    return SenderPolicyFindings::tr(
        "Postfix: reject_non_fqdn_sender in smtpd_sender_restrictions. Exim: keep "
        "sender_unqualified_hosts empty (the default refuses unqualified senders from "
        "remote hosts). Exchange refuses them by default.");
}

QString unknownDomainRemediation()
{
    return SenderPolicyFindings::tr(
        "Postfix: reject_unknown_sender_domain in smtpd_sender_restrictions. Exim: "
        "verify = sender in acl_smtp_rcpt. Exchange: a sender-domain check in the "
        "anti-spam agents or the filtering service in front of it.");
}

QString nullSenderRemediation()
{
    return SenderPolicyFindings::tr(
        "Accept the null sender <> for existing recipients (RFC 5321 4.5.5): delivery "
        "status notifications use it. Postfix: do not list <> in a check_sender_access "
        "REJECT table. Exim: do not deny senders = : in acl_smtp_mail or acl_smtp_rcpt.");
}

} // namespace

QString SenderPolicyFindings::variantName(SenderVariant variant)
{
    switch (variant) {
    case SenderVariant::OwnDomain:
        return tr("Own domain");
    case SenderVariant::NullSender:
        return tr("Null sender");
    case SenderVariant::Unqualified:
        return tr("Unqualified");
    case SenderVariant::UnknownDomain:
        return tr("Non-existent domain");
    }
    return {};
}

QString SenderPolicyFindings::outcomeText(const SenderProbe &probe)
{
    switch (probe.outcome()) {
    case SenderOutcome::NotTested:
        return tr("not tested (the session ended)");
    case SenderOutcome::RefusedAtMail:
        return tr("refused at MAIL");
    case SenderOutcome::DeferredAtMail:
        return tr("deferred at MAIL (temporary)");
    case SenderOutcome::RefusedAtRcpt:
        return tr("refused at RCPT");
    case SenderOutcome::DeferredAtRcpt:
        return tr("deferred at RCPT (temporary)");
    case SenderOutcome::RecipientRefused:
        return tr("inconclusive: the recipient was refused");
    case SenderOutcome::Accepted:
        return probe.variant == SenderVariant::NullSender
            ? tr("accepted (normal: RFC 5321 requires it for bounces)")
            : tr("accepted");
    }
    return {};
}

QList<Finding> SenderPolicyFindings::evaluate(const SenderPolicyResult &r)
{
    QList<Finding> findings;
    const QString recipient = shown(r.recipient);
    if (const SenderProbe *p = r.probe(SenderVariant::OwnDomain)) {
        if (p->outcome() == SenderOutcome::Accepted) {
            findings.append({QStringLiteral("sender.own-domain-spoofing"), Severity::High,
                             tr("Mail from your own domain is accepted without authentication"),
                             tr("An anonymous client sent MAIL FROM:%1 and RCPT TO:<%2>; the "
                                "server answered \"%3\". Anyone can send your users mail that "
                                "claims to come from a colleague.")
                                 .arg(shown(p->path), recipient, replyText(p->rcptReply)),
                             ownDomainRemediation(), cite(*p)});
        } else if (p->outcome() == SenderOutcome::RecipientRefused) {
            findings.append({QStringLiteral("sender.recipient-refused"),
                             Severity::Info,
                             tr("The local recipient was refused, so the sender policy is "
                                "unknown"),
                             tr("RCPT TO:<%1> got \"%2\". Give a mailbox the server delivers "
                                "to and run the check again.")
                                 .arg(recipient, replyText(p->rcptReply)),
                             {},
                             cite(*p)});
        }
    }
    if (const SenderProbe *p = acceptedProbe(r, SenderVariant::Unqualified)) {
        findings.append({QStringLiteral("sender.unqualified-accepted"), Severity::Medium,
                         tr("A sender without a domain is accepted"),
                         tr("MAIL FROM:%1 was taken for <%2> (\"%3\"). Many servers complete "
                            "such an address with their own domain, which makes it an "
                            "own-domain sender in disguise.")
                             .arg(shown(p->path), recipient, replyText(p->rcptReply)),
                         unqualifiedRemediation(), cite(*p)});
    }
    if (const SenderProbe *p = acceptedProbe(r, SenderVariant::UnknownDomain)) {
        findings.append({QStringLiteral("sender.unknown-domain-accepted"), Severity::Low,
                         tr("A sender at a non-existent domain is accepted"),
                         tr("MAIL FROM:%1 names a domain that cannot exist, yet RCPT got \"%2\". "
                            "No reply could ever reach such a sender.")
                             .arg(shown(p->path), replyText(p->rcptReply)),
                         unknownDomainRemediation(), cite(*p)});
    }
    if (const SenderProbe *p = r.probe(SenderVariant::NullSender); p
        && (p->outcome() == SenderOutcome::RefusedAtMail
            || p->outcome() == SenderOutcome::RefusedAtRcpt)) {
        findings.append({QStringLiteral("sender.null-sender-refused"), Severity::Low,
                         tr("The null sender is refused"),
                         tr("MAIL FROM:<> to <%1> got \"%2\". Bounces and other delivery "
                            "notifications for your users will be lost.")
                             .arg(recipient, replyText(p->decidingReply())),
                         nullSenderRemediation(), cite(*p)});
    }
    return findings;
}

ResultTable SenderPolicyFindings::table(const SenderPolicyResult &r)
{
    ResultTable table;
    table.id = QStringLiteral("senders");
    table.title = tr("Sender forms to %1").arg(shown(r.recipient));
    table.columns = {tr("Sender form"), tr("MAIL FROM"), tr("Reply to MAIL"), tr("Reply to RCPT"),
                     tr("Verdict")};
    for (const SenderProbe &p : r.probes) {
        table.rows.append({variantName(p.variant), shown(p.path), replyText(p.mailReply),
                           replyText(p.rcptReply), outcomeText(p)});
        table.evidence.append(p.decidingEvidence() >= 0 ? p.decidingEvidence() : p.mailEvidence);
    }
    return table;
}

QJsonObject SenderPolicyFindings::details(const SenderPolicyResult &r)
{
    QJsonArray probes;
    for (const SenderProbe &p : r.probes) {
        QJsonObject probe {{QStringLiteral("variant"), toString(p.variant)},
                           {QStringLiteral("sender"), shown(p.path)},
                           {QStringLiteral("outcome"), toString(p.outcome())}};
        if (p.mailReply)
            probe.insert(QStringLiteral("mail_reply"), JsonConversions::toJson(*p.mailReply));
        if (p.rcptReply)
            probe.insert(QStringLiteral("rcpt_reply"), JsonConversions::toJson(*p.rcptReply));
        probes.append(probe);
    }
    QJsonObject json {{QStringLiteral("domain"), shown(r.domain)},
                      {QStringLiteral("recipient"), shown(r.recipient)},
                      {QStringLiteral("sessions"), r.sessions},
                      {QStringLiteral("probes"), probes}};
    if (r.error != SessionError::None && r.error != SessionError::ConnectionClosed)
        json.insert(QStringLiteral("error"), r.errorMessage);
    return json;
}

QString SenderPolicyFindings::summary(const SenderPolicyResult &r)
{
    const SenderProbe *own = r.probe(SenderVariant::OwnDomain);
    switch (own ? own->outcome() : SenderOutcome::NotTested) {
    case SenderOutcome::Accepted:
        return tr("Spoofed mail from %1 is accepted from anonymous clients.").arg(shown(r.domain));
    case SenderOutcome::RefusedAtMail:
    case SenderOutcome::RefusedAtRcpt:
        return tr("Senders in %1 are refused unless the client authenticates.")
            .arg(shown(r.domain));
    case SenderOutcome::DeferredAtMail:
    case SenderOutcome::DeferredAtRcpt:
        return tr("Senders in %1 are deferred (temporary refusal) for anonymous clients.")
            .arg(shown(r.domain));
    case SenderOutcome::RecipientRefused:
        return tr("Inconclusive: the local recipient %1 was refused.").arg(shown(r.recipient));
    case SenderOutcome::NotTested:
        break;
    }
    return tr("The own-domain sender could not be tested: %1").arg(r.errorMessage);
}

} // namespace mxscope
