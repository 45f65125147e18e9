// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "capacity/CapacityResult.h"
#include "smtp/SessionOptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

namespace mxscope {

class SmtpSession;
class Transcript;
class Transport;

// Measures how long the server keeps a silent session: greeting, EHLO, then nothing until
// the server closes the connection or capMs passes (then QUIT, reported as "more than").
class IdleProbe : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    IdleProbe(SessionOptions target, int capMs, Transcript *transcript, QObject *parent = nullptr);
    ~IdleProbe() override;
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }

    void start();
    // Drops the connection at once; finished() is not emitted.
    void cancel();
    const IdleMeasurement &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void onClosed();
    void onCap();

    SessionOptions m_target;
    int m_capMs;
    Transcript *m_transcript;
    TransportFactory m_transportFactory;
    QPointer<SmtpSession> m_session;
    QElapsedTimer m_idle;
    QTimer m_cap;
    IdleMeasurement m_result;
    bool m_capReached = false;
};

} // namespace mxscope
