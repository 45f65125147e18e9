// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "workbench/TargetProfile.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;
class QSettings;

namespace mxscope {

class TargetDialog;

// The user's servers: a list with Add, Edit and Remove, kept in QSettings (fields only,
// never a password). Object names: targetList, addTargetButton, editTargetButton,
// removeTargetButton.
class TargetListPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TargetListPanel(QSettings *settings, QWidget *parent = nullptr);

    const QList<TargetProfile> &targets() const { return m_targets; }
    std::optional<TargetProfile> currentTarget() const;
    void selectTarget(const QString &id);
    // Adds (or replaces the one with the same id), saves, selects it.
    void putTarget(const TargetProfile &target);
    void removeTarget(const QString &id);
    // The dialogs; they are open() and apply themselves when accepted.
    TargetDialog *addWithDialog();
    TargetDialog *editWithDialog();
    void retranslateUi();

Q_SIGNALS:
    void currentTargetChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void save();
    TargetDialog *openDialog(const TargetProfile &target);
    void updateButtons();

    QSettings *m_settings;
    QList<TargetProfile> m_targets;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
};

} // namespace mxscope
