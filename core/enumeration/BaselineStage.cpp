// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/BaselineStage.h"

#include "enumeration/BaselineJudge.h"
#include "enumeration/ReplyClassifier.h"

#include <QRandomGenerator>
#include <QTimer>

namespace mxscope {

namespace {

constexpr int maxAttempts = 4;
constexpr int backoffBaseMs = 250;
constexpr int parallelMethods = 3;

// Faults no retry can mend: the run stops and says why.
bool isFatal(const ProbeConnection::Outcome &o)
{
    if (o.error == SessionError::GreetingRefused)
        return !o.greeting || o.greeting->code != 421; // 421: busy, come back later
    return isPermanent(o.error);
}

} // namespace

BaselineStage::BaselineStage(const EnumerationPlan &plan, ConnectionFactory factory,
                             QObject *parent)
    : QObject(parent)
    , m_plan(plan)
    , m_factory(std::move(factory))
{
    for (const auto method :
         {EnumerationMethod::Vrfy, EnumerationMethod::Expn, EnumerationMethod::Rcpt}) {
        MethodRun run;
        run.method = method;
        const QStringList names = randomNames(m_plan.baselineSize);
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString argument = m_plan.addressFor(names.at(i));
            run.pending.append({i, argument});
            run.samples.append(BaselineSample {argument, {}, 0, -1});
        }
        run.pending.append({names.size(), m_plan.addressFor(QStringLiteral("postmaster"))});
        m_runs.append(run);
    }
}

BaselineStage::~BaselineStage()
{
    cancel();
}

QStringList BaselineStage::randomNames(int count)
{
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QStringList names;
    for (int n = 0; n < count; ++n) {
        QString name;
        name += QLatin1Char(letters[QRandomGenerator::system()->bounded(26)]);
        for (int i = 0; i < 13; ++i)
            name += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(36)]);
        names.append(name);
    }
    return names;
}

void BaselineStage::start()
{
    if (m_running)
        return;
    m_running = true;
    launchNext();
}

void BaselineStage::cancel()
{
    m_running = false;
    for (const QPointer<ProbeConnection> &connection : std::as_const(m_connections)) {
        if (connection)
            connection->cancel();
    }
    m_connections.clear();
}

void BaselineStage::launchNext()
{
    if (!m_running)
        return;
    const int parallel = std::min(m_plan.connections, parallelMethods);
    for (MethodRun &run : m_runs) {
        if (!run.done && !run.running && m_active < parallel)
            launch(run);
        if (!m_running)
            return; // a session failed at once and ended the stage
    }
    if (std::all_of(m_runs.cbegin(), m_runs.cend(), [](const MethodRun &r) { return r.done; }))
        conclude();
}

void BaselineStage::launch(MethodRun &run)
{
    run.running = true;
    ++run.attempts;
    ++m_active;
    ++m_sessions;
    const qsizetype i = &run - m_runs.data();
    ProbeConnection *connection = m_factory(this);
    m_connections.append(connection);
    connect(connection, &ProbeConnection::probeAnswered, this,
            [this, i, connection](const ProbeConnection::Answer &answer) {
                onAnswer(m_runs[i], connection, answer);
            });
    connect(connection, &ProbeConnection::finished, this,
            [this, i, connection] { onFinished(m_runs[i], connection); });
    connection->start(run.method, run.pending, m_plan.sender);
}

void BaselineStage::onAnswer(MethodRun &run, ProbeConnection *connection,
                             const ProbeConnection::Answer &answer)
{
    const ReplyMeaning meaning = ReplyClassifier::meaningOf(answer.reply);
    const qsizetype index = answer.probe.index;
    const BaselineSample sample {answer.probe.argument, answer.reply, answer.delayMs,
                                 answer.evidence};
    if (index < run.samples.size())
        run.samples[index] = sample;
    else
        run.control = sample;
    if (meaning == ReplyMeaning::Throttled || meaning == ReplyMeaning::TooManyRecipients)
        return; // stays pending: asked again in a later session
    run.pending.removeIf(
        [index](const ProbeConnection::Probe &probe) { return probe.index == index; });
    if (index < run.samples.size()
        && (meaning == ReplyMeaning::Disabled || meaning == ReplyMeaning::AuthRequired)) {
        run.pending.clear(); // the method is decided: no need to ask the rest
        connection->stop();
    }
}

void BaselineStage::onFinished(MethodRun &run, ProbeConnection *connection)
{
    const ProbeConnection::Outcome o = connection->outcome();
    m_connections.removeAll(connection);
    connection->deleteLater();
    --m_active;
    run.running = false;
    if (!m_running)
        return;
    m_pipelining = m_pipelining || o.serverOffersPipelining;
    if (!o.handshakeDone && isFatal(o)) {
        m_fatalError = o.errorMessage;
        cancel();
        Q_EMIT finished();
        return;
    }
    if (!o.handshakeDone || (o.error != SessionError::None && o.error != SessionError::Cancelled))
        run.failure = m_lastFailure = o.errorMessage;
    if (o.senderReply && ReplyClassifier::meaningOf(*o.senderReply) != ReplyMeaning::Throttled) {
        run.senderReply = o.senderReply; // decided: RCPT cannot run with this sender
        run.pending.clear();
    }
    if (!run.pending.isEmpty() && run.attempts < maxAttempts) {
        const bool throttled = o.closedBy421 || o.senderReply
            || (o.greeting && o.greeting->code == 421)
            || (o.error != SessionError::None && o.error != SessionError::Cancelled);
        const int delay = throttled ? backoffBaseMs << (run.attempts - 1) : 0;
        run.running = true; // waiting for its next session
        const qsizetype i = &run - m_runs.data();
        QTimer::singleShot(delay, this, [this, i] {
            m_runs[i].running = false;
            launchNext();
        });
        launchNext();
        return;
    }
    run.done = true;
    launchNext();
}

void BaselineStage::conclude()
{
    if (!m_running)
        return;
    m_running = false;
    QList<MethodBaseline> methods;
    for (const MethodRun &run : std::as_const(m_runs))
        methods.append(BaselineJudge::decide(run.method, run.samples, run.control, run.senderReply,
                                             run.failure));
    m_result = BaselineJudge::conclude(m_plan.method, methods, m_pipelining);
    Q_EMIT finished();
}

} // namespace mxscope
