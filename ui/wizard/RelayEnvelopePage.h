// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "wizard/RelayWizardPage.h"

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;

namespace mxscope {

// Page 2: the envelope, as NetScanTools Pro asks for it — the sending domain (HELO name),
// the sender, an external recipient the user owns, and optional AUTH credentials (kept in
// memory only). Every field is checked as the user types, with a hint under it; Next stays
// disabled until all are valid.
// Object names: heloLineEdit, senderLineEdit, recipientLineEdit, authUserLineEdit,
// authPasswordLineEdit and their heloHintLabel, senderHintLabel, recipientHintLabel,
// authHintLabel.
class RelayEnvelopePage : public RelayWizardPage
{
    Q_OBJECT

public:
    explicit RelayEnvelopePage(RelayWizardState *state, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslateUi() override;

private:
    std::optional<QString> heloProblem() const;
    std::optional<QString> senderProblem() const;
    std::optional<QString> recipientProblem() const;
    std::optional<QString> authProblem() const;
    void updateHints();

    QLabel *m_intro;
    QLabel *m_heloLabel;
    QLineEdit *m_helo;
    QLabel *m_heloHint;
    QLabel *m_senderLabel;
    QLineEdit *m_sender;
    QLabel *m_senderHint;
    QLabel *m_recipientLabel;
    QLineEdit *m_recipient;
    QLabel *m_recipientHint;
    QGroupBox *m_authBox;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_authHint;
};

} // namespace mxscope
