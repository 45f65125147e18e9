// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ChartData.h"
#include "audit/ResultTable.h"
#include "capacity/CapacityResult.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace mxscope {

// The capacity check's result as a per-connection table, a ramp chart and its JSON keys
// (accepted_max, refusals, per_client_limit, idle_timeout_s, steps, ...).
class CapacityReport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::CapacityReport)

public:
    static ResultTable connectionTable(const CapacityResult &result);
    static ChartData rampChart(const CapacityResult &result);
    static QJsonObject details(const CapacityResult &result);
    static QString outcomeText(ConnectionOutcome outcome);
};

} // namespace mxscope
