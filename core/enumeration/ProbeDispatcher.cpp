// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/ProbeDispatcher.h"

#include "enumeration/ReplyClassifier.h"

#include <cmath>

namespace mxscope {

namespace {

constexpr int backoffBaseMs = 250;
constexpr int backoffMaxMs = 8000;
constexpr int maxIdleSessions = 8;

} // namespace

ProbeDispatcher::ProbeDispatcher(const EnumerationPlan &plan, const MethodBaseline &baseline,
                                 ConnectionFactory factory, QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_baseline(baseline)
    , m_factory(std::move(factory))
    , m_items(plan.names.size())
    , m_errorBudget(std::clamp(plan.sessionErrorBudget, 1, EnumerationPlan::maxProbesPerSession))
    , m_connectionLimit(std::clamp(plan.connections, 1, EnumerationPlan::maxConnections))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &ProbeDispatcher::fill);
}

ProbeDispatcher::~ProbeDispatcher()
{
    cancel();
}

void ProbeDispatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    for (qsizetype i = 0; i < m_items.size(); ++i)
        m_queue.push_back(i);
    fill();
}

void ProbeDispatcher::cancel()
{
    m_running = false;
    m_wake.stop();
    const auto connections = m_live.keys();
    m_live.clear();
    for (ProbeConnection *connection : connections)
        connection->cancel();
}

void ProbeDispatcher::setReservedConnections(int count)
{
    m_reserved = std::max(0, count);
    if (m_running)
        fill();
}

void ProbeDispatcher::raiseErrorBudget(int budget)
{
    m_errorBudget
        = std::clamp(std::max(m_errorBudget, budget), 1, EnumerationPlan::maxProbesPerSession);
}

void ProbeDispatcher::fill()
{
    if (!m_running)
        return;
    if (m_givingUp) {
        while (!m_queue.empty()) {
            const qsizetype index = m_queue.front();
            m_queue.pop_front();
            judge(index, ProbeVerdict::Unknown, nullptr,
                  tr("Not answered: the server stopped answering."));
        }
    }
    if (m_queue.empty() && m_active == 0) {
        finish();
        return;
    }
    const int allowed = std::max(0, m_connectionLimit - m_reserved);
    while (m_active < allowed && !m_queue.empty()) {
        const qint64 now = m_clock.elapsed();
        const qint64 readyAt = std::max(m_resumeAtMs, m_nextTokenMs);
        if (now < readyAt) {
            wakeAfter(readyAt - now);
            return;
        }
        qsizetype size = std::min<qsizetype>(m_errorBudget, qsizetype(m_queue.size()));
        if (m_plan.ratePerSecond > 0) {
            // Small batches under a rate cap, so the pace stays even.
            const auto perConnection = qsizetype(std::ceil(m_plan.ratePerSecond / allowed));
            size = std::clamp<qsizetype>(perConnection, 1, size);
            m_nextTokenMs = std::max(now, m_nextTokenMs)
                + qint64(std::llround(1000.0 * double(size) / m_plan.ratePerSecond));
        }
        QList<qsizetype> batch;
        for (qsizetype i = 0; i < size; ++i) {
            batch.append(m_queue.front());
            m_queue.pop_front();
        }
        launch(batch);
        if (!m_running)
            return;
    }
}

void ProbeDispatcher::wakeAfter(qint64 ms)
{
    if (!m_wake.isActive() || m_wake.remainingTime() > ms)
        m_wake.start(int(std::max<qint64>(ms, 1)));
}

void ProbeDispatcher::launch(const QList<qsizetype> &batch)
{
    ++m_active;
    ++m_sessions;
    ProbeConnection *connection = m_factory(this);
    m_live.insert(connection, {0, false, m_clock.elapsed()});
    QList<ProbeConnection::Probe> probes;
    probes.reserve(batch.size());
    for (const qsizetype index : batch)
        probes.append({index, m_plan.addressFor(m_plan.names.at(index))});
    connect(connection, &ProbeConnection::probeAnswered, this,
            [this, connection](const ProbeConnection::Answer &answer) {
                onAnswer(connection, answer);
            });
    connect(connection, &ProbeConnection::finished, this,
            [this, connection] { onFinished(connection); });
    connection->start(m_baseline.method, probes, m_plan.sender);
}

void ProbeDispatcher::onAnswer(ProbeConnection *connection, const ProbeConnection::Answer &answer)
{
    const qsizetype index = answer.probe.index;
    Item &item = m_items[index];
    item.lastReply = answer.reply;
    switch (ReplyClassifier::meaningOf(answer.reply)) {
    case ReplyMeaning::TooManyRecipients:
        // A per-message limit, not the name's fault: smaller sessions from now on.
        m_errorBudget = std::max(1, m_errorBudget / 2);
        retryOrGiveUp(index, ReplyClassifier::unknownNote(answer.reply));
        return;
    case ReplyMeaning::Throttled:
    case ReplyMeaning::OutOfSequence:
        m_live[connection].throttledReply = true;
        retryOrGiveUp(index, ReplyClassifier::unknownNote(answer.reply));
        return;
    default:
        break;
    }
    if (answer.reply.isPermanentFailure())
        ++m_live[connection].errors;
    judge(index, ReplyClassifier::verdictFor(answer.reply, m_baseline), &answer, {});
}

