// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/TlsPolicyLegacyTransport.h"

#include "transport/TlsDetailsReader.h"

#include <QSslConfiguration>
#include <QSslSocket>

namespace mxscope {

namespace {

QSslConfiguration legacyOnly(QSslConfiguration configuration)
{
    // The deprecated enumerator is the point: this connection must offer TLS 1.0.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    configuration.setProtocol(QSsl::TlsV1_0OrLater);
    QT_WARNING_POP
    configuration.setBackendConfigurationOption("MaxProtocol", QByteArray("TLSv1.1"));
    // OpenSSL 3 refuses TLS below 1.2 (SHA-1 signatures) at security level 1 and up.
    configuration.setBackendConfigurationOption("CipherString", QByteArray("DEFAULT:@SECLEVEL=0"));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

TlsPolicyLegacyTransport::TlsPolicyLegacyTransport(QObject *parent)
    : SocketTransport(parent)
{
    socket().setSslConfiguration(legacyOnly(socket().sslConfiguration()));
}

TlsDetails TlsPolicyLegacyTransport::tlsDetails() const
{
    // Certificate problems belong to the main connection's findings, not to this probe.
    return readTlsDetails(socket(), {});
}

bool TlsPolicyLegacyTransport::isOrderlyClose(QAbstractSocket::SocketError error) const
{
    // A close during the handshake is the server refusing the old protocol, not a goodbye.
    return error == QAbstractSocket::RemoteHostClosedError && !awaitingImplicitHandshake()
        && (socket().isEncrypted() || socket().mode() == QSslSocket::UnencryptedMode);
}

TransportError TlsPolicyLegacyTransport::failureKind(QAbstractSocket::SocketError error) const
{
    if (error == QAbstractSocket::HostNotFoundError)
        return TransportError::HostNotFound;
    if (error == QAbstractSocket::ConnectionRefusedError)
        return TransportError::ConnectionRefused;
    if (socket().mode() != QSslSocket::UnencryptedMode && !socket().isEncrypted())
        return TransportError::TlsFailed; // any failure mid-handshake, a reset included
    return TransportError::Network;
}

} // namespace mxscope
