// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/SmtpSession.h"

#include "smtp/DataEncoder.h"
#include "smtp/InputValidation.h"
#include "transcript/SafeText.h"

#include <QDateTime>

namespace mxscope {

namespace {

constexpr int maxLoggedBodyLines = 200;

// Strongest mechanism first; PLAIN and LOGIN only differ in round trips.
AuthMechanism pickMechanism(const QStringList &offered)
{
    if (offered.contains(QLatin1String("CRAM-MD5")))
        return AuthMechanism::CramMd5;
    if (offered.contains(QLatin1String("PLAIN")) || !offered.contains(QLatin1String("LOGIN")))
        return AuthMechanism::Plain;
    return AuthMechanism::Login;
}

} // namespace

SmtpSession::SmtpSession(SessionOptions options, Transport *transport, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_transport(transport)
    , m_parser(m_options.limits)
{
    m_transport->setParent(this);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SmtpSession::onTimeout);
    connect(m_transport, &Transport::connected, this, &SmtpSession::onConnected);
    connect(m_transport, &Transport::encrypted, this, &SmtpSession::onEncrypted);
    connect(m_transport, &Transport::received, this, &SmtpSession::onReceived);
    connect(m_transport, &Transport::closed, this, &SmtpSession::onTransportClosed);
    connect(m_transport, &Transport::failed, this, &SmtpSession::onTransportFailed);
}

SmtpSession::~SmtpSession()
{
    if (!m_finished)
        m_transport->abort();
}

QString SmtpSession::describe(SessionState state)
{
    switch (state) {
    case SessionState::Disconnected:
        return tr("Not connected");
    case SessionState::Connecting:
        return tr("Connecting");
    case SessionState::TlsHandshake:
        return tr("Negotiating TLS");
    case SessionState::AwaitingGreeting:
        return tr("Waiting for the server's greeting");
    case SessionState::Ready:
        return tr("Connected, ready for a command");
    case SessionState::AwaitingReply:
        return tr("Waiting for the server's reply");
    case SessionState::Closing:
        return tr("Closing");
    case SessionState::Closed:
        return tr("Closed");
    case SessionState::Failed:
        return tr("Failed");
    }
    return {};
}

void SmtpSession::open()
{
    if (m_state != SessionState::Disconnected)
        return;
    if (const auto problem = InputValidation::checkField(m_options.heloName, tr("The HELO name"))) {
        fail(SessionError::InvalidInput, *problem);
        return;
    }
    m_clock.start();
    log(TranscriptDirection::Event,
        tr("Connecting to %1 port %2%3")
            .arg(m_options.host)
            .arg(m_options.port)
            .arg(m_options.tls == TlsMode::Implicit ? tr(" (implicit TLS)") : QString()));
    setState(SessionState::Connecting);
    m_transport->connectToHost(m_options.host, m_options.port, m_options.tls == TlsMode::Implicit);
}

quint64 SmtpSession::send(const SmtpCommand &command, QString *error)
{
    Pending pending;
    pending.command = command;
    return enqueue(std::move(pending), error);
}

quint64 SmtpSession::authenticate(const Credentials &credentials, QString *error)
{
    return enqueueAuthentication(credentials, false, error);
}

quint64 SmtpSession::enqueueAuthentication(const Credentials &credentials, bool internal,
                                           QString *error)
{
    for (const QString &field : {credentials.user, credentials.password}) {
        if (const auto problem
            = InputValidation::checkField(field, tr("The user name or password"))) {
            if (error)
                *error = *problem;
            return 0;
        }
    }
    const AuthMechanism mechanism
        = credentials.mechanism.value_or(pickMechanism(m_capabilities.authMechanisms()));
    Pending pending;
    pending.internal = internal;
    pending.auth
        = std::make_shared<AuthExchange>(mechanism, credentials.user, credentials.password);
    pending.command.verb = SmtpVerb::Auth;
    pending.command.line = pending.auth->initialLine();
    pending.command.transcriptText = pending.auth->initialTranscriptText();
    return enqueue(std::move(pending), error);
}

quint64 SmtpSession::enqueue(Pending pending, QString *error)
{
    if (const auto problem = InputValidation::checkCommandLine(pending.command.line)) {
        if (error)
            *error = *problem;
        log(TranscriptDirection::Event, *problem);
        return 0;
    }
    if (m_finished) {
        if (error)
            *error = tr("The session is closed.");
        return 0;
    }
    pending.id = m_nextId++;
    const quint64 id = pending.id;
    if (pending.internal)
        m_queue.prepend(std::move(pending));
    else
        m_queue.append(std::move(pending));
    schedulePump();
    return id;
}

void SmtpSession::quit()
{
    send(SmtpCommand::quit());
}

void SmtpSession::cancel()
{
    fail(SessionError::Cancelled, tr("Cancelled."));
}

bool SmtpSession::isEncrypted() const
{
    return m_encrypted;
}

TlsDetails SmtpSession::tlsDetails() const
{
    return m_transport->tlsDetails();
}

QString SmtpSession::peerAddress() const
{
    return m_transport->peerAddress();
}

bool SmtpSession::pipeliningActive() const
{
    return m_options.usePipelining && m_capabilities.has(QStringLiteral("PIPELINING"));
}

void SmtpSession::setState(SessionState state)
{
    const bool changed = state != m_state;
    m_state = state;
    restartTimer();
    if (changed)
        Q_EMIT stateChanged(state);
}

void SmtpSession::restartTimer()
{
    const SessionTimeouts &t = m_options.timeouts;
    int budget = 0;
    switch (m_state) {
    case SessionState::Connecting:
        budget = t.connectMs + (m_options.tls == TlsMode::Implicit ? t.tlsHandshakeMs : 0);
        break;
    case SessionState::TlsHandshake:
        budget = t.tlsHandshakeMs;
        break;
    case SessionState::AwaitingGreeting:
        budget = t.greetingMs;
        break;
    case SessionState::AwaitingReply:
    case SessionState::Closing:
        budget = !m_inFlight.isEmpty() && m_inFlight.constFirst().command.verb == SmtpVerb::DataBody
            ? t.dataEndMs
            : t.commandMs;
        break;
    default:
        m_timer.stop();
        return;
    }
    m_timer.start(budget);
}

// Commands queued in one turn of the event loop leave together: one write, one TCP segment
// where the server allows pipelining.
void SmtpSession::schedulePump()
{
    if (m_pumpScheduled)
        return;
    m_pumpScheduled = true;
    QMetaObject::invokeMethod(this, &SmtpSession::pump, Qt::QueuedConnection);
}

void SmtpSession::pump()
{
    m_pumpScheduled = false;
    if (m_state != SessionState::Ready && m_state != SessionState::AwaitingReply)
        return;
    const bool handshaking = m_handshake != Handshake::Off && m_handshake != Handshake::Done;
    QByteArray batch;
    while (!m_queue.isEmpty()) {
        if (handshaking && !m_queue.constFirst().internal)
            break;
        if (!m_inFlight.isEmpty()
            && !(pipeliningActive() && m_inFlight.constLast().command.mayBeFollowedInPipeline()))
            break;
        Pending pending = m_queue.takeFirst();
        pending.sentAtMs = m_clock.elapsed();
        log(TranscriptDirection::Sent, pending.command.transcriptText);
        batch += pending.command.line + "\r\n";
        m_inFlight.append(std::move(pending));
    }
    if (batch.isEmpty())
        return;
    m_transport->write(batch);
    setState(SessionState::AwaitingReply);
}

void SmtpSession::writeLine(const QByteArray &line, const QString &transcriptText)
{
    log(TranscriptDirection::Sent, transcriptText);
    m_transport->write(line + "\r\n");
}

void SmtpSession::log(TranscriptDirection direction, const QString &text)
{
    TranscriptEntry entry;
    entry.timestampMs = QDateTime::currentMSecsSinceEpoch();
    entry.direction = direction;
    entry.tls = m_encrypted;
    entry.connection = m_options.connectionNumber;
    entry.text = text;
    Q_EMIT transcriptEntry(entry);
}

void SmtpSession::onConnected()
{
    m_connectedAtMs = m_clock.elapsed();
    m_encrypted = m_transport->isEncrypted();
    log(TranscriptDirection::Event, tr("Connected to %1").arg(m_transport->peerAddress()));
    if (m_encrypted)
        onEncrypted();
    setState(SessionState::AwaitingGreeting);
}

void SmtpSession::onEncrypted()
{
    // Remembered here: a closed socket no longer says whether it was encrypted.
    m_encrypted = true;
    const TlsDetails details = m_transport->tlsDetails();
    log(TranscriptDirection::Event,
        tr("TLS established: %1, %2").arg(details.protocol, details.cipher));
    // RFC 3207 4.2: everything learnt before the upgrade is void.
    m_capabilities = Capabilities();
    Q_EMIT tlsEstablished(details);
    if (m_state != SessionState::TlsHandshake)
        return; // implicit TLS: the greeting comes next
    setState(SessionState::Ready);
    if (m_handshake == Handshake::StartTls) {
        m_handshake = Handshake::EhloAfterTls;
        sendInternal(SmtpCommand::ehlo(m_options.heloName));
    } else {
        pump();
    }
}

void SmtpSession::onReceived(const QByteArray &bytes)
{
    if (m_finished)
        return;
    ReplyParser::Output out;
    m_parser.feed(bytes, out);
    // Each reply's lines are logged just before it is handled, so a listener can cite them.
    // A multi-line reply may arrive over several reads: its first lines were logged then.
    qsizetype logged = 0;
    for (qsizetype i = 0; i < out.replies.size() && !m_finished; ++i) {
        const qsizetype fresh
            = out.replies.at(i).lines.size() - std::exchange(m_linesLoggedAhead, 0);
        for (qsizetype n = 0; n < fresh && logged < out.lines.size(); ++n)
            log(TranscriptDirection::Received, safeText(out.lines.at(logged++)));
        dispatch(out.replies.at(i), i + 1 < out.replies.size() || m_parser.hasPendingInput());
    }
    m_linesLoggedAhead += out.lines.size() - logged;
    while (logged < out.lines.size())
        log(TranscriptDirection::Received, safeText(out.lines.at(logged++)));
    if (m_parser.hasFailed() && !m_finished)
        fail(SessionError::ProtocolViolation, m_parser.violationMessage());
}

void SmtpSession::dispatch(const SmtpReply &reply, bool moreBytesFollow)
{
    if (m_state == SessionState::AwaitingGreeting) {
        handleGreeting(reply);
        return;
    }
    if (m_inFlight.isEmpty()) {
        log(TranscriptDirection::Event, tr("The server sent a reply nobody asked for."));
        Q_EMIT unsolicitedReply(reply);
        return;
    }
    if (handleIntermediate(m_inFlight.first(), reply))
        return;
    const Pending pending = m_inFlight.takeFirst();
    if (m_inFlight.isEmpty())
        setState(SessionState::Ready);
    else
        restartTimer();
    completeCommand(pending, reply, moreBytesFollow);
}

void SmtpSession::handleGreeting(const SmtpReply &reply)
{
    m_greeting = reply;
    m_greetingDelayMs = m_clock.elapsed() - m_connectedAtMs;
    Q_EMIT greetingReceived(reply);
    if (!reply.isPositiveCompletion()) {
        fail(SessionError::GreetingRefused,
             tr("The server refused the session: %1").arg(reply.summary()));
        return;
    }
    setState(SessionState::Ready);
    if (!m_options.autoHandshake) {
        Q_EMIT handshakeCompleted();
        pump();
        return;
    }
    m_handshake = Handshake::Ehlo;
    sendInternal(SmtpCommand::ehlo(m_options.heloName));
}

// Handles 334 (AUTH) and 354 (DATA) without completing the command; true when handled.
bool SmtpSession::handleIntermediate(Pending &head, const SmtpReply &reply)
{
    if (reply.code == 334 && head.command.verb == SmtpVerb::Auth && head.auth) {
        const auto answer = head.auth->respond(reply);
        writeLine(answer.value_or("*"),
                  answer ? QStringLiteral("<redacted>") : QStringLiteral("*"));
        restartTimer();
        return true;
    }
    if (reply.code == 354 && head.command.verb == SmtpVerb::Data) {
        Q_EMIT replyReceived({head.id, head.command, reply, m_clock.elapsed() - head.sentAtMs});
        const QByteArray encoded = encodeMessageForData(head.command.body);
        const QList<QByteArray> lines = encoded.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size() && i < maxLoggedBodyLines; ++i)
            log(TranscriptDirection::Sent, safeText(QByteArrayView(lines.at(i)).chopped(1)));
        if (lines.size() - 1 > maxLoggedBodyLines)
            log(TranscriptDirection::Event,
                tr("%n more message line(s) sent", nullptr,
                   int(lines.size() - 1 - maxLoggedBodyLines)));
        head.command.verb = SmtpVerb::DataBody;
        head.sentAtMs = m_clock.elapsed();
        m_transport->write(encoded);
        restartTimer();
        return true;
    }
    return false;
}

