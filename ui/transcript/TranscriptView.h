// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QTableView>

namespace mxscope {

class TranscriptModel;

// The live transcript table. It follows the tail while the user is at the bottom and
// stays put once they scroll up; scrolling back to the bottom resumes following.
// Recolours the model when the palette turns light or dark. Ctrl+C copies selected rows.
class TranscriptView : public QTableView
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setTranscriptModel(TranscriptModel *model);
    TranscriptModel *transcriptModel() const { return m_model; }
    bool followsTail() const { return m_followTail; }
    // Selects the rows showing these transcript indexes and scrolls to the first one.
    void showEntries(const QList<qsizetype> &entryIndexes);
    // Selects row alone, makes it current and scrolls it into the middle; stops following.
    void showRow(int row);
    // Copies the selected rows as tab-separated lines.
    void copySelection();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void applyColours();
    void fitColumns();

    TranscriptModel *m_model = nullptr;
    bool m_followTail = true;
};

} // namespace mxscope
