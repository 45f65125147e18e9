// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayTest.h"

#include "relay/RelayAddress.h"
#include "relay/RelayConnection.h"
#include "relay/RelayFindings.h"
#include "relay/RelayMatrix.h"
#include "relay/RelayMessage.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

#include <algorithm>

namespace mxscope {

namespace {

constexpr int normalParallel = 2;
constexpr int variantsPerConnectionGuess = 4;

int backoffMs(int futileSessions)
{
    return std::min(2000, 100 << std::clamp(futileSessions - 1, 0, 5));
}

} // namespace

RelayTest::RelayTest(RelayPlan plan, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_transcript(transcript ? transcript : new Transcript(this))
    , m_transportFactory([] { return new SocketTransport; })
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RelayTest::scheduleConnections);
}

RelayTest::~RelayTest()
{
    for (RelayConnection *connection : std::as_const(m_connections)) {
        connection->disconnect(this);
        connection->cancel();
    }
}

void RelayTest::start()
{
    if (m_running)
        return;
    m_result = {};
    m_queue.clear();
    m_done = 0;
    m_futileSessions = 0;
    m_errorBudget = m_limits.errorBudget;
    m_tarpit = m_matrixBuilt = m_stopping = m_authTaken = false;
    m_deferrals = 0;
    m_parallelCap = std::max(1, m_limits.maxConnections);
    m_nextConnection = 1;
    m_clock.start();
    if (m_plan.token.isEmpty())
        m_plan.token = RelayMessage::newToken();
    m_result.token = m_plan.token;
    m_result.sentData = m_plan.sendData;

    std::optional<QString> problem = RelayAddress::check(m_plan.sender, tr("The sender address"));
    if (!problem)
        problem = RelayAddress::check(m_plan.recipient, tr("The recipient address"));
    if (!problem && m_plan.sendData && !m_plan.authorised)
        problem = tr("Sending a real test message needs your confirmation that you may test "
                     "this server.");
    if (problem) {
        m_result.error = SessionError::InvalidInput;
        m_result.errorMessage = *problem;
        m_running = true;
        finishRun();
        return;
    }
    m_running = true;
    openConnection(false);
}

void RelayTest::cancel()
{
    if (!m_running)
        return;
    m_stopping = true;
    m_retryTimer.stop();
    for (RelayConnection *connection : std::exchange(m_connections, {})) {
        connection->disconnect(this);
        connection->cancel();
        connection->deleteLater();
    }
    m_authConnection = nullptr;
    m_result.error = SessionError::Cancelled;
    m_result.errorMessage = tr("Cancelled.");
    m_result.incompleteReason = tr("cancelled");
    finishRun();
}

void RelayTest::openConnection(bool authenticated)
{
    SessionOptions options = m_plan.target;
    options.connectionNumber = m_nextConnection++;
    if (!authenticated)
        options.credentials.reset(); // the open-relay question is about anonymous clients
    RelayConnection::Settings settings;
    settings.errorBudget = m_tarpit ? 1 : m_errorBudget;
    settings.sendData = m_plan.sendData;
    settings.sender = m_plan.sender;
    settings.recipient = m_plan.recipient;
    settings.token = m_plan.token;
    if (authenticated)
        settings.maxVariants = 1;
    auto *connection
        = new RelayConnection(options, m_transportFactory(), m_transcript, settings, this);
    if (authenticated)
        m_authConnection = connection;
    m_connections.append(connection);
    ++m_result.connections;
    connect(connection, &RelayConnection::handshakeCompleted, this,
            [this, connection] { onHandshake(connection); });
    connect(connection, &RelayConnection::wantsWork, this,
            [this, connection] { onWantsWork(connection); });
    connect(connection, &RelayConnection::variantDecided, this,
            [this, connection](int index, const RelayOutcome &outcome) {
                onDecided(connection, index, outcome);
            });
    connect(
        connection, &RelayConnection::variantReturned, this,
        [this, connection](int index, bool charged, const QString &reason, const SmtpReply &reply) {
            onReturned(connection, index, charged, reason, reply);
        });
    connect(connection, &RelayConnection::slowErrorSeen, this, [this] {
        m_tarpit = true;
        for (RelayConnection *other : std::as_const(m_connections))
            other->setErrorBudget(1);
    });
    // Queued: a connection that fails inside open() must not re-enter this function's caller.
    connect(
        connection, &RelayConnection::finished, this,
        [this, connection] { onConnectionFinished(connection); }, Qt::QueuedConnection);
    connection->open();
}

