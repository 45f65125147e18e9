// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"
#include "wizard/RelayWizardPage.h"

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;

namespace mxscope {

class TargetFields;

// Page 1: which server to test — host, port, connection security — or the built-in
// practice server, which the page starts on 127.0.0.1 and fills in for the user.
// Object names: hostLineEdit, portSpinBox, securityComboBox, practiceCheckBox,
// practiceProfileComboBox, practiceDescriptionLabel, targetHintLabel.
class RelayTargetPage : public RelayWizardPage
{
    Q_OBJECT

public:
    explicit RelayTargetPage(RelayWizardState *state, QWidget *parent = nullptr);

    void setTarget(const SessionOptions &options);
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

protected:
    void retranslateUi() override;

private:
    bool practiceRunning() const;
    void onPracticeToggled(bool on);
    void startPractice();
    void showProfileDescription();
    void updateHint();

    QLabel *m_intro;
    TargetFields *m_fields;
    QCheckBox *m_practice;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_profileDescription;
    QLabel *m_hint;
    QString m_practiceError;
    QString m_savedHost;
    int m_savedPort = 25;
};

} // namespace mxscope
