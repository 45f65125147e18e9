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
    : Transport(parent)
    , m_socket(new QSslSocket(this))
{
    m_socket->setSslConfiguration(legacyOnly(m_socket->sslConfiguration()));
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (!m_awaitingImplicitHandshake)
            Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (std::exchange(m_awaitingImplicitHandshake, false))
            Q_EMIT connected();
        else
            Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this,
            [this] { Q_EMIT received(m_socket->readAll()); });
    connect(m_socket, &QSslSocket::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_socket->ignoreSslErrors(errors); });
    connect(m_socket, &QSslSocket::errorOccurred, this, &TlsPolicyLegacyTransport::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &TlsPolicyLegacyTransport::onDisconnected);
}

void TlsPolicyLegacyTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_awaitingImplicitHandshake = implicitTls;
    if (implicitTls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
}

void TlsPolicyLegacyTransport::startTls()
{
    m_socket->startClientEncryption();
}

void TlsPolicyLegacyTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void TlsPolicyLegacyTransport::close()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        Q_EMIT closed();
    else
        m_socket->disconnectFromHost();
}

void TlsPolicyLegacyTransport::abort()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

bool TlsPolicyLegacyTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

TlsDetails TlsPolicyLegacyTransport::tlsDetails() const
{
    return readTlsDetails(*m_socket, {});
}

QString TlsPolicyLegacyTransport::peerAddress() const
{
    return m_socket->peerAddress().toString();
}

void TlsPolicyLegacyTransport::onSocketError()
{
    const auto error = m_socket->error();
    if (error == QAbstractSocket::RemoteHostClosedError && !m_awaitingImplicitHandshake
        && (m_socket->isEncrypted() || m_socket->mode() == QSslSocket::UnencryptedMode)) {
        onDisconnected();
        return;
    }
    TransportError kind = TransportError::Network;
    if (error == QAbstractSocket::HostNotFoundError)
        kind = TransportError::HostNotFound;
    else if (error == QAbstractSocket::ConnectionRefusedError)
        kind = TransportError::ConnectionRefused;
    else if (m_socket->mode() != QSslSocket::UnencryptedMode && !m_socket->isEncrypted())
        kind = TransportError::TlsFailed; // any failure mid-handshake, a reset included
    const QString message = m_socket->errorString();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT failed(kind, message);
}

void TlsPolicyLegacyTransport::onDisconnected()
{
    if (m_socket->bytesAvailable() > 0)
        Q_EMIT received(m_socket->readAll());
    m_socket->disconnect(this);
    Q_EMIT closed();
}

} // namespace mxscope
