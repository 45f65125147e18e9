// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "HostileScriptServer.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace mxscope::testing {

namespace {

constexpr qsizetype maxInputBytes = 64 * 1024; // the server's own read buffer
constexpr qint64 streamLowWater = 64 * 1024; // write more of a stream below this
constexpr qsizetype streamPiece = 16 * 1024;
constexpr qint64 megaLineBytes = 1024 * 1024;
constexpr int dripIntervalMs = 1;

// NUL, bytes that are not UTF-8, a terminal escape and valid UTF-8, on every line.
constexpr char hostileTailBytes[] = " \0\xff\xfe\x80\x1b[31m caf\xc3\xa9";
const QByteArray hostileTail(hostileTailBytes, sizeof hostileTailBytes - 1);

QByteArray line(const QByteArray &text)
{
    return text + "\r\n";
}

// One client's session; deletes itself when the client has gone.
class ScriptedConnection : public QObject
{
public:
    ScriptedConnection(HostileScript script, QTcpSocket *socket, QObject *parent)
        : QObject(parent)
        , m_script(script)
        , m_socket(socket)
    {
        m_socket->setParent(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_drip.setInterval(dripIntervalMs);
        connect(&m_drip, &QTimer::timeout, this, [this] { dripOneByte(); });
        connect(m_socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] { pumpStream(); });
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { finish(); });
        connect(m_socket, &QTcpSocket::errorOccurred, this, [this] { finish(); });
    }

    void start()
    {
        switch (m_script) {
        case HostileScript::CloseBeforeGreeting:
            m_socket->disconnectFromHost();
            return;
        case HostileScript::SilentImplicitTls:
            m_silent = true;
            return;
        default:
            send(line("220 mx.hostile.test ESMTP"));
        }
    }

private:
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        m_drip.stop();
        m_stream = Stream::None;
        m_socket->abort();
        deleteLater();
    }

    void onReadyRead()
    {
        if (m_finished)
            return;
        const QByteArray bytes = m_socket->readAll();
        if (m_silent)
            return; // read and forget: the client waits for ever
        m_input += bytes;
        processInput();
        if (m_input.size() > maxInputBytes)
            m_input = m_input.right(4); // a line this long is garbage; keep a possible "\r\n"
    }

    void processInput()
    {
        while (!m_finished && !m_silent) {
            if (m_inData) {
                const qsizetype end = m_input.indexOf("\r\n.\r\n");
                if (end < 0) {
                    m_input = m_input.right(4);
                    return;
                }
                m_input.remove(0, end + 5);
                m_inData = false;
                send(line("250 2.0.0 Ok: queued as HOSTILE1"));
                continue;
            }
            const qsizetype newline = m_input.indexOf('\n');
            if (newline < 0)
                return;
            QByteArray command = m_input.left(newline);
            m_input.remove(0, newline + 1);
            if (command.endsWith('\r'))
                command.chop(1);
            handle(command);
        }
    }

    void handle(const QByteArray &command)
    {
        const qsizetype space = command.indexOf(' ');
        const QByteArray verb = (space < 0 ? command : command.left(space)).toUpper();
        const bool hello = verb == "EHLO" || verb == "HELO";
        if (hello && m_script == HostileScript::ReplyToWrongCommand) {
            send(line("354 Start mail input; end with <CRLF>.<CRLF>"));
        } else if (hello && m_script == HostileScript::MegaLine) {
            startStream(Stream::MegaLine);
        } else if (hello && m_script == HostileScript::EndlessContinuation) {
            startStream(Stream::Endless);
        } else if (verb == "EHLO") {
            QByteArray reply
                = line("250-mx.hostile.test") + line("250-PIPELINING") + line("250-8BITMIME");
            if (m_script == HostileScript::StartTlsStall)
                reply += line("250-STARTTLS");
            send(reply + line("250 ENHANCEDSTATUSCODES"));
        } else if (verb == "HELO" || verb == "MAIL" || verb == "RSET" || verb == "NOOP") {
            send(line("250 2.0.0 Ok"));
        } else if (verb == "RCPT") {
            send(line("250 2.1.5 Ok"));
        } else if (verb == "DATA" && m_script == HostileScript::DataAcceptedThenSilent) {
            send(line("250 2.0.0 Ok"));
            m_silent = true;
        } else if (verb == "DATA") {
            send(line("354 End data with <CR><LF>.<CR><LF>"));
            m_inData = true;
        } else if (verb == "STARTTLS" && m_script == HostileScript::StartTlsStall) {
            send(line("220 2.0.0 Ready to start TLS"));
            m_silent = true; // and no TLS record ever follows
            m_input.clear();
        } else if (verb == "VRFY") {
            send(line("252 2.0.0 Cannot VRFY user"));
        } else if (verb == "HELP") {
            send(line("214 2.0.0 See RFC 5321"));
        } else if (verb == "QUIT") {
            send(line("221 2.0.0 Bye"));
            m_closeAfterOutput = true;
            if (m_pending.isEmpty())
                m_socket->disconnectFromHost();
        } else {
            send(line("502 5.5.2 Error: command not recognized"));
        }
    }

    void send(QByteArray bytes)
    {
        if (m_script == HostileScript::NulAndEightBit)
            bytes.replace(QByteArrayView("\r\n"), QByteArray(hostileTail + "\r\n"));
        if (m_script != HostileScript::BytePerPacket) {
            m_socket->write(bytes);
            return;
        }
        m_pending += bytes;
        if (!m_drip.isActive())
            m_drip.start();
    }

    void dripOneByte()
    {
        if (m_finished)
            return;
        if (!m_pending.isEmpty()) {
            m_socket->write(m_pending.first(1));
            m_socket->flush();
            m_pending.remove(0, 1);
        }
        if (m_pending.isEmpty()) {
            m_drip.stop();
            if (m_closeAfterOutput)
                m_socket->disconnectFromHost();
        }
    }

    enum class Stream { None, MegaLine, Endless };

    void startStream(Stream kind)
    {
        m_stream = kind;
        m_streamed = 0;
        m_silent = true; // nothing the client says matters any more
        pumpStream();
    }

    // Only as fast as the client reads: the socket's write buffer never holds much.
    void pumpStream()
    {
        while (!m_finished && m_stream != Stream::None
               && m_socket->bytesToWrite() < streamLowWater) {
            QByteArray piece;
            if (m_stream == Stream::MegaLine) {
                if (m_streamed == 0)
                    piece = "250 ";
                const qint64 left = megaLineBytes - m_streamed;
                piece += QByteArray(qsizetype(std::min<qint64>(left, streamPiece)), 'x');
                if (left <= streamPiece) {
                    piece += "\r\n";
                    m_stream = Stream::None;
                }
            } else {
                while (piece.size() < streamPiece)
                    piece += "250-endless continuation line " + QByteArray::number(++m_lines)
                        + "\r\n";
            }
            m_streamed += piece.size();
            m_socket->write(piece);
        }
    }

    HostileScript m_script;
    QTcpSocket *m_socket;
    QByteArray m_input;
    QByteArray m_pending;
    QTimer m_drip;
    Stream m_stream = Stream::None;
    qint64 m_streamed = 0;
    quint64 m_lines = 0;
    bool m_inData = false;
    bool m_silent = false;
    bool m_closeAfterOutput = false;
    bool m_finished = false;
};

} // namespace

