// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "common/AlarmColour.h"

#include <QWidget>

namespace mxscope {

QColor alarmColour(bool dark)
{
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

bool hasDarkPalette(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

void markAsProblem(QWidget *label, bool problem)
{
    QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, alarmColour(hasDarkPalette(label)));
    label->setPalette(palette);
}

} // namespace mxscope
