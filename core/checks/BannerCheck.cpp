// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/BannerCheck.h"

#include "checks/BannerFindings.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

namespace mxscope {

BannerCheck::BannerCheck(SessionOptions options, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_transcript(transcript ? transcript : new Transcript(this))
    , m_transportFactory([] { return new SocketTransport; })
{ }

BannerCheck::~BannerCheck()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

void BannerCheck::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = {};
    m_result.host = m_options.host;
    m_result.port = m_options.port;
    m_options.autoHandshake = true;
    m_session = new SmtpSession(m_options, m_transportFactory(), this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, m_transcript, &Transcript::append);
    connect(session, &SmtpSession::stateChanged, this, &BannerCheck::sessionStateChanged);
    connect(session, &SmtpSession::greetingReceived, this, [this](const SmtpReply &reply) {
        m_result.greeting = reply;
        m_result.greetingEvidence = lastEntryIndex() - (reply.lines.size() - 1);
    });
    connect(session, &SmtpSession::tlsEstablished, this,
            [this](const TlsDetails &details) { m_result.tls = details; });
    connect(session, &SmtpSession::replyReceived, this, &BannerCheck::onReply);
    connect(session, &SmtpSession::handshakeCompleted, this, [this, session] {
        m_result.completed = true;
        m_result.capabilities = session->capabilities();
        m_result.usedHelo = session->usedHeloFallback();
        session->send(SmtpCommand::help());
        session->quit();
    });
    connect(session, &SmtpSession::closed, this, &BannerCheck::onClosed);
    session->open();
}

void BannerCheck::cancel()
{
    if (m_session)
        m_session->cancel();
}

void BannerCheck::onReply(const CommandResult &result)
{
    switch (result.command.verb) {
    case SmtpVerb::Ehlo:
    case SmtpVerb::Helo:
        // The last EHLO wins: after STARTTLS the first one no longer counts.
        if (result.reply.isPositiveCompletion() || !m_result.helloReply) {
            m_result.helloReply = result.reply;
            m_result.helloEvidence = lastEntryIndex() - (result.reply.lines.size() - 1);
        }
        break;
    case SmtpVerb::Help:
        m_result.helpReply = result.reply;
        m_result.helpEvidence = lastEntryIndex() - (result.reply.lines.size() - 1);
        break;
    default:
        break;
    }
}

void BannerCheck::onClosed()
{
    SmtpSession *session = m_session;
    m_result.greetingDelayMs = session->greetingDelayMs();
    m_result.peerAddress = session->peerAddress();
    if (!m_result.completed || session->error() == SessionError::Cancelled) {
        m_result.error = session->error();
        m_result.errorMessage = session->errorMessage();
    }
    m_result.findings = BannerFindings::evaluate(m_result);
    for (const Finding &finding : std::as_const(m_result.findings))
        Q_EMIT findingAdded(finding);
    m_running = false;
    session->deleteLater();
    Q_EMIT finished();
}

qsizetype BannerCheck::lastEntryIndex() const
{
    return m_transcript->entries().size() - 1;
}

} // namespace mxscope
