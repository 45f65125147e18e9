// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/FilterTestCheck.h"

#include "checks/FilterFindings.h"
#include "relay/RelayMessage.h"
#include "smtp/InputValidation.h"
#include "transcript/SafeText.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

#include <QJsonArray>

namespace mxscope {

namespace {

constexpr qsizetype receivedHistory = 64;

} // namespace

FilterTestCheck::FilterTestCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("eicar"), context, parent)
    , m_kinds(FilterTestPayloads::all())
{
    // Matched against what the transcript shows, which is display-safe text.
    for (const QByteArray &line : FilterTestPayloads::sensitiveLines())
        m_sensitive.append(safeText(line).toUtf8());
}

FilterTestCheck::~FilterTestCheck()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

void FilterTestCheck::run()
{
    const CheckContext &c = context();
    if (c.localRecipient.isEmpty()) {
        finish(CheckStatus::Refused,
               tr("This check needs a recipient the server delivers locally (--to)."));
        return;
    }
    // Both also go into the message headers, where CR or LF would add headers of their own.
    for (const auto &[value, field] : {std::pair {c.sender, tr("The sender")},
                                       std::pair {c.localRecipient, tr("The recipient")}}) {
        if (const auto problem = InputValidation::checkField(value, field)) {
            finish(CheckStatus::Refused, *problem);
            return;
        }
    }
    startPayload();
}

void FilterTestCheck::stop()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
        m_session->deleteLater();
    }
    publish();
}

void FilterTestCheck::startPayload()
{
    const int index = int(m_results.size());
    m_current = {};
    m_current.kind = m_kinds.at(index);
    m_current.token = RelayMessage::newToken();
    m_current.stage = QStringLiteral("connect");
    m_received.clear();
    m_decided = false;
    m_bodySent = false;
    m_handshakeDone = false;
    reportProgress(index, int(m_kinds.size()),
                   tr("Sending test message %1 (%2)")
                       .arg(index + 1)
                       .arg(FilterTestPayloads::name(m_current.kind)));

    SessionOptions options = context().target;
    options.autoHandshake = true;
    options.connectionNumber = index + 1;
    m_session = new SmtpSession(options, new SocketTransport, this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this, &FilterTestCheck::onEntry);
    connect(session, &SmtpSession::handshakeCompleted, this, &FilterTestCheck::onHandshake);
    connect(session, &SmtpSession::replyReceived, this, &FilterTestCheck::onReply);
    connect(session, &SmtpSession::closed, this, &FilterTestCheck::onClosed);
    session->open();
}

// Every line goes to the run's transcript, the test strings replaced by a placeholder: a
// saved transcript must not set off the user's own virus scanner.
void FilterTestCheck::onEntry(const TranscriptEntry &entry)
{
    TranscriptEntry copy = entry;
    if (copy.direction == TranscriptDirection::Sent) {
        for (const QByteArray &line : std::as_const(m_sensitive)) {
            if (copy.text.toUtf8().contains(line)) {
                copy.text = tr("[test string of the %1 payload, %n byte(s), not shown]", nullptr,
                               int(copy.text.size()))
                                .arg(FilterTestPayloads::name(m_current.kind));
                break;
            }
        }
    }
    m_lastIndex = context().transcript ? context().transcript->append(copy) : -1;
    if (copy.direction == TranscriptDirection::Received && m_lastIndex >= 0) {
        m_received.append(m_lastIndex);
        if (m_received.size() > receivedHistory)
            m_received.remove(0, m_received.size() - receivedHistory / 2);
    }
}

void FilterTestCheck::onHandshake()
{
    m_handshakeDone = true;
    m_current.stage = QStringLiteral("mail");
    const CheckContext &c = context();
    const QByteArray message = FilterTestPayloads::buildMessage(
        m_current.kind, c.sender, c.localRecipient, m_current.token, QDateTime::currentDateTime());
    QString error;
    const bool queued
        = m_session->send(c.sender.isEmpty() ? SmtpCommand::mailFromPath(QStringLiteral("<>"))
                                             : SmtpCommand::mailFrom(c.sender),
                          &error)
        && m_session->send(SmtpCommand::rcptTo(c.localRecipient), &error)
        && m_session->send(SmtpCommand::data(message), &error);
    if (!queued) {
        decide(FilterVerdict::NotTested, m_current.stage, {}, error);
        m_session->cancel();
    }
}

