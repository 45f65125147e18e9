// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "charts/ChartStyle.h"

#include <QApplication>
#include <QChart>
#include <QPalette>

namespace mxscope::ChartStyle {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

void apply(QChart *chart, const QPalette &palette)
{
    chart->setTheme(isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundBrush(palette.color(QPalette::Window)); // part of the page, not a card
    chart->setPlotAreaBackgroundVisible(false);
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setTitleBrush(palette.color(QPalette::WindowText));
    QFont title = QApplication::font();
    title.setBold(true);
    chart->setTitleFont(title);
}

QColor tone(const QPalette &palette, QColor onLight, QColor onDark)
{
    return isDark(palette) ? onDark : onLight;
}

} // namespace mxscope::ChartStyle
