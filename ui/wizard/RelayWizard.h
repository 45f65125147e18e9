// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QWizard>

namespace mxscope {

class RelayWizardPage;
class RelayWizardState;

// The relay-test wizard: target, envelope, authorisation, the manual test step by step,
// the automatic matrix, results. The pages share one RelayWizardState (the plan, the
// practice server, the matrix result); each page validates itself and names the next one.
// Closing the wizard stops whatever runs and the practice server.
//
//   auto *wizard = new RelayWizard(parent);
//   wizard->setTarget(targetBar->options());
//   wizard->setAttribute(Qt::WA_DeleteOnClose);
//   wizard->show();
class RelayWizard : public QWizard
{
    Q_OBJECT

public:
    enum Page {
        TargetPage,
        EnvelopePage,
        AuthorisationPage,
        StepByStepPage,
        MatrixPage,
        ResultsPage
    };

    explicit RelayWizard(QWidget *parent = nullptr);
    ~RelayWizard() override;

    // Prefills the target page (host, port, connection security).
    void setTarget(const SessionOptions &options);
    // Enables "Open console on this target"; until a console exists it stays disabled.
    void setConsoleAvailable(bool available);
    RelayWizardState *state() const { return m_state; }

    void done(int result) override;

Q_SIGNALS:
    void openConsoleRequested(const mxscope::SessionOptions &target);

protected:
    void changeEvent(QEvent *event) override;

private:
    void stopEverything();
    void retranslateUi();

    RelayWizardState *m_state;
    QList<RelayWizardPage *> m_pages;
};

} // namespace mxscope
