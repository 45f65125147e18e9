// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/RunStore.h"

#include "audit/RunRecordJson.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace mxscope {

namespace {

const QString suffix = QStringLiteral(".json");

bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.cbegin(), id.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_'; });
}

} // namespace

RunStore::RunStore(const QString &directory)
    : m_directory(directory)
{ }

QString RunStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/runs");
}

QString RunStore::pathFor(const QString &id) const
{
    return m_directory + u'/' + id + suffix;
}

bool RunStore::save(const RunRecord &record, QString *error) const
{
    if (!isSafeId(record.id)) {
        *error = tr("The run has no valid id.");
        return false;
    }
    if (!QDir().mkpath(m_directory)) {
        *error = tr("Cannot create the folder %1.").arg(m_directory);
        return false;
    }
    QSaveFile file(pathFor(record.id));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    file.write(RunRecordJson::toBytes(record));
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    return true;
}

std::optional<RunRecord> RunStore::load(const QString &id, QString *error) const
{
    if (!isSafeId(id)) {
        *error = tr("No run is saved under that name.");
        return std::nullopt;
    }
    QFile file(pathFor(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(file.fileName(), file.errorString());
        return std::nullopt;
    }
    return RunRecordJson::fromBytes(file.readAll(), error);
}

bool RunStore::remove(const QString &id) const
{
    return isSafeId(id) && QFile::remove(pathFor(id));
}

QStringList RunStore::ids() const
{
    QStringList ids;
    const QStringList files = QDir(m_directory).entryList({u'*' + suffix}, QDir::Files);
    for (const QString &name : files) {
        const QString id = name.chopped(suffix.size());
        if (isSafeId(id))
            ids.append(id);
    }
    // Ids start with the UTC start time, so the reverse name order is newest first.
    std::sort(ids.begin(), ids.end(), std::greater<>());
    return ids;
}

} // namespace mxscope
