// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/AuditRunner.h"

#include "audit/AuditCheck.h"
#include "audit/CheckCatalogue.h"
#include "audit/RunStore.h"
#include "transcript/Transcript.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mxscope {

AuditRunner::AuditRunner(const CheckContext &context, const QStringList &checkIds, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_factory(&CheckCatalogue::create)
    , m_transcript(new Transcript(this))
{
    m_context.transcript = m_transcript;
    m_context.runChecks = checkIds;
    m_record.target
        = {context.target.host, context.target.port, context.target.tls, context.domain};
    m_record.toolVersion = QCoreApplication::applicationVersion();
    for (const QString &id : checkIds) {
        CheckOutcome outcome;
        outcome.checkId = id;
        if (const CheckInfo *info = CheckCatalogue::find(id))
            outcome.title = info->title();
        m_record.checks.append(outcome);
    }
    m_autosave.setInterval(3000);
    connect(&m_autosave, &QTimer::timeout, this, &AuditRunner::autosave);
}

AuditRunner::~AuditRunner()
{
    // A check's signals must not reach a runner being destroyed.
    if (m_check)
        m_check->disconnect(this);
}

void AuditRunner::start()
{
    if (m_running || m_current >= 0)
        return;
    m_running = true;
    m_record.startedMs = QDateTime::currentMSecsSinceEpoch();
    m_record.id = RunRecord::newId(m_record.startedMs);
    if (m_store)
        m_autosave.start();
    startNext();
}

void AuditRunner::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_check)
        m_check->cancel(); // keeps what arrived; finishRun() collects it
    finishRun();
}

void AuditRunner::startNext()
{
    ++m_current;
    if (m_cancelled || m_current >= m_record.checks.size()) {
        finishRun();
        return;
    }
    const int index = m_current;
    CheckOutcome &slot = m_record.checks[index];
    AuditCheck *check = m_factory(slot.checkId, m_context, this);
    Q_EMIT checkStarted(index, slot.checkId);
    if (!check) {
        slot.status = CheckStatus::Refused;
        slot.error = tr("mxscope has no check called \"%1\".").arg(slot.checkId);
        Q_EMIT checkFinished(index, slot);
        startNext();
        return;
    }
    m_check = check;
    connect(check, &AuditCheck::progress, this,
            [this, index](int done, int total, const QString &step) {
                Q_EMIT checkProgress(index, done, total, step);
            });
    connect(check, &AuditCheck::findingAdded, this,
            [this, index](const Finding &finding) { Q_EMIT findingAdded(index, finding); });
    // Queued: a check may finish inside start(), and the next one must not start from
    // within the previous one's call stack.
    connect(check, &AuditCheck::finished, this, &AuditRunner::onCheckFinished,
            Qt::QueuedConnection);
    check->start();
}

void AuditRunner::onCheckFinished()
{
    AuditCheck *check = m_check;
    if (!check || !m_running)
        return;
    const int index = m_current;
    m_record.checks[index] = check->outcome();
    m_check = nullptr;
    check->deleteLater();
    Q_EMIT checkFinished(index, m_record.checks.at(index));
    save();
    startNext();
}

void AuditRunner::finishRun()
{
    if (!m_running)
        return;
    // A cancelled check's outcome arrives here before its queued finished() would.
    if (m_check) {
        AuditCheck *check = m_check;
        m_record.checks[m_current] = check->outcome();
        check->disconnect(this);
        check->deleteLater();
        m_check = nullptr;
        Q_EMIT checkFinished(m_current, m_record.checks.at(m_current));
    }
    m_running = false;
    m_autosave.stop();
    m_record.finishedMs = QDateTime::currentMSecsSinceEpoch();
    save();
    Q_EMIT finished();
}

void AuditRunner::autosave()
{
    // A quiet check (a tarpit, an idle-timeout wait) adds nothing: rewriting the whole run
    // every few seconds would only cost the event loop time.
    const qsizetype findings = m_check ? m_check->outcome().findings.size() : 0;
    if (m_transcript->entries().size() == m_savedLines && findings == m_savedFindings)
        return;
    save();
}

void AuditRunner::save()
{
    m_savedLines = m_transcript->entries().size();
    m_savedFindings = m_check ? m_check->outcome().findings.size() : 0;
    m_record.transcript = m_transcript->entries();
    m_record.transcriptDropped = m_transcript->droppedCount();
    if (m_running && m_check)
        m_record.checks[m_current] = m_check->outcome();
    if (!m_store)
        return;
    QString error;
    if (m_store->save(m_record, &error))
        m_saveError.reset();
    else
        m_saveError = error;
    Q_EMIT saved();
}

} // namespace mxscope
