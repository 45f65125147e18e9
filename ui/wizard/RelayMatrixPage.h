// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "wizard/RelayWizardPage.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QPushButton;

namespace mxscope {

class RelayTest;
struct RelayOutcome;
class TranscriptModel;
class TranscriptView;

// Page 5: every known relay trick, automatically (RelayTest), with a progress bar, the live
// transcript and Cancel. The page is complete once the run has ended, finished or cancelled;
// going Back cancels it.
// Object names: matrixProgressBar, matrixStatusLabel, cancelMatrixButton,
// matrixTranscriptView.
class RelayMatrixPage : public RelayWizardPage
{
    Q_OBJECT

public:
    explicit RelayMatrixPage(RelayWizardState *state, QWidget *parent = nullptr);
    ~RelayMatrixPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;
    void stopActivity() override;

    bool isRunning() const;
    void cancel();

protected:
    void retranslateUi() override;

private:
    void start();
    void onProgress(int done, int total);
    void onVariantFinished(const RelayOutcome &outcome);
    void onFinished();
    void updateStatus();

    QLabel *m_intro;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_cancel;
    TranscriptModel *m_model;
    TranscriptView *m_transcript;
    QPointer<RelayTest> m_test;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_done = 0;
    int m_total = 0;
    int m_accepted = 0;
    int m_refused = 0;
};

} // namespace mxscope
