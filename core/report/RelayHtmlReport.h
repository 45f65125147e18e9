// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayPlan.h"
#include "relay/RelayTest.h"
#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>

class QIODevice;

namespace mxscope {

// A self-contained HTML page for one relay test: the verdict, outcome counts, the variant
// table (each row linking to its evidence lines), findings, and the transcript as an
// appendix. Every server-supplied string is escaped; no credentials are written; the page
// fetches nothing. Kept small on purpose until the full report system replaces it.
class RelayHtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::RelayHtmlReport)

public:
    static bool write(const RelayPlan &plan, const RelayResult &result, bool cancelled,
                      const QList<TranscriptEntry> &transcript, QIODevice &device);
};

} // namespace mxscope
