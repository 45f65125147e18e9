// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace mxscope {

class TranscriptModel;
class TranscriptView;

// The transcript view with a search row (find next / previous, case-insensitive, wrapping),
// Copy, and a line that says how many older lines the bounded model no longer shows.
// Object names: transcriptView, transcriptSearchEdit, findNextButton, findPreviousButton,
// copyLinesButton, droppedLinesLabel.
class TranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit TranscriptPane(TranscriptModel *model, QWidget *parent = nullptr);

    TranscriptView *view() const { return m_view; }
    QLineEdit *searchEdit() const { return m_search; }
    // Selects the next (previous) line containing the search text; false when none does.
    bool findNext();
    bool findPrevious();

protected:
    void changeEvent(QEvent *event) override;

private:
    bool find(bool backwards);
    void updateDropped();
    void retranslateUi();

    TranscriptModel *m_model;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_copy;
    QLabel *m_status;
    QLabel *m_dropped;
    TranscriptView *m_view;
};

} // namespace mxscope
