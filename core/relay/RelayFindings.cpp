// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayFindings.h"

#include "relay/RelayAddress.h"

namespace mxscope {

namespace {

constexpr int listedVariants = 12;

QString line(const RelayOutcome &o)
{
    QString text = QStringLiteral("%1: MAIL FROM:%2 RCPT TO:%3")
                       .arg(o.variant.id, o.variant.mailFrom, o.variant.rcptTo);
    if (o.reply.code)
        text += QStringLiteral(" -> ") + o.reply.summary();
    return text;
}

QString listOf(const QList<RelayOutcome> &outcomes)
{
    QStringList lines;
    for (qsizetype i = 0; i < outcomes.size() && i < listedVariants; ++i)
        lines.append(QStringLiteral("- ") + line(outcomes.at(i)));
    if (outcomes.size() > listedVariants)
        lines.append(
            RelayFindings::tr("... and %n more.", nullptr, int(outcomes.size() - listedVariants)));
    return lines.join(QLatin1Char('\n'));
}

QList<qsizetype> evidenceOf(const QList<RelayOutcome> &outcomes)
{
    QList<qsizetype> evidence;
    for (const RelayOutcome &o : outcomes)
        evidence += o.evidence;
    return evidence;
}

Finding openFinding(const QList<RelayOutcome> &accepted, const RelayPlan &plan)
{
    Finding f;
    f.id = QStringLiteral("relay.open");
    f.severity = Severity::Critical;
    f.title = RelayFindings::tr("The server is an open relay");
    f.detail = RelayFindings::tr("Without authentication, the server accepted mail for the outside "
                                 "address %1 in %n variant(s). Spammers find such servers within "
                                 "hours; the server's address then lands on block lists.",
                                 nullptr, int(accepted.size()))
                   .arg(plan.recipient)
        + QStringLiteral("\n") + listOf(accepted);
    f.remediation = RelayFindings::relayRemediation();
    f.evidence = evidenceOf(accepted);
    return f;
}

Finding refusedAfterDataFinding(const QList<RelayOutcome> &refused)
{
    Finding f;
    f.id = QStringLiteral("relay.accepted-then-refused");
    f.severity = Severity::Medium;
    f.title = RelayFindings::tr("Outside recipients pass RCPT TO and are refused only after DATA");
    f.detail = RelayFindings::tr("In %n variant(s) the server accepted the outside recipient at "
                                 "RCPT TO and refused the message only at the end of DATA. It did "
                                 "not relay the test message, but only its content check stopped "
                                 "it: another message may pass, and every attempt costs a full "
                                 "transfer.",
                                 nullptr, int(refused.size()))
        + QStringLiteral("\n") + listOf(refused);
    f.remediation = RelayFindings::tr("Refuse outside recipients at RCPT TO. ")
        + RelayFindings::relayRemediation();
    f.evidence = evidenceOf(refused);
    return f;
}

void addAuthFindings(const RelayResult &result, const RelayPlan &plan, QList<Finding> &findings)
{
    if (!plan.target.credentials)
        return;
    Finding f;
    f.severity = Severity::Info;
    if (!result.authenticationError.isEmpty() || !result.authenticatedOutcome) {
        f.id = QStringLiteral("relay.auth-failed");
        f.title = RelayFindings::tr("Relaying after authentication was not tested");
        f.detail = result.authenticationError.isEmpty()
            ? RelayFindings::tr("The session with the given credentials did not run.")
            : RelayFindings::tr("The session with the given credentials failed: %1")
                  .arg(result.authenticationError);
        findings.append(f);
        return;
    }
    const RelayOutcome &o = *result.authenticatedOutcome;
    f.id = QStringLiteral("relay.after-auth");
    f.evidence = o.evidence;
    if (isAccepted(o.stage)) {
        f.title = RelayFindings::tr("Authenticated users may relay (expected)");
        f.detail = RelayFindings::tr("After AUTH as %1 the server accepted the outside address "
                                     "%2: %3. This is how a submission service should behave; "
                                     "it is not an open relay.")
                       .arg(plan.target.credentials->user, plan.recipient, o.reply.summary());
        f.remediation = RelayFindings::tr(
            "Keep relaying limited to authenticated users, and tie sender addresses to logins "
            "(Postfix: smtpd_sender_login_maps with reject_sender_login_mismatch; Exim: check "
            "$authenticated_id against the sender in the RCPT ACL).");
    } else {
        f.title = RelayFindings::tr("The server refuses relaying even after authentication");
        f.detail = RelayFindings::tr("After AUTH as %1 the outside address %2 got: %3.")
                       .arg(plan.target.credentials->user, plan.recipient,
                            o.error.isEmpty() ? o.reply.summary() : o.error);
    }
    findings.append(f);
}

// The recipient's domain is the server's host name or the domain above it.
bool recipientLooksLocal(const RelayResult &result, const RelayPlan &plan)
{
    const QString domain = RelayAddress::split(plan.recipient).domain;
    const QString host = result.targetName;
    return !domain.isEmpty()
        && (domain.compare(host, Qt::CaseInsensitive) == 0
            || domain.compare(RelayAddress::parentDomain(host), Qt::CaseInsensitive) == 0);
}

} // namespace

QString RelayFindings::relayRemediation()
{
    return tr("Accept mail for outside domains only from your own hosts or authenticated users, "
              "and refuse routing tricks. Postfix: smtpd_relay_restrictions = permit_mynetworks, "
              "permit_sasl_authenticated, reject_unauth_destination, with mynetworks limited to "
              "your hosts and allow_untrusted_routing = no. Exim: in acl_check_rcpt accept only "
              "domains = +local_domains, hosts = +relay_from_hosts or authenticated = *, then "
              "deny. Sendmail: no FEATURE(`promiscuous_relay') or FEATURE(`loose_relay_check'); "
              "RELAY in /etc/mail/access only for your networks. Exchange: remove "
              "ms-Exch-SMTP-Accept-Any-Recipient from Anonymous Logon on every receive "
              "connector.");
}

void RelayFindings::evaluate(RelayResult &result, const RelayPlan &plan)
{
    QList<RelayOutcome> accepted, refusedAfterData;
    int untried = 0;
    bool anyData = false;
    for (const RelayOutcome &o : std::as_const(result.outcomes)) {
        if (isAccepted(o.stage))
            accepted.append(o);
        if (o.stage == RelayStage::AcceptedAfterData)
            anyData = true;
        if (o.stage == RelayStage::RefusedAfterData)
            refusedAfterData.append(o);
        if (o.stage == RelayStage::NotTried || o.stage == RelayStage::Error)
            ++untried;
    }
    const int total = int(result.outcomes.size());
    QList<Finding> findings;
    if (!accepted.isEmpty() && recipientLooksLocal(result, plan)) {
        // Accepting a local recipient is delivery, not relaying: no verdict either way.
        result.verdict = RelayVerdict::Inconclusive;
        result.verdictSentence
            = tr("Inconclusive: the recipient %1 seems to be in the server's own domain, so "
                 "accepting it proves nothing. Use a mailbox in an outside domain.")
                  .arg(plan.recipient);
        Finding f;
        f.id = QStringLiteral("relay.inconclusive");
        f.severity = Severity::Low;
        f.title = tr("The open-relay test is inconclusive");
        f.detail = result.verdictSentence;
        findings.append(f);
    } else if (!accepted.isEmpty()) {
        result.verdict = RelayVerdict::Open;
        result.verdictSentence = anyData
            ? tr("Open relay: without authentication the server took test messages for the "
                 "outside address %1 in %n of %2 variant(s).",
                 nullptr, int(accepted.size()))
                  .arg(plan.recipient, QString::number(total))
            : tr("Open relay: without authentication the server accepted the outside address "
                 "%1 in %n of %2 variant(s).",
                 nullptr, int(accepted.size()))
                  .arg(plan.recipient, QString::number(total));
        findings.append(openFinding(accepted, plan));
    } else if (total > 0 && untried == 0) {
        result.verdict = RelayVerdict::Closed;
        result.verdictSentence = tr("Not an open relay: the server refused all %n attempt(s) to "
                                    "relay to the outside address %1.",
                                    nullptr, total)
                                     .arg(plan.recipient);
        if (!refusedAfterData.isEmpty())
            result.verdictSentence += QLatin1Char(' ')
                + tr("%n of them passed RCPT TO and were refused only after the message was sent.",
                     nullptr, int(refusedAfterData.size()));
    } else {
        result.verdict = RelayVerdict::Inconclusive;
        QString reason = !result.incompleteReason.isEmpty() ? result.incompleteReason
            : !result.errorMessage.isEmpty()                ? result.errorMessage
                                                            : tr("no reason given");
        result.verdictSentence = total == 0
            ? tr("Inconclusive: the relay test could not run (%1).").arg(reason)
            : tr("Inconclusive: no variant was accepted, but %n of %1 variant(s) could not be "
                 "tried (%2).",
                 nullptr, untried)
                  .arg(total)
                  .arg(reason);
        Finding f;
        f.id = QStringLiteral("relay.inconclusive");
        f.severity = Severity::Low;
        f.title = tr("The open-relay test is inconclusive");
        f.detail = result.verdictSentence;
        f.remediation = tr("Run the test again later, or from another address if this one is "
                           "being throttled or blocked.");
        f.evidence = result.throttleEvidence;
        findings.append(f);
    }
    if (!refusedAfterData.isEmpty())
        findings.append(refusedAfterDataFinding(refusedAfterData));
    addAuthFindings(result, plan, findings);
    if (result.throttled) {
        Finding f;
        f.id = QStringLiteral("relay.throttling");
        f.severity = Severity::Info;
        f.title = tr("The server slows down or drops clients that make errors");
        f.detail = tr("It answered slowly after refusals (a tarpit or deliberate delays) or "
                      "ended sessions after repeated errors. mxscope spread the variants over "
                      "%n session(s) instead of waiting out the delays.",
                      nullptr, result.connections);
        f.evidence = result.throttleEvidence;
        findings.append(f);
    }
    result.findings = findings;
}

} // namespace mxscope
