// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "workbench/TargetProfile.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace mxscope {

class TargetFields;

// Adds or edits one target: server, TLS mode and the envelope the checks use. There is no
// password field on purpose: targets are saved, passwords never are.
// Object names: targetHeloEdit, targetDomainEdit, targetSenderEdit, targetLocalEdit,
// targetExternalEdit, targetProblemLabel, plus TargetFields' "target" ones.
class TargetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TargetDialog(const TargetProfile &target, QWidget *parent = nullptr);

    TargetProfile target() const;

    void accept() override;

private:
    QLineEdit *lineEdit(const char *objectName);

    QString m_id;
    TargetFields *m_fields;
    QLineEdit *m_helo;
    QLineEdit *m_domain;
    QLineEdit *m_sender;
    QLineEdit *m_local;
    QLineEdit *m_external;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace mxscope
