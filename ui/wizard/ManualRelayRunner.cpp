// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/ManualRelayRunner.h"

#include "smtp/SmtpSession.h"
#include "transport/SocketTransport.h"

#include <QDateTime>
#include <QTimer>

namespace mxscope {

using Kind = ManualRelayStep::Kind;
using Status = ManualRelayStep::Status;
using Note = ManualRelayStep::Note;

ManualRelayRunner::ManualRelayRunner(RelayPlan plan, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
{
    buildSteps();
}

ManualRelayRunner::~ManualRelayRunner()
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->cancel();
    }
}

QByteArray ManualRelayRunner::testMessage(const RelayPlan &plan)
{
    // Wire content, not UI text: English, so any recipient's filters and readers see the same.
    const QString date = QDateTime::currentDateTime().toString(Qt::RFC2822Date);
    const QString text = QStringLiteral(
        "From: <%1>\nTo: <%2>\nSubject: mxscope relay test %3\nDate: %4\n"
        "Message-ID: <%3@mxscope.invalid>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "This message was sent by mxscope, a mail-server security tester, to check whether\n"
        "%5 relays mail for other domains.\n\nTest token: %3\n\n"
        "If you did not run this test, the server above may be an open relay.\n");
    return text.arg(plan.sender, plan.recipient, plan.token, date, plan.target.host).toUtf8();
}

void ManualRelayRunner::add(Kind kind, const QString &command, Note skipped)
{
    ManualRelayStep step;
    step.kind = kind;
    step.command = command;
    if (skipped != Note::None) {
        step.status = Status::Skipped;
        step.note = skipped;
    }
    m_steps.append(step);
}

void ManualRelayRunner::buildSteps()
{
    const QString ehlo = SmtpCommand::ehlo(m_plan.target.heloName).transcriptText;
    add(Kind::Connect, QString());
    add(Kind::Ehlo, ehlo);
    if (m_plan.target.tls == TlsMode::StartTls) {
        add(Kind::StartTls, SmtpCommand::startTls().transcriptText);
        add(Kind::EhloAfterTls, ehlo);
    }
    if (m_plan.target.credentials)
        add(Kind::Auth, QStringLiteral("AUTH"));
    add(Kind::MailFrom, SmtpCommand::mailFrom(m_plan.sender).transcriptText);
    add(Kind::RcptTo, SmtpCommand::rcptTo(m_plan.recipient).transcriptText);
    QString subject = QStringLiteral("Subject: mxscope relay test");
    if (!m_plan.token.isEmpty())
        subject += QLatin1Char(' ') + m_plan.token;
    const Note data = m_plan.sendData ? Note::None : Note::SafeMode;
    add(Kind::Data, SmtpCommand::data({}).transcriptText, data);
    add(Kind::Body, subject, data);
    add(Kind::EndOfData, QStringLiteral("."), data);
    if (!m_plan.sendData)
        add(Kind::Rset, SmtpCommand::rset().transcriptText);
    add(Kind::Quit, SmtpCommand::quit().transcriptText);
}

int ManualRelayRunner::indexOf(Kind kind) const
{
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).kind == kind)
            return i;
    }
    return -1;
}

int ManualRelayRunner::nextStep() const
{
    if (m_finished)
        return -1;
    for (int i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i).status == Status::Waiting)
            return i;
    }
    return -1;
}

void ManualRelayRunner::sendNext()
{
    if (isBusy() || m_finished)
        return;
    const int next = nextStep();
    if (next >= 0)
        startStep(next);
}

void ManualRelayRunner::runAll()
{
    m_runAll = true;
    Q_EMIT progressed();
    sendNext();
}

void ManualRelayRunner::cancel()
{
    m_runAll = false;
    if (m_session)
        m_session->cancel(); // failed() and closed() follow at once
}

