// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QCoreApplication>

#include <optional>

namespace mxscope {

// Saving and loading a run's reports, for the command line and the GUI alike. Every file
// is written through QSaveFile: a crash or a full disk mid-write leaves any earlier file
// at that path whole.
class ReportFiles
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::ReportFiles)

public:
    static bool saveBytes(const QString &path, const QByteArray &bytes, QString *error);
    static bool saveHtml(const RunRecord &record, const QString &path, QString *error);
    static bool saveJson(const RunRecord &record, const QString &path, QString *error);
    // Every result table as <directory>/<check>-<table>.csv.
    static bool saveCsv(const RunRecord &record, const QString &directory, QStringList *written,
                        QString *error);
    // A JSON report (or a run-history file) read back.
    static std::optional<RunRecord> loadJson(const QString &path, QString *error);
};

} // namespace mxscope
