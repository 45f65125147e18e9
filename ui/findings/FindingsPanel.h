// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace mxscope {

class FindingsView;

// The findings list with its controls: a minimum-severity filter, a count, and a button
// that jumps to the selected finding's evidence in the transcript (as double-click does).
// Object names: severityFilterComboBox, showEvidenceButton, findingsCountLabel.
class FindingsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPanel(QWidget *parent = nullptr);

    FindingsView *view() const { return m_view; }
    QComboBox *severityFilter() const { return m_filter; }
    // Recounts after findings changed.
    void updateCount();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QLabel *m_count;
    QPushButton *m_evidence;
    FindingsView *m_view;
};

} // namespace mxscope
