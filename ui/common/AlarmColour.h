// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QColor>

class QWidget;

namespace mxscope {

// The one red every view uses for what needs attention (refused input, 5xx replies,
// accepted relays, high findings), readable on light and on dark palettes.
QColor alarmColour(bool dark);
// True when the widget's palette is a dark one.
bool hasDarkPalette(const QWidget *widget);
// Colours a label's text red while problem is true, back to normal otherwise.
void markAsProblem(QWidget *label, bool problem);

} // namespace mxscope
