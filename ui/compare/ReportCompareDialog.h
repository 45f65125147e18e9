// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "report/ReportComparison.h"

#include <QDialog>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mxscope {

// Before and after: pick two JSON reports and see which findings were fixed, which are new
// and which remain (ReportComparison). Findings of checks that did not complete in the later
// run are listed under the summary, never as fixed. Non-modal; compares as soon as both
// files are chosen.
// Object names: beforePathEdit, afterPathEdit, browseBeforeButton, browseAfterButton,
// compareSummaryLabel, fixedList, newList, unchangedList, openReportDialog (while open).
class ReportCompareDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ReportCompareDialog(QWidget *parent = nullptr);

    // Loads and compares; false with the reason shown when a file is not a report.
    bool compareFiles(const QString &before, const QString &after);
    const ReportComparison &comparison() const { return m_comparison; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse(QLineEdit *into);
    void compareIfReady();
    void fill(QListWidget *list, const QList<FindingChange> &changes);
    void showSummary();
    void retranslateUi();

    QLabel *m_intro;
    QLineEdit *m_before;
    QLineEdit *m_after;
    QPushButton *m_browseBefore;
    QPushButton *m_browseAfter;
    QLabel *m_beforeLabel;
    QLabel *m_afterLabel;
    QLabel *m_summary;
    QGroupBox *m_fixedBox;
    QGroupBox *m_newBox;
    QGroupBox *m_unchangedBox;
    QListWidget *m_fixed;
    QListWidget *m_new;
    QListWidget *m_unchanged;
    QPushButton *m_close;
    ReportComparison m_comparison;
    QString m_error;
    bool m_compared = false;
};

} // namespace mxscope
