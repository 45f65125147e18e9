// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transport/TlsDetailsReader.h"

#include <QSslCipher>
#include <QSslSocket>

namespace mxscope {

TlsDetails readTlsDetails(const QSslSocket &socket, const QStringList &verificationErrors)
{
    TlsDetails details;
    details.encrypted = socket.isEncrypted();
    details.verificationErrors = verificationErrors;
    if (!details.encrypted)
        return details;
    const QSslCipher cipher = socket.sessionCipher();
    details.protocol = cipher.protocolString();
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
