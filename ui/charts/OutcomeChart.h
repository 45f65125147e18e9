// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

class QChart;
class QChartView;
class QVBoxLayout;

namespace mxscope {

// Counts per outcome as bars, one colour per outcome: relay-test stages, enumeration
// verdicts, refused connections. A legend beside the bars names each one with its count
// and wraps long names instead of cutting them. Fed with all bars at once; each call
// replaces what was shown. Follows the window palette (light or dark).
//
//   chart->setTitle(tr("Outcome per variant"));
//   chart->setBars({{tr("Rejected at RCPT"), 31, Qt::darkGreen, Qt::green}, ...});
class OutcomeChart : public QWidget
{
    Q_OBJECT

public:
    struct Bar {
        QString label;
        qreal value = 0;
        QColor onLight; // colour on a light window
        QColor onDark; // and on a dark one
    };

    explicit OutcomeChart(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setValueTitle(const QString &title);
    void setBars(const QList<Bar> &bars);
    const QList<Bar> &bars() const { return m_bars; }
    // What the chart shows, read back from its series and legend (for tests).
    qreal shownValue(int bar) const;
    QStringList legendTexts() const;
    QChart *chart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildLegend();

    QChartView *m_view;
    QVBoxLayout *m_legend;
    QList<Bar> m_bars;
    QString m_title;
    QString m_valueTitle;
};

} // namespace mxscope
