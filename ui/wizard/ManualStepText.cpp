// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/ManualStepText.h"

#include "smtp/ReplyExplainer.h"
#include "transcript/SafeText.h"

#include <QStringList>

namespace mxscope {

using Kind = ManualRelayStep::Kind;
using Status = ManualRelayStep::Status;
using Note = ManualRelayStep::Note;
using Conclusion = ManualRelayRunner::Conclusion;

QString ManualStepText::title(Kind kind)
{
    switch (kind) {
    case Kind::Connect:
        return tr("Connect and read the banner");
    case Kind::Ehlo:
        return tr("Say hello (EHLO)");
    case Kind::Helo:
        return tr("Say hello the old way (HELO)");
    case Kind::StartTls:
        return tr("Switch to TLS (STARTTLS)");
    case Kind::EhloAfterTls:
        return tr("Say hello again, encrypted (EHLO)");
    case Kind::Auth:
        return tr("Log in (AUTH)");
    case Kind::MailFrom:
        return tr("Name the sender (MAIL FROM)");
    case Kind::RcptTo:
        return tr("Name the recipient (RCPT TO)");
    case Kind::Data:
        return tr("Start the message (DATA)");
    case Kind::Body:
        return tr("Send the header and body");
    case Kind::EndOfData:
        return tr("End the message (a lone dot)");
    case Kind::Rset:
        return tr("Abandon the transaction (RSET)");
    case Kind::Quit:
        return tr("Say goodbye (QUIT)");
    }
    return {};
}

QString ManualStepText::command(const ManualRelayStep &step, const RelayPlan &plan)
{
    if (step.kind == Kind::Connect)
        return tr("connect to %1 port %2").arg(plan.target.host).arg(plan.target.port);
    if (step.kind == Kind::Body)
        return tr("%1 … (the test message)").arg(step.command);
    return step.command;
}

QString ManualStepText::replyCell(const ManualRelayStep &step)
{
    switch (step.status) {
    case Status::Waiting:
        return {};
    case Status::Running:
        return tr("waiting for the server…");
    case Status::Failed:
        return step.error;
    case Status::Skipped:
        switch (step.note) {
        case Note::SafeMode:
            return tr("skipped: safe mode sends RSET instead");
        case Note::AfterRefusal:
            return tr("skipped: the server refused an earlier step");
        case Note::AfterFailure:
            return tr("not sent: the connection ended");
        default:
            return tr("skipped");
        }
    case Status::Done:
        if (step.note == Note::SentAfter354)
            return tr("sent after the 354; the server answers after the dot");
        return step.reply ? step.reply->summary() : QString();
    }
    return {};
}

QString ManualStepText::fullReply(const SmtpReply &reply)
{
    QStringList lines;
    for (qsizetype i = 0; i < reply.lines.size(); ++i) {
        const QLatin1Char separator(i + 1 < reply.lines.size() ? '-' : ' ');
        lines.append(QString::number(reply.code) + separator + safeText(reply.lines.at(i)));
    }
    if (lines.isEmpty())
        lines.append(QString::number(reply.code));
    return lines.join(QLatin1Char('\n'));
}

QString ManualStepText::explanation(const ManualRelayStep &step)
{
    if (step.status == Status::Skipped) {
        if (step.note == Note::SafeMode)
            return tr("Safe mode judges the server by its answer to RCPT TO and never sends a "
                      "message. Choose \"Send a real test message\" on the previous page to "
                      "include DATA.");
        return replyCell(step);
    }
    if (step.note == Note::SentAfter354)
        return tr("The header and body lines go out right after the 354 reply, followed by a "
                  "line holding a single dot. The server answers only once it has read the "
                  "dot.");
    if (step.status == Status::Failed)
        return step.error;
    if (!step.reply)
        return {};
    return ReplyExplainer::explain(*step.reply, step.answering);
}

bool ManualStepText::conclusionIsRelay(Conclusion conclusion, const RelayPlan &plan)
{
    if (plan.target.credentials)
        return false; // relaying after a login is expected
    return conclusion == Conclusion::RecipientAccepted || conclusion == Conclusion::MessageAccepted;
}

QString ManualStepText::conclusion(const ManualRelayRunner &runner, const RelayPlan &plan)
{
    const QString reply
        = runner.conclusionReply() ? runner.conclusionReply()->summary() : QString();
    switch (runner.conclusion()) {
    case Conclusion::None:
        return runner.isStarted() ? QString()
                                  : tr("Press \"Send next command\" to connect, or \"Run all "
                                       "steps\" to watch the whole conversation.");
    case Conclusion::RecipientAccepted:
        return plan.target.credentials
            ? tr("The server accepted %1 after you logged in. That is expected and is not an "
                 "open relay.")
                  .arg(plan.recipient)
            : tr("The server accepted the external recipient %1 from a client that did not log "
                 "in: it is willing to relay, which makes it an open relay.")
                  .arg(plan.recipient);
    case Conclusion::RelayRefused:
        return tr("The server refused to relay for this sender/recipient (%1). That is what a "
                  "closed relay does.")
            .arg(reply);
    case Conclusion::RelayDeferred:
        return tr("The server refused the recipient for now (%1). Run the test again later to be "
                  "sure.")
            .arg(reply);
    case Conclusion::SenderRefused:
        return tr("The server refused the sender (%1), so this pair could not be tested. Try "
                  "another sender address.")
            .arg(reply);
    case Conclusion::MessageAccepted:
        return tr("The server accepted the test message for delivery. Look for %1 in the "
                  "recipient's mailbox.")
            .arg(plan.token);
    case Conclusion::MessageRefused:
        return tr("The server refused the message (%1). If it accepted the recipient first, it "
                  "checks relayed mail only after reading it.")
            .arg(reply);
    case Conclusion::SessionRefused:
        return tr("The server refused the session at its greeting (%1).").arg(reply);
    case Conclusion::TlsRefused:
        return tr("The server refused STARTTLS (%1).").arg(reply);
    case Conclusion::LoginFailed:
        return tr("The login failed (%1).").arg(reply);
    case Conclusion::ServerClosed:
        return reply.isEmpty() ? tr("The server closed the connection.")
                               : tr("The server closed the connection (%1).").arg(reply);
    case Conclusion::ConnectionFailed:
        return tr("The test stopped: %1").arg(runner.errorMessage());
    case Conclusion::Cancelled:
        return tr("Cancelled.");
    }
    return {};
}

} // namespace mxscope
