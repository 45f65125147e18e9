// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/FilterFindings.h"

namespace mxscope {

QString toString(FilterVerdict verdict)
{
    switch (verdict) {
    case FilterVerdict::NotTested:
        return QStringLiteral("not_tested");
    case FilterVerdict::Rejected:
        return QStringLiteral("rejected");
    case FilterVerdict::Deferred:
        return QStringLiteral("deferred");
    case FilterVerdict::Accepted:
        return QStringLiteral("accepted");
    case FilterVerdict::Dropped:
        return QStringLiteral("dropped");
    }
    return {};
}

namespace {

using Kind = FilterTestPayloads::Kind;

QList<FilterPayloadResult> matching(const QList<FilterPayloadResult> &results,
                                    FilterVerdict verdict, std::optional<bool> malware = {})
{
    QList<FilterPayloadResult> out;
    for (const FilterPayloadResult &r : results) {
        if (r.verdict == verdict && (!malware || FilterTestPayloads::isMalware(r.kind) == *malware))
            out.append(r);
    }
    return out;
}

// "- EICAR in the body: 250 2.0.0 Ok: queued as 4Xb (token mxscope-...)"
QString listOf(const QList<FilterPayloadResult> &results)
{
    QStringList lines;
    for (const FilterPayloadResult &r : results) {
        const QString answer = r.reply.code ? r.reply.summary() : r.message;
        lines.append(FilterFindings::tr("- %1: %2 (token %3)")
                         .arg(FilterFindings::describe(r.kind), answer, r.token));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<qsizetype> evidenceOf(const QList<FilterPayloadResult> &results)
{
    QList<qsizetype> evidence;
    for (const FilterPayloadResult &r : results)
        evidence += r.evidence;
    return evidence;
}

QString afterQueueNote()
{
    return FilterFindings::tr(
        "Nothing acted while the message was received. A filter that runs after queueing "
        "(a post-queue content filter, a quarantine) may still catch it: look for the token "
        "in the recipient's mailbox and in the quarantine. Refusing at the end of DATA is "
        "better: the sender learns at once and no bounce is needed.");
}

} // namespace

QString FilterFindings::describe(Kind kind)
{
    switch (kind) {
    case Kind::EicarBody:
        return tr("EICAR test file in the body");
    case Kind::EicarAttachment:
        return tr("EICAR test file as an attachment");
    case Kind::GtubeBody:
        return tr("GTUBE spam test string");
    }
    return {};
}

QString FilterFindings::malwareRemediation()
{
    return tr(
        "Scan messages before accepting them and refuse malware with a 5xx reply. "
        "Postfix: a milter (smtpd_milters = unix:/run/clamav/clamav-milter.ctl with "
        "OnInfected Reject, or rspamd's milter) or amavis as a before-queue filter "
        "(smtpd_proxy_filter). Exim: av_scanner = clamd:/run/clamav/clamd.ctl and in "
        "acl_check_data: deny malware = * message = malware detected ($malware_name). "
        "Exchange: enable the anti-malware policy (Set-MalwareFilteringServer -BypassFiltering "
        "$false; Exchange Online: the anti-malware policy with the common attachments "
        "filter). Scanners must decode MIME attachments, not only the body.");
}

QString FilterFindings::spamRemediation()
{
    return tr("Score messages before accepting them and refuse clear spam with a 5xx reply. "
              "Postfix: rspamd or spamass-milter via smtpd_milters. Exim: spamd_address and in "
              "acl_check_data: deny spam = nobody:true condition = ${if "
              ">{$spam_score_int}{100}}. Exchange: the content filter agent "
              "(Set-ContentFilterConfig -SCLRejectEnabled $true -SCLRejectThreshold 7).");
}

QList<Finding> FilterFindings::evaluate(const QList<FilterPayloadResult> &results)
{
    QList<Finding> findings;
    const auto malware = matching(results, FilterVerdict::Accepted, true);
    if (!malware.isEmpty()) {
        findings.append({QStringLiteral("filter.malware-accepted"), Severity::High,
                         tr("The server accepted the EICAR anti-virus test file"),
                         tr("%n message(s) carrying the EICAR test file got a success reply at the "
                            "end of DATA:",
                            nullptr, int(malware.size()))
                             + QLatin1Char('\n') + listOf(malware) + QLatin1Char('\n')
                             + afterQueueNote(),
                         malwareRemediation(), evidenceOf(malware)});
    }
    const auto spam = matching(results, FilterVerdict::Accepted, false);
    if (!spam.isEmpty()) {
        findings.append({QStringLiteral("filter.spam-accepted"), Severity::Medium,
                         tr("The server accepted the GTUBE spam test message"),
                         tr("Spam filters score GTUBE as certain spam, yet the server answered:")
                             + QLatin1Char('\n') + listOf(spam) + QLatin1Char('\n')
                             + afterQueueNote(),
                         spamRemediation(), evidenceOf(spam)});
    }
    const auto dropped = matching(results, FilterVerdict::Dropped);
    if (!dropped.isEmpty()) {
        findings.append(
            {QStringLiteral("filter.dropped-after-data"), Severity::Low,
             tr("The server dropped the connection after a test message"),
             tr("RFC 5321 requires a reply after the final \".\". Without one a sending "
                "server cannot tell whether the message was taken and retries it later:")
                 + QLatin1Char('\n') + listOf(dropped),
             tr("Check the content filter's logs for crashes or time-outs (amavis, "
                "clamd, the milter) and let the MTA refuse (5xx) or defer (4xx) "
                "instead of hanging up; Postfix: milter_default_action = tempfail."),
             evidenceOf(dropped)});
    }
    const auto deferred = matching(results, FilterVerdict::Deferred);
    if (!deferred.isEmpty()) {
        findings.append(
            {QStringLiteral("filter.deferred"), Severity::Info,
             tr("The server deferred a test message"),
             tr("A 4xx reply at the end of DATA asks the sender to try again later. "
                "Greylisting does this once; a scanner that is down does it every time:")
                 + QLatin1Char('\n') + listOf(deferred),
             tr("If every message is deferred, check that the scanner (clamd, amavis, "
                "rspamd) is running and reachable by the MTA."),
             evidenceOf(deferred)});
    }
    return findings;
}

QString FilterFindings::verdictText(const FilterPayloadResult &r)
{
    switch (r.verdict) {
    case FilterVerdict::NotTested:
        return tr("not tested");
    case FilterVerdict::Rejected:
        return tr("refused (%1)").arg(r.reply.code);
    case FilterVerdict::Deferred:
        return tr("deferred (%1)").arg(r.reply.code);
    case FilterVerdict::Accepted:
        return tr("accepted");
    case FilterVerdict::Dropped:
        return tr("connection dropped");
    }
    return {};
}

QString FilterFindings::summary(const QList<FilterPayloadResult> &results)
{
    QStringList parts;
    for (const FilterPayloadResult &r : results)
        parts.append(tr("%1: %2").arg(describe(r.kind), verdictText(r)));
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace mxscope
