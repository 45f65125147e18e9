// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslKey>

namespace mxscope {

// A self-signed certificate for localhost, 127.0.0.1 and ::1, made by the openssl
// command-line tool the first time it is needed and kept for the rest of the process.
// When openssl is missing or fails, isValid() is false and error() says why; the
// practice server then runs without TLS.
//
//   const PracticeCertificate &tls = PracticeCertificate::shared();
//   if (tls.isValid()) socket->setLocalCertificate(tls.certificate());
class PracticeCertificate
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::PracticeCertificate)

public:
    // Blocks the calling thread for the one-off generation (bounded to 10 s).
    static const PracticeCertificate &shared();
    // Runs openssl now, whatever is cached.
    static PracticeCertificate generate();

    bool isValid() const { return !m_certificate.isNull() && !m_key.isNull(); }
    const QSslCertificate &certificate() const { return m_certificate; }
    const QSslKey &key() const { return m_key; }
    const QString &error() const { return m_error; }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
    QString m_error;
};

} // namespace mxscope
