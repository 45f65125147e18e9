// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "wizard/RelayWizardPage.h"

class QCheckBox;
class QLabel;
class QRadioButton;

namespace mxscope {

// Page 3: the user confirms they may test this server, and picks safe mode (judge at
// RCPT, RSET before DATA; the default) or a real test message (opt-in, with a unique token
// in Subject and body). Next stays disabled until the confirmation is ticked.
// Object names: authorisedCheckBox, safeModeRadioButton, sendMessageRadioButton,
// targetSummaryLabel.
class RelayAuthorisationPage : public RelayWizardPage
{
    Q_OBJECT

public:
    explicit RelayAuthorisationPage(RelayWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslateUi() override;

private:
    void updateSummary();

    QLabel *m_summary;
    QCheckBox *m_authorised;
    QRadioButton *m_safeMode;
    QLabel *m_safeModeText;
    QRadioButton *m_sendMessage;
    QLabel *m_sendMessageText;
};

} // namespace mxscope
