// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/Transport.h"

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
