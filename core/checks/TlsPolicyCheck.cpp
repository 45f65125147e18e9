// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/TlsPolicyCheck.h"

#include "checks/SessionTeardown.h"
#include "checks/TlsPolicyFindings.h"
#include "checks/TlsPolicyLegacyTransport.h"
#include "checks/TlsPolicyReport.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

namespace mxscope {

TlsPolicyCheck::TlsPolicyCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("tls"), context, parent)
    , m_transportFactory([] { return new SocketTransport; })
    , m_legacyTransportFactory([] { return new TlsPolicyLegacyTransport; })
{ }

TlsPolicyCheck::~TlsPolicyCheck()
{
    discardSession(m_session, this);
}

void TlsPolicyCheck::run()
{
    const CheckContext &c = context();
    m_transcript = c.transcript ? c.transcript : new Transcript(this);
    m_result = {};
    m_result.host = c.target.host;
    m_result.port = c.target.port;
    m_result.implicitTls = c.target.tls == TlsMode::Implicit;
    m_result.requireTls = c.requireTls;

    SessionOptions options = c.target;
    options.autoHandshake = true;
    // The check looks at what an anonymous client is offered; it never logs in.
    options.credentials.reset();
    // The upgrade is driven here, so the clear-text capabilities can be read first.
    if (!m_result.implicitTls)
        options.tls = TlsMode::None;

    reportProgress(0, 4, tr("Connecting"));
    m_session = new SmtpSession(options, m_transportFactory(), this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this, &TlsPolicyCheck::onEntry);
    connect(session, &SmtpSession::greetingReceived, this, [this](const SmtpReply &reply) {
        m_result.greeting = reply;
        m_result.greetingEvidence = firstLineOf(reply);
    });
    connect(session, &SmtpSession::handshakeCompleted, this, &TlsPolicyCheck::onHandshakeCompleted);
    connect(session, &SmtpSession::tlsEstablished, this, &TlsPolicyCheck::onTlsEstablished);
    connect(session, &SmtpSession::replyReceived, this, &TlsPolicyCheck::onReply);
    connect(session, &SmtpSession::closed, this, &TlsPolicyCheck::onClosed);
    session->open();
}

void TlsPolicyCheck::stop()
{
    discardSession(m_session, this);
    // Cancelled or out of time: what was seen so far is kept.
    if (m_result.helloDone || m_result.tls)
        publish();
}

void TlsPolicyCheck::publish()
{
    CheckOutcome &outcome = outcomeForUpdate();
    outcome.tables = {TlsPolicyReport::table(m_result)};
    outcome.details = TlsPolicyReport::details(m_result);
    m_findings = TlsPolicyFindings::evaluate(m_result, QDateTime::currentDateTimeUtc());
    for (const Finding &finding : std::as_const(m_findings))
        addFinding(finding);
}

void TlsPolicyCheck::onEntry(const TranscriptEntry &entry)
{
    m_lastEntry = m_transcript->append(entry);
}

qsizetype TlsPolicyCheck::firstLineOf(const SmtpReply &reply) const
{
    if (m_lastEntry < 0)
        return -1;
    return std::max<qsizetype>(0, m_lastEntry - (reply.lines.size() - 1));
}

// The user's sender when given (a real transaction is what the policy is about), otherwise
// the null sender, which every server must accept and which never names anyone.
QString TlsPolicyCheck::plainMailPath() const
{
    const QString sender = context().sender.trimmed();
    return sender.isEmpty() ? QStringLiteral("<>") : QLatin1Char('<') + sender + QLatin1Char('>');
}

void TlsPolicyCheck::onHandshakeCompleted()
{
    SmtpSession *session = m_session;
    m_result.usedHelo = session->usedHeloFallback();
    if (session->isEncrypted()) {
        // Implicit TLS: there is no clear-text part to look at.
        m_result.capabilitiesAfterTls = session->capabilities();
        reportProgress(2, 4, tr("Closing"));
        m_quitSent = true;
        session->quit();
        return;
    }
    m_result.helloDone = true;
    m_result.capabilitiesBeforeTls = session->capabilities();
    reportProgress(1, 4, tr("Reading the clear-text capabilities"));
    if (m_result.requireTls) {
        // Only MAIL FROM: whether the server would start a transaction in clear text.
        // RSET ends it before any recipient is named.
        m_result.plainMailSender = plainMailPath();
        session->send(SmtpCommand::mailFromPath(m_result.plainMailSender));
        session->send(SmtpCommand::rset());
    }
    if (m_result.startTlsOffered()) {
        session->send(SmtpCommand::startTls());
    } else {
        m_quitSent = true;
        session->quit();
    }
}

void TlsPolicyCheck::onTlsEstablished(const TlsDetails &details)
{
    m_result.tls = details;
    m_result.tlsEvidence = m_lastEntry;
    if (m_result.implicitTls)
        return; // the greeting and EHLO follow on their own
    reportProgress(2, 4, tr("Reading the capabilities after TLS"));
    // RFC 3207 4.2: the client must discard what it learnt and ask again.
    m_session->send(SmtpCommand::ehlo(m_session->options().heloName));
    m_quitSent = true;
    m_session->quit();
}

