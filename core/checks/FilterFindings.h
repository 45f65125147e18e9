// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/FilterTestResult.h"
#include "findings/Finding.h"

#include <QCoreApplication>

namespace mxscope {

// Turns the filter test's verdicts into findings and a one-sentence summary.
class FilterFindings
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::FilterFindings)

public:
    static QList<Finding> evaluate(const QList<FilterPayloadResult> &results);
    static QString summary(const QList<FilterPayloadResult> &results);
    // A payload in words: "EICAR in the body", "EICAR as an attachment", "GTUBE".
    static QString describe(FilterTestPayloads::Kind kind);
    // The verdict in words, with the reply code where there is one: "refused (554)".
    static QString verdictText(const FilterPayloadResult &result);

    static QString malwareRemediation();
    static QString spamRemediation();
};

} // namespace mxscope
