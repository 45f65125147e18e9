// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckContext.h"
#include "audit/CheckOutcome.h"

#include <QObject>
#include <QTimer>

namespace mxscope {

// One check of an audit, whatever it tests: the GUI's check picker, the full audit, the run
// history and the reports all see checks through this class.
//
//   AuditCheck *check = CheckCatalogue::create("tls", context, parent);
//   connect(check, &AuditCheck::finished, ...);   // outcome() is complete
//   check->start();                                // finished() may follow synchronously
//
// A subclass implements run() (begin the work, asynchronously) and stop() (drop every
// connection now), and reports through addFinding(), reportProgress() and finish().
// The base refuses checks that need the user's authorisation when it was not given, and
// ends any check that outlives context().timeLimitMs.
class AuditCheck : public QObject
{
    Q_OBJECT

public:
    AuditCheck(const QString &id, const CheckContext &context, QObject *parent = nullptr);

    QString id() const { return m_outcome.checkId; }
    const CheckContext &context() const { return m_context; }
    const CheckOutcome &outcome() const { return m_outcome; }
    bool isRunning() const { return m_outcome.status == CheckStatus::Running; }

    void start();
    // Stops at once, keeps what arrived; finished() follows synchronously.
    void cancel();

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void findingAdded(const mxscope::Finding &finding);
    void finished();

protected:
    virtual void run() = 0;
    virtual void stop() = 0;

    void addFinding(const Finding &finding);
    void reportProgress(int done, int total, const QString &step);
    // Ends the check once; later calls are ignored. text is the summary when the check
    // completed, the error otherwise.
    void finish(CheckStatus status, const QString &text);
    CheckOutcome &outcomeForUpdate() { return m_outcome; }
    // A line of the check's own narration in the transcript ("Opening 20 connections").
    qsizetype logEvent(const QString &text, int connection = 0);

private:
    void onTimeLimit();

    CheckContext m_context;
    CheckOutcome m_outcome;
    QTimer m_timeLimit;
};

} // namespace mxscope
