// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace mxscope {

// Result tables as CSV (RFC 4180): UTF-8 without a byte-order mark, CRLF line ends, a
// header row of the table's column names and a last column with the transcript line that
// shows the row. A field is quoted when it holds a comma, quote, CR, LF or edge spaces.
// A field that starts with = + - @ (or tab, CR) gets a leading apostrophe, so a server's
// reply cannot run as a formula when the file is opened in a spreadsheet.
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::CsvExport)

public:
    static QString field(const QString &text);
    static QByteArray toCsv(const ResultTable &table);
    // "<check>-<table>.csv", file-name safe whatever the ids hold.
    static QString fileName(const CheckOutcome &check, const ResultTable &table);
    // Writes every table of the run into directory (created when missing), each file
    // replaced atomically. Returns the paths written, or false with *error set.
    static bool writeAll(const RunRecord &record, const QString &directory, QStringList *written,
                         QString *error);
};

} // namespace mxscope
