// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/ProbeResult.h"

#include <QPointF>
#include <QTimer>
#include <QWidget>

namespace mxscope {

class LatencyChart;
class OutcomeChart;

// The two charts of an enumeration run side by side: names per verdict, and the latency
// of every probe in order of reply (a tarpit shows as a rising line). Probes are collected
// as they arrive and drawn a few times a second, whole series at once.
//
//   connect(run, &EnumerationRun::probeFinished, charts, &EnumerationCharts::addProbe);
//   charts->refresh();   // at the end: exact now
class EnumerationCharts : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshIntervalMs = 250;

    explicit EnumerationCharts(QWidget *parent = nullptr);

    void addProbe(const ProbeResult &probe);
    void clear();
    // Draws what was collected now.
    void refresh();
    OutcomeChart *outcomeChart() const { return m_outcome; }
    LatencyChart *latencyChart() const { return m_latency; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    OutcomeChart *m_outcome;
    LatencyChart *m_latency;
    QTimer m_refreshTimer;
    QList<QPointF> m_points; // x: probe in order of reply, y: latency in ms
    qsizetype m_counts[3] = {0, 0, 0}; // per ProbeVerdict
};

} // namespace mxscope
