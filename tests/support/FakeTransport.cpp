// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "FakeTransport.h"

#include <QTimer>

namespace mxscope::testing {

FakeTransport::FakeTransport(QObject *parent)
    : Transport(parent)
{ }

void FakeTransport::serverSends(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    QTimer::singleShot(0, this, [this, bytes] {
        if (!m_aborted)
            Q_EMIT received(bytes);
    });
}

void FakeTransport::serverCloses()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_aborted)
            Q_EMIT closed();
    });
}

void FakeTransport::connectToHost(const QString &, quint16, bool implicitTls)
{
    QTimer::singleShot(0, this, [this, implicitTls] {
        if (m_refuse) {
            Q_EMIT failed(TransportError::ConnectionRefused, QStringLiteral("Connection refused"));
            return;
        }
        m_encrypted = implicitTls;
        Q_EMIT connected();
        serverSends(m_greeting);
    });
}

void FakeTransport::startTls()
{
    QTimer::singleShot(0, this, [this] {
        if (m_aborted)
            return;
        m_encrypted = true;
        Q_EMIT encrypted();
    });
}

void FakeTransport::write(const QByteArray &bytes)
{
    ++m_writeCalls;
    m_written += bytes;
    m_pendingLine += bytes;
    qsizetype end;
    while ((end = m_pendingLine.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_pendingLine.left(end);
        m_pendingLine.remove(0, end + 2);
        m_lines.append(line);
        if (m_responder)
            serverSends(m_responder(line));
    }
}

void FakeTransport::close()
{
    QTimer::singleShot(0, this, [this] {
        if (!m_aborted)
            Q_EMIT closed();
    });
}

void FakeTransport::abort()
{
    m_aborted = true;
}

TlsDetails FakeTransport::tlsDetails() const
{
    TlsDetails details;
    details.encrypted = m_encrypted;
    if (m_encrypted) {
        details.protocol = QStringLiteral("TLSv1.3");
        details.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    }
    return details;
}

} // namespace mxscope::testing