void RelayTest::onHandshake(RelayConnection *connection)
{
    if (!m_matrixBuilt && connection != m_authConnection)
        buildMatrix(connection);
}

void RelayTest::buildMatrix(RelayConnection *connection)
{
    m_matrixBuilt = true;
    m_result.targetName = RelayMatrix::targetName(connection->greeting(), connection->ehloName(),
                                                  m_plan.target.host);
    m_result.targetAddress = connection->peerAddress();
    const QList<RelayVariant> variants = RelayMatrix::build(
        {m_plan.sender, m_plan.recipient, m_result.targetName, m_result.targetAddress});
    for (qsizetype i = 0; i < variants.size(); ++i) {
        RelayOutcome outcome;
        outcome.variant = variants.at(i);
        m_result.outcomes.append(outcome);
        m_queue.append(int(i));
    }
    m_failures = QList<int>(variants.size(), 0);
    m_lastProblem = QStringList(variants.size(), QString());
    m_lastReply = QList<SmtpReply>(variants.size());
    Q_EMIT matrixBuilt(variants);
    Q_EMIT progress(0, total());
    scheduleConnections();
}

void RelayTest::onWantsWork(RelayConnection *connection)
{
    if (m_stopping)
        return;
    if (connection == m_authConnection) {
        if (m_authTaken)
            return;
        m_authTaken = true;
        RelayVariant variant {QStringLiteral("after-auth"),
                              QLatin1Char('<') + m_plan.sender + QLatin1Char('>'),
                              QLatin1Char('<') + m_plan.recipient + QLatin1Char('>'),
                              tr("Your envelope, after AUTH with the given credentials"),
                              {QStringLiteral("mxscope")}};
        connection->take(-1, variant);
        return;
    }
    while (!m_queue.isEmpty() && connection->canTake() && !m_stopping) {
        const int index = m_queue.takeFirst();
        ++m_result.outcomes[index].attempts;
        connection->take(index, m_result.outcomes.at(index).variant);
    }
}

void RelayTest::onDecided(RelayConnection *connection, int index, const RelayOutcome &outcome)
{
    if (connection == m_authConnection) {
        m_result.authenticatedOutcome = outcome;
        return;
    }
    if (index < 0 || index >= total() || m_result.outcomes.at(index).stage != RelayStage::NotTried)
        return;
    record(index, outcome);
}

void RelayTest::record(int index, const RelayOutcome &outcome)
{
    RelayOutcome stored = outcome;
    stored.attempts = m_result.outcomes.at(index).attempts;
    m_result.outcomes[index] = stored;
    ++m_done;
    Q_EMIT variantFinished(stored);
    Q_EMIT progress(m_done, total());
}

void RelayTest::onReturned(RelayConnection *connection, int index, bool charged,
                           const QString &reason, const SmtpReply &reply)
{
    if (connection == m_authConnection) {
        RelayOutcome outcome;
        outcome.stage = RelayStage::Error;
        outcome.error = reason;
        outcome.reply = reply;
        m_result.authenticatedOutcome = outcome;
        return;
    }
    if (index < 0 || index >= total() || m_result.outcomes.at(index).stage != RelayStage::NotTried)
        return;
    if (reply.isTransientFailure() && reply.code != 421)
        ++m_deferrals;
    if (charged) {
        ++m_failures[index];
        m_lastProblem[index] = reason;
        m_lastReply[index] = reply;
    }
    // Bounded: a variant the server keeps deferring, or that keeps ending sessions, is an
    // error after a few tries; uncharged returns (moved off a tarpit) are bounded too.
    const RelayOutcome &current = m_result.outcomes.at(index);
    if (m_failures.at(index) >= m_limits.maxFailures
        || current.attempts >= 2 * m_limits.maxFailures + 2) {
        RelayOutcome outcome = current;
        outcome.stage = RelayStage::Error;
        outcome.error = m_lastProblem.at(index).isEmpty() ? reason : m_lastProblem.at(index);
        outcome.reply = m_lastReply.at(index);
        outcome.connection = connection->number();
        record(index, outcome);
        return;
    }
    m_queue.insert(std::lower_bound(m_queue.begin(), m_queue.end(), index), index);
    if (!m_stopping)
        scheduleConnections();
}

