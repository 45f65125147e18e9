// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/ProbeConnection.h"

#include "enumeration/EnumerationPlan.h"
#include "transcript/Transcript.h"

#include <QDateTime>

namespace mxscope {

ProbeConnection::ProbeConnection(const SessionOptions &options, Transport *transport,
                                 Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(transport)
    , m_transcript(transcript)
{
    m_options.autoHandshake = true;
    m_transport->setParent(this);
}

ProbeConnection::~ProbeConnection()
{
    cancel();
}

void ProbeConnection::start(EnumerationMethod method, const QList<Probe> &probes,
                            const QString &sender)
{
    if (m_session || m_finished)
        return;
    m_method = method;
    m_session = new SmtpSession(m_options, m_transport, this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, m_transcript, &Transcript::append);
    connect(session, &SmtpSession::greetingReceived, this,
            [this](const SmtpReply &reply) { m_outcome.greeting = reply; });
    connect(session, &SmtpSession::handshakeCompleted, this, [this, session] {
        m_outcome.handshakeDone = true;
        m_outcome.serverOffersPipelining
            = session->capabilities().has(QStringLiteral("PIPELINING"));
    });
    connect(session, &SmtpSession::replyReceived, this, &ProbeConnection::onReply);
    connect(session, &SmtpSession::closed, this, &ProbeConnection::onClosed);
    m_clock.start();
    session->open();
    if (m_finished)
        return;
    const SmtpCommand mailFrom = sender.isEmpty() ? SmtpCommand::mailFromPath(QStringLiteral("<>"))
                                                  : SmtpCommand::mailFrom(sender);
    // Queued now, sent in one write once EHLO is answered.
    if (method == EnumerationMethod::Rcpt)
        session->send(mailFrom);
    if (m_oneAtATime && !probes.isEmpty()) {
        m_unsent = probes.mid(1);
        sendProbe(probes.constFirst());
        return;
    }
    for (qsizetype i = 0; i < probes.size(); ++i) {
        if (method == EnumerationMethod::Rcpt && i > 0
            && i % EnumerationPlan::maxRecipientsPerTransaction == 0) {
            session->send(SmtpCommand::rset()); // a new transaction, same pipeline
            session->send(mailFrom);
        }
        sendProbe(probes.at(i));
    }
    // QUIT follows the last reply, not the batch: Postfix holds pipelined replies back
    // until its input is drained, and a QUIT in the batch would keep them until the
    // session's end-of-connection work is done.
    if (probes.isEmpty())
        session->quit();
}

void ProbeConnection::sendProbe(const Probe &probe)
{
    SmtpCommand command;
    switch (m_method) {
    case EnumerationMethod::Vrfy:
        command = SmtpCommand::vrfy(probe.argument);
        break;
    case EnumerationMethod::Expn:
        command = SmtpCommand::expn(probe.argument);
        break;
    default:
        command = SmtpCommand::rcptTo(probe.argument);
        break;
    }
    if (const quint64 id = m_session->send(command))
        m_pending.insert(id, probe);
    else
        m_void.append(probe);
}

void ProbeConnection::stop()
{
    if (m_session && !m_finished)
        m_session->cancel();
}

void ProbeConnection::cancel()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

void ProbeConnection::onReply(const CommandResult &result)
{
    switch (result.command.verb) {
    case SmtpVerb::Rcpt:
    case SmtpVerb::Vrfy:
    case SmtpVerb::Expn:
        onProbeReply(result);
        break;
    case SmtpVerb::Mail:
        // After a refused MAIL FROM the RCPTs of its transaction are answered "503 need
        // MAIL": void, not verdicts.
        m_senderRefused = !result.reply.isPositiveCompletion();
        if (m_senderRefused)
            m_outcome.senderReply = result.reply;
        break;
    default:
        break;
    }
    if (result.reply.code == 421)
        m_outcome.closedBy421 = true;
}

void ProbeConnection::onProbeReply(const CommandResult &result)
{
    const auto it = m_pending.find(result.id);
    if (it == m_pending.end())
        return;
    const Probe probe = it.value();
    m_pending.erase(it);
    const qint64 arrival = m_clock.elapsed();
    const qint64 sent = arrival - result.latencyMs;
    const qint64 delay = arrival - std::max(sent, m_lastArrivalMs);
    m_lastArrivalMs = arrival;
    const bool error = result.reply.code >= 400;
    m_monitor.add(delay, error);

    if (m_senderRefused && result.command.verb == SmtpVerb::Rcpt) {
        m_void.append(probe);
    } else {
        Answer answer;
        answer.probe = probe;
        answer.reply = result.reply;
        answer.delayMs = delay;
        answer.roundTripMs = result.latencyMs;
        answer.timestampMs = QDateTime::currentMSecsSinceEpoch();
        answer.connection = m_options.connectionNumber;
        if (m_transcript->droppedCount() == 0)
            answer.evidence = m_transcript->entries().size() - result.reply.lines.size();
        ++m_outcome.answered;
        Q_EMIT probeAnswered(answer);
        if (m_finished || !m_session)
            return; // the owner cancelled from its slot
    }
    const bool more = !m_pending.isEmpty() || !m_unsent.isEmpty();
    if (m_monitor.throttled() && more && !m_outcome.slowedDown) {
        // Waiting out a tarpit costs more than a new connection.
        m_outcome.slowedDown = true;
        m_outcome.errorsBeforeSlowdown = m_monitor.errorsBeforeSlowdown();
        m_session->cancel();
        return;
    }
    if (m_pending.isEmpty() && result.reply.code != 421) {
        if (m_unsent.isEmpty())
            m_session->quit();
        else
            sendProbe(m_unsent.takeFirst());
    }
}

void ProbeConnection::onClosed()
{
    SmtpSession *session = m_session;
    m_outcome.error = session->error();
    m_outcome.errorMessage = session->errorMessage();
    m_outcome.errors = m_monitor.errors();
    m_outcome.maxDelayMs = m_monitor.maxDelayMs();
    m_outcome.unanswered = m_void + m_pending.values() + m_unsent;
    m_pending.clear();
    m_void.clear();
    m_unsent.clear();
    m_finished = true;
    session->disconnect(this);
    session->deleteLater();
    Q_EMIT finished();
}

} // namespace mxscope
