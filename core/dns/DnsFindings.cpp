// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/DnsFindings.h"

#include "dns/MailAuthRecords.h"

namespace mxscope {

namespace {

Finding make(const QString &id, Severity severity, const QString &title, const QString &detail,
             const QString &remediation, const QList<qsizetype> &evidence)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.title = title;
    f.detail = detail;
    f.remediation = remediation;
    for (qsizetype index : evidence) {
        if (index >= 0)
            f.evidence.append(index);
    }
    return f;
}

QString quoted(const QStringList &records)
{
    QStringList out;
    for (const QString &r : records)
        out.append(QLatin1Char('"') + r + QLatin1Char('"'));
    return out.join(QStringLiteral(", "));
}

} // namespace

QList<Finding> DnsFindings::evaluate(const DnsResult &r)
{
    QList<Finding> findings;
    addMxFindings(r, findings);
    addReverseFindings(r, findings);
    addSpfFindings(r, findings);
    addDmarcFindings(r, findings);
    addMtaStsFindings(r, findings);
    return findings;
}

void DnsFindings::addMxFindings(const DnsResult &r, QList<Finding> &findings)
{
    if (r.mx.status == DnsStatus::NxDomain) {
        findings.append(make(QStringLiteral("dns.domain-not-found"), Severity::High,
                             tr("The domain does not exist in DNS"),
                             tr("The name server answered NXDOMAIN for %1.").arg(r.domain),
                             tr("Check the domain's spelling and its delegation at the registrar."),
                             {r.mx.evidence}));
        return;
    }
    if (r.mx.status == DnsStatus::NoRecords) {
        findings.append(make(
            QStringLiteral("dns.no-mx"), Severity::Low, tr("The domain has no MX record"),
            tr("%1 has no MX record, so senders fall back to its A/AAAA address (RFC 5321 5.1), "
               "which is rarely the mail server.")
                .arg(r.domain),
            tr("Publish an MX record, e.g. \"%1. MX 10 mail.%1.\", or a null MX (\"MX 0 .\", "
               "RFC 7505) when the domain receives no mail.")
                .arg(r.domain),
            {r.mx.evidence}));
        return;
    }
    for (const DnsMx &m : r.mx.mx) {
        if (m.host.isEmpty()) {
            findings.append(make(
                QStringLiteral("dns.null-mx"), Severity::Info,
                tr("The domain declares that it receives no mail"),
                tr("%1 publishes a null MX (\"%2 .\", RFC 7505).").arg(r.domain).arg(m.preference),
                tr("Nothing to do if the domain really receives no mail."), {r.mx.evidence}));
        }
    }
    for (const QString &host : r.mxHosts()) {
        bool known = true;
        bool hasAddress = false;
        QList<qsizetype> evidence;
        for (const DnsAnswer &a : r.mxAddresses) {
            if (a.name.compare(host, Qt::CaseInsensitive) != 0)
                continue;
            known = known && isAnswer(a.status);
            hasAddress = hasAddress || !a.addresses.isEmpty();
            evidence.append(a.evidence);
        }
        if (known && !hasAddress) {
            findings.append(make(QStringLiteral("dns.mx-without-address"), Severity::Medium,
                                 tr("An MX host has no address"),
                                 tr("The MX host %1 of %2 has neither an A nor an AAAA record, so "
                                    "mail for it cannot be delivered there.")
                                     .arg(host, r.domain),
                                 tr("Give %1 an A (and AAAA) record, or remove it from the MX "
                                    "set. MX targets must be host names with addresses, not "
                                    "CNAMEs (RFC 2181 10.3).")
                                     .arg(host),
                                 evidence));
        }
    }
}

