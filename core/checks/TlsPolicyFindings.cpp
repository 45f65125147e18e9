// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/TlsPolicyFindings.h"

#include "checks/Remediation.h"
#include "transcript/SafeText.h"

#include <QHostAddress>

namespace mxscope {

namespace {

using F = TlsPolicyFindings;

QList<qsizetype> cite(std::initializer_list<qsizetype> indexes)
{
    QList<qsizetype> evidence;
    for (qsizetype index : indexes) {
        if (index >= 0 && !evidence.contains(index))
            evidence.append(index);
    }
    return evidence;
}

// Certificate fields come from the server: keep them printable.
QString shown(const QString &text)
{
    return safeText(text.toUtf8());
}

QString requireTlsRemediation()
{
    return TlsPolicyFindings::tr(
        "Postfix: smtpd_tls_security_level = encrypt (for a public MX on port 25 only "
        "where every sending peer is known: RFC 3207 4 forbids requiring TLS of the "
        "whole Internet; on submission, -o smtpd_tls_security_level=encrypt in "
        "master.cf). Exim: in acl_smtp_mail, deny !encrypted = *. Exchange: "
        "Set-ReceiveConnector -RequireTLS $true.");
}

QString handshakeRemediation()
{
    return TlsPolicyFindings::tr(
        "Check the server's TLS log for the reason (certificate or key unreadable, no "
        "protocol or cipher in common). Postfix: smtpd_tls_cert_file, "
        "smtpd_tls_key_file, smtpd_tls_protocols = >=TLSv1.2. Exim: tls_certificate, "
        "tls_privatekey, tls_require_ciphers. Exchange: Get-ExchangeCertificate and "
        "the SMTP service binding. Stop offering STARTTLS while it cannot work: senders "
        "defer or fall back to clear text.");
}

QString injectionRemediation()
{
    return TlsPolicyFindings::tr(
        "After its 220 to STARTTLS a server must send nothing until the client's TLS "
        "handshake begins (RFC 3207 5). Look for a proxy, firewall SMTP inspection (for "
        "example an SMTP fixup) or filter in the path that answers on the server's "
        "behalf, and update the MTA.");
}

QString weakProtocolRemediation()
{
    return TlsPolicyFindings::tr(
        "Disable TLS 1.0 and 1.1 (RFC 8996). Postfix: smtpd_tls_protocols = >=TLSv1.2 "
        "and smtpd_tls_mandatory_protocols = >=TLSv1.2. Exim: openssl_options = "
        "+no_tlsv1 +no_tlsv1_1. Exchange: disable TLS 1.0/1.1 in SCHANNEL.");
}

void addStartTlsFindings(const TlsPolicyResult &r, QList<Finding> &findings)
{
    if (r.implicitTls || !r.helloDone)
        return;
    if (!r.startTlsOffered()) {
        findings.append(
            {QStringLiteral("tls.starttls-missing"), Severity::Medium,
             TlsPolicyFindings::tr("STARTTLS is not offered"),
             r.usedHelo
                 ? TlsPolicyFindings::tr("The server refused EHLO and took HELO, so it offers no "
                                         "extensions at all: mail to it travels unencrypted.")
                 : TlsPolicyFindings::tr("The EHLO reply lists no STARTTLS, so mail to this server "
                                         "travels unencrypted."),
             Remediation::enableStartTls(), cite({r.helloBeforeTlsEvidence})});
        return;
    }
    if (r.startTlsReply && !r.startTlsReply->isPositiveCompletion()) {
        findings.append(
            {QStringLiteral("tls.starttls-refused"), Severity::Medium,
             TlsPolicyFindings::tr("STARTTLS is offered but refused"),
             TlsPolicyFindings::tr("EHLO lists STARTTLS, yet the server answered \"%1\" to it.")
                 .arg(r.startTlsReply->summary()),
             handshakeRemediation(), cite({r.helloBeforeTlsEvidence, r.startTlsEvidence})});
    }
    if (r.injectionDetected) {
        findings.append(
            {QStringLiteral("tls.starttls-injection"), Severity::High,
             TlsPolicyFindings::tr("Data arrived right after the server agreed to STARTTLS"),
             TlsPolicyFindings::tr("More bytes followed the 220 reply to STARTTLS in clear text. A "
                                   "client that kept them would treat them as replies inside the "
                                   "encrypted session: an injection route for anyone in the path. "
                                   "The connection was dropped without the TLS handshake."),
             injectionRemediation(), cite({r.startTlsEvidence, r.errorEvidence})});
    }
}

void addClearTextPolicyFindings(const TlsPolicyResult &r, QList<Finding> &findings)
{
    QStringList clear;
    const QStringList mechanisms = r.capabilitiesBeforeTls.authMechanisms();
    for (const QString &m : {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}) {
        if (mechanisms.contains(m))
            clear.append(m);
    }
    if (!clear.isEmpty()) {
        findings.append({QStringLiteral("tls.auth-before-tls"), Severity::High,
                         TlsPolicyFindings::tr("Password authentication is offered without TLS"),
                         TlsPolicyFindings::tr(
                             "Before STARTTLS the EHLO reply offers \"AUTH %1\": a client may "
                             "send its user name and password readable to anyone on the path.")
                             .arg(mechanisms.join(QLatin1Char(' '))),
                         Remediation::authOnlyAfterTls(), cite({r.helloBeforeTlsEvidence})});
    }
    if (r.requireTls && r.plainMailReply && r.plainMailReply->isPositiveCompletion()) {
        findings.append({QStringLiteral("tls.mail-without-tls"), Severity::Medium,
                         TlsPolicyFindings::tr("Mail is accepted without TLS"),
                         TlsPolicyFindings::tr(
                             "Your policy requires TLS, yet \"MAIL FROM:%1\" on the unencrypted "
                             "connection was answered \"%2\". (The transaction was reset "
                             "before any recipient was named.)")
                             .arg(shown(r.plainMailSender), r.plainMailReply->summary()),
                         requireTlsRemediation(), cite({r.plainMailEvidence})});
    }
}

void addCertificateFindings(const TlsPolicyResult &r, const QDateTime &now,
                            QList<Finding> &findings)
{
    const TlsDetails &tls = *r.tls;
    const QList<qsizetype> evidence = cite({r.tlsEvidence});
    if (tls.cipherBits > 0 && tls.cipherBits < 128) {
        findings.append(
            {QStringLiteral("tls.weak-cipher"), Severity::Medium,
             TlsPolicyFindings::tr("A weak cipher was negotiated"),
             TlsPolicyFindings::tr("The session uses %1 with %n-bit keys.", nullptr, tls.cipherBits)
                 .arg(shown(tls.cipher)),
             weakProtocolRemediation(), evidence});
    }
    const qsizetype certificateStart = findings.size();
    if (tls.notAfter.isValid() && tls.notAfter < now) {
        findings.append({QStringLiteral("tls.certificate-expired"), Severity::High,
                         TlsPolicyFindings::tr("The TLS certificate has expired"),
                         TlsPolicyFindings::tr("It was valid until %1.")
                             .arg(tls.notAfter.toUTC().toString(Qt::ISODate)),
                         Remediation::trustedCertificate(), evidence});
    }
    if (tls.notBefore.isValid() && tls.notBefore > now) {
        findings.append(
            {QStringLiteral("tls.certificate-not-yet-valid"), Severity::Medium,
             TlsPolicyFindings::tr("The TLS certificate is not valid yet"),
             TlsPolicyFindings::tr("It becomes valid on %1; check the server's clock too.")
                 .arg(tls.notBefore.toUTC().toString(Qt::ISODate)),
             Remediation::trustedCertificate(), evidence});
    }
    if (tls.selfSigned) {
        findings.append(
            {QStringLiteral("tls.certificate-self-signed"), Severity::Medium,
             TlsPolicyFindings::tr("The TLS certificate is self-signed"),
             TlsPolicyFindings::tr("Subject \"%1\" signed its own certificate: senders that verify "
                                   "certificates (MTA-STS, or DANE without a DANE-EE TLSA record "
                                   "for it) refuse it or fall back.")
                 .arg(shown(tls.subject)),
             Remediation::trustedCertificate(), evidence});
    }
    if (!r.host.isEmpty() && !F::certificateNamesCover(tls, r.host)) {
        const QString names = tls.subjectAltNames.isEmpty()
            ? shown(tls.subject)
            : shown(tls.subjectAltNames.join(QStringLiteral(", ")));
        findings.append(
            {QStringLiteral("tls.certificate-name-mismatch"), Severity::Medium,
             TlsPolicyFindings::tr("The TLS certificate does not name the server"),
             TlsPolicyFindings::tr("Connected to \"%1\", but the certificate is for: %2.")
                 .arg(shown(r.host), names.isEmpty() ? TlsPolicyFindings::tr("(no names)") : names),
             Remediation::trustedCertificate(), evidence});
    }
    if (findings.size() == certificateStart && !tls.verificationErrors.isEmpty()) {
        findings.append({QStringLiteral("tls.certificate-untrusted"), Severity::Low,
                         TlsPolicyFindings::tr("The TLS certificate does not verify"),
                         shown(tls.verificationErrors.join(QStringLiteral("; "))),
                         Remediation::trustedCertificate(), evidence});
    }
}

} // namespace

QList<Finding> TlsPolicyFindings::evaluate(const TlsPolicyResult &r, const QDateTime &now)
{
    QList<Finding> findings;
    addStartTlsFindings(r, findings);
    if (r.handshakeFailed) {
        QString detail = r.errorMessage.isEmpty() ? tr("The server never completed the handshake.")
                                                  : r.errorMessage;
        if (r.legacyProbe == TlsPolicyResult::LegacyProbe::Negotiated)
            detail += QLatin1Char(' ')
                + tr("Offered only TLS 1.0 and 1.1, the server agreed to %1: it speaks none of "
                     "the versions current clients use.")
                      .arg(shown(r.legacyProtocol));
        findings.append({QStringLiteral("tls.handshake-failed"), Severity::High,
                         tr("The TLS handshake fails"), detail, handshakeRemediation(),
                         cite({r.startTlsEvidence, r.errorEvidence})});
    }
    if (!r.implicitTls && r.helloDone)
        addClearTextPolicyFindings(r, findings);
    if (r.tls && r.tls->encrypted)
        addCertificateFindings(r, now, findings);
    if (r.legacyProbe == TlsPolicyResult::LegacyProbe::Negotiated) {
        findings.append({QStringLiteral("tls.weak-protocol"), Severity::Medium,
                         tr("The server still agrees to a retired TLS version"),
                         tr("A second connection offering only TLS 1.0 and 1.1 was accepted "
                            "with %1. RFC 8996 retires both; a client or a man in the middle "
                            "can hold the session to it.")
                             .arg(shown(r.legacyProtocol)),
                         weakProtocolRemediation(), cite({r.legacyEvidence})});
    }
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return findings;
}

bool TlsPolicyFindings::certificateNamesCover(const TlsDetails &tls, const QString &host)
{
    const QHostAddress hostAddress(host);
    QStringList names = tls.subjectAltNames;
    if (names.isEmpty())
        names = tls.subject.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    QString wanted = host.toLower();
    if (wanted.endsWith(QLatin1Char('.')))
        wanted.chop(1); // an absolute name, "mx.example.org."
    for (const QString &entry : std::as_const(names)) {
        const QString name = entry.trimmed().toLower();
        if (!hostAddress.isNull()) {
            if (QHostAddress(name) == hostAddress)
                return true;
            continue;
        }
        if (name == wanted)
            return true;
        if (name.startsWith(QLatin1String("*."))) {
            const qsizetype dot = wanted.indexOf(QLatin1Char('.'));
            if (dot > 0 && wanted.mid(dot) == name.mid(1))
                return true;
        }
    }
    return false;
}

bool TlsPolicyFindings::isDeprecatedProtocol(const QString &protocol)
{
    const QString p = protocol.trimmed().toUpper();
    return p.startsWith(QLatin1String("SSL")) || p == QLatin1String("TLSV1")
        || p == QLatin1String("TLSV1.0") || p == QLatin1String("TLSV1.1");
}

} // namespace mxscope
