// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ChartData.h"

#include <QChartView>

namespace mxscope {

// Draws any check's ChartData (bar, stacked bar or line) in the shared chart style, so a
// new check gets its charts on screen without GUI code of its own. Redraws itself when the
// palette turns light or dark.
//
//   auto *view = new ChartDataView(outcome.charts.first(), parent);
class ChartDataView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartDataView(const ChartData &data, QWidget *parent = nullptr);

    const ChartData &data() const { return m_data; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    ChartData m_data;
};

} // namespace mxscope
