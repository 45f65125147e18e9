// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "charts/ChartDataView.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QEvent>
#include <QLineSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace mxscope {

namespace {

double largestValue(const ChartData &data)
{
    double largest = 0;
    if (data.kind == ChartData::Kind::StackedBar) {
        for (int i = 0; i < data.categories.size(); ++i) {
            double sum = 0;
            for (const ChartSeries &series : data.series)
                sum += series.values.value(i);
            largest = std::max(largest, sum);
        }
        return largest;
    }
    for (const ChartSeries &series : data.series) {
        for (const double value : series.values)
            largest = std::max(largest, value);
    }
    return largest;
}

} // namespace

ChartDataView::ChartDataView(const ChartData &data, QWidget *parent)
    : QChartView(new QChart, parent)
    , m_data(data)
{
    setObjectName(QStringLiteral("chart_") + data.id);
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(280, 200);
    rebuild();
}

void ChartDataView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void ChartDataView::rebuild()
{
    QChart *chart = this->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    ChartStyle::apply(chart, palette());
    chart->setTitle(m_data.title);
    chart->legend()->setVisible(m_data.series.size() > 1);
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));

    auto *valueAxis = new QValueAxis;
    valueAxis->setTitleText(m_data.yLabel);
    valueAxis->setRange(0, std::max(1.0, largestValue(m_data) * 1.1));
    valueAxis->applyNiceNumbers();
    chart->addAxis(valueAxis, Qt::AlignLeft);

    if (m_data.kind == ChartData::Kind::Line) {
        auto *xAxis = new QValueAxis;
        xAxis->setTitleText(m_data.xLabel);
        qsizetype points = 0;
        for (const ChartSeries &data : std::as_const(m_data.series)) {
            auto *series = new QLineSeries;
            series->setName(data.name);
            for (int i = 0; i < data.values.size(); ++i) {
                // Categories, when numeric, are the x values; otherwise the position is.
                bool numeric = false;
                const double x = m_data.categories.value(i).toDouble(&numeric);
                series->append(numeric ? x : i, data.values.at(i));
            }
            points = std::max(points, data.values.size());
            chart->addSeries(series);
            series->attachAxis(valueAxis);
        }
        chart->addAxis(xAxis, Qt::AlignBottom);
        for (QAbstractSeries *series : chart->series())
            series->attachAxis(xAxis);
        if (points <= 1)
            xAxis->setRange(0, 1);
        return;
    }

    QAbstractBarSeries *bars = m_data.kind == ChartData::Kind::StackedBar
        ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
        : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (const ChartSeries &data : std::as_const(m_data.series)) {
        auto *set = new QBarSet(data.name);
        for (int i = 0; i < m_data.categories.size(); ++i)
            set->append(data.values.value(i));
        bars->append(set);
    }
    chart->addSeries(bars);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(m_data.categories);
    categoryAxis->setTitleText(m_data.xLabel);
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    bars->attachAxis(categoryAxis);
    bars->attachAxis(valueAxis);
}

} // namespace mxscope
