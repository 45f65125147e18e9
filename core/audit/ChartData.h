// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mxscope {

// A chart described as data, so the GUI can draw it with its chart widgets and the HTML
// report as inline SVG, from the same numbers.
struct ChartSeries {
    QString name; // translated legend entry
    QList<double> values; // one per category (bar) or per x value (line)
};

struct ChartData {
    enum class Kind { Bar, StackedBar, Line };

    QString id; // stable: "outcomes", "latency", "ramp"
    QString title; // translated
    Kind kind = Kind::Bar;
    QStringList categories; // bar: one label per bar; line: x labels (may be empty)
    QString xLabel;
    QString yLabel;
    QList<ChartSeries> series;
};

} // namespace mxscope
