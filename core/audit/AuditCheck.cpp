// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/AuditCheck.h"

#include "audit/CheckCatalogue.h"
#include "transcript/Transcript.h"

#include <QDateTime>

namespace mxscope {

AuditCheck::AuditCheck(const QString &id, const CheckContext &context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
    m_outcome.checkId = id;
    if (const CheckInfo *info = CheckCatalogue::find(id))
        m_outcome.title = info->title();
    m_timeLimit.setSingleShot(true);
    connect(&m_timeLimit, &QTimer::timeout, this, &AuditCheck::onTimeLimit);
}

void AuditCheck::start()
{
    if (m_outcome.status != CheckStatus::NotRun)
        return;
    m_outcome.startedMs = QDateTime::currentMSecsSinceEpoch();
    const CheckInfo *info = CheckCatalogue::find(id());
    if (info && info->needsAuthorisation && !m_context.authorised) {
        finish(CheckStatus::Refused,
               tr("This check sends mail or loads the server, so it runs only after you "
                  "confirm you are authorised to test this server."));
        return;
    }
    m_outcome.status = CheckStatus::Running;
    if (m_context.timeLimitMs > 0)
        m_timeLimit.start(m_context.timeLimitMs);
    run();
}

void AuditCheck::cancel()
{
    if (!isRunning())
        return;
    stop();
    finish(CheckStatus::Cancelled, tr("Cancelled; the results so far are kept."));
}

void AuditCheck::addFinding(const Finding &finding)
{
    m_outcome.findings.append(finding);
    Q_EMIT findingAdded(finding);
}

void AuditCheck::reportProgress(int done, int total, const QString &step)
{
    Q_EMIT progress(done, total, step);
}

void AuditCheck::finish(CheckStatus status, const QString &text)
{
    if (m_outcome.status != CheckStatus::Running && m_outcome.status != CheckStatus::NotRun)
        return;
    m_timeLimit.stop();
    m_outcome.status = status;
    if (status == CheckStatus::Completed)
        m_outcome.summary = text;
    else
        m_outcome.error = text;
    m_outcome.finishedMs = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT finished();
}

qsizetype AuditCheck::logEvent(const QString &text, int connection)
{
    if (!m_context.transcript)
        return -1;
    TranscriptEntry entry;
    entry.timestampMs = QDateTime::currentMSecsSinceEpoch();
    entry.direction = TranscriptDirection::Event;
    entry.connection = connection;
    entry.text = text;
    return m_context.transcript->append(entry);
}

void AuditCheck::onTimeLimit()
{
    if (!isRunning())
        return;
    stop();
    finish(CheckStatus::Failed,
           tr("Stopped at the time limit of %n second(s); the results so far are kept.", nullptr,
              m_context.timeLimitMs / 1000));
}

} // namespace mxscope
