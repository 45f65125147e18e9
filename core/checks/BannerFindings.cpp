// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/BannerFindings.h"

#include "checks/DisclosureAnalyzer.h"
#include "checks/Remediation.h"

namespace mxscope {

namespace {

struct Source {
    QString text;
    qsizetype evidence;
};

QList<Source> disclosingTexts(const BannerResult &r)
{
    QList<Source> sources;
    if (r.greeting)
        sources.append({r.greeting->text(), r.greetingEvidence});
    if (r.helloReply && !r.helloReply->lines.isEmpty())
        sources.append({r.helloReply->firstLine(), r.helloEvidence});
    if (r.helpReply && r.helpReply->isPositiveCompletion())
        sources.append({r.helpReply->text(), r.helpEvidence});
    return sources;
}

QList<qsizetype> evidenceOf(const QList<Source> &sources)
{
    QList<qsizetype> evidence;
    for (const Source &s : sources) {
        if (s.evidence >= 0 && !evidence.contains(s.evidence))
            evidence.append(s.evidence);
    }
    return evidence;
}

void addSoftwareFindings(const QList<Source> &sources, QList<Finding> &findings)
{
    QStringList products, versions, systems;
    QList<Source> revealing;
    for (const Source &source : sources) {
        const auto mentions = DisclosureAnalyzer::findSoftware(source.text);
        const auto os = DisclosureAnalyzer::findOperatingSystems(source.text);
        for (const SoftwareMention &m : mentions) {
            const QString name
                = m.version.isEmpty() ? m.product : m.product + QLatin1Char(' ') + m.version;
            if (!products.contains(name))
                products.append(name);
            if (!m.version.isEmpty())
                versions.append(name);
        }
        for (const QString &name : os) {
            if (!systems.contains(name))
                systems.append(name);
        }
        if (!mentions.isEmpty() || !os.isEmpty())
            revealing.append(source);
    }
    if (products.isEmpty() && systems.isEmpty())
        return;
    Finding f;
    f.evidence = evidenceOf(revealing);
    f.remediation = Remediation::hideSoftwareBanner();
    if (!versions.isEmpty()) {
        f.id = QStringLiteral("disclosure.software-version");
        f.severity = Severity::Medium;
        f.title = BannerFindings::tr("The server discloses its software version");
        f.detail = BannerFindings::tr("Seen: %1. A version lets an attacker look up exactly which "
                                      "vulnerabilities apply.")
                       .arg(versions.join(QStringLiteral(", ")));
    } else if (!products.isEmpty()) {
        f.id = QStringLiteral("disclosure.software");
        f.severity = Severity::Low;
        f.title = BannerFindings::tr("The server names its mail software");
        f.detail = BannerFindings::tr("Seen: %1.").arg(products.join(QStringLiteral(", ")));
    }
    if (!systems.isEmpty()) {
        if (f.id.isEmpty()) {
            f.id = QStringLiteral("disclosure.operating-system");
            f.severity = Severity::Low;
            f.title = BannerFindings::tr("The server names its operating system");
            f.detail.clear();
        } else {
            f.detail += QLatin1Char(' ');
        }
        f.detail += BannerFindings::tr("Operating system named: %1.")
                        .arg(systems.join(QStringLiteral(", ")));
    }
    findings.append(f);
}

void addInternalHostFindings(const BannerResult &r, QList<Finding> &findings)
{
    QStringList names;
    QList<qsizetype> evidence;
    auto consider = [&](const std::optional<SmtpReply> &reply, qsizetype index) {
        if (!reply || reply->lines.isEmpty())
            return;
        const QString host = reply->firstLine().section(QLatin1Char(' '), 0, 0);
        if (const auto reason = DisclosureAnalyzer::internalHostReason(host)) {
            names.append(BannerFindings::tr("%1 (%2)").arg(host, *reason));
            evidence.append(index);
        }
    };
    consider(r.greeting, r.greetingEvidence);
    consider(r.helloReply, r.helloEvidence);
    names.removeDuplicates();
    if (!names.isEmpty()) {
        findings.append({QStringLiteral("disclosure.internal-host"), Severity::Low,
                         BannerFindings::tr("The server announces an internal host name"),
                         BannerFindings::tr("Announced: %1. Internal names map the private network "
                                            "behind the mail server.")
                             .arg(names.join(QStringLiteral(", "))),
                         Remediation::publicHostName(), evidence});
    }
    QStringList addresses;
    QList<qsizetype> addressEvidence;
    for (const auto &[reply, index] :
         {std::pair {r.greeting, r.greetingEvidence}, std::pair {r.helpReply, r.helpEvidence}}) {
        if (!reply)
            continue;
        const QStringList found = DisclosureAnalyzer::findPrivateAddresses(reply->text());
        if (!found.isEmpty()) {
            addresses += found;
            addressEvidence.append(index);
        }
    }
    addresses.removeDuplicates();
    if (!addresses.isEmpty()) {
        findings.append(
            {QStringLiteral("disclosure.private-address"), Severity::Medium,
             BannerFindings::tr("The server discloses private network addresses"),
             BannerFindings::tr("Addresses seen: %1.").arg(addresses.join(QStringLiteral(", "))),
             Remediation::publicHostName(), addressEvidence});
    }
}

void addTlsFindings(const BannerResult &r, QList<Finding> &findings)
{
    const bool encrypted = r.tls && r.tls->encrypted;
    if (!encrypted && r.helloReply && !r.usedHelo && r.helloReply->isPositiveCompletion()
        && !r.capabilities.has(QStringLiteral("STARTTLS"))) {
        findings.append(
            {QStringLiteral("tls.starttls-missing"),
             Severity::Medium,
             BannerFindings::tr("STARTTLS is not offered"),
             BannerFindings::tr("The EHLO reply has no STARTTLS, so mail to this server "
                                "travels unencrypted."),
             Remediation::enableStartTls(),
             {r.helloEvidence}});
    }
    const QStringList mechanisms = r.capabilities.authMechanisms();
    QStringList clear;
    for (const QString &m : {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}) {
        if (mechanisms.contains(m))
            clear.append(m);
    }
    if (!encrypted && !clear.isEmpty()) {
        findings.append(
            {QStringLiteral("tls.auth-before-tls"),
             Severity::Medium,
             BannerFindings::tr("Password authentication is offered without TLS"),
             BannerFindings::tr("AUTH %1 is offered on an unencrypted connection; passwords "
                                "would cross the network readable.")
                 .arg(clear.join(QLatin1Char(' '))),
             Remediation::authOnlyAfterTls(),
             {r.helloEvidence}});
    }
    if (encrypted && !r.tls->verificationErrors.isEmpty()) {
        findings.append({QStringLiteral("tls.certificate-untrusted"),
                         Severity::Low,
                         BannerFindings::tr("The TLS certificate does not verify"),
                         r.tls->verificationErrors.join(QStringLiteral("; ")),
                         Remediation::trustedCertificate(),
                         {}});
    }
}

} // namespace

QList<Finding> BannerFindings::evaluate(const BannerResult &r)
{
    QList<Finding> findings;
    if (r.greeting && !r.greeting->isPositiveCompletion()) {
        findings.append({QStringLiteral("banner.greeting-refused"),
                         Severity::Info,
                         tr("The server refused the session in its greeting"),
                         r.greeting->summary(),
                         {},
                         {r.greetingEvidence}});
    }
    addSoftwareFindings(disclosingTexts(r), findings);
    addInternalHostFindings(r, findings);
    if (r.helpReply && r.helpReply->isPositiveCompletion()) {
        findings.append({QStringLiteral("banner.help-enabled"),
                         Severity::Info,
                         tr("HELP is answered"),
                         tr("HELP returned %n line(s).", nullptr, int(r.helpReply->lines.size())),
                         {},
                         {r.helpEvidence}});
    }
    if (r.usedHelo) {
        findings.append(
            {QStringLiteral("banner.no-esmtp"),
             Severity::Info,
             tr("The server does not support EHLO"),
             tr("EHLO was refused and HELO accepted: no extensions (no STARTTLS, no SIZE)."),
             {},
             {r.helloEvidence}});
    }
    if (r.greetingDelayMs >= 5000) {
        findings.append({QStringLiteral("banner.greeting-delay"),
                         Severity::Info,
                         tr("The greeting is delayed"),
                         tr("The greeting came after %1 s (a greet-delay or pregreet test, or an "
                            "overloaded server).")
                             .arg(double(r.greetingDelayMs) / 1000.0, 0, 'f', 1),
                         {},
                         {r.greetingEvidence}});
    }
    addTlsFindings(r, findings);
    // Worst first, as a reader wants them; equal severities keep the order they were found in.
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return findings;
}

} // namespace mxscope
