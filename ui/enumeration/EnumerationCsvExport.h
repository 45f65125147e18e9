// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/ProbeResult.h"

#include <QCoreApplication>

class QIODevice;

namespace mxscope {

// Writes enumeration results as CSV (RFC 4180): a header line, then one line per probe in
// list order, CRLF line ends, UTF-8. Every text field is quoted when it holds a comma, a
// quote or a line break, and text a spreadsheet would run as a formula (=, +, -, @ first)
// is prefixed with a quote: replies are attacker-controlled.
//
//   QString error;
//   if (!EnumerationCsvExport::save(path, result.probes, &error)) showError(error);
class EnumerationCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::EnumerationCsvExport)

public:
    static void write(QIODevice *device, const QList<ProbeResult> &probes);
    // Through QSaveFile: the file is replaced only when everything was written.
    static bool save(const QString &path, const QList<ProbeResult> &probes, QString *error);
    // One field, quoted and neutralised as needed.
    static QString field(const QString &text);
};

} // namespace mxscope
