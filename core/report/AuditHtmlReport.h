// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QCoreApplication>

class QIODevice;

namespace mxscope {

// The client-ready HTML report of a run: target and times, the overall grade with counts
// by severity, a table of contents, one section per check (status, summary, charts as
// inline SVG, findings with remediation and the transcript lines that prove them, result
// tables), and the whole transcript as an appendix. Self-contained (no script, no fetch),
// prints on A4, and every string that came from a server is escaped.
//
//   QSaveFile file(path);
//   file.open(QIODevice::WriteOnly);
//   AuditHtmlReport::write(runner.record(), file) && file.commit();
class AuditHtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::AuditHtmlReport)

public:
    static QString render(const RunRecord &record);
    static bool write(const RunRecord &record, QIODevice &device);
};

} // namespace mxscope
