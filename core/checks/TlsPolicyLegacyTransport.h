// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/Transport.h"

#include <QSslError>

class QSslSocket;

namespace mxscope {

// A socket transport that offers only TLS 1.0 and 1.1, with OpenSSL's security level
// lowered so those versions are possible at all. The TLS policy check uses it for one extra
// connection: if the handshake succeeds, the server still negotiates protocols RFC 8996
// retired. Certificate problems are ignored here; the main connection reports them.
class TlsPolicyLegacyTransport : public Transport
{
    Q_OBJECT

public:
    explicit TlsPolicyLegacyTransport(QObject *parent = nullptr);

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override;
    // protocol is the negotiated session version ("TLSv1.1"), not the cipher's.
    TlsDetails tlsDetails() const override;
    QString peerAddress() const override;

private:
    void onSocketError();
    void onDisconnected();

    QSslSocket *m_socket;
    bool m_awaitingImplicitHandshake = false;
};

} // namespace mxscope
