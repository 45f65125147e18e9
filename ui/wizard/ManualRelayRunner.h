// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayPlan.h"
#include "transcript/TranscriptEntry.h"
#include "wizard/ManualRelayStep.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace mxscope {

class SmtpSession;
struct CommandResult;

// Drives the classic manual relay test over one SmtpSession with autoHandshake off: the
// greeting is the first step, then EHLO, (STARTTLS, EHLO, AUTH,) MAIL FROM, RCPT TO, DATA,
// body and "." (or RSET in safe mode), QUIT — one step per sendNext(), or all in a row.
// A refusal at MAIL or RCPT ends the transaction and leaves only QUIT to send.
//
//   auto *runner = new ManualRelayRunner(plan, parent);
//   connect(runner, &ManualRelayRunner::stepChanged, ...);  // show steps()[index]
//   runner->sendNext();
class ManualRelayRunner : public QObject
{
    Q_OBJECT

public:
    // What the sequence showed, for the one-sentence summary.
    enum class Conclusion {
        None,
        RecipientAccepted, // 2xx to RCPT TO
        RelayRefused, // 5xx to RCPT TO
        RelayDeferred, // 4xx to RCPT TO
        SenderRefused,
        MessageAccepted, // 2xx after the final "."
        MessageRefused, // refused at DATA or after the final "."
        SessionRefused, // the greeting was not 220
        TlsRefused,
        LoginFailed,
        ServerClosed, // 421, or the server hung up
        ConnectionFailed,
        Cancelled
    };

    explicit ManualRelayRunner(RelayPlan plan, QObject *parent = nullptr);
    ~ManualRelayRunner() override;

    const QList<ManualRelayStep> &steps() const { return m_steps; }
    // The step sendNext() runs; -1 when none is left.
    int nextStep() const;
    bool isBusy() const { return m_current >= 0; }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    bool isRunningAll() const { return m_runAll; }
    Conclusion conclusion() const { return m_conclusion; }
    // The reply behind the conclusion, when one decided it.
    const std::optional<SmtpReply> &conclusionReply() const { return m_conclusionReply; }
    QString errorMessage() const { return m_error; }

    void sendNext();
    void runAll();
    // Drops the connection at once.
    void cancel();

    // The test message sent after DATA: the token in Subject and body.
    static QByteArray testMessage(const RelayPlan &plan);

Q_SIGNALS:
    void stepChanged(int index);
    void transcriptEntry(const mxscope::TranscriptEntry &entry);
    // Busy, finished or the conclusion changed.
    void progressed();
    void finished();

private:
    void buildSteps();
    void add(ManualRelayStep::Kind kind, const QString &command,
             ManualRelayStep::Note skipped = ManualRelayStep::Note::None);
    int indexOf(ManualRelayStep::Kind kind) const;
    void startStep(int index);
    void openSession();
    void onTranscriptEntry(const TranscriptEntry &entry);
    void onGreeting(const SmtpReply &reply);
    void onReply(const CommandResult &result);
    void judge(ManualRelayStep &step);
    void onFailed(const QString &message, bool cancelled);
    void onClosed();
    void skipRemaining(ManualRelayStep::Note note, bool keepQuit);
    void conclude(Conclusion conclusion, const std::optional<SmtpReply> &reply);
    void stepDone();

    RelayPlan m_plan;
    QList<ManualRelayStep> m_steps;
    QPointer<SmtpSession> m_session;
    int m_current = -1; // the step waiting for the server
    bool m_captured = false; // the current step's command line was taken from the transcript
    bool m_started = false;
    bool m_finished = false;
    bool m_runAll = false;
    Conclusion m_conclusion = Conclusion::None;
    std::optional<SmtpReply> m_conclusionReply;
    QString m_error;
};

} // namespace mxscope
