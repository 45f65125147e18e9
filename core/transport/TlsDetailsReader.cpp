// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transport/TlsDetailsReader.h"

#include <QSslCipher>
#include <QSslSocket>

namespace mxscope {

namespace {

// The version the session negotiated; the cipher's own protocolString() names the oldest
// version the cipher exists in, which calls a TLS 1.2 session "TLSv1" for some suites.
QString sessionProtocolName(const QSslSocket &socket, const QSslCipher &cipher)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (socket.sessionProtocol()) {
    case QSsl::TlsV1_0:
        return QStringLiteral("TLSv1.0");
    case QSsl::TlsV1_1:
        return QStringLiteral("TLSv1.1");
    case QSsl::TlsV1_2:
        return QStringLiteral("TLSv1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLSv1.3");
    default:
        return cipher.protocolString();
    }
    QT_WARNING_POP
}

} // namespace

TlsDetails readTlsDetails(const QSslSocket &socket, const QStringList &verificationErrors)
{
    TlsDetails details;
    details.encrypted = socket.isEncrypted();
    details.verificationErrors = verificationErrors;
    if (!details.encrypted)
        return details;
    const QSslCipher cipher = socket.sessionCipher();
    details.protocol = sessionProtocolName(socket, cipher);
    details.cipher = cipher.name();
    details.cipherBits = cipher.usedBits();
    const QSslCertificate cert = socket.peerCertificate();
    if (cert.isNull())
        return details;
    details.subject = cert.subjectInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    details.issuer = cert.issuerInfo(QSslCertificate::CommonName).join(QStringLiteral(", "));
    const auto altNames = cert.subjectAlternativeNames();
    for (auto it = altNames.cbegin(); it != altNames.cend(); ++it)
        details.subjectAltNames.append(it.value());
    details.notBefore = cert.effectiveDate();
    details.notAfter = cert.expiryDate();
    details.selfSigned = cert.isSelfSigned();
    details.sha256Fingerprint
        = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    return details;
}

} // namespace mxscope
