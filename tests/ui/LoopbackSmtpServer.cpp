// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "LoopbackSmtpServer.h"

#include <QTcpSocket>

namespace mxscope::testing {

LoopbackSmtpServer::LoopbackSmtpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackSmtpServer::onNewConnection);
}

bool LoopbackSmtpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackSmtpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (m_greets)
            socket->write(QByteArray(Greeting) + "\r\n");
    }
}

void LoopbackSmtpServer::onReadyRead(QTcpSocket *socket)
{
    // Line by line, so pipelined commands are answered in order.
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine().trimmed();
        m_commands.append(line);
        socket->write(answer(line));
        if (line.toUpper() == "QUIT") {
            socket->disconnectFromHost();
            return;
        }
    }
}

QByteArray LoopbackSmtpServer::answer(const QByteArray &line) const
{
    const qsizetype space = line.indexOf(' ');
    const QByteArray verb = (space < 0 ? line : line.left(space)).toUpper();
    if (verb == "EHLO") {
        return "250-test.example\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
               "250-ENHANCEDSTATUSCODES\r\n250 8BITMIME\r\n";
    }
    if (verb == "HELO")
        return "250 test.example\r\n";
    if (verb == "HELP")
        return "214 2.0.0 Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT\r\n";
    if (verb == "QUIT")
        return "221 2.0.0 Bye\r\n";
    return "502 5.5.2 Error: command not recognized\r\n";
}

} // namespace mxscope::testing