void SmtpSession::completeCommand(const Pending &pending, const SmtpReply &reply,
                                  bool moreBytesFollow)
{
    Q_EMIT replyReceived(
        {pending.id, pending.command, reply, m_clock.elapsed() - pending.sentAtMs});
    if (m_finished)
        return;
    if (pending.command.verb == SmtpVerb::Ehlo && reply.isPositiveCompletion())
        m_capabilities = Capabilities::fromEhloReply(reply);
    if (pending.internal) {
        advanceHandshake(pending, reply, moreBytesFollow);
        return;
    }
    if (pending.command.verb == SmtpVerb::StartTls && reply.isPositiveCompletion()) {
        beginTlsUpgrade(moreBytesFollow);
        return;
    }
    if (pending.command.verb == SmtpVerb::Quit || reply.code == 421) {
        setState(SessionState::Closing);
        m_transport->close();
        return;
    }
    pump();
}

void SmtpSession::advanceHandshake(const Pending &pending, const SmtpReply &reply,
                                   bool moreBytesFollow)
{
    switch (pending.command.verb) {
    case SmtpVerb::Ehlo:
        if (reply.isPermanentFailure() && m_handshake == Handshake::Ehlo) {
            // RFC 5321 3.2: an old server that does not know EHLO still knows HELO.
            m_handshake = Handshake::Helo;
            m_usedHelo = true;
            sendInternal(SmtpCommand::helo(m_options.heloName));
            return;
        }
        [[fallthrough]];
    case SmtpVerb::Helo:
        if (!reply.isPositiveCompletion()) {
            fail(SessionError::HelloRefused,
                 tr("The server refused %1: %2")
                     .arg(toString(pending.command.verb), reply.summary()));
            return;
        }
        if (m_options.tls == TlsMode::StartTls && !m_encrypted) {
            if (!m_capabilities.has(QStringLiteral("STARTTLS"))) {
                fail(SessionError::StartTlsUnavailable, tr("The server does not offer STARTTLS."));
                return;
            }
            m_handshake = Handshake::StartTls;
            sendInternal(SmtpCommand::startTls());
            return;
        }
        startAuthentication();
        return;
    case SmtpVerb::StartTls:
        if (!reply.isPositiveCompletion()) {
            fail(SessionError::StartTlsUnavailable,
                 tr("The server refused STARTTLS: %1").arg(reply.summary()));
            return;
        }
        beginTlsUpgrade(moreBytesFollow);
        return;
    case SmtpVerb::Auth:
        if (!reply.isPositiveCompletion()) {
            fail(SessionError::AuthenticationFailed,
                 tr("Authentication failed: %1").arg(reply.summary()));
            return;
        }
        finishHandshake();
        return;
    default:
        finishHandshake();
        return;
    }
}

