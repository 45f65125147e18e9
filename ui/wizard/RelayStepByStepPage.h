// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "wizard/RelayWizardPage.h"

#include <QIcon>
#include <QPointer>

class QGroupBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace mxscope {

class ManualRelayRunner;
class TranscriptModel;
class TranscriptView;

// Page 4: the classic telnet relay test, one command at a time. The steps are listed with
// the exact command, the server's reply and what it means; "Send next command" runs the
// next one, "Run all steps" the rest. The live transcript is shown below.
// Object names: stepsTree, sendNextButton, runAllStepsButton, restartStepsButton,
// stepCommandLabel, stepReplyLabel, stepExplanationLabel, stepOutcomeLabel,
// stepTranscriptView.
class RelayStepByStepPage : public RelayWizardPage
{
    Q_OBJECT

public:
    enum Column { StepColumn, CommandColumn, ReplyColumn, ColumnCount };

    explicit RelayStepByStepPage(RelayWizardState *state, QWidget *parent = nullptr);
    ~RelayStepByStepPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool validatePage() override;
    int nextId() const override;
    void stopActivity() override;

    ManualRelayRunner *runner() const;

protected:
    void retranslateUi() override;

private:
    void restart();
    void onStepChanged(int index);
    void refreshItems();
    void refreshItem(int index);
    void fitColumns();
    void showDetails();
    void updateControls();

    QLabel *m_intro;
    QTreeWidget *m_steps;
    QGroupBox *m_detailBox;
    QLabel *m_commandCaption;
    QLabel *m_command;
    QLabel *m_replyCaption;
    QLabel *m_reply;
    QLabel *m_explanationCaption;
    QLabel *m_explanation;
    QPushButton *m_sendNext;
    QPushButton *m_runAll;
    QPushButton *m_restart;
    QLabel *m_outcome;
    TranscriptModel *m_model;
    TranscriptView *m_transcript;
    QPointer<ManualRelayRunner> m_runner;
    QIcon m_blankIcon;
};

} // namespace mxscope