void DnsFindings::addReverseFindings(const DnsResult &r, QList<Finding> &findings)
{
    const QString fix = tr("Ask whoever runs the address block (often the hosting provider) for "
                           "a PTR record naming the server's host name, and give that name an "
                           "A/AAAA record with the same address. Postfix: myhostname; Exim: "
                           "primary_hostname; Exchange: the connector's FQDN should match.");
    for (const ReverseCheck &check : r.reverse) {
        const QString address = check.address.toString();
        const QString where = check.source == address
            ? address
            : address + QStringLiteral(" (") + check.source + QLatin1Char(')');
        if (check.ptr.status == DnsStatus::NxDomain || check.ptr.status == DnsStatus::NoRecords) {
            findings.append(make(QStringLiteral("dns.no-ptr"), Severity::Medium,
                                 tr("A server address has no reverse DNS"),
                                 tr("%1 has no PTR record. Many receivers refuse or distrust "
                                    "mail from addresses without reverse DNS.")
                                     .arg(where),
                                 fix, {check.ptr.evidence}));
            continue;
        }
        if (check.ptr.status != DnsStatus::Ok || check.forwardUnknown)
            continue;
        if (check.confirmedNames.isEmpty()) {
            findings.append(make(QStringLiteral("dns.fcrdns-mismatch"), Severity::Medium,
                                 tr("Reverse DNS does not resolve back to the address"),
                                 tr("%1 points to %2, but that name does not resolve to %1 "
                                    "(forward-confirmed reverse DNS fails).")
                                     .arg(address, check.ptr.names.join(QStringLiteral(", "))),
                                 fix, {check.ptr.evidence}));
        }
        if (!r.bannerHost.isEmpty() && check.source == r.host
            && !check.ptr.names.contains(r.bannerHost, Qt::CaseInsensitive)) {
            findings.append(
                make(QStringLiteral("dns.banner-ptr-mismatch"), Severity::Low,
                     tr("The greeting names another host than reverse DNS"),
                     tr("The server greets as \"%1\", but %2 has the PTR name %3. "
                        "Receivers compare the announced name with reverse DNS.")
                         .arg(r.bannerHost, address, check.ptr.names.join(QStringLiteral(", "))),
                     fix, {r.bannerEvidence, check.ptr.evidence}));
        }
    }
}

void DnsFindings::addSpfFindings(const DnsResult &r, QList<Finding> &findings)
{
    if (!isAnswer(r.spf.status))
        return;
    const SpfPolicy spf = SpfPolicy::fromTexts(r.spf.texts);
    const QString example
        = tr("Publish one TXT record at %1 such as \"v=spf1 mx -all\" listing every host that "
             "sends the domain's mail.")
              .arg(r.domain);
    if (spf.records.isEmpty()) {
        findings.append(make(QStringLiteral("dns.spf-missing"), Severity::Medium,
                             tr("No SPF record"),
                             tr("%1 publishes no TXT record starting with \"v=spf1\", so anyone "
                                "can send mail in its name without an SPF failure.")
                                 .arg(r.domain),
                             example, {r.spf.evidence}));
        return;
    }
    if (spf.records.size() > 1) {
        findings.append(make(QStringLiteral("dns.spf-multiple"), Severity::Medium,
                             tr("More than one SPF record"),
                             tr("%1 publishes %2 SPF records: %3. RFC 7208 (4.5) makes that a "
                                "permanent error, so receivers ignore SPF for the domain.")
                                 .arg(r.domain)
                                 .arg(spf.records.size())
                                 .arg(quoted(spf.records)),
                             tr("Merge them into a single \"v=spf1\" record."), {r.spf.evidence}));
        return;
    }
    const QString record = quoted(spf.records);
    if (spf.allQualifier == QLatin1Char('+')) {
        findings.append(make(QStringLiteral("dns.spf-pass-all"), Severity::High,
                             tr("SPF authorises every host on the Internet"),
                             tr("The SPF record %1 ends in \"+all\": any sender passes SPF for "
                                "%2.")
                                 .arg(record, r.domain),
                             example, {r.spf.evidence}));
    } else if (spf.allQualifier == QLatin1Char('?')) {
        findings.append(make(QStringLiteral("dns.spf-neutral-all"), Severity::Low,
                             tr("SPF is neutral about unlisted senders"),
                             tr("The SPF record %1 ends in \"?all\", so mail from any other host "
                                "is neither passed nor failed.")
                                 .arg(record),
                             example, {r.spf.evidence}));
    } else if (!spf.allQualifier && spf.redirect.isEmpty()) {
        findings.append(make(QStringLiteral("dns.spf-no-all"), Severity::Low,
                             tr("SPF has no \"all\" mechanism"),
                             tr("The SPF record %1 has neither \"all\" nor \"redirect=\"; "
                                "unlisted senders get a neutral result.")
                                 .arg(record),
                             example, {r.spf.evidence}));
    }
}