// moreBytesFollow: the server sent bytes after its 220, before any TLS record could exist.
// Feeding them to the TLS layer would let a man in the middle inject commands (RFC 3207 5).
void SmtpSession::beginTlsUpgrade(bool moreBytesFollow)
{
    if (moreBytesFollow) {
        fail(SessionError::StartTlsInjection,
             tr("The server sent more data right after agreeing to STARTTLS; "
                "those bytes could be injected into the encrypted session."));
        return;
    }
    setState(SessionState::TlsHandshake);
    m_transport->startTls();
}

void SmtpSession::sendInternal(const SmtpCommand &command)
{
    Pending pending;
    pending.command = command;
    pending.internal = true;
    enqueue(std::move(pending), nullptr);
}

void SmtpSession::startAuthentication()
{
    if (!m_options.credentials) {
        finishHandshake();
        return;
    }
    m_handshake = Handshake::Auth;
    QString error;
    if (enqueueAuthentication(*m_options.credentials, true, &error) == 0)
        fail(SessionError::InvalidInput, error);
}

void SmtpSession::finishHandshake()
{
    m_handshake = Handshake::Done;
    Q_EMIT handshakeCompleted();
    pump();
}

void SmtpSession::onTransportClosed()
{
    if (m_finished)
        return;
    if (m_state == SessionState::Closing || (m_state == SessionState::Ready && m_queue.isEmpty())) {
        if (m_state != SessionState::Closing) {
            m_error = SessionError::ConnectionClosed;
            m_errorMessage = tr("The server closed the connection.");
        }
        log(TranscriptDirection::Event, tr("Connection closed"));
        finish(SessionState::Closed);
        return;
    }
    const QString waitingFor = m_inFlight.isEmpty()
        ? describe(m_state).toLower()
        : tr("waiting for the reply to %1").arg(toString(m_inFlight.constFirst().command.verb));
    fail(SessionError::ConnectionClosed,
         tr("The server closed the connection (%1).").arg(waitingFor));
}

