// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/ConnectionRamp.h"

#include "smtp/SmtpSession.h"
#include "transcript/SafeText.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

#include <QTimer>

#include <algorithm>
#include <memory>

namespace mxscope {

ConnectionRamp::ConnectionRamp(SessionOptions target, RampSettings settings, Transcript *transcript,
                               QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_settings(settings)
    , m_transcript(transcript)
    , m_transportFactory([] { return new SocketTransport; })
{
    // Only the greeting matters: no EHLO, no STARTTLS; implicit TLS stays, as the port needs it.
    m_target.autoHandshake = false;
    m_target.credentials.reset();
    if (m_target.tls == TlsMode::StartTls)
        m_target.tls = TlsMode::None;
    m_target.timeouts.connectMs = m_settings.connectTimeoutMs;
    m_target.timeouts.tlsHandshakeMs = m_settings.connectTimeoutMs;
    m_target.timeouts.greetingMs = m_settings.greetingTimeoutMs;
    m_target.timeouts.commandMs = m_settings.quitTimeoutMs;
}

ConnectionRamp::~ConnectionRamp()
{
    cancel();
}

int ConnectionRamp::stepSize() const
{
    if (m_settings.stepSize > 0)
        return m_settings.stepSize;
    return std::max(1, (m_settings.maxConnections + 9) / 10);
}

void ConnectionRamp::start()
{
    m_clock.start();
    m_budget.setRemainingTime(m_settings.budgetMs);
    openStep();
}

void ConnectionRamp::cancel()
{
    m_done = true;
    for (const QPointer<SmtpSession> &session : std::as_const(m_sessions)) {
        if (!session)
            continue;
        session->disconnect(this);
        session->cancel();
        session->deleteLater();
    }
    m_sessions.clear();
}

void ConnectionRamp::openStep()
{
    if (m_done)
        return;
    const int attempted = int(m_attempts.size());
    if (attempted >= m_settings.maxConnections || m_budget.hasExpired()) {
        closeAll();
        return;
    }
    const int count = std::min(stepSize(), m_settings.maxConnections - attempted);
    m_pendingInStep = count;
    for (int i = 0; i < count; ++i)
        openOne(attempted + count);
}

void ConnectionRamp::openOne(int attemptedAtStep)
{
    const int index = int(m_attempts.size());
    ConnectionAttempt attempt;
    attempt.number = index + 1;
    attempt.attemptedAtStep = attemptedAtStep;
    m_attempts.append(attempt);

    SessionOptions options = m_target;
    options.connectionNumber = attempt.number;
    auto *session = new SmtpSession(options, m_transportFactory(), this);
    m_sessions.append(session);
    auto opened = std::make_shared<QElapsedTimer>();
    opened->start();
    auto sawReply = std::make_shared<bool>(false);
    connect(session, &SmtpSession::transcriptEntry, this,
            [this, index, sawReply](const TranscriptEntry &entry) {
                const qsizetype at = m_transcript ? m_transcript->append(entry) : -1;
                ConnectionAttempt &a = m_attempts[index];
                // The greeting proves the row; without one, the last event (the error).
                if (a.outcome != ConnectionOutcome::Pending || *sawReply)
                    return;
                if (entry.direction == TranscriptDirection::Received) {
                    *sawReply = true;
                    a.evidence = at;
                } else if (entry.direction == TranscriptDirection::Event) {
                    a.evidence = at;
                }
            });
    connect(session, &SmtpSession::stateChanged, this, [this, index, opened](SessionState state) {
        ConnectionAttempt &a = m_attempts[index];
        if (a.connectMs < 0
            && (state == SessionState::AwaitingGreeting || state == SessionState::TlsHandshake))
            a.connectMs = opened->elapsed();
    });
    connect(session, &SmtpSession::greetingReceived, this,
            [this, index, session](const SmtpReply &reply) {
                m_attempts[index].greetingMs = session->greetingDelayMs();
                onGreeting(index, reply.code,
                           reply.lines.isEmpty() ? QString() : safeText(reply.lines.constFirst()));
            });
    connect(session, &SmtpSession::closed, this, [this, index] { onClosed(index); });
    session->open();
}

void ConnectionRamp::onGreeting(int index, int code, const QString &text)
{
    ConnectionAttempt &a = m_attempts[index];
    a.code = code;
    a.text = text;
    if (code / 100 == 2) {
        a.outcome = ConnectionOutcome::Accepted;
        ++m_open;
        m_acceptedMax = std::max(m_acceptedMax, m_open);
    } else {
        a.outcome = code == 421 ? ConnectionOutcome::Refused421 : ConnectionOutcome::RefusedReply;
    }
    resolve(index);
}

void ConnectionRamp::onClosed(int index)
{
    SmtpSession *session = m_sessions.value(index);
    ConnectionAttempt &a = m_attempts[index];
    if (session)
        session->deleteLater();
    m_sessions[index] = nullptr;
    if (a.outcome == ConnectionOutcome::Pending) {
        switch (session ? session->error() : SessionError::Cancelled) {
        case SessionError::ConnectionRefused:
            a.outcome = ConnectionOutcome::TcpRefused;
            break;
        case SessionError::Timeout:
            a.outcome = ConnectionOutcome::Timeout;
            break;
        case SessionError::ConnectionClosed:
        case SessionError::TlsFailed:
        case SessionError::ProtocolViolation:
            a.outcome = ConnectionOutcome::Reset;
            break;
        default:
            a.outcome = ConnectionOutcome::LocalError;
            if (m_localError.isEmpty() && session)
                m_localError = session->errorMessage();
            break;
        }
        if (session)
            a.text = session->errorMessage();
        resolve(index);
        return;
    }
    if (a.outcome != ConnectionOutcome::Accepted)
        return;
    --m_open;
    if (m_rampOver) {
        closeDone();
        return;
    }
    // The server let go of a session we were holding silently.
    a.droppedWhileHeld = true;
}

void ConnectionRamp::resolve(int index)
{
    if (isServerRefusal(m_attempts[index].outcome)) {
        ++m_refusedSoFar;
        if (!m_refusalsBeganAt)
            m_refusalsBeganAt = m_attempts[index].attemptedAtStep;
    }
    if (--m_pendingInStep == 0)
        stepDone();
}

void ConnectionRamp::stepDone()
{
    m_steps.append({int(m_attempts.size()), m_open, m_refusedSoFar});
    Q_EMIT progress(int(m_attempts.size()), m_settings.maxConnections);
    // One step past the first refusal would only load the server more: the answer is known.
    if (m_refusalsBeganAt || !m_localError.isEmpty()) {
        closeAll();
        return;
    }
    // Next step from the event loop, not from inside a session's signal.
    QTimer::singleShot(0, this, &ConnectionRamp::openStep);
}

void ConnectionRamp::closeAll()
{
    if (m_rampOver)
        return;
    m_rampOver = true;
    m_closing = m_open;
    if (m_closing == 0) {
        closeDone();
        return;
    }
    for (int i = 0; i < m_sessions.size(); ++i) {
        if (m_sessions[i] && m_attempts[i].outcome == ConnectionOutcome::Accepted)
            m_sessions[i]->quit();
    }
}

void ConnectionRamp::closeDone()
{
    if (m_closing > 0)
        --m_closing;
    if (m_closing > 0 || m_done)
        return;
    m_done = true;
    Q_EMIT finished();
}

} // namespace mxscope
