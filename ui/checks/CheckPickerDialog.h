// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QListWidget;

namespace mxscope {

// Picks checks from the catalogue for one target. Checks that send mail or load the server
// are marked; picking any of them asks for an explicit "I am authorised" before Run is
// enabled. Object names: checkList, checkDescriptionLabel, authorisedCheckBox,
// selectDefaultChecksButton.
class CheckPickerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheckPickerDialog(const QString &targetName, QWidget *parent = nullptr);

    QStringList selectedIds() const;
    void setSelectedIds(const QStringList &ids);
    bool needsAuthorisation() const;
    bool authorised() const;
    bool canRun() const;

private:
    void updateState();

    QListWidget *m_list;
    QLabel *m_description;
    QCheckBox *m_authorised;
    QDialogButtonBox *m_buttons;
};

} // namespace mxscope
