// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace mxscope::testing {

// A tiny SMTP server on 127.0.0.1 for GUI tests: a Postfix-like greeting that discloses
// its version, a multi-line EHLO, HELP and QUIT. Runs in the test's own event loop.
//
//   LoopbackSmtpServer server;
//   ASSERT_TRUE(server.listen());
//   ... connect to 127.0.0.1:server.port() ...
class LoopbackSmtpServer : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Greeting = "220 test.example ESMTP Postfix 3.7.11";

    explicit LoopbackSmtpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    // Off: accept connections but never greet (a tarpit, for cancel tests).
    void setGreets(bool greets) { m_greets = greets; }
    const QByteArrayList &commands() const { return m_commands; }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    QByteArray answer(const QByteArray &line) const;

    QTcpServer m_server;
    QByteArrayList m_commands;
    bool m_greets = true;
    int m_connections = 0;
};

} // namespace mxscope::testing
