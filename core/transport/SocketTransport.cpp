// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transport/SocketTransport.h"

#include "transport/TlsDetailsReader.h"

#include <QSslSocket>

namespace mxscope {

SocketTransport::SocketTransport(QObject *parent)
    : Transport(parent)
    , m_socket(new QSslSocket(this))
{
    // Replies are parsed and capped by ReplyParser; the socket hands over whatever arrived.
    connect(m_socket, &QSslSocket::connected, this, [this] {
        if (!m_awaitingImplicitHandshake)
            Q_EMIT connected();
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        // With implicit TLS the connection is usable only once the handshake is done, and
        // "connected" is all the session needs to hear: it asks isEncrypted() itself.
        if (std::exchange(m_awaitingImplicitHandshake, false))
            Q_EMIT connected();
        else
            Q_EMIT encrypted();
    });
    connect(m_socket, &QSslSocket::readyRead, this,
            [this] { Q_EMIT received(m_socket->readAll()); });
    connect(m_socket, &QSslSocket::sslErrors, this, &SocketTransport::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &SocketTransport::onSocketError);
    connect(m_socket, &QSslSocket::disconnected, this, &SocketTransport::onDisconnected);
}

void SocketTransport::connectToHost(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_awaitingImplicitHandshake = implicitTls;
    if (implicitTls) {
        m_socket->connectToHostEncrypted(host, port);
    } else {
        m_socket->connectToHost(host, port);
    }
}

void SocketTransport::startTls()
{
    m_socket->setPeerVerifyName(m_host);
    m_socket->startClientEncryption();
}

void SocketTransport::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
}

void SocketTransport::close()
{
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        Q_EMIT closed();
    else
        m_socket->disconnectFromHost();
}

void SocketTransport::abort()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

bool SocketTransport::isEncrypted() const
{
    return m_socket->isEncrypted();
}

TlsDetails SocketTransport::tlsDetails() const
{
    return readTlsDetails(*m_socket, m_verificationErrors);
}

QString SocketTransport::peerAddress() const
{
    return m_socket->peerAddress().toString();
}

void SocketTransport::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &error : errors)
        m_verificationErrors.append(error.errorString());
    m_socket->ignoreSslErrors(errors);
}

bool SocketTransport::isOrderlyClose(QAbstractSocket::SocketError error) const
{
    return error == QAbstractSocket::RemoteHostClosedError;
}

TransportError SocketTransport::failureKind(QAbstractSocket::SocketError error) const
{
    if (error == QAbstractSocket::HostNotFoundError)
        return TransportError::HostNotFound;
    if (error == QAbstractSocket::ConnectionRefusedError)
        return TransportError::ConnectionRefused;
    if (error == QAbstractSocket::SslHandshakeFailedError
        || error == QAbstractSocket::SslInternalError
        || error == QAbstractSocket::SslInvalidUserDataError)
        return TransportError::TlsFailed;
    return TransportError::Network;
}

void SocketTransport::onSocketError()
{
    const auto error = m_socket->error();
    if (isOrderlyClose(error)) {
        onDisconnected();
        return;
    }
    const TransportError kind = failureKind(error);
    const QString message = m_socket->errorString();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT failed(kind, message);
}

void SocketTransport::onDisconnected()
{
    if (m_socket->bytesAvailable() > 0)
        Q_EMIT received(m_socket->readAll());
    m_socket->disconnect(this);
    Q_EMIT closed();
}

} // namespace mxscope
