// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/BannerResult.h"
#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>

class QIODevice;

namespace mxscope {

// A self-contained HTML page for one banner check: summary, findings with remediation,
// capabilities, TLS, and the transcript as an appendix. Every server-supplied string is
// escaped; the page fetches nothing.
class BannerHtmlReport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::BannerHtmlReport)

public:
    static bool write(const BannerResult &result, const QList<TranscriptEntry> &transcript,
                      QIODevice &device);
};

} // namespace mxscope