void TlsPolicyCheck::onReply(const CommandResult &result)
{
    const SmtpReply &reply = result.reply;
    switch (result.command.verb) {
    case SmtpVerb::Ehlo:
    case SmtpVerb::Helo:
        if (m_session->isEncrypted()) {
            m_result.helloAfterTlsEvidence = firstLineOf(reply);
            if (reply.isPositiveCompletion() && result.command.verb == SmtpVerb::Ehlo)
                m_result.capabilitiesAfterTls = Capabilities::fromEhloReply(reply);
        } else if (reply.isPositiveCompletion() || m_result.helloBeforeTlsEvidence < 0) {
            m_result.helloBeforeTlsEvidence = firstLineOf(reply);
        }
        break;
    case SmtpVerb::Mail:
        m_result.plainMailReply = reply;
        m_result.plainMailEvidence = firstLineOf(reply);
        break;
    case SmtpVerb::StartTls:
        m_result.startTlsReply = reply;
        m_result.startTlsEvidence = firstLineOf(reply);
        if (!reply.isPositiveCompletion() && !m_quitSent) {
            m_quitSent = true;
            m_session->quit();
        }
        break;
    default:
        break;
    }
}

void TlsPolicyCheck::onClosed()
{
    SmtpSession *session = m_session;
    m_result.error = session->error();
    m_result.errorMessage = session->errorMessage();
    if (m_result.error != SessionError::None)
        m_result.errorEvidence = m_lastEntry;
    m_result.injectionDetected = m_result.error == SessionError::StartTlsInjection;
    const bool upgradeAgreed
        = m_result.startTlsReply && m_result.startTlsReply->isPositiveCompletion();
    m_result.handshakeFailed = !m_result.tls && !m_result.injectionDetected
        && ((m_result.implicitTls && m_result.error == SessionError::TlsFailed)
            || (!m_result.implicitTls && upgradeAgreed));
    session->deleteLater();
    m_session.clear();

    const bool reachedVerdict = m_result.helloDone || m_result.tls || m_result.handshakeFailed;
    if (!reachedVerdict) {
        finish(CheckStatus::Failed,
               m_result.errorMessage.isEmpty() ? tr("The session ended before EHLO was answered.")
                                               : m_result.errorMessage);
        return;
    }
    // Also after a failed handshake: a server that knows only TLS 1.0 or 1.1 fails a
    // modern client exactly this way.
    if ((m_result.tls && m_result.tls->encrypted) || m_result.handshakeFailed) {
        startLegacyProbe();
        return;
    }
    complete();
}

void TlsPolicyCheck::startLegacyProbe()
{
    reportProgress(3, 4, tr("Offering only TLS 1.0 and 1.1"));
    logEvent(tr("Second connection: offering only TLS 1.0 and 1.1 (RFC 8996 retired them)"),
             context().target.connectionNumber + 1);
    SessionOptions options = context().target;
    options.autoHandshake = true;
    options.credentials.reset();
    options.connectionNumber = context().target.connectionNumber + 1;
    options.tls = m_result.implicitTls ? TlsMode::Implicit : TlsMode::StartTls;
    m_session = new SmtpSession(options, m_legacyTransportFactory(), this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this, &TlsPolicyCheck::onEntry);
    connect(session, &SmtpSession::tlsEstablished, this, [this](const TlsDetails &details) {
        m_result.legacyProtocol = details.protocol;
        m_result.legacyEvidence = m_lastEntry;
    });
    connect(session, &SmtpSession::handshakeCompleted, session, &SmtpSession::quit);
    connect(session, &SmtpSession::closed, this, &TlsPolicyCheck::onLegacyClosed);
    session->open();
}

void TlsPolicyCheck::onLegacyClosed()
{
    SmtpSession *session = m_session;
    using Probe = TlsPolicyResult::LegacyProbe;
    if (!m_result.legacyProtocol.isEmpty()) {
        m_result.legacyProbe = TlsPolicyFindings::isDeprecatedProtocol(m_result.legacyProtocol)
            ? Probe::Negotiated
            : Probe::Refused;
    } else if (session->error() == SessionError::TlsFailed) {
        m_result.legacyProbe = Probe::Refused;
        m_result.legacyMessage = session->errorMessage();
        m_result.legacyEvidence = m_lastEntry;
    } else {
        m_result.legacyProbe = Probe::Inconclusive;
        m_result.legacyMessage = session->errorMessage();
    }
    session->deleteLater();
    m_session.clear();
    complete();
}

void TlsPolicyCheck::complete()
{
    publish();
    reportProgress(4, 4, tr("Done"));
    finish(CheckStatus::Completed, TlsPolicyReport::summary(m_result, m_findings));
}

} // namespace mxscope
