// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/SingleCheckRecord.h"

#include <QCoreApplication>
#include <QDateTime>

namespace mxscope {

RunRecord singleCheckRecord(const CheckOutcome &outcome, const SessionOptions &target,
                            const QString &domain, const QList<TranscriptEntry> &transcript)
{
    RunRecord record;
    record.target = {target.host, target.port, target.tls, domain};
    record.toolVersion = QCoreApplication::applicationVersion();
    record.checks = {outcome};
    record.transcript = transcript;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    record.startedMs = outcome.startedMs ? outcome.startedMs
        : transcript.isEmpty()           ? now
                                         : transcript.constFirst().timestampMs;
    record.finishedMs = outcome.finishedMs ? outcome.finishedMs
        : transcript.isEmpty()             ? now
                                           : transcript.constLast().timestampMs;
    record.id = RunRecord::newId(record.startedMs);
    return record;
}

} // namespace mxscope
