// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "capacity/CapacityResult.h"
#include "smtp/SessionOptions.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace mxscope {

class SmtpSession;
class Transcript;
class Transport;

struct RampSettings {
    int maxConnections = 20; // already capped by the caller
    int stepSize = 0; // 0: about a tenth of maxConnections, at least 1
    int connectTimeoutMs = 5000;
    int greetingTimeoutMs = 8000;
    int quitTimeoutMs = 5000;
    int budgetMs = 60'000; // no new step starts after this
};

// Opens connections in steps and holds every greeted one open, silent, until the ramp ends:
// at maxConnections, at the first step that saw the server refuse, at the time budget, or
// when our own side runs out of sockets. Then QUIT on every held session.
//
//   auto *ramp = new ConnectionRamp(target, settings, transcript, parent);
//   connect(ramp, &ConnectionRamp::finished, ...);   // attempts() and steps() complete
//   ramp->start();
class ConnectionRamp : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    ConnectionRamp(SessionOptions target, RampSettings settings, Transcript *transcript,
                   QObject *parent = nullptr);
    ~ConnectionRamp() override;
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }

    void start();
    // Drops every connection at once; finished() is not emitted.
    void cancel();

    const QList<ConnectionAttempt> &attempts() const { return m_attempts; }
    const QList<RampStep> &steps() const { return m_steps; }
    int acceptedMax() const { return m_acceptedMax; }
    std::optional<int> refusalsBeganAt() const { return m_refusalsBeganAt; }
    QString localError() const { return m_localError; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }

Q_SIGNALS:
    void progress(int attempted, int total);
    void finished();

private:
    void openStep();
    void openOne(int attemptedAtStep);
    void onGreeting(int index, int code, const QString &text);
    void onClosed(int index);
    void resolve(int index);
    void stepDone();
    void closeAll();
    void closeDone();
    int stepSize() const;

    SessionOptions m_target;
    RampSettings m_settings;
    Transcript *m_transcript;
    TransportFactory m_transportFactory;
    QList<ConnectionAttempt> m_attempts;
    QList<QPointer<SmtpSession>> m_sessions;
    QList<RampStep> m_steps;
    QElapsedTimer m_clock;
    QDeadlineTimer m_budget;
    int m_pendingInStep = 0;
    int m_open = 0; // greeted sessions still open
    int m_acceptedMax = 0;
    int m_refusedSoFar = 0;
    int m_closing = 0; // sessions sent QUIT, not yet closed
    bool m_rampOver = false;
    bool m_done = false;
    std::optional<int> m_refusalsBeganAt;
    QString m_localError;
};

} // namespace mxscope
