// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "charts/OutcomeChart.h"

#include "charts/ChartStyle.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mxscope {

namespace {

struct Scale {
    int top;
    int step;
};

// A round upper bound for the value axis and a whole-number tick step, at most five steps.
Scale niceScale(qreal largest)
{
    const int top = std::max(1, int(std::ceil(largest)));
    int step = 1;
    for (int magnitude = 1; step * 5 < top; magnitude *= 10) {
        for (const int factor : {1, 2, 5}) {
            step = factor * magnitude;
            if (step * 5 >= top)
                break;
        }
    }
    return {int(std::ceil(qreal(top) / step)) * step, step};
}

} // namespace

OutcomeChart::OutcomeChart(QWidget *parent)
    : QWidget(parent)
    , m_view(new QChartView(new QChart, this))
    , m_legend(new QVBoxLayout)
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(160, 120);
    m_view->chart()->legend()->hide();
    m_legend->setSpacing(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_legend);
    rebuild();
}

QChart *OutcomeChart::chart() const
{
    return m_view->chart();
}

void OutcomeChart::setTitle(const QString &title)
{
    m_title = title;
    chart()->setTitle(title);
}

void OutcomeChart::setValueTitle(const QString &title)
{
    m_valueTitle = title;
    rebuild();
}

void OutcomeChart::setBars(const QList<Bar> &bars)
{
    m_bars = bars;
    rebuild();
}

QStringList OutcomeChart::legendTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_legend->count(); ++i) {
        const auto *row = m_legend->itemAt(i)->layout();
        const auto *text = row ? qobject_cast<QLabel *>(row->itemAt(1)->widget()) : nullptr;
        if (text)
            texts.append(text->text());
    }
    return texts;
}

qreal OutcomeChart::shownValue(int bar) const
{
    const auto series = m_view->chart()->series();
    const auto *bars
        = series.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries *>(series.first());
    if (!bars || bar < 0 || bar >= bars->count())
        return 0;
    return bars->barSets().at(bar)->at(bar);
}

void OutcomeChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild();
}

void OutcomeChart::rebuild()
{
    QChart *c = m_view->chart();
    c->removeAllSeries();
    const auto oldAxes = c->axes();
    for (QAbstractAxis *axis : oldAxes) {
        c->removeAxis(axis);
        delete axis;
    }
    ChartStyle::apply(c, palette());
    m_view->setBackgroundBrush(palette().window());
    c->setTitle(m_title);

    // One set per bar, valued only at its own category: that is how a stacked series gives
    // every bar a colour of its own. Each set is filled whole, then the series at once.
    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.7);
    QStringList labels;
    QList<QBarSet *> sets;
    qreal largest = 0;
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const QString label = QStringLiteral("%1 (%2)").arg(bar.label).arg(bar.value);
        labels.append(label);
        QList<qreal> values(m_bars.size(), 0);
        values[i] = bar.value;
        auto *set = new QBarSet(label);
        set->append(values);
        const QColor colour = ChartStyle::tone(palette(), bar.onLight, bar.onDark);
        set->setColor(colour);
        set->setBorderColor(colour);
        sets.append(set);
        largest = std::max(largest, bar.value);
    }
    series->append(sets);
    c->addSeries(series);

    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    // Axis labels would be cut to "Rejecte…" in a small chart: the legend names the bars.
    categories->setLabelsVisible(false);
    categories->setGridLineVisible(false);
    c->addAxis(categories, Qt::AlignBottom);
    series->attachAxis(categories);

    auto *values = new QValueAxis;
    const Scale scale = niceScale(largest);
    values->setRange(0, scale.top);
    values->setTickCount(scale.top / scale.step + 1);
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsBrush(palette().color(QPalette::Text));
    values->setTitleText(m_valueTitle);
    values->setTitleBrush(palette().color(QPalette::Text));
    c->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
    rebuildLegend();
}

void OutcomeChart::rebuildLegend()
{
    while (QLayoutItem *item = m_legend->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *cell = row->takeAt(0)) {
                delete cell->widget();
                delete cell;
            }
        }
        delete item;
    }
    m_legend->addStretch(1);
    const int swatchSize = fontMetrics().height() * 2 / 3;
    for (const Bar &bar : std::as_const(m_bars)) {
        QPixmap swatch(swatchSize, swatchSize);
        swatch.fill(ChartStyle::tone(palette(), bar.onLight, bar.onDark));
        auto *colour = new QLabel(this);
        colour->setPixmap(swatch);
        colour->setAlignment(Qt::AlignTop);
        colour->setContentsMargins(0, 3, 0, 0);
        auto *text = new QLabel(QStringLiteral("%1 (%2)").arg(bar.label).arg(bar.value), this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setMaximumWidth(180);
        auto *row = new QHBoxLayout;
        row->addWidget(colour);
        row->addWidget(text, 1);
        m_legend->addLayout(row);
    }
    m_legend->addStretch(1);
}

} // namespace mxscope