void ManualRelayRunner::startStep(int index)
{
    m_current = index;
    m_captured = false;
    ManualRelayStep &step = m_steps[index];
    step.status = Status::Running;
    Q_EMIT stepChanged(index);
    Q_EMIT progressed();
    if (step.kind == Kind::Connect) {
        openSession();
        return;
    }
    if (!m_session) {
        onFailed(tr("The connection is closed."), false);
        return;
    }
    QString error;
    quint64 id = 0;
    switch (step.kind) {
    case Kind::Ehlo:
    case Kind::EhloAfterTls:
        id = m_session->send(SmtpCommand::ehlo(m_plan.target.heloName), &error);
        break;
    case Kind::Helo:
        id = m_session->send(SmtpCommand::helo(m_plan.target.heloName), &error);
        break;
    case Kind::StartTls:
        id = m_session->send(SmtpCommand::startTls(), &error);
        break;
    case Kind::Auth:
        id = m_session->authenticate(*m_plan.target.credentials, &error);
        break;
    case Kind::MailFrom:
        id = m_session->send(SmtpCommand::mailFrom(m_plan.sender), &error);
        break;
    case Kind::RcptTo:
        id = m_session->send(SmtpCommand::rcptTo(m_plan.recipient), &error);
        break;
    case Kind::Data:
        id = m_session->send(SmtpCommand::data(testMessage(m_plan)), &error);
        break;
    case Kind::Rset:
        id = m_session->send(SmtpCommand::rset(), &error);
        break;
    case Kind::Quit:
        id = m_session->send(SmtpCommand::quit(), &error);
        break;
    case Kind::Connect:
    case Kind::Body:
    case Kind::EndOfData:
        break; // the body and "." go out with DATA
    }
    if (id == 0)
        onFailed(error.isEmpty() ? tr("The command could not be sent.") : error, false);
}

void ManualRelayRunner::openSession()
{
    SessionOptions options = m_plan.target;
    options.autoHandshake = false; // the user sends every command, one at a time
    options.credentials.reset();
    options.connectionNumber = 1;
    m_started = true;
    m_session = new SmtpSession(options, new SocketTransport, this);
    connect(m_session, &SmtpSession::transcriptEntry, this, &ManualRelayRunner::onTranscriptEntry);
    connect(m_session, &SmtpSession::greetingReceived, this, &ManualRelayRunner::onGreeting);
    connect(m_session, &SmtpSession::replyReceived, this, &ManualRelayRunner::onReply);
    connect(m_session, &SmtpSession::failed, this,
            [this](SessionError error, const QString &message) {
                onFailed(message, error == SessionError::Cancelled);
            });
    connect(m_session, &SmtpSession::closed, this, &ManualRelayRunner::onClosed);
    m_session->open();
}

void ManualRelayRunner::onTranscriptEntry(const TranscriptEntry &entry)
{
    // The step shows the line exactly as sent (AUTH with its secret already redacted).
    if (m_current >= 0 && !m_captured && entry.direction == TranscriptDirection::Sent) {
        m_steps[m_current].command = entry.text;
        m_captured = true;
        Q_EMIT stepChanged(m_current);
    }
    Q_EMIT transcriptEntry(entry);
}

void ManualRelayRunner::onGreeting(const SmtpReply &reply)
{
    const int index = indexOf(Kind::Connect);
    ManualRelayStep &step = m_steps[index];
    step.reply = reply;
    step.latencyMs = m_session ? m_session->greetingDelayMs() : -1;
    step.status = Status::Done;
    if (!reply.isPositiveCompletion())
        conclude(Conclusion::SessionRefused, reply); // the session fails right after this
    Q_EMIT stepChanged(index);
    if (reply.isPositiveCompletion())
        stepDone();
}

void ManualRelayRunner::onReply(const CommandResult &result)
{
    if (m_current < 0)
        return;
    // 354 to DATA: the session sends the message and the lone "." at once.
    if (result.command.verb == SmtpVerb::Data && result.reply.code == 354) {
        ManualRelayStep &data = m_steps[m_current];
        data.reply = result.reply;
        data.answering = SmtpVerb::Data;
        data.latencyMs = result.latencyMs;
        data.status = Status::Done;
        Q_EMIT stepChanged(m_current);
        const int body = indexOf(Kind::Body);
        m_steps[body].status = Status::Done;
        m_steps[body].note = Note::SentAfter354;
        Q_EMIT stepChanged(body);
        m_current = indexOf(Kind::EndOfData);
        m_captured = true; // the body lines are not the "." step's command
        m_steps[m_current].status = Status::Running;
        Q_EMIT stepChanged(m_current);
        return;
    }
    ManualRelayStep &step = m_steps[m_current];
    step.reply = result.reply;
    step.answering = result.command.verb;
    step.latencyMs = result.latencyMs;
    step.status = Status::Done;
    judge(step);
    Q_EMIT stepChanged(m_current);
    stepDone();
}

