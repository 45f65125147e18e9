// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QColor>

class QChart;
class QPalette;

namespace mxscope {

// The look every mxscope chart shares: the light or dark chart theme picked from the
// window palette, the window's own background (charts sit on pages, not on cards) and fonts, no
// animations (charts are redrawn with whole series and must be exact at once, in screenshots too).
namespace ChartStyle {

bool isDark(const QPalette &palette);
// Applies the theme; the chart's series colours are reset, so callers colour them afterwards.
void apply(QChart *chart, const QPalette &palette);
// A colour readable on the palette's background: the tone picked for light or dark windows.
QColor tone(const QPalette &palette, QColor onLight, QColor onDark);

} // namespace ChartStyle
} // namespace mxscope
