// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeServer.h"

#include "practice/PracticeCertificate.h"
#include "practice/PracticeConnection.h"
#include "practice/PracticeDialogue.h"
#include "practice/PracticeListener.h"

#include <QSslSocket>
#include <QTimer>

namespace mxscope {

namespace {

constexpr int refusalGraceMs = 5000;

} // namespace

PracticeServer::PracticeServer(PracticeProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_listener(new PracticeListener(this))
    , m_refused(new QObject(this))
{
    connect(m_listener, &QTcpServer::newConnection, this, &PracticeServer::onNewConnection);
}

PracticeServer::~PracticeServer()
{
    // No sessionClosed() from a half-destroyed server.
    blockSignals(true);
    close();
}

bool PracticeServer::listen(const QHostAddress &address, quint16 port)
{
    m_error.clear();
    if (m_listener->isListening()) {
        m_error = tr("The practice server is already listening.");
        return false;
    }
    // Safety by design: a deliberately weak server must never be reachable from outside.
    if (!address.isLoopback()) {
        m_error = tr("The practice server listens only on a loopback address (127.0.0.1 or ::1), "
                     "not on %1.")
                      .arg(address.toString());
        return false;
    }
    m_certificate = nullptr;
    m_tlsReason.clear();
    if (m_profile.offerStartTls || m_implicitTls) {
        const PracticeCertificate &certificate = PracticeCertificate::shared();
        if (certificate.isValid())
            m_certificate = &certificate;
        else
            m_tlsReason = certificate.error();
    } else {
        m_tlsReason = tr("the %1 profile does not offer TLS").arg(m_profile.name);
    }
    if (m_implicitTls && !m_certificate) {
        m_error = tr("Implicit TLS needs a certificate, and there is none: %1.").arg(m_tlsReason);
        return false;
    }
    if (!m_listener->listen(address, port)) {
        m_error = tr("Cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg(m_listener->errorString());
        return false;
    }
    return true;
}

void PracticeServer::close()
{
    m_listener->close();
    const QList<PracticeConnection *> connections = m_connections.values();
    for (PracticeConnection *connection : connections)
        connection->abort(); // finished() removes it from m_connections
    const QList<QSslSocket *> refused
        = m_refused->findChildren<QSslSocket *>(Qt::FindDirectChildrenOnly);
    for (QSslSocket *socket : refused) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
}

bool PracticeServer::isListening() const
{
    return m_listener->isListening();
}

QHostAddress PracticeServer::serverAddress() const
{
    return m_listener->serverAddress();
}

quint16 PracticeServer::serverPort() const
{
    return m_listener->serverPort();
}

QSslCertificate PracticeServer::certificate() const
{
    return m_certificate ? m_certificate->certificate() : QSslCertificate();
}

void PracticeServer::onNewConnection()
{
    while (m_listener->hasPendingConnections()) {
        auto *socket = qobject_cast<QSslSocket *>(m_listener->nextPendingConnection());
        if (!socket)
            continue;
        if (connectionCount() >= m_limits.maxConnections) {
            const QString peer = socket->peerAddress().toString();
            socket->setParent(m_refused);
            if (!m_implicitTls) {
                socket->write("421 4.7.0 " + PracticeDialogue::hostNameFor(m_profile, m_directory)
                              + " Error: too many connections\r\n");
            }
            socket->disconnectFromHost();
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(refusalGraceMs, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            Q_EMIT connectionRefused(peer);
            continue;
        }
        const quint64 id = m_nextId++;
        auto *connection = new PracticeConnection(id, socket, m_profile, m_directory, m_limits,
                                                  m_certificate, m_implicitTls, this);
        m_connections.insert(id, connection);
        connect(connection, &PracticeConnection::commandReceived, this,
                &PracticeServer::commandReceived);
        connect(connection, &PracticeConnection::messageReceived, this,
                &PracticeServer::messageReceived);
        connect(connection, &PracticeConnection::finished, this,
                &PracticeServer::onConnectionFinished);
        Q_EMIT sessionOpened(id, connection->peer());
        connection->start();
    }
}

void PracticeServer::onConnectionFinished(quint64 id)
{
    PracticeConnection *connection = m_connections.take(id);
    if (!connection)
        return;
    connection->deleteLater();
    Q_EMIT sessionClosed(id);
}

} // namespace mxscope