// Decides what a reply means for the rest of the sequence.
void ManualRelayRunner::judge(ManualRelayStep &step)
{
    const SmtpReply &reply = *step.reply;
    const bool ok = reply.isPositiveCompletion();
    if (reply.code == 421) {
        conclude(Conclusion::ServerClosed, reply); // the server is hanging up: nothing more to send
        skipRemaining(Note::AfterFailure, false);
        return;
    }
    switch (step.kind) {
    case Kind::Ehlo:
    case Kind::EhloAfterTls:
        if (reply.code == 500 || reply.code == 502) {
            ManualRelayStep helo;
            helo.kind = Kind::Helo;
            helo.command = SmtpCommand::helo(m_plan.target.heloName).transcriptText;
            m_steps.insert(m_current + 1, helo);
        }
        return;
    case Kind::StartTls:
        if (!ok) {
            conclude(Conclusion::TlsRefused, reply);
            skipRemaining(Note::AfterRefusal, true);
        }
        return;
    case Kind::Auth:
        if (reply.code != 235) {
            conclude(Conclusion::LoginFailed, reply);
            skipRemaining(Note::AfterRefusal, true);
        }
        return;
    case Kind::MailFrom:
        if (!ok) {
            conclude(Conclusion::SenderRefused, reply);
            skipRemaining(Note::AfterRefusal, true);
        }
        return;
    case Kind::RcptTo:
        if (ok) {
            conclude(Conclusion::RecipientAccepted, reply);
            return;
        }
        conclude(reply.isTransientFailure() ? Conclusion::RelayDeferred : Conclusion::RelayRefused,
                 reply);
        skipRemaining(Note::AfterRefusal, true);
        return;
    case Kind::Data: // refused at DATA itself (no 354)
        conclude(Conclusion::MessageRefused, reply);
        skipRemaining(Note::AfterRefusal, true);
        return;
    case Kind::EndOfData:
        conclude(ok ? Conclusion::MessageAccepted : Conclusion::MessageRefused, reply);
        return;
    default:
        return;
    }
}

void ManualRelayRunner::onFailed(const QString &message, bool cancelled)
{
    m_error = message;
    if (m_current >= 0) {
        ManualRelayStep &step = m_steps[m_current];
        if (!step.reply) {
            step.status = Status::Failed;
            step.error = message;
        }
        Q_EMIT stepChanged(m_current);
    }
    if (cancelled)
        conclude(Conclusion::Cancelled, std::nullopt);
    else if (m_conclusion == Conclusion::None)
        conclude(Conclusion::ConnectionFailed, std::nullopt);
    if (!m_session) // never connected: nothing will report closed()
        onClosed();
}

void ManualRelayRunner::onClosed()
{
    if (m_finished)
        return;
    const bool quitSent = m_steps.constLast().status == Status::Done;
    if (!quitSent && m_conclusion == Conclusion::None)
        conclude(Conclusion::ServerClosed, std::nullopt);
    m_current = -1; // a command still in flight gets no reply now
    skipRemaining(Note::AfterFailure, false);
    m_finished = true;
    m_runAll = false;
    if (m_session)
        m_session->deleteLater();
    Q_EMIT progressed();
    Q_EMIT finished();
}

void ManualRelayRunner::skipRemaining(Note note, bool keepQuit)
{
    for (int i = 0; i < m_steps.size(); ++i) {
        ManualRelayStep &step = m_steps[i];
        if (step.status != Status::Waiting && step.status != Status::Running)
            continue;
        if (i == m_current && step.status == Status::Running)
            continue; // the step in flight ends through its reply or the failure
        if (keepQuit && step.kind == Kind::Quit)
            continue;
        step.status = Status::Skipped;
        step.note = note;
        Q_EMIT stepChanged(i);
    }
}

void ManualRelayRunner::conclude(Conclusion conclusion, const std::optional<SmtpReply> &reply)
{
    m_conclusion = conclusion;
    m_conclusionReply = reply;
}

void ManualRelayRunner::stepDone()
{
    m_current = -1;
    Q_EMIT progressed();
    // One step per turn of the event loop, so the page repaints between steps.
    if (m_runAll && nextStep() >= 0)
        QTimer::singleShot(0, this, &ManualRelayRunner::sendNext);
}

} // namespace mxscope