void ProbeDispatcher::retryOrGiveUp(qsizetype index, const QString &note)
{
    Item &item = m_items[index];
    if (++item.attempts >= m_plan.maxAttempts || m_givingUp)
        judge(index, ProbeVerdict::Unknown, nullptr, note);
    else
        m_queue.push_front(index);
}

void ProbeDispatcher::judge(qsizetype index, ProbeVerdict verdict,
                            const ProbeConnection::Answer *answer, const QString &note)
{
    const Item &item = m_items.at(index);
    ProbeResult result;
    result.index = index;
    result.name = m_plan.names.at(index);
    result.argument = m_plan.addressFor(result.name);
    result.method = m_baseline.method;
    result.verdict = verdict;
    result.reply = item.lastReply;
    result.attempts = item.attempts + (answer ? 1 : 0); // throttled replies, then this one
    if (answer) {
        result.latencyMs = answer->delayMs;
        result.roundTripMs = answer->roundTripMs;
        result.connection = answer->connection;
        result.timestampMs = answer->timestampMs;
        result.evidence = answer->evidence;
    }
    if (verdict == ProbeVerdict::Exists && m_baseline.method == EnumerationMethod::Expn)
        result.members = ReplyClassifier::expnMembers(result.reply);
    result.note = note;
    if (verdict == ProbeVerdict::Unknown && note.isEmpty())
        result.note = ReplyClassifier::unknownNote(result.reply);
    ++m_answered;
    Q_EMIT probeJudged(result);
}

void ProbeDispatcher::onFinished(ProbeConnection *connection)
{
    const ProbeConnection::Outcome o = connection->outcome();
    const SessionInfo info = m_live.take(connection);
    connection->deleteLater();
    --m_active;
    if (!m_running)
        return;

    const bool refusedAtGreeting = o.greeting && o.greeting->code == 421;
    if (!o.handshakeDone && !m_hadHandshake
        && (isPermanent(o.error)
            || (o.error == SessionError::GreetingRefused && !refusedAtGreeting))) {
        m_fatalError = o.errorMessage;
        cancel();
        finish();
        return;
    }
    m_hadHandshake = m_hadHandshake || o.handshakeDone;

    // 4xx replies ask us to wait; a 421 after errors is an error limit, learnt below.
    bool backOff = info.throttledReply && !(o.closedBy421 && info.errors > 0);
    if (o.slowedDown) {
        // Slow after K prompt errors: a penalty per session (a tarpit, Postfix's error
        // sleep), cured by smaller sessions, not by waiting. Seen twice before it counts:
        // one slow reply may be the server's hiccup. Slow from the first reply (K = 0)
        // is no error penalty at all, so the session size stays.
        if (const int k = o.errorsBeforeSlowdown; k > 0) {
            if (m_slowAfterErrors > 0) {
                m_errorBudget = std::clamp(std::min(k, m_slowAfterErrors), 1, m_errorBudget);
                ++m_throttleEvents;
            }
            m_slowAfterErrors = m_slowAfterErrors > 0 ? std::min(m_slowAfterErrors, k) : k;
        }
    } else if (refusedAtGreeting) {
        m_connectionLimit = std::max(1, m_connectionLimit - 1); // too many connections
        ++m_throttleEvents;
        backOff = true;
    } else if (!o.unanswered.isEmpty() && (o.closedBy421 || o.error != SessionError::None)) {
        ++m_throttleEvents;
        if (info.errors > 0) // an error limit: stay below it from now on
            m_errorBudget = std::clamp(info.errors, 1, m_errorBudget);
        else
            backOff = true; // dropped before any error: busy, or worse
    }
    if (info.throttledReply)
        ++m_throttleEvents;
    // Sessions launched before the last backoff began do not escalate it again.
    if (backOff && info.launchedAtMs >= m_backoffStartedMs) {
        const int shift = std::min(m_backoffLevel++, 5);
        m_backoffStartedMs = m_clock.elapsed();
        m_resumeAtMs = m_backoffStartedMs + std::min(backoffBaseMs << shift, backoffMaxMs);
    } else if (!backOff && o.answered > 0) {
        m_backoffLevel = 0;
    }
    m_idleSessions = o.answered > 0 ? 0 : m_idleSessions + 1;
    if (m_idleSessions >= maxIdleSessions)
        m_givingUp = true;

    // Names the session never got to: back to the front of the queue.
    for (auto it = o.unanswered.crbegin(); it != o.unanswered.crend(); ++it) {
        if (m_givingUp)
            judge(it->index, ProbeVerdict::Unknown, nullptr,
                  o.errorMessage.isEmpty() ? tr("Not answered: the server stopped answering.")
                                           : tr("Not answered: %1").arg(o.errorMessage));
        else
            m_queue.push_front(it->index);
    }
    Q_EMIT sessionFinished();
    fill();
}

void ProbeDispatcher::finish()
{
    if (!m_running && m_fatalError.isEmpty())
        return;
    m_running = false;
    m_wake.stop();
    Q_EMIT finished();
}

} // namespace mxscope
