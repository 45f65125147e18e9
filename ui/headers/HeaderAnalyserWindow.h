// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "headers/HeaderAnalysis.h"

#include <QMainWindow>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mxscope {

class FindingDetailView;
class FindingsView;
class HopTimelineView;

// A window of its own for the header disclosure analyser: paste a received message's
// header, open an .eml file or drop one on the window; the Received chain appears as a
// timeline with delays, and the findings with how to fix each. It deletes itself when
// closed.
//
//   auto *window = new HeaderAnalyserWindow(this);
//   window->show();
class HeaderAnalyserWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Typing pauses this long before the header is analysed again.
    static constexpr int reanalyseDelayMs = 300;

    explicit HeaderAnalyserWindow(QWidget *parent = nullptr);

    // Replaces the text and analyses it at once.
    void setMessageText(const QString &text);
    // Loads a message file (bounded read) and analyses it; false, with the reason shown,
    // when it cannot be read.
    bool openFile(const QString &path);
    void analyse();

    const HeaderAnalysis &analysis() const { return m_analysis; }
    QPlainTextEdit *input() const { return m_input; }
    HopTimelineView *timeline() const { return m_timeline; }
    FindingsView *findingsView() const { return m_findings; }
    QLabel *statusLabel() const { return m_status; }

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFile();
    void showStatus();
    void retranslateUi();

    QPlainTextEdit *m_input = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_analyseButton = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_timelineLabel = nullptr;
    QLabel *m_findingsLabel = nullptr;
    HopTimelineView *m_timeline = nullptr;
    FindingsView *m_findings = nullptr;
    FindingDetailView *m_detail = nullptr;
    QTimer m_reanalyse;
    HeaderAnalysis m_analysis;
    QString m_loadError;
};

} // namespace mxscope