void RelayTest::onConnectionFinished(RelayConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return; // cancelled and already forgotten
    connection->deleteLater();
    if (!connection->throttleEvidence().isEmpty()) {
        m_result.throttled = true;
        m_result.throttleEvidence += connection->throttleEvidence();
    }
    // A server that ended a session after n errors tolerates fewer from now on.
    if (connection->handshakeDone() && connection->endedByServer() && connection->errorCount() > 0)
        m_errorBudget = std::max(1, std::min(m_errorBudget, connection->errorCount() - 1));
    if (connection == m_authConnection) {
        m_authConnection = nullptr;
        if (!connection->handshakeDone())
            m_result.authenticationError = connection->errorMessage();
        finishRun();
        return;
    }
    if (!connection->handshakeDone() && !m_matrixBuilt) {
        // The very first session failed: nothing can be tested.
        m_result.error = connection->error();
        m_result.errorMessage = connection->errorMessage();
        m_result.completed = connection->error() == SessionError::GreetingRefused;
        finishRun();
        return;
    }
    if (!connection->handshakeDone() && !m_connections.isEmpty()) {
        // Refused while other sessions run: the server limits parallel sessions.
        m_parallelCap = std::max(1, int(m_connections.size()));
    } else if (!connection->handshakeDone() || connection->decidedCount() == 0) {
        ++m_futileSessions;
    } else {
        m_futileSessions = 0;
    }
    if (m_stopping)
        return;
    continueMatrix();
}

void RelayTest::continueMatrix()
{
    if (m_done >= total()) {
        if (m_connections.isEmpty())
            finishMatrix();
        return;
    }
    if (m_futileSessions >= m_limits.maxFutileSessions) {
        stopMatrix(m_deferrals > 0
                       ? tr("the server kept deferring (4xx) or ending sessions; it may be "
                            "greylisting or rate-limiting this client")
                       : tr("%n session(s) in a row ended before any variant could be judged",
                            nullptr, m_futileSessions));
        return;
    }
    if (m_result.connections >= 2 * total() + 10) {
        stopMatrix(tr("too many sessions were needed"));
        return;
    }
    if (m_queue.isEmpty() && m_connections.isEmpty()) {
        stopMatrix(tr("no session was left to run the remaining variants")); // never expected
        return;
    }
    if (m_futileSessions > 0) {
        m_retryTimer.start(backoffMs(m_futileSessions)); // then scheduleConnections()
        return;
    }
    scheduleConnections();
}

// Opens sessions for the queued variants: two at a time, more against a tarpit, where each
// session runs only one variant before the delays grow.
void RelayTest::scheduleConnections()
{
    if (!m_matrixBuilt || m_stopping || m_authConnection || m_retryTimer.isActive())
        return;
    const int parallel
        = std::min(m_parallelCap, m_tarpit ? m_limits.maxConnections : normalParallel);
    const int needed = m_tarpit
        ? int(m_queue.size())
        : int(m_queue.size() + variantsPerConnectionGuess - 1) / variantsPerConnectionGuess;
    const int wanted = std::max(1, std::min(parallel, needed));
    while (!m_queue.isEmpty() && m_connections.size() < wanted)
        openConnection(false);
}

void RelayTest::stopMatrix(const QString &reason)
{
    m_stopping = true;
    m_result.incompleteReason = reason;
    for (RelayConnection *connection : std::exchange(m_connections, {})) {
        connection->disconnect(this);
        connection->cancel();
        connection->deleteLater();
    }
    finishMatrix();
}

void RelayTest::finishMatrix()
{
    // Variants that met only failures are errors; the rest were never sent.
    for (qsizetype i = 0; i < m_result.outcomes.size(); ++i) {
        RelayOutcome &o = m_result.outcomes[i];
        if (o.stage == RelayStage::NotTried && m_failures.value(i) > 0) {
            o.stage = RelayStage::Error;
            o.error = m_lastProblem.at(i);
            o.reply = m_lastReply.at(i);
        }
    }
    m_result.completed
        = std::none_of(m_result.outcomes.cbegin(), m_result.outcomes.cend(),
                       [](const RelayOutcome &o) { return o.stage == RelayStage::NotTried; });
    if (m_plan.target.credentials && !m_stopping) {
        openConnection(true);
        return;
    }
    finishRun();
}

void RelayTest::finishRun()
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    m_result.elapsedMs = m_clock.elapsed();
    RelayFindings::evaluate(m_result, m_plan);
    for (const Finding &finding : std::as_const(m_result.findings))
        Q_EMIT findingAdded(finding);
    Q_EMIT finished();
}

} // namespace mxscope
