// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace mxscope {

class CheckResultPanel;

// The checks of one run: a list with each check's state and progress bar, and the selected
// check's result panel. Fed live by the runner's signals or all at once from a saved run.
// Object names: checkRunList, checkResultPanel.
class CheckRunView : public QWidget
{
    Q_OBJECT

public:
    enum Column { TitleColumn, StateColumn, ProgressColumn, ColumnCount };

    explicit CheckRunView(QWidget *parent = nullptr);

    void showRecord(const RunRecord &record);
    void setProgress(int index, int done, int total, const QString &step);
    void setOutcome(int index, const CheckOutcome &outcome);
    void selectCheck(int index);
    int checkCount() const;
    CheckResultPanel *resultPanel() const { return m_panel; }
    void retranslateUi();

Q_SIGNALS:
    void evidenceRequested(const QList<qsizetype> &entryIndexes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showSelected();
    void updateItem(int index);

    QList<CheckOutcome> m_outcomes;
    QTreeWidget *m_list;
    CheckResultPanel *m_panel;
};

} // namespace mxscope
