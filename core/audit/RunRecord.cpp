// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/RunRecord.h"

#include <QDateTime>
#include <QRandomGenerator>

namespace mxscope {

QList<Finding> RunRecord::allFindings() const
{
    QList<Finding> findings;
    for (const CheckOutcome &check : checks)
        findings.append(check.findings);
    return findings;
}

QString RunRecord::newId(qint64 startedMs)
{
    const QString stamp = QDateTime::fromMSecsSinceEpoch(startedMs, Qt::UTC)
                              .toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    const quint32 salt = QRandomGenerator::global()->bounded(0x10000u);
    return stamp + u'-' + QStringLiteral("%1").arg(salt, 4, 16, QLatin1Char('0'));
}

} // namespace mxscope
