// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeConnection.h"

#include "practice/PracticeCertificate.h"
#include "practice/PracticeContentFilter.h"

#include <QSslSocket>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace mxscope {

namespace {

constexpr qint64 readBufferBytes = 64 * 1024; // the socket stops reading beyond this
constexpr qsizetype inputPieceBytes = 16 * 1024;
constexpr qsizetype streamPieceBytes = 16 * 1024;
constexpr qint64 streamLowWater = 64 * 1024; // make more hostile output below this
constexpr qsizetype dripPauseBytes = 4 * 1024; // stop reading commands while this much drips
constexpr qsizetype dripMaxBytes = 64 * 1024;
constexpr int dripIntervalMs = 200;
constexpr int closeGraceMs = 5000;

QString describePeer(const QSslSocket *socket)
{
    const QHostAddress address = socket->peerAddress();
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(socket->peerPort());
}

} // namespace

PracticeConnection::PracticeConnection(quint64 id, QSslSocket *socket,
                                       const PracticeProfile &profile,
                                       const PracticeDirectory &directory,
                                       const PracticeLimits &limits,
                                       const PracticeCertificate *certificate, bool implicitTls,
                                       QObject *parent)
    : QObject(parent)
    , m_id(id)
    , m_socket(socket)
    , m_peer(describePeer(socket))
    , m_profile(profile)
    , m_limits(limits)
    , m_certificate(certificate)
    , m_implicitTls(implicitTls)
    , m_dialogue(profile, directory, limits, certificate != nullptr,
                 socket->peerAddress().toString())
    , m_dripping(profile.fromGreeting == PracticeMisbehaviour::Drip)
{
    m_socket->setParent(this);
    m_socket->setReadBufferSize(readBufferBytes);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(m_limits.idleTimeoutMs);
    m_delayTimer.setSingleShot(true);
    m_delayTimer.setTimerType(Qt::PreciseTimer); // a tarpit delay must never come early
    m_dripTimer.setInterval(dripIntervalMs);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(closeGraceMs);
    connect(&m_idleTimer, &QTimer::timeout, this, &PracticeConnection::onIdleTimeout);
    connect(&m_delayTimer, &QTimer::timeout, this, [this] {
        execute(std::exchange(m_delayed, {}));
        processInput();
    });
    connect(&m_dripTimer, &QTimer::timeout, this, &PracticeConnection::dripOneByte);
    connect(&m_closeTimer, &QTimer::timeout, this, &PracticeConnection::abort);
    connect(m_socket, &QSslSocket::readyRead, this, &PracticeConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &PracticeConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this,
            &PracticeConnection::onBytesWritten);
    connect(m_socket, &QSslSocket::encrypted, this, &PracticeConnection::onEncrypted);
    connect(m_socket, &QSslSocket::disconnected, this, &PracticeConnection::finish);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PracticeConnection::abort);
}

PracticeConnection::~PracticeConnection()
{
    m_socket->disconnect(this);
    m_socket->abort();
}

void PracticeConnection::start()
{
    m_idleTimer.start();
    if (m_implicitTls)
        beginTls(); // the greeting follows the handshake
    else
        sendGreeting();
}

void PracticeConnection::abort()
{
    if (m_finished)
        return;
    m_socket->abort();
    finish();
}

void PracticeConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_dripTimer.stop();
    m_closeTimer.stop();
    m_stream.reset();
    m_message.reset();
    m_input.clear();
    m_drip.clear();
    Q_EMIT finished(m_id);
}

void PracticeConnection::sendGreeting()
{
    m_greeted = true;
    switch (m_profile.fromGreeting) {
    case PracticeMisbehaviour::LongLine:
    case PracticeMisbehaviour::EndlessReply:
    case PracticeMisbehaviour::Garbage:
        startStream(m_profile.fromGreeting, "220");
        return;
    default:
        write(m_dialogue.greeting());
        processInput();
        return;
    }
}

