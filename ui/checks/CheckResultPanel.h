// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckOutcome.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace mxscope {

class FindingsView;

// One check's result, whatever the check: its verdict sentence, its findings, each of its
// ResultTables as a table and its ChartData as charts. Double-clicking a finding or a table
// row asks to show the transcript lines behind it.
// Object names: checkSummaryLabel, checkFindingsView, checkResultTabs, resultTable_<id>.
class CheckResultPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CheckResultPanel(QWidget *parent = nullptr);

    void setOutcome(const CheckOutcome &outcome);
    const CheckOutcome &outcome() const { return m_outcome; }
    static QString statusName(CheckStatus status);

Q_SIGNALS:
    void evidenceRequested(const QList<qsizetype> &entryIndexes);

private:
    void rebuildTabs();

    CheckOutcome m_outcome;
    QLabel *m_summary;
    QTabWidget *m_tabs;
    FindingsView *m_findings;
};

} // namespace mxscope
