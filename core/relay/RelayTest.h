// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"
#include "relay/RelayPlan.h"
#include "relay/RelayTypes.h"
#include "smtp/SessionError.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <optional>

namespace mxscope {

class RelayConnection;
class Transcript;
class Transport;

struct RelayResult {
    RelayVerdict verdict = RelayVerdict::Inconclusive;
    QString verdictSentence; // one plain sentence for the user
    QList<RelayOutcome> outcomes; // one per variant, in matrix order
    QList<Finding> findings;
    bool completed = false; // every variant was tried (or the server refused the session)
    SessionError error = SessionError::None;
    QString errorMessage;

    QString targetName; // T as the variants use it (greeting, EHLO, or the host typed)
    QString targetAddress; // IP: the connected peer
    QString token; // in Subject and body when a test message was sent
    bool sentData = false;
    int connections = 0; // sessions opened for the matrix (and the AUTH probe)
    qint64 elapsedMs = 0;
    bool throttled = false; // the server held back error replies or ended sessions (421)
    QList<qsizetype> throttleEvidence;
    QString incompleteReason; // why variants were left untried, for the inconclusive verdict
    // With credentials: the plain envelope sent once more after AUTH (relay after AUTH).
    std::optional<RelayOutcome> authenticatedOutcome;
    QString authenticationError; // AUTH was refused or failed
};

// Check 3: the open-relay matrix. Runs every variant of RelayMatrix against the target,
// sharing connections (RSET between variants), pipelining where the server allows, and
// moving to a fresh session when a server throttles or disconnects. The matrix itself always
// runs unauthenticated (that is the open-relay question); credentials, when given, are used
// for one more session that tries the plain envelope after AUTH (reported as info).
//
//   auto *test = new RelayTest(plan, transcript, parent);
//   connect(test, &RelayTest::variantFinished, ...);   // live table rows
//   connect(test, &RelayTest::finished, ...);          // result() is complete
//   test->start();
class RelayTest : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    struct Limits {
        int maxConnections = 4; // at once; 2 until the server turns out to be a tarpit
        int errorBudget = 8; // error replies per session (Postfix sleeps from 10, drops at 20)
        int maxFailures = 3; // 4xx/421/hang-ups one variant may meet before it counts as error
        int maxFutileSessions = 3; // sessions in a row that decided nothing: give up
    };

    // transcript receives every line; pass nullptr to keep an internal one.
    RelayTest(RelayPlan plan, Transcript *transcript, QObject *parent = nullptr);
    // Cancels a running test without calling back into the half-destroyed object.
    ~RelayTest() override;
    // For tests: a scripted transport instead of a socket.
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }
    void setLimits(const Limits &limits) { m_limits = limits; }

    void start();
    // Stops at once; the outcomes so far stay in result(), finished() follows synchronously.
    void cancel();
    bool isRunning() const { return m_running; }
    const RelayResult &result() const { return m_result; }
    Transcript *transcript() const { return m_transcript; }

Q_SIGNALS:
    // The variant list, once the first session named the server (before any variant runs).
    void matrixBuilt(const QList<mxscope::RelayVariant> &variants);
    void progress(int done, int total);
    void variantFinished(const mxscope::RelayOutcome &outcome);
    void findingAdded(const mxscope::Finding &finding);
    void finished();

private:
    void openConnection(bool authenticated);
    void onHandshake(RelayConnection *connection);
    void onWantsWork(RelayConnection *connection);
    void onDecided(RelayConnection *connection, int index, const RelayOutcome &outcome);
    void onReturned(RelayConnection *connection, int index, bool charged, const QString &reason,
                    const SmtpReply &reply);
    void onConnectionFinished(RelayConnection *connection);
    void buildMatrix(RelayConnection *connection);
    void record(int index, const RelayOutcome &outcome);
    void scheduleConnections();
    void continueMatrix();
    void stopMatrix(const QString &reason);
    void finishMatrix();
    void finishRun();
    int total() const { return int(m_result.outcomes.size()); }

    RelayPlan m_plan;
    Transcript *m_transcript;
    TransportFactory m_transportFactory;
    Limits m_limits;
    RelayResult m_result;
    QList<RelayConnection *> m_connections;
    RelayConnection *m_authConnection = nullptr;
    QList<int> m_queue; // untried variant indexes, in matrix order
    QList<int> m_failures; // per variant
    QStringList m_lastProblem; // per variant
    QList<SmtpReply> m_lastReply; // per variant
    QElapsedTimer m_clock;
    QTimer m_retryTimer;
    int m_done = 0;
    int m_nextConnection = 1;
    int m_futileSessions = 0;
    int m_errorBudget = 8;
    int m_deferrals = 0;
    int m_parallelCap = 4;
    bool m_tarpit = false;
    bool m_matrixBuilt = false;
    bool m_running = false;
    bool m_stopping = false;
    bool m_authTaken = false;
};

} // namespace mxscope
