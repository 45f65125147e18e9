// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace mxscope {

// The run history on disk: one JSON file per run, each replaced atomically (write a
// temporary file, then rename), so a crash mid-save leaves the previous version whole.
class RunStore
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::RunStore)

public:
    explicit RunStore(const QString &directory);
    // <application data>/runs
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString pathFor(const QString &id) const;
    bool save(const RunRecord &record, QString *error) const;
    std::optional<RunRecord> load(const QString &id, QString *error) const;
    bool remove(const QString &id) const;
    // Every saved run's id, newest first.
    QStringList ids() const;

private:
    QString m_directory;
};

} // namespace mxscope
