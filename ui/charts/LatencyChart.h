// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;

namespace mxscope {

// One line of measurements, such as the reply latency per probe (a tarpit shows as a
// staircase, a timing oracle as two levels). Fed with the whole series at once through
// QXYSeries::replace(), which redraws once however many points there are.
//
//   chart->setAxisTitles(tr("Probe"), tr("Latency (ms)"));
//   chart->setPoints(points);
class LatencyChart : public QChartView
{
    Q_OBJECT

public:
    explicit LatencyChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setAxisTitles(const QString &x, const QString &y);
    void setPoints(const QList<QPointF> &points);
    QList<QPointF> points() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void restyle();
    void fitAxes();

    QLineSeries *m_series;
    QString m_title;
};

} // namespace mxscope
