// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "workbench/RunController.h"

#include <QDateTime>

namespace mxscope {

namespace {

QString storeDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("MXSCOPE_RUN_DIR");
    return fromEnvironment.isEmpty() ? RunStore::defaultDirectory() : fromEnvironment;
}

} // namespace

RunController::RunController(QObject *parent)
    : QObject(parent)
    , m_store(storeDirectory())
{ }

AuditRunner *RunController::start(const TargetProfile &target, const QStringList &checkIds,
                                  bool authorised)
{
    if (isRunning() || checkIds.isEmpty())
        return nullptr;
    if (m_runner)
        m_runner->deleteLater();
    CheckContext context = target.checkContext();
    context.authorised = authorised;
    m_runner = new AuditRunner(context, checkIds, this);
    if (m_factory)
        m_runner->setCheckFactory(m_factory);
    m_runner->setStore(&m_store);
    AuditRunner *runner = m_runner;
    connect(runner, &AuditRunner::finished, this,
            [this, runner] { Q_EMIT runFinished(runner->record()); });
    Q_EMIT runStarting(runner);
    runner->start();
    return runner;
}

void RunController::cancel()
{
    if (isRunning())
        m_runner->cancel();
}

std::optional<RunRecord> RunController::saveConsoleSession(const SessionOptions &target,
                                                           const QList<TranscriptEntry> &entries,
                                                           QString *error) const
{
    RunRecord record;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    record.startedMs = entries.isEmpty() ? now : entries.first().timestampMs;
    record.finishedMs = std::max(now, record.startedMs + 1);
    record.id = RunRecord::newId(record.startedMs);
    record.target = {target.host, target.port, target.tls, {}};
    record.toolVersion = QCoreApplication::applicationVersion();
    record.transcript = entries;
    CheckOutcome console;
    console.checkId = QLatin1String(ConsoleCheckId);
    console.title = tr("SMTP console session");
    console.status = CheckStatus::Completed;
    console.summary = tr("%n line(s) typed and received by hand.", nullptr, int(entries.size()));
    console.startedMs = record.startedMs;
    console.finishedMs = record.finishedMs;
    record.checks.append(console);
    if (!m_store.save(record, error))
        return std::nullopt;
    return record;
}

} // namespace mxscope
