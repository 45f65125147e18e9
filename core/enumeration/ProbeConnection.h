// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationMethod.h"
#include "enumeration/ReplyDelayMonitor.h"
#include "smtp/SmtpSession.h"

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mxscope {

class Transcript;

// One SMTP session of an enumeration: connect, EHLO, one batch of probes, QUIT after the
// last reply. VRFY and EXPN go one by one (RFC 2920 ends a pipeline group at them); RCPT
// goes pipelined after one MAIL FROM when the server offers PIPELINING, all in the write
// that follows EHLO (RSET and MAIL FROM again every 50 recipients).
// Reports every reply and leaves judging to its owner. When the server starts slowing
// replies down on purpose, it drops the session and hands the rest back.
//
//   auto *connection = new ProbeConnection(options, new SocketTransport, transcript, this);
//   connect(connection, &ProbeConnection::probeAnswered, ...);
//   connect(connection, &ProbeConnection::finished, ...);   // outcome() is complete
//   connection->start(EnumerationMethod::Rcpt, probes, sender);
class ProbeConnection : public QObject
{
    Q_OBJECT

public:
    struct Probe {
        qsizetype index = -1; // the owner's number for this probe
        QString argument; // what VRFY, EXPN or RCPT TO carries
    };
    struct Answer {
        Probe probe;
        SmtpReply reply;
        qint64 delayMs = 0; // the server's time for this reply alone
        qint64 roundTripMs = 0;
        qint64 timestampMs = 0;
        qsizetype evidence = -1;
        int connection = 0;
    };
    struct Outcome {
        QList<Probe> unanswered; // no reply, or void because MAIL FROM was refused
        std::optional<SmtpReply> greeting;
        std::optional<SmtpReply> senderReply; // the reply to MAIL FROM when it was refused
        SessionError error = SessionError::None;
        QString errorMessage;
        bool handshakeDone = false;
        bool serverOffersPipelining = false;
        bool closedBy421 = false;
        bool slowedDown = false; // dropped because the server slowed its replies
        int errorsBeforeSlowdown = 0;
        int errors = 0; // 4xx and 5xx replies to probes
        int answered = 0;
        qint64 maxDelayMs = 0;
    };

    // Takes ownership of transport.
    ProbeConnection(const SessionOptions &options, Transport *transport, Transcript *transcript,
                    QObject *parent = nullptr);
    // Drops a running session without signals.
    ~ProbeConnection() override;

    // Before start(): one probe at a time, each after the previous reply, so every reply's
    // delay is the server's alone (Postfix holds pipelined replies back while it sleeps).
    void setOneAtATime(bool on) { m_oneAtATime = on; }
    void start(EnumerationMethod method, const QList<Probe> &probes, const QString &sender);
    // Drops the session now (the owner has heard enough); finished() follows.
    void stop();
    // Drops the session with no further signals.
    void cancel();

    int number() const { return m_options.connectionNumber; }
    bool isFinished() const { return m_finished; }
    const Outcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void probeAnswered(const mxscope::ProbeConnection::Answer &answer);
    void finished();

private:
    void onReply(const CommandResult &result);
    void onProbeReply(const CommandResult &result);
    void onClosed();
    void sendProbe(const Probe &probe);

    SessionOptions m_options;
    Transport *m_transport;
    Transcript *m_transcript;
    QPointer<SmtpSession> m_session;
    EnumerationMethod m_method = EnumerationMethod::Rcpt;
    QMap<quint64, Probe> m_pending; // by command id, so in sending order
    QList<Probe> m_void;
    QList<Probe> m_unsent; // one-at-a-time mode: still to send
    bool m_oneAtATime = false;
    bool m_senderRefused = false;
    QElapsedTimer m_clock;
    qint64 m_lastArrivalMs = 0;
    ReplyDelayMonitor m_monitor;
    Outcome m_outcome;
    bool m_finished = false;
};

} // namespace mxscope
