// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeCertificate.h"

#include <QFile>
#include <QProcess>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mxscope {

namespace {

constexpr int opensslTimeoutMs = 10'000;

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

} // namespace

const PracticeCertificate &PracticeCertificate::shared()
{
    static const PracticeCertificate certificate = generate();
    return certificate;
}

PracticeCertificate PracticeCertificate::generate()
{
    PracticeCertificate result;
    if (!QSslSocket::supportsSsl()) {
        result.m_error = tr("this Qt has no working TLS backend");
        return result;
    }
    const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        result.m_error = tr("the openssl command was not found, so no certificate could be made");
        return result;
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        result.m_error = tr("cannot create a temporary directory: %1").arg(dir.errorString());
        return result;
    }
    const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
    const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
    // An EC P-256 key takes milliseconds where RSA takes up to a second.
    const QStringList arguments {
        QStringLiteral("req"),
        QStringLiteral("-x509"),
        QStringLiteral("-newkey"),
        QStringLiteral("ec"),
        QStringLiteral("-pkeyopt"),
        QStringLiteral("ec_paramgen_curve:prime256v1"),
        QStringLiteral("-nodes"),
        QStringLiteral("-keyout"),
        keyPath,
        QStringLiteral("-out"),
        certPath,
        QStringLiteral("-days"),
        QStringLiteral("2"),
        QStringLiteral("-subj"),
        QStringLiteral("/CN=localhost"),
        QStringLiteral("-addext"),
        QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1")};
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, arguments);
    if (!process.waitForStarted(opensslTimeoutMs)) {
        result.m_error = tr("cannot run openssl: %1").arg(process.errorString());
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(opensslTimeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.m_error = tr("openssl did not finish within 10 s");
        return result;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString output = QString::fromLocal8Bit(process.readAll().left(400)).trimmed();
        result.m_error = tr("openssl failed: %1").arg(output);
        return result;
    }
    result.m_certificate = QSslCertificate(readFile(certPath), QSsl::Pem);
    result.m_key = QSslKey(readFile(keyPath), QSsl::Ec, QSsl::Pem);
    if (!result.isValid())
        result.m_error = tr("openssl produced a certificate or key Qt cannot read");
    return result;
}

} // namespace mxscope
