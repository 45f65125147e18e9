// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QWidget>

class QGroupBox;
class QSettings;
class QTableView;

namespace mxscope {

class RunHistoryModel;
class TargetListPanel;

// The left side of the workbench: the user's targets above, the selected target's run
// history below. Object names: targetsBox, historyBox, runHistoryView.
class WorkbenchSidebar : public QWidget
{
    Q_OBJECT

public:
    WorkbenchSidebar(QSettings *settings, RunHistoryModel *history, QWidget *parent = nullptr);

    TargetListPanel *targets() const { return m_targets; }
    QTableView *historyView() const { return m_historyView; }
    RunHistoryModel *history() const { return m_history; }
    QString selectedRunId() const;
    void selectRun(const QString &id);
    void retranslateUi();

Q_SIGNALS:
    void runSelected(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    TargetListPanel *m_targets;
    RunHistoryModel *m_history;
    QTableView *m_historyView;
    QGroupBox *m_targetsBox;
    QGroupBox *m_historyBox;
};

} // namespace mxscope
