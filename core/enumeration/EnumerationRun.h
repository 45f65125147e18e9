// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationPlan.h"
#include "enumeration/EnumerationResult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace mxscope {

class BaselineStage;
class HarvestProbe;
class JsonLinesJournal;
class ProbeConnection;
class ProbeDispatcher;
class Transcript;
class Transport;

// Checks 4 and 5 as one job: account enumeration with VRFY, EXPN or RCPT, and how the
// server resists directory harvesting. First a baseline of made-up names decides which
// methods can tell users apart (a catch-all or a 252-for-everyone server yields no
// "exists" at all, and the result says why); then the listed names are spread over short
// parallel sessions, RCPT pipelined, within the rate and connection caps.
//
//   auto *run = new EnumerationRun(plan, transcript, parent);
//   connect(run, &EnumerationRun::probeFinished, table, ...);   // live, as they arrive
//   connect(run, &EnumerationRun::finished, ...);               // result() is complete
//   run->start();
//   run->cancel();                                              // stops at once, keeps results
class EnumerationRun : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    // transcript receives every line of every session; nullptr: an internal one.
    EnumerationRun(EnumerationPlan plan, Transcript *transcript, QObject *parent = nullptr);
    // Drops every session without further signals.
    ~EnumerationRun() override;
    // For tests: scripted transports instead of sockets.
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }

    void start();
    // Stops every session now; finished() follows at once and result() keeps what arrived.
    void cancel();
    bool isRunning() const { return m_running; }
    const EnumerationPlan &plan() const { return m_plan; }
    const EnumerationResult &result() const { return m_result; }
    Transcript *transcript() const { return m_transcript; }

Q_SIGNALS:
    void progress(qsizetype done, qsizetype total);
    void baselineDecided(const mxscope::BaselineResult &baseline);
    void probeFinished(const mxscope::ProbeResult &result);
    void findingAdded(const mxscope::Finding &finding);
    void finished();

private:
    ProbeConnection *newConnection(QObject *parent);
    void onBaselineFinished();
    void startEnumeration();
    void onProbe(const ProbeResult &probe);
    void onHarvestFinished();
    void onDispatcherFinished();
    void flushJournal();
    void stopAll();
    void fail(const QString &message);
    void complete();

    EnumerationPlan m_plan;
    Transcript *m_transcript;
    TransportFactory m_transportFactory;
    QPointer<BaselineStage> m_baselineStage;
    QPointer<ProbeDispatcher> m_dispatcher;
    QPointer<HarvestProbe> m_harvest;
    std::unique_ptr<JsonLinesJournal> m_journal;
    EnumerationResult m_result;
    QElapsedTimer m_clock;
    qint64 m_enumerationStartMs = -1; // -1: not reached
    QTimer m_timeLimit;
    struct DispatcherStats {
        qsizetype answered = 0;
        qint64 elapsedMs = 0;
        int connections = 1;
        int throttleEvents = 0;
    } m_dispatcherStats;
    int m_connectionCounter = 0;
    bool m_running = false;
};

} // namespace mxscope
