// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/ReportFiles.h"

#include "audit/RunRecordJson.h"
#include "report/AuditHtmlReport.h"
#include "report/CsvExport.h"

#include <QFile>
#include <QSaveFile>

namespace mxscope {

namespace {

// A JSON report is read whole; anything this large is not one mxscope wrote.
constexpr qint64 maxReportBytes = 512LL * 1024 * 1024;

} // namespace

bool ReportFiles::saveBytes(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    *error = tr("Cannot write %1: %2").arg(path, file.errorString());
    return false;
}

bool ReportFiles::saveHtml(const RunRecord &record, const QString &path, QString *error)
{
    return saveBytes(path, AuditHtmlReport::render(record).toUtf8(), error);
}

bool ReportFiles::saveJson(const RunRecord &record, const QString &path, QString *error)
{
    return saveBytes(path, RunRecordJson::toBytes(record), error);
}

bool ReportFiles::saveCsv(const RunRecord &record, const QString &directory, QStringList *written,
                          QString *error)
{
    return CsvExport::writeAll(record, directory, written, error);
}

std::optional<RunRecord> ReportFiles::loadJson(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxReportBytes) {
        *error = tr("%1 is too large to be an mxscope report.").arg(path);
        return std::nullopt;
    }
    QString problem;
    auto record = RunRecordJson::fromBytes(file.readAll(), &problem);
    if (!record)
        *error = tr("%1: %2").arg(path, problem);
    return record;
}

} // namespace mxscope
