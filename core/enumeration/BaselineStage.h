// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/BaselineResult.h"
#include "enumeration/EnumerationPlan.h"
#include "enumeration/ProbeConnection.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <functional>

namespace mxscope {

// The first step of a run: for VRFY, EXPN and RCPT, a few random names that cannot exist
// and postmaster as a control, each method in sessions of its own (so the errors it
// causes never add up in one session), retried with backoff when the server throttles.
// Then BaselineJudge decides what each method can tell and which one the run uses.
class BaselineStage : public QObject
{
    Q_OBJECT

public:
    using ConnectionFactory = std::function<ProbeConnection *(QObject *parent)>;

    BaselineStage(const EnumerationPlan &plan, ConnectionFactory factory,
                  QObject *parent = nullptr);
    ~BaselineStage() override;

    void start();
    void cancel();
    const BaselineResult &result() const { return m_result; }
    // Set when the server could not be talked to at all (refused, not found, TLS failed...).
    const QString &fatalError() const { return m_fatalError; }
    // Why the last session that failed did, for a run where no method got any reply.
    const QString &lastFailure() const { return m_lastFailure; }
    int sessions() const { return m_sessions; }
    // Made-up local parts: letters and digits from the system's random source, so a
    // server cannot predict and whitelist them.
    static QStringList randomNames(int count);

Q_SIGNALS:
    void finished();

private:
    struct MethodRun {
        EnumerationMethod method;
        QList<ProbeConnection::Probe> pending;
        QList<BaselineSample> samples;
        std::optional<BaselineSample> control;
        std::optional<SmtpReply> senderReply;
        QString failure;
        int attempts = 0;
        bool done = false;
        bool running = false;
    };

    void launchNext();
    void launch(MethodRun &run);
    void onAnswer(MethodRun &run, ProbeConnection *connection,
                  const ProbeConnection::Answer &answer);
    void onFinished(MethodRun &run, ProbeConnection *connection);
    void conclude();

    EnumerationPlan m_plan;
    ConnectionFactory m_factory;
    QList<MethodRun> m_runs;
    QList<QPointer<ProbeConnection>> m_connections;
    BaselineResult m_result;
    QString m_fatalError;
    QString m_lastFailure;
    bool m_pipelining = false;
    bool m_running = false;
    int m_active = 0;
    int m_sessions = 0;
};

} // namespace mxscope
