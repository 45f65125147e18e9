// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "RawProbeClient.h"

#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

namespace mxscope::bench {

RawProbeClient::RawProbeClient(QString host, quint16 port, Method method, int perSession,
                               int connections, QObject *parent)
    : QObject(parent)
    , m_host(std::move(host))
    , m_port(port)
    , m_method(method)
    , m_perSession(perSession)
    , m_slots(connections)
{ }

bool RawProbeClient::run(const QStringList &addresses, int timeoutMs)
{
    m_addresses = addresses;
    m_next = 0;
    m_answered = 0;
    m_accepted.clear();
    m_clock.start();
    for (Slot &slot : m_slots)
        startSession(slot);
    if (m_active > 0) {
        QEventLoop loop;
        connect(this, &RawProbeClient::done, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_elapsedMs = m_clock.elapsed();
    for (Slot &slot : m_slots) {
        if (slot.socket) {
            slot.socket->abort();
            slot.socket->deleteLater();
            slot.socket = nullptr;
        }
    }
    return m_answered == m_addresses.size();
}

void RawProbeClient::startSession(Slot &slot)
{
    slot.batch.clear();
    while (slot.batch.size() < m_perSession && m_next < m_addresses.size())
        slot.batch.append(m_next++);
    if (slot.batch.isEmpty())
        return;
    ++m_active;
    ++m_sessions;
    slot.buffer.clear();
    slot.stage = 0;
    slot.answeredInBatch = 0;
    slot.socket = new QTcpSocket(this);
    connect(slot.socket, &QTcpSocket::readyRead, this, [this, &slot] { onReadyRead(slot); });
    slot.socket->connectToHost(m_host, m_port);
}

void RawProbeClient::onReadyRead(Slot &slot)
{
    slot.buffer += slot.socket->readAll();
    qsizetype end;
    while (slot.socket && (end = slot.buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = slot.buffer.left(end);
        slot.buffer.remove(0, end + 2);
        if (line.size() >= 4 && line.at(3) == '-')
            continue; // a continuation line
        onReply(slot, line.left(3).toInt());
    }
}

void RawProbeClient::onReply(Slot &slot, int code)
{
    switch (slot.stage) {
    case 0: // greeting
        slot.stage = 1;
        slot.socket->write("EHLO raw.bench.invalid\r\n");
        return;
    case 1: // EHLO
        if (m_method == Method::Vrfy) {
            slot.stage = 3;
            sendNextVrfy(slot);
            return;
        } else {
            QByteArray batch = "MAIL FROM:<>\r\n";
            for (const qsizetype index : std::as_const(slot.batch))
                batch += "RCPT TO:<" + m_addresses.at(index).toUtf8() + ">\r\n";
            // No QUIT: Postfix would sleep before answering it after 10 errors, and it
            // holds pipelined replies back until its input is drained.
            slot.stage = 2;
            slot.socket->write(batch);
        }
        return;
    case 2: // MAIL
        slot.stage = 3;
        return;
    default: {
        const qsizetype index = slot.batch.at(slot.answeredInBatch++);
        ++m_answered;
        if (code >= 250 && code <= 252)
            m_accepted.insert(m_addresses.at(index));
        if (slot.answeredInBatch == slot.batch.size())
            finishSession(slot);
        else if (m_method == Method::Vrfy)
            sendNextVrfy(slot);
        return;
    }
    }
}

void RawProbeClient::sendNextVrfy(Slot &slot)
{
    slot.socket->write("VRFY " + m_addresses.at(slot.batch.at(slot.answeredInBatch)).toUtf8()
                       + "\r\n");
}

// The last probe is answered: close at once, without waiting for QUIT's reply.
void RawProbeClient::finishSession(Slot &slot)
{
    slot.socket->disconnect(this);
    slot.socket->abort();
    slot.socket->deleteLater();
    slot.socket = nullptr;
    --m_active;
    startSession(slot);
    if (m_active == 0)
        Q_EMIT done();
}

} // namespace mxscope::bench
