// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeAuthExchange.h"
#include "practice/PracticeDirectory.h"
#include "practice/PracticeLimits.h"
#include "practice/PracticeProfile.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace mxscope {

// The server side of one SMTP session as pure logic: command line in, reply out, no socket.
// PracticeConnection feeds it lines and carries out the action each step asks for.
//
//   PracticeDialogue dialogue(profile, directory, limits, true, QStringLiteral("127.0.0.1"));
//   socket->write(dialogue.greeting());
//   const auto step = dialogue.handleLine("EHLO client.example");  // step.reply: "250-..."
class PracticeDialogue
{
public:
    enum class Action { None, StartTls, BeginData, Close, Misbehave };

    struct Step {
        QByteArray reply; // complete reply, CRLF terminated; empty for Misbehave
        Action action = Action::None;
        PracticeMisbehaviour misbehaviour = PracticeMisbehaviour::None;
        bool error = false; // a 4xx/5xx that counts towards the error limit
        QString logText; // the command for observers, AUTH secrets redacted
    };

    PracticeDialogue(PracticeProfile profile, PracticeDirectory directory, PracticeLimits limits,
                     bool tlsAvailable, QString peerAddress);
    Q_DISABLE_COPY_MOVE(PracticeDialogue)

    static QByteArray hostNameFor(const PracticeProfile &profile,
                                  const PracticeDirectory &directory);

    const QByteArray &hostName() const { return m_hostName; }
    QByteArray greeting() const;
    Step handleLine(const QByteArray &line);
    Step lineTooLong();
    Step messageEnd(qint64 bytes, bool tooLarge);
    // The content filter refused the message: refusal is the complete reply.
    Step messageFiltered(const QByteArray &refusal);
    Step idleTimeout() const;
    // RFC 3207 4.2: after the handshake the client starts over with EHLO.
    void tlsEstablished();

    bool tlsActive() const { return m_tls; }
    bool authenticated() const { return m_authenticated; }
    int errorCount() const { return m_errors; }

private:
    enum class Recipient { Accepted, UnknownUser, RelayDenied };

    Step dispatch(const QByteArray &verb, const QByteArray &argument);
    Step hello(const QByteArray &argument, bool extended);
    Step mail(const QByteArray &argument);
    Step rcpt(const QByteArray &argument);
    Step data(const QByteArray &argument);
    Step vrfy(const QByteArray &argument) const;
    Step expn(const QByteArray &argument) const;
    Step help() const;
    Step startTls(const QByteArray &argument) const;
    Step auth(const QByteArray &argument);
    Step authReply(const PracticeAuthExchange::Result &result);
    Recipient judgeRecipient(const QString &address) const;
    std::optional<QByteArray> senderRefusal() const;
    bool startTlsOffered() const;
    bool authOffered() const;
    QByteArray helloSuffix(const QByteArray &clientName) const;
    void resetTransaction();
    Step finish(Step step);

    PracticeProfile m_profile;
    PracticeDirectory m_directory;
    PracticeLimits m_limits;
    bool m_tlsAvailable;
    QString m_peerAddress;
    QByteArray m_hostName;
    bool m_greeted = false;
    bool m_tls = false;
    bool m_authenticated = false;
    std::optional<QString> m_sender;
    int m_recipients = 0;
    int m_errors = 0;
    PracticeAuthExchange m_auth {&m_directory};
};

} // namespace mxscope
