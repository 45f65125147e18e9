// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/IdleProbe.h"

#include "smtp/SmtpSession.h"
#include "transcript/SafeText.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

namespace mxscope {

IdleProbe::IdleProbe(SessionOptions target, int capMs, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_capMs(capMs)
    , m_transcript(transcript)
    , m_transportFactory([] { return new SocketTransport; })
{
    m_target.autoHandshake = true;
    m_target.credentials.reset();
    m_cap.setSingleShot(true);
    connect(&m_cap, &QTimer::timeout, this, &IdleProbe::onCap);
}

IdleProbe::~IdleProbe()
{
    cancel();
}

void IdleProbe::start()
{
    m_result = {};
    m_result.attempted = true;
    m_session = new SmtpSession(m_target, m_transportFactory(), this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this, [this](const TranscriptEntry &entry) {
        const qsizetype at = m_transcript ? m_transcript->append(entry) : -1;
        if (m_idle.isValid() && !m_capReached && entry.direction != TranscriptDirection::Sent
            && m_result.evidence < 0)
            m_result.evidence = at;
    });
    connect(session, &SmtpSession::handshakeCompleted, this, [this] {
        m_idle.start();
        m_cap.start(m_capMs);
    });
    // Servers usually say why before they hang up: "421 4.4.2 ... Error: timeout exceeded".
    connect(session, &SmtpSession::unsolicitedReply, this, [this](const SmtpReply &reply) {
        if (!m_capReached && !reply.lines.isEmpty())
            m_result.closingReply = QString::number(reply.code) + QLatin1Char(' ')
                + safeText(reply.lines.constFirst());
    });
    connect(session, &SmtpSession::closed, this, &IdleProbe::onClosed);
    session->open();
}

void IdleProbe::cancel()
{
    m_cap.stop();
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
        m_session->deleteLater();
    }
}

void IdleProbe::onCap()
{
    m_capReached = true;
    m_result.closedByServer = false;
    m_result.seconds = double(m_capMs) / 1000.0;
    if (m_session)
        m_session->quit();
}

void IdleProbe::onClosed()
{
    m_cap.stop();
    SmtpSession *session = m_session;
    if (!m_idle.isValid()) {
        m_result.error = session ? session->errorMessage() : QString();
    } else if (!m_capReached) {
        m_result.closedByServer = true;
        m_result.seconds = double(m_idle.elapsed()) / 1000.0;
    }
    if (session)
        session->deleteLater();
    m_session = nullptr;
    Q_EMIT finished();
}

} // namespace mxscope
