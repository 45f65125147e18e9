// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "charts/LatencyChart.h"

#include "charts/ChartStyle.h"

#include <QEvent>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>

namespace mxscope {

LatencyChart::LatencyChart(QWidget *parent)
    : QChartView(new QChart, parent)
    , m_series(new QLineSeries)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(240, 160);
    QChart *c = chart();
    c->legend()->hide();
    c->addSeries(m_series);
    for (const auto alignment : {Qt::AlignBottom, Qt::AlignLeft}) {
        auto *axis = new QValueAxis;
        axis->setLabelFormat(QStringLiteral("%d"));
        c->addAxis(axis, alignment);
        m_series->attachAxis(axis);
    }
    restyle();
    fitAxes();
}

void LatencyChart::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

void LatencyChart::setAxisTitles(const QString &x, const QString &y)
{
    chart()->axes(Qt::Horizontal).first()->setTitleText(x);
    chart()->axes(Qt::Vertical).first()->setTitleText(y);
}

void LatencyChart::setPoints(const QList<QPointF> &points)
{
    m_series->replace(points);
    fitAxes();
}

QList<QPointF> LatencyChart::points() const
{
    return m_series->points();
}

void LatencyChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void LatencyChart::restyle()
{
    ChartStyle::apply(chart(), palette());
    setBackgroundBrush(palette().window());
    chart()->setTitle(m_title);
    m_series->setColor(
        ChartStyle::tone(palette(), QColor(0x1c, 0x71, 0xd8), QColor(0x62, 0xa0, 0xea)));
    for (QAbstractAxis *axis : chart()->axes()) {
        axis->setLabelsBrush(palette().color(QPalette::Text));
        axis->setTitleBrush(palette().color(QPalette::Text));
    }
}

void LatencyChart::fitAxes()
{
    const QList<QPointF> points = m_series->points();
    qreal maxX = 1;
    qreal maxY = 1;
    for (const QPointF &point : points) {
        maxX = std::max(maxX, point.x());
        maxY = std::max(maxY, point.y());
    }
    chart()->axes(Qt::Horizontal).first()->setRange(0, maxX);
    chart()->axes(Qt::Vertical).first()->setRange(0, maxY * 1.1);
}

} // namespace mxscope
