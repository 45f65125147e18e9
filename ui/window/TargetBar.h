// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace mxscope {

class TargetFields;

// The row above the transcript: host, port, connection security, Run and Cancel, and a
// line under it that explains why the input was refused.
// Widgets carry object names (hostLineEdit, portSpinBox, securityComboBox, runButton,
// cancelButton, inputProblemLabel) so tests can drive them.
class TargetBar : public QWidget
{
    Q_OBJECT

public:
    explicit TargetBar(QWidget *parent = nullptr);

    SessionOptions options() const;
    void setOptions(const SessionOptions &options);
    // A sentence saying what is wrong with the input, or nothing when a run may start.
    std::optional<QString> validate() const;
    void showProblem(const QString &message);
    void clearProblem();
    void setRunning(bool running);
    void retranslateUi();

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyProblemColour();

    TargetFields *m_fields;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QLabel *m_problem;
};

} // namespace mxscope
