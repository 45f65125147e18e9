// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/CapacityCheck.h"

#include "capacity/CapacityFindings.h"
#include "capacity/CapacityReport.h"
#include "capacity/ConnectionRamp.h"
#include "capacity/IdleProbe.h"

#include <algorithm>
#include <limits>

namespace mxscope {

namespace {

// Time kept back at the end for QUIT and the idle session's own handshake.
constexpr qint64 reserveMs = 3000;
constexpr int minimumIdleCapMs = 1000;

} // namespace

CapacityCheck::CapacityCheck(const CheckContext &context, QObject *parent)
    : AuditCheck(QStringLiteral("capacity"), context, parent)
{ }

CapacityCheck::~CapacityCheck()
{
    stop();
}

qint64 CapacityCheck::remainingMs() const
{
    if (context().timeLimitMs <= 0)
        return std::numeric_limits<qint64>::max();
    return context().timeLimitMs - m_clock.elapsed();
}

void CapacityCheck::run()
{
    m_clock.start();
    m_result = {};
    m_result.requested = context().maxConnections;
    m_result.maxConnections = std::clamp(context().maxConnections, 1, hardCap);

    RampSettings settings;
    settings.maxConnections = m_result.maxConnections;
    settings.connectTimeoutMs = connectTimeoutMs;
    settings.greetingTimeoutMs = greetingTimeoutMs;
    // Leave about a third of the time limit for the idle measurement.
    if (context().timeLimitMs > 0)
        settings.budgetMs = std::max(1000, context().timeLimitMs * 2 / 3 - greetingTimeoutMs);
    if (m_result.requested > hardCap)
        logEvent(tr("At most %1 connections are opened; %2 were asked for.")
                     .arg(hardCap)
                     .arg(m_result.requested));
    logEvent(tr("Opening up to %n concurrent connection(s) in steps, holding each one silent.",
                nullptr, m_result.maxConnections));

    m_ramp = new ConnectionRamp(context().target, settings, context().transcript, this);
    connect(m_ramp, &ConnectionRamp::progress, this, [this](int attempted, int total) {
        reportProgress(attempted, total + 1,
                       tr("%n concurrent connection(s) attempted", nullptr, attempted));
    });
    connect(m_ramp, &ConnectionRamp::finished, this, &CapacityCheck::onRampFinished);
    m_ramp->start();
}

void CapacityCheck::stop()
{
    // Keep what arrived: the connections so far, without verdicts on a partial ramp.
    if (m_ramp)
        collectRamp();
    if (m_idle) {
        m_result.idle = {};
        m_result.idle.attempted = true;
        m_result.idle.error = tr("stopped before the server closed the session");
    }
    if (m_ramp || m_idle)
        publish();
    if (m_ramp) {
        m_ramp->disconnect(this);
        m_ramp->cancel();
        m_ramp->deleteLater();
    }
    if (m_idle) {
        m_idle->disconnect(this);
        m_idle->cancel();
        m_idle->deleteLater();
    }
}

void CapacityCheck::collectRamp()
{
    const ConnectionRamp *ramp = m_ramp;
    m_result.attempts = ramp->attempts();
    m_result.steps = ramp->steps();
    m_result.acceptedMax = ramp->acceptedMax();
    m_result.refusalsBeganAt = ramp->refusalsBeganAt();
    m_result.localError = ramp->localError();
    m_result.stoppedByLocalError = !m_result.localError.isEmpty();
    m_result.rampMs = ramp->elapsedMs();
}

void CapacityCheck::publish()
{
    CheckOutcome &outcome = outcomeForUpdate();
    outcome.tables = {CapacityReport::connectionTable(m_result)};
    outcome.charts = {CapacityReport::rampChart(m_result)};
    outcome.details = CapacityReport::details(m_result);
}

void CapacityCheck::onRampFinished()
{
    collectRamp();
    ConnectionRamp *ramp = m_ramp;
    ramp->deleteLater();
    m_ramp = nullptr;
    logEvent(tr("Ramp over after %1 ms: at most %n session(s) open at once.", nullptr,
                m_result.acceptedMax)
                 .arg(m_result.rampMs));

    // Whole seconds, so "more than N s" is exact.
    const qint64 cap = std::min<qint64>(idleCapMs, remainingMs() - reserveMs) / 1000 * 1000;
    if (cap < minimumIdleCapMs) {
        m_result.idle.attempted = true;
        m_result.idle.error = tr("no time left within the time limit");
        complete();
        return;
    }
    reportProgress(
        m_result.maxConnections, m_result.maxConnections + 1,
        tr("Measuring how long a silent session is kept (up to %n s)", nullptr, int(cap / 1000)));
    SessionOptions target = context().target;
    target.connectionNumber = int(m_result.attempts.size()) + 1;
    target.timeouts.connectMs = connectTimeoutMs;
    target.timeouts.greetingMs = greetingTimeoutMs;
    target.timeouts.commandMs = std::min(target.timeouts.commandMs, 10'000);
    logEvent(tr("One more session: EHLO, then silence until the server closes it."),
             target.connectionNumber);
    m_idle = new IdleProbe(target, int(cap), context().transcript, this);
    connect(m_idle, &IdleProbe::finished, this, &CapacityCheck::onIdleFinished);
    m_idle->start();
}

void CapacityCheck::onIdleFinished()
{
    m_result.idle = m_idle->result();
    m_idle->deleteLater();
    m_idle = nullptr;
    complete();
}

void CapacityCheck::complete()
{
    for (const Finding &finding : CapacityFindings::evaluate(m_result))
        addFinding(finding);
    publish();
    reportProgress(m_result.maxConnections + 1, m_result.maxConnections + 1, tr("Done"));
    if (m_result.attempts.isEmpty() || m_result.acceptedMax == 0) {
        // Not one greeting: the server is down or unreachable, nothing to judge.
        const QString why
            = m_result.attempts.isEmpty() ? QString() : m_result.attempts.constFirst().text;
        finish(CheckStatus::Failed, tr("No connection was greeted: %1").arg(why));
        return;
    }
    finish(CheckStatus::Completed, CapacityFindings::summary(m_result));
}

} // namespace mxscope
