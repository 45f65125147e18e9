// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QTcpServer;
class QTcpSocket;

namespace mxscope::testing {

// Ways a server mxscope does not trust can misbehave, beyond the practice server's
// hostile profiles. Unless a script says otherwise the server is willing: 220, EHLO with
// PIPELINING, 250 to MAIL and RCPT, 354 to DATA, 250 after the message, 221 to QUIT.
enum class HostileScript {
    NulAndEightBit, // every reply line carries NUL, 8-bit bytes, invalid UTF-8 and ESC
    BytePerPacket, // every reply leaves one byte per TCP packet, a few ms apart
    StartTlsStall, // offers STARTTLS, answers 220, then never speaks TLS
    SilentImplicitTls, // accepts the connection and never sends a byte (no TLS, no greeting)
    CloseBeforeGreeting, // accepts and closes at once
    ReplyToWrongCommand, // 354 to EHLO and HELO
    DataAcceptedThenSilent, // 250 to DATA (not 354), then nothing at all
    MegaLine, // a single 1 MiB line as the reply to EHLO and HELO
    EndlessContinuation, // "250-" lines that never end, as the reply to EHLO and HELO
};

const char *toString(HostileScript script);

// A loopback SMTP server that follows one hostile script on every connection. Output is
// made only as fast as the client reads it, and input is read into a capped buffer, so
// the server's own memory stays small whatever the script.
//
//   HostileScriptServer server(HostileScript::MegaLine);
//   ASSERT_TRUE(server.listen());
//   options.port = server.port();
class HostileScriptServer : public QObject
{
    Q_OBJECT

public:
    explicit HostileScriptServer(HostileScript script, QObject *parent = nullptr);
    ~HostileScriptServer() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const;
    HostileScript script() const { return m_script; }
    int acceptedCount() const { return m_accepted; }
    int openCount() const;

private:
    void onNewConnection();

    HostileScript m_script;
    QTcpServer *m_server;
    QList<QPointer<QObject>> m_connections;
    int m_accepted = 0;
};

} // namespace mxscope::testing
