// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/SenderPolicyCheck.h"

#include "checks/SenderPolicyFindings.h"
#include "checks/SessionTeardown.h"
#include "smtp/InputValidation.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

namespace mxscope {

namespace {

// A server that hangs up after refusing a sender gets a fresh connection for the rest.
constexpr int maxSessions = 3;

// RFC 6761 6.4: names under .invalid never resolve, on any resolver.
const QString unknownDomainSender = QStringLiteral("mxscope-sender-probe@nonexistent.invalid");

bool inDomain(const QString &address, const QString &domain)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 && address.mid(at + 1).compare(domain, Qt::CaseInsensitive) == 0;
}

QString angle(const QString &address)
{
    return QLatin1Char('<') + address + QLatin1Char('>');
}

} // namespace

SenderPolicyCheck::SenderPolicyCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("sender-policy"), context, parent)
    , m_transportFactory([] { return new SocketTransport; })
{ }

SenderPolicyCheck::~SenderPolicyCheck()
{
    discardSession(m_session, this);
}

QList<SenderProbe> SenderPolicyCheck::plannedProbes(const QString &domain, const QString &recipient,
                                                    const QString &sender)
{
    QString own = QStringLiteral("postmaster@") + domain;
    if (inDomain(sender, domain))
        own = sender;
    else if (inDomain(recipient, domain))
        own = recipient;
    const QString localPart = own.left(own.lastIndexOf(QLatin1Char('@')));
    QList<SenderProbe> probes(4);
    probes[0].variant = SenderVariant::OwnDomain;
    probes[0].path = angle(own);
    probes[1].variant = SenderVariant::NullSender;
    probes[1].path = QStringLiteral("<>");
    probes[2].variant = SenderVariant::Unqualified;
    probes[2].path = angle(localPart);
    probes[3].variant = SenderVariant::UnknownDomain;
    probes[3].path = angle(unknownDomainSender);
    return probes;
}

void SenderPolicyCheck::run()
{
    const CheckContext &c = context();
    const QString domain = c.domain.trimmed();
    const QString recipient = c.localRecipient.trimmed();
    if (domain.isEmpty() || recipient.isEmpty()) {
        finish(CheckStatus::Refused,
               tr("The sender policy check needs the server's own mail domain and a local "
                  "recipient it delivers to (for example postmaster@%1); give both and run it "
                  "again.")
                   .arg(domain.isEmpty() ? QStringLiteral("example.org") : domain));
        return;
    }
    for (const auto &[value, name] :
         {std::pair {domain, tr("The domain")}, std::pair {recipient, tr("The local recipient")},
          std::pair {c.sender, tr("The sender")}}) {
        if (const auto problem = InputValidation::checkField(value, name)) {
            finish(CheckStatus::Refused, *problem);
            return;
        }
    }
    m_transcript = c.transcript ? c.transcript : new Transcript(this);
    m_result = {};
    m_result.domain = domain;
    m_result.recipient = recipient;
    m_result.probes = plannedProbes(domain, recipient, c.sender.trimmed());
    openSession();
}

void SenderPolicyCheck::stop()
{
    discardSession(m_session, this);
    // Cancelled or out of time: what was judged so far is kept.
    publish();
}

void SenderPolicyCheck::openSession()
{
    SessionOptions options = context().target;
    options.autoHandshake = true;
    // The point is what an anonymous client may do; STARTTLS stays as the user chose.
    options.credentials.reset();
    options.connectionNumber = context().target.connectionNumber + m_result.sessions;
    ++m_result.sessions;
    m_sent.clear();
    m_session = new SmtpSession(options, m_transportFactory(), this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this,
            [this](const TranscriptEntry &entry) { m_lastEntry = m_transcript->append(entry); });
    connect(session, &SmtpSession::handshakeCompleted, this,
            &SenderPolicyCheck::onHandshakeCompleted);
    connect(session, &SmtpSession::replyReceived, this, &SenderPolicyCheck::onReply);
    connect(session, &SmtpSession::closed, this, &SenderPolicyCheck::onClosed);
    session->open();
}

qsizetype SenderPolicyCheck::nextUntested() const
{
    for (qsizetype i = 0; i < m_result.probes.size(); ++i) {
        if (m_result.probes.at(i).outcome() == SenderOutcome::NotTested)
            return i;
    }
    return -1;
}

void SenderPolicyCheck::onHandshakeCompleted()
{
    // MAIL, RCPT and RSET per sender form; with PIPELINING they leave in one write.
    for (qsizetype i = 0; i < m_result.probes.size(); ++i) {
        SenderProbe &probe = m_result.probes[i];
        if (probe.outcome() != SenderOutcome::NotTested)
            continue;
        // A half-tried form (the last session ended between MAIL and RCPT) starts over.
        probe.mailReply.reset();
        probe.rcptReply.reset();
        const quint64 mail = m_session->send(SmtpCommand::mailFromPath(probe.path));
        const quint64 rcpt = m_session->send(SmtpCommand::rcptTo(m_result.recipient));
        m_sent.insert(mail, {i, SmtpVerb::Mail});
        m_sent.insert(rcpt, {i, SmtpVerb::Rcpt});
        m_session->send(SmtpCommand::rset());
    }
    m_session->quit();
}

void SenderPolicyCheck::onReply(const CommandResult &result)
{
    const auto it = m_sent.constFind(result.id);
    if (it == m_sent.cend())
        return;
    SenderProbe &probe = m_result.probes[it->probe];
    const qsizetype first = m_lastEntry < 0
        ? -1
        : std::max<qsizetype>(0, m_lastEntry - (result.reply.lines.size() - 1));
    if (it->verb == SmtpVerb::Mail) {
        probe.mailReply = result.reply;
        probe.mailEvidence = first;
    } else {
        probe.rcptReply = result.reply;
        probe.rcptEvidence = first;
    }
    const qsizetype done
        = std::count_if(m_result.probes.cbegin(), m_result.probes.cend(),
                        [](const SenderProbe &p) { return p.rcptReply.has_value(); });
    reportProgress(int(done), int(m_result.probes.size()), probe.path);
}

void SenderPolicyCheck::onClosed()
{
    SmtpSession *session = m_session;
    m_result.error = session->error();
    m_result.errorMessage = session->errorMessage();
    const bool handshakeDone = !m_sent.isEmpty();
    session->deleteLater();
    m_session.clear();
    // A session that got through EHLO but not through every probe is worth another try;
    // one that never got that far (refused, timed out, wrong port) is not.
    if (handshakeDone && nextUntested() >= 0 && m_result.sessions < maxSessions
        && !isPermanent(m_result.error)) {
        openSession();
        return;
    }
    complete();
}

void SenderPolicyCheck::complete()
{
    const bool anyJudged
        = std::any_of(m_result.probes.cbegin(), m_result.probes.cend(),
                      [](const SenderProbe &p) { return p.mailReply.has_value(); });
    if (!anyJudged) {
        finish(CheckStatus::Failed,
               m_result.errorMessage.isEmpty()
                   ? tr("The session ended before any sender was tried.")
                   : m_result.errorMessage);
        return;
    }
    publish();
    finish(CheckStatus::Completed, SenderPolicyFindings::summary(m_result));
}

void SenderPolicyCheck::publish()
{
    CheckOutcome &outcome = outcomeForUpdate();
    outcome.tables = {SenderPolicyFindings::table(m_result)};
    outcome.details = SenderPolicyFindings::details(m_result);
    for (const Finding &finding : SenderPolicyFindings::evaluate(m_result))
        addFinding(finding);
}

} // namespace mxscope
