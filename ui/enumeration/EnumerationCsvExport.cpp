// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationCsvExport.h"

#include "report/CsvExport.h"

#include <QIODevice>
#include <QSaveFile>

#include <algorithm>

namespace mxscope {

QString EnumerationCsvExport::field(const QString &text)
{
    // Same quoting and formula guard as the result-table CSV files.
    return CsvExport::field(text);
}

void EnumerationCsvExport::write(QIODevice *device, const QList<ProbeResult> &probes)
{
    // Column names are a file format (like the CLI's JSON keys), not translated.
    QByteArray out = "name,address,method,verdict,code,reply,latency_ms,attempts,connection,"
                     "members,note\r\n";
    QList<const ProbeResult *> ordered;
    ordered.reserve(probes.size());
    for (const ProbeResult &p : probes)
        ordered.append(&p);
    std::stable_sort(
        ordered.begin(), ordered.end(),
        [](const ProbeResult *a, const ProbeResult *b) { return a->index < b->index; });
    for (const ProbeResult *p : std::as_const(ordered)) {
        const QStringList fields {field(p->name),
                                  field(p->argument),
                                  toString(p->method),
                                  toString(p->verdict),
                                  QString::number(p->reply.code),
                                  field(p->reply.code == 0 ? QString() : p->reply.text()),
                                  QString::number(p->latencyMs),
                                  QString::number(p->attempts),
                                  QString::number(p->connection),
                                  field(p->members.join(QLatin1Char(' '))),
                                  field(p->note)};
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
        if (out.size() > 1 << 16) { // large lists: write as we go, not one huge buffer
            device->write(out);
            out.clear();
        }
    }
    device->write(out);
}

bool EnumerationCsvExport::save(const QString &path, const QList<ProbeResult> &probes,
                                QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    write(&file, probes);
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mxscope
