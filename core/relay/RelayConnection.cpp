// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayConnection.h"

#include "relay/RelayMessage.h"
#include "smtp/InputValidation.h"
#include "transcript/Transcript.h"

#include <algorithm>

namespace mxscope {

namespace {

// An error reply this much slower than the EHLO round trip (plus three round trips) is a
// tarpit's doing, not the network's.
constexpr qint64 slowErrorFloorMs = 150;
constexpr qint64 sameBurstMs = 5;
constexpr int receivedHistory = 256;

} // namespace

RelayConnection::RelayConnection(SessionOptions options, Transport *transport,
                                 Transcript *transcript, Settings settings, QObject *parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_settings(std::move(settings))
    , m_number(options.connectionNumber)
{
    options.autoHandshake = true;
    m_session = new SmtpSession(std::move(options), transport, this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this, &RelayConnection::onEntry);
    connect(session, &SmtpSession::greetingReceived, this,
            [this](const SmtpReply &reply) { m_greeting = reply; });
    connect(session, &SmtpSession::replyReceived, this, &RelayConnection::onReply);
    connect(session, &SmtpSession::handshakeCompleted, this, [this, session] {
        m_handshakeDone = true;
        m_ehloName = session->capabilities().serverName();
        m_peerAddress = session->peerAddress();
        Q_EMIT handshakeCompleted();
        pull();
    });
    connect(session, &SmtpSession::closed, this, &RelayConnection::onClosed);
}

RelayConnection::~RelayConnection()
{
    if (m_session && !m_finished) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

void RelayConnection::open()
{
    m_clock.start();
    m_session->open();
}

// The caller is done with this connection: no signals, nothing handed back.
void RelayConnection::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_finished = true;
    m_session->disconnect(this);
    m_session->cancel();
    m_error = SessionError::Cancelled;
    m_errorMessage = m_session->errorMessage();
}

bool RelayConnection::canTake() const
{
    if (!m_handshakeDone || m_finished || m_quitting || m_stopTaking
        || m_taken >= m_settings.maxVariants)
        return false;
    if (m_attempts.isEmpty() && m_errors == 0)
        return true; // a fresh session always runs one variant, whatever the budget
    if (m_settings.sendData && !m_attempts.isEmpty())
        return false; // DATA waits for the RCPT reply: one variant at a time
    if (m_attempts.size() >= m_settings.maxInFlight)
        return false;
    return m_errors + worstCaseErrors() + 2 <= m_settings.errorBudget;
}

void RelayConnection::take(int index, const RelayVariant &variant)
{
    Attempt attempt;
    attempt.index = index;
    attempt.outcome.variant = variant;
    attempt.outcome.connection = m_number;
    const SmtpCommand mail = SmtpCommand::mailFromPath(variant.mailFrom);
    const SmtpCommand rcpt = SmtpCommand::rcptToPath(variant.rcptTo);
    // Checked before either leaves; only a variant with CR/LF in it (never built) fails.
    auto problem = InputValidation::checkCommandLine(mail.line);
    if (!problem)
        problem = InputValidation::checkCommandLine(rcpt.line);
    if (problem) {
        attempt.outcome.stage = RelayStage::Error;
        attempt.outcome.error = *problem;
        ++m_decided;
        Q_EMIT variantDecided(index, attempt.outcome);
        return;
    }
    attempt.mailId = m_session->send(mail);
    attempt.rcptId = m_session->send(rcpt);
    if (!m_settings.sendData)
        attempt.rsetId = m_session->send(SmtpCommand::rset());
    ++m_taken;
    m_attempts.append(std::move(attempt));
}

void RelayConnection::onEntry(const TranscriptEntry &entry)
{
    const qsizetype index = m_transcript->append(entry);
    if (index < 0)
        return;
    if (entry.direction == TranscriptDirection::Received) {
        m_received.append(index);
        if (m_received.size() > receivedHistory)
            m_received.remove(0, m_received.size() - receivedHistory / 2);
        return;
    }
    if (entry.direction != TranscriptDirection::Sent)
        return;
    // Sent lines leave in the order the variants were queued: the first unmatched one wins.
    for (Attempt &a : m_attempts) {
        if (a.mailSent < 0
            && entry.text == QLatin1String("MAIL FROM:") + a.outcome.variant.mailFrom) {
            a.mailSent = index;
            return;
        }
        if (a.rcptSent < 0 && entry.text == QLatin1String("RCPT TO:") + a.outcome.variant.rcptTo) {
            a.rcptSent = index;
            return;
        }
        if (a.awaitingData && a.dataSent < 0 && entry.text == QLatin1String("DATA")) {
            a.dataSent = index;
            return;
        }
    }
}

QList<qsizetype> RelayConnection::replyLines(const SmtpReply &reply) const
{
    const qsizetype count = std::min<qsizetype>(reply.lines.size(), m_received.size());
    return m_received.mid(m_received.size() - count);
}

RelayConnection::Attempt *RelayConnection::find(quint64 commandId)
{
    for (Attempt &a : m_attempts) {
        if (a.mailId == commandId || a.rcptId == commandId || a.dataId == commandId
            || a.rsetId == commandId)
            return &a;
    }
    return nullptr;
}

void RelayConnection::onReply(const CommandResult &result)
{
    const SmtpReply &reply = result.reply;
    const bool dataGoAhead = result.command.verb == SmtpVerb::Data && reply.code == 354;
    if (reply.code >= 400 && reply.code != 421 && !dataGoAhead)
        ++m_errors;
    const qint64 slowGap = noteTiming(result);
    if (slowGap >= 0)
        m_stopTaking = true; // decided before this reply can free a slot
    if (reply.code == 421) {
        m_endedByServer = true;
        m_stopTaking = true; // the session is closing
        m_throttleEvidence += replyLines(reply);
    }
    if (Attempt *attempt = find(result.id)) {
        if (reply.code == 421 && !attempt->decided) {
            attempt->transient = reply;
            attempt->transientReason = tr("The server ended the session: %1").arg(reply.summary());
        } else if (result.id == attempt->mailId) {
            handleMail(*attempt, result);
        } else if (result.id == attempt->rcptId) {
            handleRcpt(*attempt, result);
        } else if (result.id == attempt->dataId) {
            handleData(*attempt, result);
        } else if (result.id == attempt->rsetId) {
            complete(result.id);
        }
    }
    if (m_finished || slowGap < 0 || m_slowSeen)
        return;
    m_slowSeen = true;
    // A tarpit: take nothing more here, and leave what is still queued to fresh sessions
    // rather than waiting out ever longer delays.
    m_throttleEvidence += replyLines(reply);
    Q_EMIT slowErrorSeen(slowGap);
    if (hasUndecided())
        QMetaObject::invokeMethod(this, &RelayConnection::abandon, Qt::QueuedConnection);
}

// Returns how long the server held back an error reply when that looks like a tarpit, or -1.
qint64 RelayConnection::noteTiming(const CommandResult &result)
{
    const qint64 now = m_clock.elapsed();
    const qint64 sentAt = now - result.latencyMs;
    const qint64 gap = now - std::max(sentAt, m_lastReplyAt);
    m_lastReplyAt = now;
    if (result.command.verb == SmtpVerb::Ehlo || result.command.verb == SmtpVerb::Helo) {
        m_baselineMs = result.latencyMs;
        return -1;
    }
    // Replies that arrive together share the wait before the first of them: a server that
    // holds back its output delays a whole pipelined burst.
    const qint64 threshold = slowErrorFloorMs + 3 * m_baselineMs;
    m_burstHeldMs = gap > threshold ? gap : gap <= sameBurstMs ? m_burstHeldMs : 0;
    // An error reply held back, or any reply held back once errors were made: Postfix slows
    // down every response after smtpd_soft_error_limit errors.
    const bool error = result.reply.code >= 400 && result.reply.code != 421;
    return (error || m_errors > 0) && m_handshakeDone && m_burstHeldMs > 0 ? m_burstHeldMs : -1;
}

void RelayConnection::handleMail(Attempt &attempt, const CommandResult &result)
{
    attempt.mailAnswered = true;
    if (result.reply.isPermanentFailure()) {
        decide(attempt, RelayStage::RejectedAtMail, result, replyLines(result.reply));
    } else if (!result.reply.isPositiveCompletion()) {
        attempt.transient = result.reply;
        attempt.transientReason
            = tr("Temporary failure at MAIL FROM: %1").arg(result.reply.summary());
    }
}

void RelayConnection::handleRcpt(Attempt &attempt, const CommandResult &result)
{
    attempt.rcptAnswered = true;
    const SmtpReply &reply = result.reply;
    if (attempt.decided || attempt.transient) {
        // MAIL was refused: this reply is the 503 that follows.
        if (m_settings.sendData)
            sendRset(attempt);
        return;
    }
    if (reply.isPositiveCompletion() && m_settings.sendData) {
        attempt.awaitingData = true;
        attempt.outcome.evidence = replyLines(reply);
        attempt.outcome.latencyMs = result.latencyMs;
        const QByteArray message
            = RelayMessage::build(m_settings.sender, m_settings.recipient, attempt.outcome.variant,
                                  m_settings.token, QDateTime::currentDateTime());
        attempt.dataId = m_session->send(SmtpCommand::data(message));
        return;
    }
    if (reply.isPositiveCompletion()) {
        decide(attempt, RelayStage::AcceptedAtRcpt, result, replyLines(reply));
        return;
    }
    if (reply.isPermanentFailure()) {
        const quint64 id = attempt.rcptId;
        decide(attempt, RelayStage::RejectedAtRcpt, result, replyLines(reply));
        if (m_settings.sendData && !m_finished)
            if (Attempt *again = find(id))
                sendRset(*again);
        return;
    }
    attempt.transient = reply;
    attempt.transientReason = tr("Temporary failure at RCPT TO: %1").arg(reply.summary());
    if (m_settings.sendData)
        sendRset(attempt);
}

// DATA is reported twice: 354 (go ahead) and, with verb DataBody, the end-of-data verdict.
void RelayConnection::handleData(Attempt &attempt, const CommandResult &result)
{
    const SmtpReply &reply = result.reply;
    if (result.command.verb == SmtpVerb::Data && reply.code == 354)
        return;
    QList<qsizetype> evidence = attempt.outcome.evidence + replyLines(reply);
    attempt.awaitingData = false;
    const quint64 id = attempt.dataId;
    const bool bodySent = result.command.verb == SmtpVerb::DataBody;
    decide(attempt,
           bodySent && reply.isPositiveCompletion() ? RelayStage::AcceptedAfterData
                                                    : RelayStage::RefusedAfterData,
           result, std::move(evidence));
    if (m_finished)
        return;
    if (bodySent) {
        complete(id);
    } else if (Attempt *again = find(id)) {
        sendRset(*again); // DATA itself refused: the transaction is still open
    }
}

void RelayConnection::sendRset(Attempt &attempt)
{
    attempt.rsetId = m_session->send(SmtpCommand::rset());
}

void RelayConnection::decide(Attempt &attempt, RelayStage stage, const CommandResult &result,
                             QList<qsizetype> evidence)
{
    attempt.decided = true;
    RelayOutcome &outcome = attempt.outcome;
    outcome.stage = stage;
    outcome.reply = result.reply;
    outcome.evidence = std::move(evidence);
    outcome.latencyMs = result.latencyMs;
    outcome.commandEvidence.clear();
    for (const qsizetype index : {attempt.mailSent, attempt.rcptSent, attempt.dataSent}) {
        if (index >= 0)
            outcome.commandEvidence.append(index);
    }
    ++m_decided;
    const RelayOutcome copy = outcome; // the slot may change m_attempts
    Q_EMIT variantDecided(attempt.index, copy);
}

// The variant's last reply arrived: hand it back if undecided, then ask for more work.
void RelayConnection::complete(quint64 commandId)
{
    const auto it = std::find_if(m_attempts.begin(), m_attempts.end(), [&](const Attempt &a) {
        return a.rsetId == commandId || a.dataId == commandId;
    });
    if (it == m_attempts.end())
        return;
    const Attempt attempt = *it;
    m_attempts.erase(it);
    if (!attempt.decided)
        Q_EMIT variantReturned(attempt.index, true,
                               attempt.transient ? attempt.transientReason
                                                 : tr("The server gave no verdict."),
                               attempt.transient.value_or(SmtpReply {}));
    if (!m_finished)
        pull();
}

void RelayConnection::pull()
{
    if (m_finished || m_quitting || !m_handshakeDone)
        return;
    if (canTake())
        Q_EMIT wantsWork(); // the test calls take() while canTake() holds
    if (m_finished || !m_attempts.isEmpty())
        return;
    m_quitting = true;
    m_session->quit();
}

void RelayConnection::setErrorBudget(int budget)
{
    m_settings.errorBudget = budget;
}

void RelayConnection::abandon()
{
    if (m_finished)
        return;
    m_abandoned = true;
    m_session->cancel();
}

int RelayConnection::worstCaseErrors() const
{
    int worst = 0;
    for (const Attempt &a : m_attempts) {
        if (!a.mailAnswered)
            worst += 2; // MAIL refused, then 503 to RCPT
        else if (!a.rcptAnswered || a.awaitingData)
            worst += 1;
    }
    return worst;
}

bool RelayConnection::hasUndecided() const
{
    return std::any_of(m_attempts.cbegin(), m_attempts.cend(),
                       [](const Attempt &a) { return !a.decided; });
}

void RelayConnection::onClosed()
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = m_session->error();
    m_errorMessage = m_session->errorMessage();
    if (!m_abandoned && !m_quitting && m_handshakeDone)
        m_endedByServer = true;
    // The first variant left waiting is the one the server hung up on; the others were
    // only queued behind it. A variant sent back by a 4xx or 421 is charged as well.
    const bool charge = !m_abandoned && !m_cancelled;
    bool first = true;
    const QList<Attempt> attempts = std::exchange(m_attempts, {});
    for (const Attempt &a : attempts) {
        if (a.decided)
            continue;
        const QString reason = a.transient ? a.transientReason
            : m_abandoned              ? tr("Moved to a fresh session (the server slowed down).")
            : m_errorMessage.isEmpty() ? tr("The connection ended before the server answered.")
                                       : m_errorMessage;
        Q_EMIT variantReturned(a.index, charge && (first || a.transient), reason,
                               a.transient.value_or(SmtpReply {}));
        first = false;
    }
    m_session->deleteLater();
    Q_EMIT finished();
}

} // namespace mxscope
