// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/BaselineResult.h"
#include "enumeration/EnumerationPlan.h"
#include "enumeration/ProbeConnection.h"
#include "enumeration/ProbeResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

#include <deque>
#include <functional>

namespace mxscope {

// The main step of a run: spreads the listed names over short sessions, several at once.
// Each session carries at most as many probes as the server tolerates errors in one
// session (Postfix slows down after 10 and drops at 20), so no session ever meets the
// penalty; RCPT probes are pipelined. The rate cap paces the batches. A name answered
// 4xx/421, or cut off by a dropped session, goes back in the queue with backoff and is
// never counted absent; a session the server drops or slows teaches the dispatcher to
// make smaller ones.
class ProbeDispatcher : public QObject
{
    Q_OBJECT

public:
    using ConnectionFactory = std::function<ProbeConnection *(QObject *parent)>;

    ProbeDispatcher(const EnumerationPlan &plan, const MethodBaseline &baseline,
                    ConnectionFactory factory, QObject *parent = nullptr);
    ~ProbeDispatcher() override;

    void start();
    // Stops every session at once; no signals afterwards.
    void cancel();
    bool isRunning() const { return m_running; }
    // Connections lent to another job (the harvest probe) while it runs.
    void setReservedConnections(int count);
    // Bigger sessions, once the server proved it tolerates that many errors in one.
    void raiseErrorBudget(int budget);

    int sessions() const { return m_sessions; }
    int throttleEvents() const { return m_throttleEvents; }
    int errorBudget() const { return m_errorBudget; }
    int connectionLimit() const { return m_connectionLimit; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    qsizetype answered() const { return m_answered; }
    const QString &fatalError() const { return m_fatalError; }

Q_SIGNALS:
    void probeJudged(const mxscope::ProbeResult &result);
    void sessionFinished(); // a good moment to flush a journal
    void finished();

private:
    struct Item {
        int attempts = 0; // replies that were throttling, and dropped sessions
        SmtpReply lastReply;
    };

    void fill();
    void wakeAfter(qint64 ms);
    void launch(const QList<qsizetype> &batch);
    void onAnswer(ProbeConnection *connection, const ProbeConnection::Answer &answer);
    void onFinished(ProbeConnection *connection);
    void retryOrGiveUp(qsizetype index, const QString &note);
    void judge(qsizetype index, ProbeVerdict verdict, const ProbeConnection::Answer *answer,
               const QString &note);
    void finish();

    EnumerationPlan m_plan;
    MethodBaseline m_baseline;
    ConnectionFactory m_factory;
    QList<Item> m_items; // by name index
    std::deque<qsizetype> m_queue;
    struct SessionInfo {
        int errors = 0; // 5xx answers
        bool throttledReply = false; // some probe got 4xx
        qint64 launchedAtMs = 0;
    };
    QHash<ProbeConnection *, SessionInfo> m_live;
    QElapsedTimer m_clock;
    QTimer m_wake;
    qint64 m_resumeAtMs = 0; // backoff
    qint64 m_backoffStartedMs = -1;
    qint64 m_nextTokenMs = 0; // rate cap
    int m_errorBudget;
    int m_connectionLimit;
    int m_reserved = 0;
    int m_active = 0;
    int m_sessions = 0;
    int m_throttleEvents = 0;
    int m_backoffLevel = 0;
    int m_idleSessions = 0; // sessions in a row that got no answer at all
    int m_slowAfterErrors = 0; // K of the last slowdown seen, 0: none yet
    bool m_hadHandshake = false;
    bool m_givingUp = false;
    bool m_running = false;
    qsizetype m_answered = 0;
    QString m_fatalError;
};

} // namespace mxscope