void DnsFindings::addDmarcFindings(const DnsResult &r, QList<Finding> &findings)
{
    if (!isAnswer(r.dmarc.status))
        return;
    const DmarcPolicy dmarc = DmarcPolicy::fromTexts(r.dmarc.texts);
    const QString example = tr("Publish a TXT record at _dmarc.%1 such as \"v=DMARC1; "
                               "p=quarantine; rua=mailto:dmarc@%1\", then move to p=reject.")
                                .arg(r.domain);
    if (dmarc.records.isEmpty()) {
        findings.append(make(QStringLiteral("dns.dmarc-missing"), Severity::Medium,
                             tr("No DMARC record"),
                             tr("_dmarc.%1 has no \"v=DMARC1\" record, so receivers have no "
                                "policy for mail that fails SPF and DKIM in the domain's name.")
                                 .arg(r.domain),
                             example, {r.dmarc.evidence}));
        return;
    }
    if (dmarc.records.size() > 1) {
        findings.append(make(QStringLiteral("dns.dmarc-multiple"), Severity::Medium,
                             tr("More than one DMARC record"),
                             tr("_dmarc.%1 has %2 DMARC records: %3. Receivers then apply no "
                                "DMARC policy (RFC 7489 6.6.3).")
                                 .arg(r.domain)
                                 .arg(dmarc.records.size())
                                 .arg(quoted(dmarc.records)),
                             tr("Keep a single \"v=DMARC1\" record."), {r.dmarc.evidence}));
        return;
    }
    if (dmarc.policy.isEmpty()) {
        findings.append(
            make(QStringLiteral("dns.dmarc-invalid"), Severity::Medium,
                 tr("The DMARC record has no policy"),
                 tr("The DMARC record %1 lacks the required p= tag.").arg(quoted(dmarc.records)),
                 example, {r.dmarc.evidence}));
    } else if (dmarc.policy == QLatin1String("none")) {
        findings.append(make(QStringLiteral("dns.dmarc-policy-none"), Severity::Low,
                             tr("DMARC only monitors (p=none)"),
                             tr("The DMARC record %1 asks receivers to deliver failing mail "
                                "anyway; it gives reports but no protection.")
                                 .arg(quoted(dmarc.records)),
                             example, {r.dmarc.evidence}));
    }
}

void DnsFindings::addMtaStsFindings(const DnsResult &r, QList<Finding> &findings)
{
    if (!isAnswer(r.mtaSts.status) || r.mx.status != DnsStatus::Ok)
        return;
    if (recordsWithVersion(r.mtaSts.texts, QStringLiteral("v=STSv1")).isEmpty()) {
        findings.append(make(
            QStringLiteral("dns.mta-sts-missing"), Severity::Low, tr("No MTA-STS policy"),
            tr("_mta-sts.%1 has no \"v=STSv1\" record, so sending servers cannot insist on "
               "TLS to this domain's MX hosts and a network attacker can strip STARTTLS.")
                .arg(r.domain),
            tr("Publish \"v=STSv1; id=<date>\" at _mta-sts.%1, the policy at "
               "https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461), and a TLS-RPT record at "
               "_smtp._tls.%1 for failure reports (RFC 8460).")
                .arg(r.domain),
            {r.mtaSts.evidence}));
    }
}

QString DnsFindings::summary(const DnsResult &r, const QList<Finding> &findings)
{
    const SpfPolicy spf = SpfPolicy::fromTexts(r.spf.texts);
    const DmarcPolicy dmarc = DmarcPolicy::fromTexts(r.dmarc.texts);
    QString spfText = tr("none");
    if (spf.records.size() > 1)
        spfText = tr("%n records (an error)", nullptr, int(spf.records.size()));
    else if (spf.allQualifier)
        spfText = QString(*spf.allQualifier) + QStringLiteral("all");
    else if (!spf.records.isEmpty())
        spfText = QStringLiteral("v=spf1");
    const QString dmarcText = dmarc.records.size() == 1 && !dmarc.policy.isEmpty()
        ? QStringLiteral("p=") + dmarc.policy
        : tr("none");
    return tr("%1: %n MX host(s), SPF %2, DMARC %3; %4 finding(s).", nullptr,
              int(r.mxHosts().size()))
        .arg(r.domain, spfText, dmarcText)
        .arg(findings.size());
}

} // namespace mxscope
