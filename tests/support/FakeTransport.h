// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transport/Transport.h"

#include <QList>

#include <functional>

namespace mxscope::testing {

// A scripted server behind the Transport interface. Everything it emits is queued, as a
// socket would deliver it, so sessions see the same ordering they see on the network.
//
//   auto *fake = new FakeTransport;
//   fake->setGreeting("220 mx.example ESMTP\r\n");
//   fake->setResponder([](const QByteArray &line) -> QByteArray { ... });
class FakeTransport : public Transport
{
    Q_OBJECT

public:
    // Called with every CRLF-terminated line the client writes (without CRLF); returns the
    // bytes the server sends back (may be empty).
    using Responder = std::function<QByteArray(const QByteArray &line)>;

    explicit FakeTransport(QObject *parent = nullptr);

    void setGreeting(const QByteArray &bytes) { m_greeting = bytes; }
    void setResponder(Responder responder) { m_responder = std::move(responder); }
    void setRefuseConnection(bool refuse) { m_refuse = refuse; }
    // Sends bytes to the client now (queued).
    void serverSends(const QByteArray &bytes);
    void serverCloses();

    const QList<QByteArray> &writtenLines() const { return m_lines; }
    const QByteArray &writtenBytes() const { return m_written; }
    int writeCalls() const { return m_writeCalls; }
    bool wasAborted() const { return m_aborted; }
    bool tlsStarted() const { return m_encrypted; }

    void connectToHost(const QString &host, quint16 port, bool implicitTls) override;
    void startTls() override;
    void write(const QByteArray &bytes) override;
    void close() override;
    void abort() override;
    bool isEncrypted() const override { return m_encrypted; }
    TlsDetails tlsDetails() const override;
    QString peerAddress() const override { return QStringLiteral("192.0.2.25"); }

private:
    QByteArray m_greeting;
    Responder m_responder;
    bool m_refuse = false;
    bool m_encrypted = false;
    bool m_aborted = false;
    int m_writeCalls = 0;
    QByteArray m_written;
    QByteArray m_pendingLine;
    QList<QByteArray> m_lines;
};

} // namespace mxscope::testing
