// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/TlsDetails.h"

#include <QByteArray>
#include <QObject>

namespace mxscope {

enum class TransportError { HostNotFound, ConnectionRefused, RemoteClosed, TlsFailed, Network };

// A byte stream to a server, optionally TLS-wrapped, seen only through signals.
// SmtpSession talks to this interface so tests can script a server byte by byte.
class Transport : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // implicitTls: start the TLS handshake right after connecting (SMTPS, port 465).
    virtual void connectToHost(const QString &host, quint16 port, bool implicitTls) = 0;
    // Upgrade an established plain connection (after a 220 reply to STARTTLS).
    virtual void startTls() = 0;
    virtual void write(const QByteArray &bytes) = 0;
    // Flush and close politely; closed() follows.
    virtual void close() = 0;
    // Drop the connection at once; emits nothing afterwards.
    virtual void abort() = 0;
    virtual bool isEncrypted() const = 0;
    virtual TlsDetails tlsDetails() const = 0;
    virtual QString peerAddress() const = 0;

Q_SIGNALS:
    // With implicit TLS, connected() comes after the handshake and encrypted() not at all.
    void connected();
    // A startTls() upgrade finished.
    void encrypted();
    void received(const QByteArray &bytes);
    void closed();
    void failed(mxscope::TransportError error, const QString &message);
};

} // namespace mxscope
