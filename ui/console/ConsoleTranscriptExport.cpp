// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleTranscriptExport.h"

#include <QDateTime>
#include <QSaveFile>

namespace mxscope {

namespace {

QString marker(const TranscriptEntry &entry)
{
    QString m;
    switch (entry.direction) {
    case TranscriptDirection::Sent:
        m = QStringLiteral("C");
        break;
    case TranscriptDirection::Received:
        m = QStringLiteral("S");
        break;
    case TranscriptDirection::Event:
        m = QStringLiteral("*");
        break;
    }
    if (entry.tls)
        m += QStringLiteral("/TLS");
    return m;
}

} // namespace

QString ConsoleTranscriptExport::toText(const QList<TranscriptEntry> &entries)
{
    QString out;
    for (const TranscriptEntry &entry : entries) {
        out += QDateTime::fromMSecsSinceEpoch(entry.timestampMs, Qt::UTC)
                   .toString(Qt::ISODateWithMs);
        out += QStringLiteral("  %1  ").arg(marker(entry), -5);
        out += entry.text; // already display-safe: no control characters can reach the file
        out += QLatin1Char('\n');
    }
    return out;
}

bool ConsoleTranscriptExport::save(const QString &path, const QList<TranscriptEntry> &entries,
                                   QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(toText(entries).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mxscope
