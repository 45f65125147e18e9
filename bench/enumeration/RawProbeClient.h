// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTcpSocket;

namespace mxscope::bench {

// The floor for a benchmark: the least any client must do to ask a server about names.
// Per session: connect, greeting, EHLO, then (RCPT) MAIL FROM:<> + k RCPT TO in one write, or
// (VRFY) k VRFYs one after another, and close as soon as the last probe is answered. Nothing but
// reply codes is kept: no transcript, no baseline, no retries.
class RawProbeClient : public QObject
{
    Q_OBJECT

public:
    enum class Method { Rcpt, Vrfy };

    RawProbeClient(QString host, quint16 port, Method method, int perSession, int connections,
                   QObject *parent = nullptr);

    // Probes every address; returns when all are answered (or timeoutMs passed).
    bool run(const QStringList &addresses, int timeoutMs);
    qint64 elapsedMs() const { return m_elapsedMs; }
    // Addresses answered 250, 251 or 252.
    const QSet<QString> &accepted() const { return m_accepted; }
    int sessions() const { return m_sessions; }
    int unanswered() const { return int(m_addresses.size()) - m_answered; }

Q_SIGNALS:
    void done();

private:
    struct Slot {
        QTcpSocket *socket = nullptr;
        QByteArray buffer;
        QList<qsizetype> batch; // indexes into m_addresses
        int stage = 0; // 0 greeting, 1 EHLO, 2 MAIL (RCPT only), 3 probes
        qsizetype answeredInBatch = 0;
    };

    void startSession(Slot &slot);
    void onReadyRead(Slot &slot);
    void onReply(Slot &slot, int code);
    void sendNextVrfy(Slot &slot);
    void finishSession(Slot &slot);

    QString m_host;
    quint16 m_port;
    Method m_method;
    int m_perSession;
    QList<Slot> m_slots;
    QStringList m_addresses;
    qsizetype m_next = 0;
    int m_answered = 0;
    int m_sessions = 0;
    int m_active = 0;
    QSet<QString> m_accepted;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
};

} // namespace mxscope::bench
