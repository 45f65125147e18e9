// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/Capabilities.h"
#include "smtp/ReplyParser.h"
#include "smtp/SessionError.h"
#include "smtp/SessionOptions.h"
#include "smtp/SmtpCommand.h"
#include "transcript/TranscriptEntry.h"
#include "transport/Transport.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace mxscope {

enum class SessionState {
    Disconnected,
    Connecting,
    TlsHandshake,
    AwaitingGreeting,
    Ready,
    AwaitingReply,
    Closing,
    Closed,
    Failed
};

// The reply to one command, with when it was sent and how long the server took.
struct CommandResult {
    quint64 id = 0;
    SmtpCommand command;
    SmtpReply reply;
    qint64 latencyMs = 0;
};

// An asynchronous SMTP client session over a Transport.
//
//   auto *session = new SmtpSession(options, new SocketTransport, parent);
//   connect(session, &SmtpSession::handshakeCompleted, ...);   // greeting, EHLO, TLS done
//   session->send(SmtpCommand::mailFrom(sender));            // replies come as replyReceived
//   connect(session, &SmtpSession::closed, ...);              // always last, exactly once
//
// Commands queue up and go out one by one, or in RFC 2920 groups when the server offers
// PIPELINING. Every state has a time budget; cancel() stops at once. Every line sent and
// received is reported through transcriptEntry() with AUTH secrets already redacted.
class SmtpSession : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of transport.
    SmtpSession(SessionOptions options, Transport *transport, QObject *parent = nullptr);
    ~SmtpSession() override;

    void open();
    // Queues a command; returns its id, or 0 (with *error set) when it was refused unsent.
    quint64 send(const SmtpCommand &command, QString *error = nullptr);
    quint64 authenticate(const Credentials &credentials, QString *error = nullptr);
    // Sends QUIT and closes once the server answers (or after the command timeout).
    void quit();
    // Drops the connection at once; failed(Cancelled) and closed() follow synchronously.
    void cancel();

    SessionState state() const { return m_state; }
    SessionError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    const SessionOptions &options() const { return m_options; }
    const std::optional<SmtpReply> &greeting() const { return m_greeting; }
    qint64 greetingDelayMs() const { return m_greetingDelayMs; }
    const Capabilities &capabilities() const { return m_capabilities; }
    bool usedHeloFallback() const { return m_usedHelo; }
    bool isEncrypted() const;
    TlsDetails tlsDetails() const;
    QString peerAddress() const;
    bool pipeliningActive() const;

    static QString describe(SessionState state);

Q_SIGNALS:
    void stateChanged(mxscope::SessionState state);
    void transcriptEntry(const mxscope::TranscriptEntry &entry);
    void greetingReceived(const mxscope::SmtpReply &reply);
    void replyReceived(const mxscope::CommandResult &result);
    void unsolicitedReply(const mxscope::SmtpReply &reply);
    void tlsEstablished(const mxscope::TlsDetails &details);
    void handshakeCompleted();
    void failed(mxscope::SessionError error, const QString &message);
    void closed();

private:
    struct Pending {
        quint64 id = 0;
        SmtpCommand command;
        std::shared_ptr<AuthExchange> auth;
        bool internal = false; // part of the automatic handshake
        qint64 sentAtMs = 0;
    };
    enum class Handshake { Off, Ehlo, Helo, StartTls, EhloAfterTls, Auth, Done };

    void setState(SessionState state);
    void restartTimer();
    quint64 enqueue(Pending pending, QString *error);
    quint64 enqueueAuthentication(const Credentials &credentials, bool internal, QString *error);
    void schedulePump();
    void pump();
    void writeLine(const QByteArray &line, const QString &transcriptText);
    void log(TranscriptDirection direction, const QString &text);

    void onConnected();
    void onEncrypted();
    void onReceived(const QByteArray &bytes);
    void onTransportClosed();
    void onTransportFailed(TransportError error, const QString &message);
    void onTimeout();

    void dispatch(const SmtpReply &reply, bool moreBytesFollow);
    void handleGreeting(const SmtpReply &reply);
    bool handleIntermediate(Pending &head, const SmtpReply &reply);
    void completeCommand(const Pending &pending, const SmtpReply &reply, bool moreBytesFollow);
    void advanceHandshake(const Pending &pending, const SmtpReply &reply, bool moreBytesFollow);
    void beginTlsUpgrade(bool moreBytesFollow);
    void sendInternal(const SmtpCommand &command);
    void startAuthentication();
    void finishHandshake();
    void fail(SessionError error, const QString &message);
    void finish(SessionState finalState);

    SessionOptions m_options;
    Transport *m_transport;
    ReplyParser m_parser;
    QTimer m_timer;
    QElapsedTimer m_clock;
    SessionState m_state = SessionState::Disconnected;
    Handshake m_handshake = Handshake::Off;
    SessionError m_error = SessionError::None;
    QString m_errorMessage;
    std::optional<SmtpReply> m_greeting;
    qint64 m_connectedAtMs = 0;
    qint64 m_greetingDelayMs = -1;
    Capabilities m_capabilities;
    bool m_usedHelo = false;
    bool m_encrypted = false;
    QList<Pending> m_queue;
    QList<Pending> m_inFlight;
    quint64 m_nextId = 1;
    bool m_finished = false;
    bool m_pumpScheduled = false;
    qsizetype m_linesLoggedAhead = 0; // lines of an unfinished reply, logged as they came
};

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::CommandResult)
