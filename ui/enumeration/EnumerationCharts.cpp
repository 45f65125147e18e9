// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationCharts.h"

#include "charts/LatencyChart.h"
#include "charts/OutcomeChart.h"
#include "enumeration/EnumerationResultsModel.h"

#include <QEvent>
#include <QHBoxLayout>

namespace mxscope {

namespace {

constexpr ProbeVerdict chartVerdicts[]
    = {ProbeVerdict::Exists, ProbeVerdict::Absent, ProbeVerdict::Unknown};

} // namespace

EnumerationCharts::EnumerationCharts(QWidget *parent)
    : QWidget(parent)
    , m_outcome(new OutcomeChart(this))
    , m_latency(new LatencyChart(this))
{
    setObjectName(QStringLiteral("enumerationCharts"));
    m_outcome->setObjectName(QStringLiteral("outcomeChart"));
    m_latency->setObjectName(QStringLiteral("latencyChart"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_outcome, 2);
    layout->addWidget(m_latency, 3);
    // Single shot, started by the first probe after a redraw: at most 4 redraws a second.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(refreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &EnumerationCharts::refresh);
    retranslateUi();
}

void EnumerationCharts::addProbe(const ProbeResult &probe)
{
    ++m_counts[int(probe.verdict)];
    m_points.append(QPointF(qreal(m_points.size() + 1), qreal(probe.latencyMs)));
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void EnumerationCharts::clear()
{
    m_points.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    refresh();
}

void EnumerationCharts::refresh()
{
    m_refreshTimer.stop();
    QList<OutcomeChart::Bar> bars;
    for (const ProbeVerdict verdict : chartVerdicts)
        bars.append({EnumerationResultsModel::verdictText(verdict), qreal(m_counts[int(verdict)]),
                     EnumerationResultsModel::verdictColour(verdict, false),
                     EnumerationResultsModel::verdictColour(verdict, true)});
    m_outcome->setBars(bars);
    m_latency->setPoints(m_points);
}

void EnumerationCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void EnumerationCharts::retranslateUi()
{
    m_outcome->setTitle(tr("Verdicts"));
    m_outcome->setValueTitle(tr("Names"));
    m_latency->setTitle(tr("Latency per probe"));
    m_latency->setAxisTitles(tr("Probe (in order of reply)"), tr("Latency (ms)"));
    refresh(); // the bar labels are verdict names
}

} // namespace mxscope
