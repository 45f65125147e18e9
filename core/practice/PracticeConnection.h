// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeDataReader.h"
#include "practice/PracticeDialogue.h"
#include "practice/PracticeHostileStream.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QSslSocket;

namespace mxscope {

class PracticeCertificate;

// One client of the practice server: reads command lines (several at once when the client
// pipelines), lets PracticeDialogue answer them, and carries out TLS, DATA, tarpit delays
// and the hostile profiles' misbehaviour. Memory and time are bounded: input is read in
// capped pieces and not at all while replies are waiting to go out; hostile output is
// made only as fast as the client takes it; every timer belongs to this object.
class PracticeConnection : public QObject
{
    Q_OBJECT

public:
    // Takes ownership of socket. certificate: nullptr when TLS is unavailable.
    PracticeConnection(quint64 id, QSslSocket *socket, const PracticeProfile &profile,
                       const PracticeDirectory &directory, const PracticeLimits &limits,
                       const PracticeCertificate *certificate, bool implicitTls,
                       QObject *parent = nullptr);
    ~PracticeConnection() override;

    void start();
    // Drops the connection at once; finished() follows synchronously.
    void abort();

    quint64 id() const { return m_id; }
    const QString &peer() const { return m_peer; }

Q_SIGNALS:
    void commandReceived(quint64 connectionId, const QString &line);
    void messageReceived(quint64 connectionId, qint64 bytes);
    void finished(quint64 connectionId);

private:
    bool canProcess() const;
    void processInput();
    bool consumeMessage();
    void perform(const PracticeDialogue::Step &step);
    void execute(const PracticeDialogue::Step &step);
    int tarpitDelayMs(const PracticeDialogue::Step &step) const;
    void sendGreeting();
    void beginTls();
    void startStream(PracticeMisbehaviour kind, const QByteArray &code);
    void pumpStream();
    void write(const QByteArray &bytes);
    qint64 queuedOutput() const;
    void dripOneByte();
    void closeGracefully();
    void resetConnection();
    void finish();

    void onReadyRead();
    void onBytesWritten();
    void onEncrypted();
    void onIdleTimeout();

    quint64 m_id;
    QSslSocket *m_socket;
    QString m_peer;
    PracticeProfile m_profile;
    PracticeLimits m_limits;
    const PracticeCertificate *m_certificate;
    bool m_implicitTls;
    PracticeDialogue m_dialogue;
    QByteArray m_input;
    bool m_discardingLongLine = false;
    std::optional<PracticeDataReader> m_message;
    QByteArray m_messageContent; // kept only for the content filter, capped
    bool m_resetInMessage = false;
    std::optional<PracticeHostileStream> m_stream;
    bool m_dripping = false;
    QByteArray m_drip;
    PracticeDialogue::Step m_delayed;
    bool m_handshaking = false;
    bool m_greeted = false;
    bool m_closing = false;
    bool m_finished = false;
    QTimer m_idleTimer;
    QTimer m_delayTimer;
    QTimer m_dripTimer;
    QTimer m_closeTimer;
};

} // namespace mxscope
