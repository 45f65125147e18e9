// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationFindings.h"

#include "enumeration/ReplyClassifier.h"

namespace mxscope {

namespace {

constexpr int maxNamesInDetail = 20;
constexpr int maxProbeEvidence = 5;

QList<qsizetype> baselineEvidence(const MethodBaseline &b)
{
    QList<qsizetype> evidence;
    for (const BaselineSample &s : b.samples) {
        if (s.evidence >= 0)
            evidence.append(s.evidence);
    }
    if (b.control && b.control->evidence >= 0)
        evidence.append(b.control->evidence);
    return evidence;
}

// Baseline lines, then the first few "exists" replies of the method.
QList<qsizetype> methodEvidence(const EnumerationResult &r, const MethodBaseline &b)
{
    QList<qsizetype> evidence = baselineEvidence(b);
    int added = 0;
    for (const ProbeResult &p : r.probes) {
        if (p.method == b.method && p.verdict == ProbeVerdict::Exists && p.evidence >= 0
            && added++ < maxProbeEvidence)
            evidence.append(p.evidence);
    }
    return evidence;
}

QStringList foundWith(const EnumerationResult &r, EnumerationMethod method)
{
    if (!r.baseline.discriminates || r.baseline.method != method)
        return {};
    return r.found();
}

QString namesSentence(const QStringList &names)
{
    if (names.isEmpty())
        return {};
    QStringList shown = names.mid(0, maxNamesInDetail);
    if (names.size() > maxNamesInDetail)
        shown.append(
            EnumerationFindings::tr("and %n more", nullptr, int(names.size() - maxNamesInDetail)));
    return QLatin1Char(' ')
        + EnumerationFindings::tr("Users found: %1.").arg(shown.join(QStringLiteral(", ")));
}

void addMethodFinding(const EnumerationResult &r, EnumerationMethod method, const QString &id,
                      Severity severity, const QString &title, const QString &remediation,
                      QList<Finding> &findings)
{
    const MethodBaseline *b = r.baseline.find(method);
    if (!b || !b->discriminates)
        return;
    const QStringList found = foundWith(r, method);
    Finding f;
    f.id = id;
    // Proven when postmaster answered positively or a listed user was found.
    f.severity = b->confirmed || !found.isEmpty() ? severity : Severity::Medium;
    f.title = title;
    f.detail = b->reason + namesSentence(found);
    f.remediation = remediation;
    f.evidence = methodEvidence(r, *b);
    if (method == EnumerationMethod::Expn) {
        QStringList members;
        for (const ProbeResult &p : r.probes) {
            if (!p.members.isEmpty())
                members.append(p.name + QStringLiteral(": ")
                               + p.members.join(QStringLiteral(", ")));
        }
        if (b->control) {
            const QStringList expanded = ReplyClassifier::expnMembers(b->control->reply);
            if (!expanded.isEmpty())
                members.prepend(QStringLiteral("postmaster: ")
                                + expanded.join(QStringLiteral(", ")));
        }
        if (!members.isEmpty())
            f.detail += QLatin1Char(' ')
                + EnumerationFindings::tr("Members disclosed: %1.")
                      .arg(members.mid(0, maxNamesInDetail).join(QStringLiteral("; ")));
    }
    findings.append(f);
}

} // namespace

QString EnumerationFindings::disableVrfy()
{
    return tr("Postfix: disable_vrfy_command = yes. Sendmail: define(`confPRIVACY_FLAGS', "
              "`goaway') or at least novrfy. Exim: leave acl_smtp_vrfy unset (VRFY is refused "
              "by default). Exchange answers 252 to VRFY by default; keep it that way.");
}

QString EnumerationFindings::disableExpn()
{
    return tr("Sendmail: define(`confPRIVACY_FLAGS', `goaway') or at least noexpn. Exim: "
              "leave acl_smtp_expn unset (EXPN is refused by default). Postfix and Exchange do "
              "not implement EXPN.");
}

QString EnumerationFindings::limitHarvesting()
{
    return tr("RCPT must refuse unknown users, so limit how fast a client may guess. Postfix: "
              "smtpd_soft_error_limit, smtpd_hard_error_limit (e.g. 10), smtpd_error_sleep_time, "
              "smtpd_client_recipient_rate_limit, postscreen, and fail2ban on \"User unknown\". "
              "Exim: a ratelimit ACL on failed recipients. Sendmail: confBAD_RCPT_THROTTLE. "
              "Exchange: the receive connector's TarpitInterval and recipient validation.");
}

QString EnumerationFindings::rejectUnknownRecipients()
{
    return tr("Refuse unknown recipients during the SMTP dialogue instead of bouncing later. "
              "Postfix: never leave local_recipient_maps empty; smtpd_reject_unlisted_recipient "
              "= yes; relay_recipient_maps for relayed domains. Exim: verify = recipient in "
              "acl_smtp_rcpt. Sendmail: no catch-all in virtusertable. Exchange: enable "
              "recipient filtering for recipients not in the directory.");
}

QList<Finding> EnumerationFindings::evaluate(const EnumerationResult &r)
{
    QList<Finding> findings;
    addMethodFinding(r, EnumerationMethod::Vrfy, QStringLiteral("enum.vrfy-enabled"),
                     Severity::High, tr("VRFY tells real users from made-up ones"), disableVrfy(),
                     findings);
    addMethodFinding(r, EnumerationMethod::Expn, QStringLiteral("enum.expn-enabled"),
                     Severity::High, tr("EXPN tells real users apart and lists members"),
                     disableExpn(), findings);
    addMethodFinding(r, EnumerationMethod::Rcpt, QStringLiteral("enum.rcpt-possible"),
                     Severity::Medium, tr("RCPT TO tells real users from made-up ones"),
                     limitHarvesting(), findings);

    if (const MethodBaseline *rcpt = r.baseline.find(EnumerationMethod::Rcpt);
        rcpt && rcpt->verdict == BaselineVerdict::CatchAll) {
        findings.append({QStringLiteral("harvest.backscatter"), Severity::High,
                         tr("Unknown recipients are accepted (backscatter)"),
                         rcpt->reason + QLatin1Char(' ')
                             + tr("Mail to them will bounce later, to whatever sender a spammer "
                                  "forged: the server becomes a source of backscatter."),
                         rejectUnknownRecipients(), baselineEvidence(*rcpt)});
    }

    const HarvestResult &h = r.harvest;
    const QList<qsizetype> harvestEvidence
        = h.evidence >= 0 ? QList<qsizetype> {h.evidence} : QList<qsizetype> {};
    if (h.defence == HarvestDefence::None) {
        findings.append({QStringLiteral("harvest.no-throttling"), Severity::Medium,
                         tr("Failed guesses are not throttled"),
                         h.summary + QLatin1Char(' ')
                             + tr("A harvester can guess about %1 names per minute.")
                                   .arg(qRound64(h.guessesPerMinute)),
                         limitHarvesting(), harvestEvidence});
    } else if (h.defence != HarvestDefence::NotMeasured || h.throttleEvents > 0) {
        QString detail = h.summary;
        if (h.throttleEvents > 0)
            detail += QLatin1Char(' ')
                + tr("During the enumeration the server throttled %n time(s); mxscope spread "
                     "the probes over more sessions.",
                     nullptr, h.throttleEvents);
        if (h.guessesPerMinute > 0)
            detail += QLatin1Char(' ')
                + tr("Achieved: about %1 guesses per minute.").arg(qRound64(h.guessesPerMinute));
        findings.append({QStringLiteral("harvest.throttling"),
                         Severity::Info,
                         tr("The server slows down or stops harvesters"),
                         detail.trimmed(),
                         {},
                         harvestEvidence});
    }
    return findings;
}

} // namespace mxscope
