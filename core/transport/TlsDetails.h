// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mxscope {

// What a TLS handshake negotiated and what the server's certificate says.
// Verification problems are recorded, not fatal: a tester reports them as findings.
struct TlsDetails {
    bool encrypted = false;
    QString protocol; // "TLSv1.3"
    QString cipher; // "TLS_AES_256_GCM_SHA384"
    int cipherBits = 0;
    QString subject; // certificate subject common name(s)
    QString issuer;
    QStringList subjectAltNames; // DNS names and IP addresses
    QDateTime notBefore;
    QDateTime notAfter;
    bool selfSigned = false;
    QString sha256Fingerprint; // hex, colon separated
    QStringList verificationErrors;
};

} // namespace mxscope
