// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/TlsPolicyReport.h"

#include "report/JsonConversions.h"
#include "transcript/SafeText.h"

#include <QJsonArray>

namespace mxscope {

namespace {

QString shown(const QString &text)
{
    return safeText(text.toUtf8());
}

QString yesNo(bool value)
{
    return value ? TlsPolicyReport::tr("yes") : TlsPolicyReport::tr("no");
}

QString date(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : TlsPolicyReport::tr("(not given)");
}

QString mechanisms(const Capabilities &capabilities)
{
    const QStringList list = capabilities.authMechanisms();
    return list.isEmpty() ? TlsPolicyReport::tr("none") : list.join(QLatin1Char(' '));
}

QString legacyText(const TlsPolicyResult &r)
{
    using Probe = TlsPolicyResult::LegacyProbe;
    switch (r.legacyProbe) {
    case Probe::NotRun:
        return TlsPolicyReport::tr("not tried");
    case Probe::Refused:
        return TlsPolicyReport::tr("refused (TLS 1.2 or later required)");
    case Probe::Negotiated:
        return TlsPolicyReport::tr("accepted: %1").arg(shown(r.legacyProtocol));
    case Probe::Inconclusive:
        return TlsPolicyReport::tr("inconclusive: %1").arg(r.legacyMessage);
    }
    return {};
}

QString legacyKey(TlsPolicyResult::LegacyProbe probe)
{
    using Probe = TlsPolicyResult::LegacyProbe;
    switch (probe) {
    case Probe::NotRun:
        return QStringLiteral("not_run");
    case Probe::Refused:
        return QStringLiteral("refused");
    case Probe::Negotiated:
        return QStringLiteral("negotiated");
    case Probe::Inconclusive:
        return QStringLiteral("inconclusive");
    }
    return {};
}

class TableBuilder
{
public:
    explicit TableBuilder(ResultTable &table)
        : m_table(table)
    { }
    void add(const QString &property, const QString &value, qsizetype evidence = -1)
    {
        m_table.rows.append({property, value});
        m_table.evidence.append(evidence);
    }

private:
    ResultTable &m_table;
};

} // namespace

ResultTable TlsPolicyReport::table(const TlsPolicyResult &r)
{
    ResultTable table;
    table.id = QStringLiteral("tls");
    table.title = tr("TLS properties");
    table.columns = {tr("Property"), tr("Value")};
    TableBuilder row(table);
    row.add(tr("Mode"),
            r.implicitTls ? tr("Implicit TLS on port %1").arg(r.port)
                          : tr("STARTTLS on port %1").arg(r.port));
    if (!r.implicitTls) {
        row.add(tr("STARTTLS offered"), yesNo(r.startTlsOffered()), r.helloBeforeTlsEvidence);
        if (r.startTlsReply)
            row.add(tr("Reply to STARTTLS"), r.startTlsReply->summary(), r.startTlsEvidence);
        row.add(tr("AUTH before TLS"), mechanisms(r.capabilitiesBeforeTls),
                r.helloBeforeTlsEvidence);
        if (r.plainMailReply)
            row.add(tr("MAIL FROM:%1 before TLS").arg(shown(r.plainMailSender)),
                    r.plainMailReply->summary(), r.plainMailEvidence);
    }
    if (r.injectionDetected)
        row.add(tr("Bytes after the 220 to STARTTLS"), tr("yes: connection dropped"),
                r.errorEvidence);
    if (r.handshakeFailed)
        row.add(tr("TLS handshake"), tr("failed: %1").arg(r.errorMessage), r.errorEvidence);
    if (!r.tls)
        return table;
    const TlsDetails &tls = *r.tls;
    const qsizetype at = r.tlsEvidence;
    row.add(tr("Protocol"), shown(tls.protocol), at);
    row.add(tr("Cipher"), tr("%1 (%2 bits)").arg(shown(tls.cipher)).arg(tls.cipherBits), at);
    row.add(tr("Certificate subject"), shown(tls.subject), at);
    row.add(tr("Subject alternative names"),
            tls.subjectAltNames.isEmpty() ? tr("none")
                                          : shown(tls.subjectAltNames.join(QStringLiteral(", "))),
            at);
    row.add(tr("Issuer"), shown(tls.issuer), at);
    row.add(tr("Valid from"), date(tls.notBefore), at);
    row.add(tr("Valid until"), date(tls.notAfter), at);
    row.add(tr("Self-signed"), yesNo(tls.selfSigned), at);
    row.add(tr("SHA-256 fingerprint"), tls.sha256Fingerprint, at);
    row.add(tr("Verification"),
            tls.verificationErrors.isEmpty()
                ? tr("verified")
                : shown(tls.verificationErrors.join(QStringLiteral("; "))),
            at);
    row.add(tr("AUTH after TLS"), mechanisms(r.capabilitiesAfterTls), r.helloAfterTlsEvidence);
    row.add(tr("TLS 1.0 or 1.1 only"), legacyText(r), r.legacyEvidence);
    return table;
}

QJsonObject TlsPolicyReport::details(const TlsPolicyResult &r)
{
    QJsonObject json {
        {QStringLiteral("mode"),
         r.implicitTls ? QStringLiteral("implicit") : QStringLiteral("starttls")},
        {QStringLiteral("starttls_offered"), r.startTlsOffered()},
        {QStringLiteral("capabilities_before_tls"),
         QJsonArray::fromStringList(r.capabilitiesBeforeTls.lines())},
        {QStringLiteral("capabilities_after_tls"),
         QJsonArray::fromStringList(r.capabilitiesAfterTls.lines())},
        {QStringLiteral("auth_before_tls"),
         QJsonArray::fromStringList(r.capabilitiesBeforeTls.authMechanisms())},
        {QStringLiteral("injection_detected"), r.injectionDetected},
        {QStringLiteral("handshake_failed"), r.handshakeFailed},
        {QStringLiteral("tls"), r.tls ? JsonConversions::toJson(*r.tls) : QJsonValue()},
    };
    QJsonObject legacy {{QStringLiteral("result"), legacyKey(r.legacyProbe)}};
    if (!r.legacyProtocol.isEmpty())
        legacy.insert(QStringLiteral("protocol"), shown(r.legacyProtocol));
    if (!r.legacyMessage.isEmpty())
        legacy.insert(QStringLiteral("message"), r.legacyMessage);
    json.insert(QStringLiteral("legacy_tls"), legacy);
    if (r.startTlsReply)
        json.insert(QStringLiteral("starttls_reply"), JsonConversions::toJson(*r.startTlsReply));
    if (r.plainMailReply) {
        json.insert(
            QStringLiteral("plain_mail"),
            QJsonObject {{QStringLiteral("sender"), shown(r.plainMailSender)},
                         {QStringLiteral("reply"), JsonConversions::toJson(*r.plainMailReply)}});
    }
    if (r.error != SessionError::None && r.error != SessionError::ConnectionClosed)
        json.insert(QStringLiteral("error"), r.errorMessage);
    return json;
}

QString TlsPolicyReport::summary(const TlsPolicyResult &r, const QList<Finding> &findings)
{
    if (r.tls) {
        const QString session
            = tr("TLS works (%1, %2)").arg(shown(r.tls->protocol), shown(r.tls->cipher));
        if (findings.isEmpty())
            return tr("%1; no problems found.").arg(session);
        return tr("%1; %n problem(s) found.", nullptr, int(findings.size())).arg(session);
    }
    if (r.handshakeFailed && r.legacyProbe == TlsPolicyResult::LegacyProbe::Negotiated)
        return tr("The TLS handshake fails: the server speaks only %1.")
            .arg(shown(r.legacyProtocol));
    if (r.handshakeFailed)
        return tr("The TLS handshake fails.");
    if (r.injectionDetected)
        return tr("STARTTLS was abandoned: the server sent data right after agreeing to it.");
    if (!r.implicitTls && !r.startTlsOffered())
        return tr("No STARTTLS: mail to this server travels unencrypted.");
    return tr("No TLS session was established; %n problem(s) found.", nullptr,
              int(findings.size()));
}

} // namespace mxscope
