// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayTypes.h"
#include "smtp/SessionOptions.h"
#include "smtp/SmtpSession.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <optional>

namespace mxscope {

class Transcript;
class Transport;

// One SMTP connection of a relay test. After the handshake it asks for work (wantsWork) and
// runs each variant it is given: MAIL FROM, RCPT TO, RSET (or DATA when sending), queued
// in one go so they share a pipelined write. It stops taking variants before the server's
// error limit could be reached (every 4xx/5xx reply counts, the 503 after a refused MAIL
// too), and hands back (variantReturned) what it could not finish: a 4xx, a 421, a
// dropped connection. Replies that are too slow mark the server as a tarpit.
class RelayConnection : public QObject
{
    Q_OBJECT

public:
    struct Settings {
        // Error replies a session may collect; Postfix starts sleeping at 10 (soft limit)
        // and hangs up at 20, the practice server at 20.
        int errorBudget = 8;
        int maxInFlight = 8; // variants queued at once
        int maxVariants = 40; // per session; Postfix counts RSET as junk after 100
        bool sendData = false;
        QString sender; // message headers when sending
        QString recipient;
        QString token;
    };

    // Takes ownership of transport; every line goes to transcript.
    RelayConnection(SessionOptions options, Transport *transport, Transcript *transcript,
                    Settings settings, QObject *parent = nullptr);
    ~RelayConnection() override;

    void open();
    // Drops the connection at once; undecided variants come back uncharged, then finished().
    void cancel();
    bool canTake() const;
    void take(int index, const RelayVariant &variant);
    // Lowered when another session finds the server a tarpit: a fresh session still runs one
    // variant, a busy one finishes what it has and quits.
    void setErrorBudget(int budget);

    int number() const { return m_number; }
    bool handshakeDone() const { return m_handshakeDone; }
    bool isFinished() const { return m_finished; }
    int decidedCount() const { return m_decided; }
    int errorCount() const { return m_errors; }
    // The server ended the session: 421, a hang-up or a timeout.
    bool endedByServer() const { return m_endedByServer; }
    SessionError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    const std::optional<SmtpReply> &greeting() const { return m_greeting; }
    QString ehloName() const { return m_ehloName; }
    QString peerAddress() const { return m_peerAddress; }
    // Transcript indexes of 421 replies and of replies the tarpit held back.
    const QList<qsizetype> &throttleEvidence() const { return m_throttleEvidence; }

Q_SIGNALS:
    void handshakeCompleted();
    void wantsWork();
    void variantDecided(int index, const mxscope::RelayOutcome &outcome);
    // charged: the variant itself met a 4xx, a 421 or a hang-up (bounded retries).
    void variantReturned(int index, bool charged, const QString &reason,
                         const mxscope::SmtpReply &reply);
    void slowErrorSeen(qint64 delayMs);
    void finished();

private:
    struct Attempt {
        int index = -1;
        RelayOutcome outcome;
        quint64 mailId = 0;
        quint64 rcptId = 0;
        quint64 dataId = 0;
        quint64 rsetId = 0;
        bool mailAnswered = false;
        bool rcptAnswered = false;
        bool awaitingData = false;
        bool decided = false;
        std::optional<SmtpReply> transient; // a 4xx or 421: back to the queue
        QString transientReason;
        qsizetype mailSent = -1;
        qsizetype rcptSent = -1;
        qsizetype dataSent = -1;
    };

    void onEntry(const TranscriptEntry &entry);
    void onReply(const CommandResult &result);
    void onClosed();
    void handleMail(Attempt &attempt, const CommandResult &result);
    void handleRcpt(Attempt &attempt, const CommandResult &result);
    void handleData(Attempt &attempt, const CommandResult &result);
    void decide(Attempt &attempt, RelayStage stage, const CommandResult &result,
                QList<qsizetype> evidence);
    void complete(quint64 commandId);
    void sendRset(Attempt &attempt);
    void pull();
    void abandon();
    qint64 noteTiming(const CommandResult &result);
    int worstCaseErrors() const;
    bool hasUndecided() const;
    Attempt *find(quint64 commandId);
    QList<qsizetype> replyLines(const SmtpReply &reply) const;

    Transcript *m_transcript;
    Settings m_settings;
    int m_number = 0;
    QPointer<SmtpSession> m_session;
    QList<Attempt> m_attempts;
    QList<qsizetype> m_received; // recent transcript indexes of received lines
    QElapsedTimer m_clock;
    qint64 m_lastReplyAt = 0;
    qint64 m_baselineMs = 0;
    qint64 m_burstHeldMs = 0;
    int m_errors = 0;
    int m_taken = 0;
    int m_decided = 0;
    bool m_handshakeDone = false;
    bool m_quitting = false;
    bool m_stopTaking = false;
    bool m_slowSeen = false;
    bool m_abandoned = false;
    bool m_cancelled = false;
    bool m_endedByServer = false;
    bool m_finished = false;
    SessionError m_error = SessionError::None;
    QString m_errorMessage;
    std::optional<SmtpReply> m_greeting;
    QString m_ehloName;
    QString m_peerAddress;
    QList<qsizetype> m_throttleEvidence;
};

} // namespace mxscope
