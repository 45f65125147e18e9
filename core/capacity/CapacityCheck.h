// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "capacity/CapacityResult.h"

#include <QElapsedTimer>
#include <QPointer>

namespace mxscope {

class ConnectionRamp;
class IdleProbe;

// Check 9, connection exhaustion: a bounded ramp of concurrent silent sessions from this
// client (context().maxConnections, at most hardCap), then how long one silent session is
// kept (at most idleCapMs, and within the check's time limit). Loads the server, so it
// needs the user's authorisation.
class CapacityCheck : public AuditCheck
{
    Q_OBJECT

public:
    static constexpr int hardCap = 500;
    static constexpr int idleCapMs = 30'000;
    // Per connection: a few seconds, so a stalled listener cannot stretch the ramp.
    static constexpr int connectTimeoutMs = 5000;
    static constexpr int greetingTimeoutMs = 8000;

    CapacityCheck(const CheckContext &context, QObject *parent = nullptr);
    ~CapacityCheck() override;

    const CapacityResult &result() const { return m_result; }

protected:
    void run() override;
    void stop() override;

private:
    void collectRamp();
    void publish();
    void onRampFinished();
    void onIdleFinished();
    void complete();
    qint64 remainingMs() const;

    CapacityResult m_result;
    QPointer<ConnectionRamp> m_ramp;
    QPointer<IdleProbe> m_idle;
    QElapsedTimer m_clock;
};

} // namespace mxscope