void PracticeConnection::beginTls()
{
    if (!m_certificate) {
        abort();
        return;
    }
    m_handshaking = true;
    m_socket->setLocalCertificate(m_certificate->certificate());
    m_socket->setPrivateKey(m_certificate->key());
    m_socket->setPeerVerifyMode(QSslSocket::VerifyNone); // no client certificates
    m_socket->startServerEncryption();
}

void PracticeConnection::onEncrypted()
{
    m_handshaking = false;
    m_dialogue.tlsEstablished();
    if (!m_greeted)
        sendGreeting();
    else
        processInput();
}

void PracticeConnection::onReadyRead()
{
    if (m_finished)
        return;
    m_idleTimer.start();
    if (m_closing) {
        m_socket->readAll(); // nobody will answer any more
        return;
    }
    processInput();
}

void PracticeConnection::onBytesWritten()
{
    if (m_finished)
        return;
    if (m_stream)
        pumpStream();
    else
        processInput();
}

bool PracticeConnection::canProcess() const
{
    return !m_finished && !m_closing && m_greeted && !m_handshaking && !m_stream
        && !m_delayTimer.isActive() && m_drip.size() < dripPauseBytes
        && queuedOutput() < m_limits.maxQueuedOutput;
}

// Answers every complete command line in the buffer, in order (RFC 2920 pipelining).
void PracticeConnection::processInput()
{
    const qsizetype piece = std::max<qsizetype>(inputPieceBytes, m_limits.maxLineLength + 2);
    while (canProcess()) {
        const qsizetype before = m_input.size();
        if (m_input.size() < piece)
            m_input += m_socket->read(piece - m_input.size());
        const bool gotMore = m_input.size() > before;
        if (m_message) {
            if (!consumeMessage())
                return;
            continue;
        }
        const qsizetype newline = m_input.indexOf('\n');
        if (newline < 0) {
            if (m_discardingLongLine) {
                m_input.clear();
            } else if (m_input.size() > m_limits.maxLineLength) {
                // Answer once, then drop the rest of the line whenever it arrives.
                m_input.clear();
                m_discardingLongLine = true;
                perform(m_dialogue.lineTooLong());
                continue;
            }
            if (!gotMore)
                return;
            continue;
        }
        QByteArray line = m_input.left(newline);
        m_input.remove(0, newline + 1);
        if (std::exchange(m_discardingLongLine, false))
            continue;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > m_limits.maxLineLength) {
            perform(m_dialogue.lineTooLong());
            continue;
        }
        const PracticeDialogue::Step step = m_dialogue.handleLine(line);
        Q_EMIT commandReceived(m_id, step.logText);
        perform(step);
    }
}

// Returns false when the message needs more input.
bool PracticeConnection::consumeMessage()
{
    if (m_resetInMessage && !m_input.isEmpty()) {
        resetConnection();
        return false;
    }
    const qsizetype used = m_message->feed(m_input);
    if (m_profile.contentFilter)
        m_messageContent += m_input.first(std::min<qsizetype>(
            used, PracticeContentFilter::maxScannedBytes - m_messageContent.size()));
    m_input.remove(0, used);
    if (!m_message->isComplete())
        return m_socket->bytesAvailable() > 0;
    const qint64 size = m_message->size();
    const bool tooLarge = m_message->exceedsLimit();
    m_message.reset();
    const auto refusal = m_profile.contentFilter && !tooLarge
        ? PracticeContentFilter::judge(std::exchange(m_messageContent, {}))
        : std::nullopt;
    m_messageContent.clear();
    Q_EMIT messageReceived(m_id, size);
    perform(refusal ? m_dialogue.messageFiltered(*refusal) : m_dialogue.messageEnd(size, tooLarge));
    return true;
}

void PracticeConnection::perform(const PracticeDialogue::Step &step)
{
    if (m_finished)
        return;
    if (step.action == PracticeDialogue::Action::Misbehave) {
        startStream(step.misbehaviour, "250");
        return;
    }
    if (const int delay = tarpitDelayMs(step); delay > 0) {
        m_delayed = step;
        m_delayTimer.start(delay);
        return;
    }
    execute(step);
}

