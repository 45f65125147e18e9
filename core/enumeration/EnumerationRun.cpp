// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationRun.h"

#include "enumeration/BaselineStage.h"
#include "enumeration/EnumerationFindings.h"
#include "enumeration/EnumerationJson.h"
#include "enumeration/HarvestProbe.h"
#include "enumeration/JsonLinesJournal.h"
#include "enumeration/ProbeConnection.h"
#include "enumeration/ProbeDispatcher.h"
#include "report/JsonConversions.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

#include <QDateTime>

namespace mxscope {

namespace {

QJsonObject record(const QString &type, QJsonObject object)
{
    object.insert(QStringLiteral("type"), type);
    return object;
}

} // namespace

EnumerationRun::EnumerationRun(EnumerationPlan plan, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_transcript(transcript ? transcript : new Transcript(this))
    , m_transportFactory([] { return new SocketTransport; })
{
    m_timeLimit.setSingleShot(true);
    connect(&m_timeLimit, &QTimer::timeout, this, [this] {
        m_result.timedOut = true;
        stopAll();
        complete();
    });
}

EnumerationRun::~EnumerationRun()
{
    m_running = false;
    stopAll();
}

void EnumerationRun::start()
{
    if (m_running)
        return;
    m_result = {};
    m_result.host = m_plan.target.host;
    m_result.port = m_plan.target.port;
    m_result.domain = m_plan.domain;
    m_result.total = m_plan.names.size();
    m_enumerationStartMs = -1;
    m_dispatcherStats = {};
    m_result.baseline.requested = m_plan.method;
    m_result.baseline.method = m_plan.method;
    m_running = true;
    m_clock.start();
    if (const auto problem = m_plan.validate()) {
        fail(*problem);
        return;
    }
    if (!m_plan.journalPath.isEmpty()) {
        m_journal = std::make_unique<JsonLinesJournal>(m_plan.journalPath);
        QString error;
        if (!m_journal->open(&error)) {
            m_journal.reset();
            fail(error);
            return;
        }
        m_journal->append(record(QStringLiteral("run"),
                                 {{QStringLiteral("version"), 1},
                                  {QStringLiteral("host"), m_plan.target.host},
                                  {QStringLiteral("port"), m_plan.target.port},
                                  {QStringLiteral("requested"), toString(m_plan.method)},
                                  {QStringLiteral("domain"), m_plan.domain},
                                  {QStringLiteral("names"), qint64(m_plan.names.size())},
                                  {QStringLiteral("started"),
                                   QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}));
        flushJournal();
    }
    if (m_plan.timeLimitMs > 0)
        m_timeLimit.start(m_plan.timeLimitMs);
    Q_EMIT progress(0, m_result.total);
    m_baselineStage = new BaselineStage(
        m_plan, [this](QObject *parent) { return newConnection(parent); }, this);
    connect(m_baselineStage, &BaselineStage::finished, this, &EnumerationRun::onBaselineFinished);
    m_baselineStage->start();
}

void EnumerationRun::cancel()
{
    if (!m_running)
        return;
    m_result.cancelled = true;
    stopAll();
    complete();
}

ProbeConnection *EnumerationRun::newConnection(QObject *parent)
{
    SessionOptions options = m_plan.target;
    options.connectionNumber = ++m_connectionCounter;
    m_result.sessions = m_connectionCounter;
    return new ProbeConnection(options, m_transportFactory(), m_transcript, parent);
}

void EnumerationRun::onBaselineFinished()
{
    BaselineStage *stage = m_baselineStage;
    m_baselineStage = nullptr;
    stage->deleteLater();
    if (!m_running)
        return;
    if (!stage->fatalError().isEmpty()) {
        fail(stage->fatalError());
        return;
    }
    m_result.baseline = stage->result();
    Q_EMIT baselineDecided(m_result.baseline);
    if (m_journal) {
        m_journal->append(
            record(QStringLiteral("baseline"), EnumerationJson::toJson(m_result.baseline)));
        flushJournal();
    }
    const auto &methods = m_result.baseline.methods;
    if (std::all_of(methods.cbegin(), methods.cend(), [](const MethodBaseline &b) {
            return b.verdict == BaselineVerdict::NoAnswer;
        })) {
        fail(stage->lastFailure().isEmpty()
                 ? tr("The server did not answer.")
                 : tr("No SMTP session got as far as a probe: %1").arg(stage->lastFailure()));
        return;
    }
    if (!m_result.baseline.discriminates) {
        complete();
        return;
    }
    startEnumeration();
}

void EnumerationRun::startEnumeration()
{
    m_enumerationStartMs = m_clock.elapsed();
    const MethodBaseline *chosen = m_result.baseline.find(m_result.baseline.method);
    m_dispatcher = new ProbeDispatcher(
        m_plan, *chosen, [this](QObject *parent) { return newConnection(parent); }, this);
    connect(m_dispatcher, &ProbeDispatcher::probeJudged, this, &EnumerationRun::onProbe);
    connect(m_dispatcher, &ProbeDispatcher::sessionFinished, this, &EnumerationRun::flushJournal);
    connect(m_dispatcher, &ProbeDispatcher::finished, this, &EnumerationRun::onDispatcherFinished);

    if (m_plan.measureHarvest) {
        // RCPT is what harvesters use; fall back to the method the run uses.
        const MethodBaseline *rcpt = m_result.baseline.find(EnumerationMethod::Rcpt);
        const EnumerationMethod method
            = rcpt && rcpt->discriminates ? EnumerationMethod::Rcpt : chosen->method;
        m_harvest = new HarvestProbe(
            m_plan, method, [this](QObject *parent) { return newConnection(parent); }, this);
        connect(m_harvest, &HarvestProbe::finished, this, &EnumerationRun::onHarvestFinished);
        m_dispatcher->setReservedConnections(1);
        m_harvest->start();
    }
    if (m_dispatcher && m_running)
        m_dispatcher->start();
}

void EnumerationRun::onProbe(const ProbeResult &probe)
{
    m_result.probes.append(probe);
    if (m_journal)
        m_journal->append(record(QStringLiteral("probe"), EnumerationJson::toJson(probe)));
    Q_EMIT probeFinished(probe);
    Q_EMIT progress(m_result.probes.size(), m_result.total);
}

void EnumerationRun::onHarvestFinished()
{
    HarvestProbe *harvest = m_harvest;
    m_harvest = nullptr;
    harvest->deleteLater();
    if (!m_running)
        return;
    m_result.harvest = harvest->result();
    if (m_journal)
        m_journal->append(
            record(QStringLiteral("harvest"), EnumerationJson::toJson(m_result.harvest)));
    if (m_dispatcher) {
        // No defence within the probe's cap: longer sessions; should the server drop one
        // after K errors after all, the dispatcher learns K.
        if (m_result.harvest.defence == HarvestDefence::None)
            m_dispatcher->raiseErrorBudget(EnumerationPlan::maxProbesPerSession);
        m_dispatcher->setReservedConnections(0);
    } else {
        complete();
    }
}

void EnumerationRun::onDispatcherFinished()
{
    ProbeDispatcher *dispatcher = m_dispatcher;
    m_dispatcher = nullptr;
    dispatcher->deleteLater();
    if (!m_running)
        return;
    m_result.enumerationMs = m_clock.elapsed() - m_enumerationStartMs;
    m_dispatcherStats = {dispatcher->answered(), dispatcher->elapsedMs(),
                         dispatcher->connectionLimit(), dispatcher->throttleEvents()};
    if (!dispatcher->fatalError().isEmpty()) {
        fail(dispatcher->fatalError());
        return;
    }
    if (!m_harvest)
        complete();
}

void EnumerationRun::flushJournal()
{
    if (m_journal && !m_journal->flush() && m_running)
        fail(m_journal->errorString());
}

void EnumerationRun::stopAll()
{
    // Stages may be on the call stack (a slot of ours runs inside their signal): they stop
    // their sessions now and are deleted later.
    m_timeLimit.stop();
    if (BaselineStage *stage = m_baselineStage) {
        stage->disconnect(this);
        stage->cancel();
        stage->deleteLater();
    }
    if (ProbeDispatcher *dispatcher = m_dispatcher) {
        m_dispatcherStats = {dispatcher->answered(), dispatcher->elapsedMs(),
                             dispatcher->connectionLimit(), dispatcher->throttleEvents()};
        dispatcher->disconnect(this);
        dispatcher->cancel();
        dispatcher->deleteLater();
    }
    if (HarvestProbe *harvest = m_harvest) {
        harvest->disconnect(this);
        harvest->cancel();
        harvest->deleteLater();
    }
}

void EnumerationRun::fail(const QString &message)
{
    m_result.error = message;
    stopAll();
    complete();
}

void EnumerationRun::complete()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeLimit.stop();
    m_result.elapsedMs = m_clock.elapsed();
    if (m_enumerationStartMs >= 0 && m_result.enumerationMs == 0)
        m_result.enumerationMs = m_result.elapsedMs - m_enumerationStartMs;
    m_result.sessions = m_connectionCounter;
    if (m_dispatcherStats.answered > 0) {
        const double minutes = double(std::max<qint64>(1, m_dispatcherStats.elapsedMs)) / 60'000.0;
        m_result.harvest.guessesPerMinute = double(m_dispatcherStats.answered) / minutes;
        m_result.harvest.guessesPerMinutePerConnection
            = m_result.harvest.guessesPerMinute / std::max(1, m_dispatcherStats.connections);
    }
    m_result.harvest.throttleEvents = m_dispatcherStats.throttleEvents;
    m_result.findings = EnumerationFindings::evaluate(m_result);
    if (m_journal) {
        for (const Finding &finding : std::as_const(m_result.findings))
            m_journal->append(record(QStringLiteral("finding"), JsonConversions::toJson(finding)));
        QJsonObject summary = EnumerationJson::summary(m_result);
        summary.insert(QStringLiteral("cancelled"), m_result.cancelled);
        summary.insert(QStringLiteral("timed_out"), m_result.timedOut);
        summary.insert(QStringLiteral("error"), m_result.error);
        m_journal->append(record(QStringLiteral("summary"), summary));
        m_journal->flush();
    }
    for (const Finding &finding : std::as_const(m_result.findings))
        Q_EMIT findingAdded(finding);
    Q_EMIT finished();
}

} // namespace mxscope
