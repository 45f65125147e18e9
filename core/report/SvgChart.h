// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/ChartData.h"

#include <QString>

namespace mxscope {

// Draws a ChartData as inline SVG for the HTML report: bars (grouped when there are
// several series), stacked bars or lines, with a title, a value axis with gridlines, axis
// labels and a legend. Every label is escaped, so chart text taken from a server (names,
// replies) cannot become markup. Pure: the same chart always gives the same SVG.
//
//   page.raw(SvgChart::render(outcome.charts.first()));
class SvgChart
{
public:
    static constexpr int defaultWidth = 720;
    static constexpr int defaultHeight = 300;

    static QString render(const ChartData &chart, int width = defaultWidth,
                          int height = defaultHeight);
    // The colour of series (or bar) number index, shared by the legend and the report.
    static QString colour(qsizetype index);
};

} // namespace mxscope
