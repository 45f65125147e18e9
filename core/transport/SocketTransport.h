// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/Transport.h"

#include <QAbstractSocket>
#include <QSslError>

class QSslSocket;

namespace mxscope {

// The real transport: a QSslSocket. Certificate problems are collected into TlsDetails and
// the handshake goes on, because a tester must see and report a bad certificate.
class SocketTransport : public Transport
{
    Q_OBJECT

public:
    explicit SocketTransport(QObject *parent = nullptr);

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override;
    TlsDetails tlsDetails() const override;
    QString peerAddress() const override;

protected:
    // Hooks for transports that probe the handshake itself (the legacy TLS probe): they
    // set their own SSL configuration and read socket errors differently.
    QSslSocket &socket() const { return *m_socket; }
    bool awaitingImplicitHandshake() const { return m_awaitingImplicitHandshake; }
    // True when the error is just the peer closing an idle connection.
    virtual bool isOrderlyClose(QAbstractSocket::SocketError error) const;
    virtual TransportError failureKind(QAbstractSocket::SocketError error) const;

private:
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onDisconnected();

    QSslSocket *m_socket = nullptr;
    QString m_host;
    QStringList m_verificationErrors;
    bool m_awaitingImplicitHandshake = false;
};

} // namespace mxscope