void PracticeConnection::execute(const PracticeDialogue::Step &step)
{
    if (m_finished)
        return;
    write(step.reply);
    switch (step.action) {
    case PracticeDialogue::Action::StartTls:
        if (m_dripping)
            m_socket->write(std::exchange(m_drip, {})); // the 220 must precede the handshake
        // RFC 3207 5: anything the client pipelined after STARTTLS could be an injection.
        m_input.clear();
        m_socket->readAll();
        beginTls();
        break;
    case PracticeDialogue::Action::BeginData:
        m_message.emplace(m_limits.maxMessageBytes);
        m_resetInMessage = step.misbehaviour == PracticeMisbehaviour::ResetInData;
        break;
    case PracticeDialogue::Action::Close:
        closeGracefully();
        break;

    default:
        break;
    }
}

int PracticeConnection::tarpitDelayMs(const PracticeDialogue::Step &step) const
{
    if (!step.error || m_profile.tarpitBaseMs <= 0)
        return 0;
    const int doublings = std::clamp(m_dialogue.errorCount() - 1, 0, 16);
    const qint64 delay = qint64(m_profile.tarpitBaseMs) << doublings;
    return int(m_profile.tarpitMaxMs > 0 ? std::min<qint64>(delay, m_profile.tarpitMaxMs) : delay);
}

void PracticeConnection::startStream(PracticeMisbehaviour kind, const QByteArray &code)
{
    m_stream.emplace(kind, code);
    pumpStream();
}

// Writes hostile output only while the client keeps taking it, so it costs bounded memory.
void PracticeConnection::pumpStream()
{
    while (m_stream && !m_finished && queuedOutput() < streamLowWater) {
        if (m_stream->atEnd()) {
            const bool close = m_stream->closesAfterwards();
            m_stream.reset();
            if (close)
                closeGracefully();
            else
                processInput();
            return;
        }
        write(m_stream->next(streamPieceBytes));
    }
}

void PracticeConnection::write(const QByteArray &bytes)
{
    if (m_finished || bytes.isEmpty())
        return;
    if (!m_dripping) {
        m_socket->write(bytes);
        return;
    }
    if (m_drip.size() + bytes.size() > dripMaxBytes) {
        abort();
        return;
    }
    m_drip += bytes;
    if (!m_dripTimer.isActive())
        m_dripTimer.start();
}

qint64 PracticeConnection::queuedOutput() const
{
    return m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite() + m_drip.size();
}

void PracticeConnection::dripOneByte()
{
    if (!m_drip.isEmpty()) {
        m_socket->write(m_drip.first(1));
        m_drip.remove(0, 1);
    }
    if (m_drip.isEmpty()) {
        m_dripTimer.stop();
        if (m_closing) {
            m_socket->disconnectFromHost();
            return;
        }
    }
    processInput();
}

void PracticeConnection::closeGracefully()
{
    if (m_closing || m_finished)
        return;
    m_closing = true;
    m_stream.reset();
    m_idleTimer.stop();
    m_delayTimer.stop();
    m_closeTimer.start(); // a client that never reads cannot keep us waiting
    if (m_dripping && !m_drip.isEmpty())
        return; // dripOneByte() hangs up once the last byte is out
    m_socket->disconnectFromHost();
}

// A TCP reset rather than a polite close: SO_LINGER with a zero timeout.
void PracticeConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    const qintptr descriptor = m_socket->socketDescriptor();
    if (descriptor != -1) {
        const linger option {1, 0};
        ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    }
#endif
    abort();
}

void PracticeConnection::onIdleTimeout()
{
    if (m_finished)
        return;
    if (m_closing || m_stream || m_dripping || m_handshaking || !m_greeted) {
        abort();
        return;
    }
    execute(m_dialogue.idleTimeout());
}

} // namespace mxscope
