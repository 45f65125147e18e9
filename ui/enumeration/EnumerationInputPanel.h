// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationPlan.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace mxscope {

class TargetFields;

// The inputs of an enumeration run: target, user list (pasted, or imported from a file in
// the smtp-user-enum format), method, domain, sender, connections, rate and the
// authorisation. plan() turns them into an EnumerationPlan; problem() says what is wrong.
//
//   panel->setTarget(options);
//   if (const auto problem = panel->problem()) showProblem(*problem);
//   else run(panel->plan());
class EnumerationInputPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EnumerationInputPanel(QWidget *parent = nullptr);

    void setTarget(const SessionOptions &options);
    // Reads a user list file; on failure keeps the current list and returns the reason.
    std::optional<QString> importFile(const QString &path);
    // The names to probe: the imported file's, or the pasted ones.
    QStringList names() const;
    EnumerationPlan plan() const;
    // The first thing that stops a run (a translated sentence), or nothing.
    std::optional<QString> problem() const;
    void setRunning(bool running);

Q_SIGNALS:
    void inputChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void chooseFile();
    void onUsersEdited();
    void updateListStatus();

    TargetFields *m_fields;
    QLabel *m_usersLabel;
    QPlainTextEdit *m_users;
    QPushButton *m_importButton;
    QLabel *m_listStatus;
    QComboBox *m_method;
    QLineEdit *m_domain;
    QLineEdit *m_sender;
    QSpinBox *m_connections;
    QSpinBox *m_rate;
    QCheckBox *m_authorised;
    QFormLayout *m_form;
    QList<QLabel *> m_formLabels; // method, domain, sender, connections, rate
    SessionOptions m_options; // the rest of the target (HELO name, timeouts, ...)
    QStringList m_imported; // names of the imported file; empty: the pasted list is used
    QString m_importedPath;
    QString m_importError;
};

} // namespace mxscope