void SmtpSession::onTransportFailed(TransportError error, const QString &message)
{
    switch (error) {
    case TransportError::HostNotFound:
        fail(SessionError::HostNotFound, tr("Host %1 not found: %2").arg(m_options.host, message));
        return;
    case TransportError::ConnectionRefused:
        fail(SessionError::ConnectionRefused,
             tr("Connection to %1 port %2 refused.").arg(m_options.host).arg(m_options.port));
        return;
    case TransportError::RemoteClosed:
        onTransportClosed();
        return;
    case TransportError::TlsFailed:
        fail(SessionError::TlsFailed, tr("The TLS handshake failed: %1").arg(message));
        return;
    case TransportError::Network:
        fail(SessionError::NetworkError, tr("Network error: %1").arg(message));
        return;
    }
}

void SmtpSession::onTimeout()
{
    if (m_state == SessionState::Closing) {
        finish(SessionState::Closed);
        return;
    }
    QString message = tr("Timed out: %1 took longer than %2 s.")
                          .arg(describe(m_state))
                          .arg(double(m_timer.interval()) / 1000.0);
    if (!m_inFlight.isEmpty())
        message = tr("Timed out waiting for the reply to %1 (%2 s).")
                      .arg(toString(m_inFlight.constFirst().command.verb))
                      .arg(double(m_timer.interval()) / 1000.0);
    if (!m_parser.partialLine().isEmpty())
        message += QLatin1Char(' ')
            + tr("The server had sent only: \"%1\".")
                  .arg(safeText(m_parser.partialLine().first(
                      std::min<qsizetype>(80, m_parser.partialLine().size()))));
    fail(SessionError::Timeout, message);
}

void SmtpSession::fail(SessionError error, const QString &message)
{
    if (m_finished)
        return;
    m_error = error;
    m_errorMessage = message;
    log(TranscriptDirection::Event, message);
    m_transport->abort();
    Q_EMIT failed(error, message);
    finish(SessionState::Failed);
}

void SmtpSession::finish(SessionState finalState)
{
    if (m_finished)
        return;
    m_finished = true;
    m_queue.clear();
    m_inFlight.clear();
    setState(finalState);
    Q_EMIT closed();
}

} // namespace mxscope
