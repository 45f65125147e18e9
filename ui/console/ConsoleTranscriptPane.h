// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptEntry.h"

#include <QList>
#include <QWidget>

class QHBoxLayout;
class QSplitter;
class QToolButton;

namespace mxscope {

class ConsoleHexView;
class ConsoleTranscriptModel;
class TranscriptView;

// The console's transcript: the colour-coded table, a hex panel for the selected line,
// toggles for CR LF marks and hex, Save and Clear. Entries are batched and capped by the
// model, so a flooding server costs one insert per batch and bounded memory.
// Object names: consoleTranscriptView, hexView, lineEndingsButton, hexViewButton,
// saveTranscriptButton, clearTranscriptButton.
class ConsoleTranscriptPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleTranscriptPane(QWidget *parent = nullptr);

    void append(const TranscriptEntry &entry);
    // Everything kept so far, oldest first (queued entries included).
    QList<TranscriptEntry> entries() const;
    ConsoleTranscriptModel *model() const { return m_model; }
    TranscriptView *view() const { return m_view; }
    // Puts widget at the left end of the tool row (the console's state line).
    void setLeadingWidget(QWidget *widget);
    // Asks for a file name without blocking the event loop, then saves atomically.
    void exportWithDialog();

Q_SIGNALS:
    void saved(const QString &path);
    void saveFailed(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHexView();

    ConsoleTranscriptModel *m_model;
    QHBoxLayout *m_tools;
    QToolButton *m_lineEndings;
    QToolButton *m_hexToggle;
    QToolButton *m_save;
    QToolButton *m_clear;
    QSplitter *m_splitter;
    TranscriptView *m_view;
    ConsoleHexView *m_hex;
};

} // namespace mxscope