void FilterTestCheck::onReply(const CommandResult &result)
{
    if (m_decided)
        return;
    const SmtpReply &reply = result.reply;
    switch (result.command.verb) {
    case SmtpVerb::Mail:
        if (!reply.isPositiveCompletion())
            decide(FilterVerdict::NotTested, QStringLiteral("mail"), reply,
                   tr("The server refused the sender, so the message never reached a filter."));
        else
            m_current.stage = QStringLiteral("rcpt");
        return;
    case SmtpVerb::Rcpt:
        if (!reply.isPositiveCompletion())
            decide(FilterVerdict::NotTested, QStringLiteral("rcpt"), reply,
                   tr("The server refused the recipient, so the message never reached a filter."));
        else
            m_current.stage = QStringLiteral("data");
        return;
    case SmtpVerb::Data:
        if (reply.code == 354) {
            m_bodySent = true; // the session writes the message right after this reply
            m_current.stage = QStringLiteral("end-of-data");
        } else {
            decide(FilterVerdict::NotTested, QStringLiteral("data"), reply,
                   reply.isPositiveCompletion()
                       ? tr("The server answered DATA with %1 instead of 354, so the message "
                            "was never sent.")
                             .arg(reply.code)
                       : tr("The server refused DATA, so the message never reached a filter."));
        }
        return;
    case SmtpVerb::DataBody:
        if (reply.isPositiveCompletion())
            decide(FilterVerdict::Accepted, m_current.stage, reply);
        else if (reply.isPermanentFailure())
            decide(FilterVerdict::Rejected, m_current.stage, reply);
        else if (reply.isTransientFailure())
            decide(FilterVerdict::Deferred, m_current.stage, reply);
        else
            decide(FilterVerdict::NotTested, m_current.stage, reply,
                   tr("The server answered the end of the message with a reply that is neither "
                      "success nor failure."));
        return;
    default:
        return;
    }
}

void FilterTestCheck::decide(FilterVerdict verdict, const QString &stage, const SmtpReply &reply,
                             const QString &message)
{
    m_decided = true;
    m_current.verdict = verdict;
    m_current.stage = stage;
    m_current.reply = reply;
    m_current.message = message;
    m_current.evidence = reply.code ? replyEvidence(reply) : QList<qsizetype> {m_lastIndex};
    if (m_session && m_session->state() != SessionState::Closing
        && m_session->state() != SessionState::Closed && m_session->state() != SessionState::Failed)
        m_session->quit();
}

QList<qsizetype> FilterTestCheck::replyEvidence(const SmtpReply &reply) const
{
    const qsizetype count = std::min<qsizetype>(reply.lines.size(), m_received.size());
    return m_received.mid(m_received.size() - count);
}

void FilterTestCheck::onClosed()
{
    SmtpSession *session = m_session;
    if (!session)
        return;
    if (!m_decided) {
        const QString why = session->errorMessage().isEmpty()
            ? tr("The connection ended before the server answered.")
            : session->errorMessage();
        // After the final ".", a hang-up or silence is the server's answer to the content.
        decide(m_bodySent ? FilterVerdict::Dropped : FilterVerdict::NotTested, m_current.stage, {},
               why);
    }
    session->disconnect(this);
    session->deleteLater();
    m_session.clear();
    m_results.append(m_current);
    // A server that could not be reached or refused the session will do the same again:
    // the remaining messages are not tested for the same reason.
    if (!m_handshakeDone) {
        while (m_results.size() < m_kinds.size()) {
            FilterPayloadResult skipped = m_current;
            skipped.kind = m_kinds.at(m_results.size());
            skipped.token.clear();
            m_results.append(skipped);
        }
    }
    publish();
    if (m_results.size() < m_kinds.size())
        startPayload();
    else
        complete();
}

void FilterTestCheck::publish()
{
    CheckOutcome &outcome = outcomeForUpdate();
    QJsonArray payloads;
    ResultTable table;
    table.id = QStringLiteral("payloads");
    table.title = tr("Test messages");
    table.columns = {tr("Payload"), tr("Verdict"), tr("Reply"), tr("Token")};
    for (const FilterPayloadResult &r : std::as_const(m_results)) {
        const QString reply = r.reply.code ? r.reply.summary() : QString();
        payloads.append(QJsonObject {{QStringLiteral("name"), FilterTestPayloads::name(r.kind)},
                                     {QStringLiteral("verdict"), toString(r.verdict)},
                                     {QStringLiteral("reply"), reply},
                                     {QStringLiteral("code"), r.reply.code},
                                     {QStringLiteral("stage"), r.stage},
                                     {QStringLiteral("message"), r.message},
                                     {QStringLiteral("token"), r.token}});
        table.rows.append({FilterFindings::describe(r.kind), FilterFindings::verdictText(r),
                           reply.isEmpty() ? r.message : reply, r.token});
        table.evidence.append(r.evidence.value(0, -1));
    }
    outcome.details = {{QStringLiteral("payloads"), payloads},
                       {QStringLiteral("recipient"), context().localRecipient}};
    outcome.tables = {table};
}

void FilterTestCheck::complete()
{
    reportProgress(int(m_kinds.size()), int(m_kinds.size()), tr("Done"));
    for (const Finding &finding : FilterFindings::evaluate(m_results))
        addFinding(finding);
    const bool anyTested = std::any_of(m_results.cbegin(), m_results.cend(), [](const auto &r) {
        return r.verdict != FilterVerdict::NotTested;
    });
    if (!anyTested) {
        const FilterPayloadResult &first = m_results.constFirst();
        const QString why = !first.reply.code ? first.message
            : first.message.isEmpty()         ? first.reply.summary()
                                      : tr("%1 (%2)").arg(first.message, first.reply.summary());
        finish(CheckStatus::Failed, tr("No test message reached the content filter: %1").arg(why));
        return;
    }
    finish(CheckStatus::Completed, FilterFindings::summary(m_results));
}

} // namespace mxscope