const char *toString(HostileScript script)
{
    switch (script) {
    case HostileScript::NulAndEightBit:
        return "nul-and-8bit";
    case HostileScript::BytePerPacket:
        return "byte-per-packet";
    case HostileScript::StartTlsStall:
        return "starttls-stall";
    case HostileScript::SilentImplicitTls:
        return "silent-implicit-tls";
    case HostileScript::CloseBeforeGreeting:
        return "close-before-greeting";
    case HostileScript::ReplyToWrongCommand:
        return "354-to-ehlo";
    case HostileScript::DataAcceptedThenSilent:
        return "250-to-data-then-silence";
    case HostileScript::MegaLine:
        return "1mib-line";
    case HostileScript::EndlessContinuation:
        return "endless-continuation";
    }
    return "?";
}

HostileScriptServer::HostileScriptServer(HostileScript script, QObject *parent)
    : QObject(parent)
    , m_script(script)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HostileScriptServer::onNewConnection);
}

HostileScriptServer::~HostileScriptServer() = default;

bool HostileScriptServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 HostileScriptServer::port() const
{
    return m_server->serverPort();
}

int HostileScriptServer::openCount() const
{
    int open = 0;
    for (const QPointer<QObject> &connection : m_connections)
        open += connection ? 1 : 0;
    return open;
}

void HostileScriptServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_accepted;
        auto *connection = new ScriptedConnection(m_script, socket, this);
        m_connections.removeIf([](const QPointer<QObject> &c) { return c.isNull(); });
        m_connections.append(connection);
        connection->start();
    }
}

} // namespace mxscope::testing
