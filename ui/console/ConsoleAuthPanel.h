// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QFrame>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mxscope {

// The AUTH helper: user name, password and mechanism (PLAIN, LOGIN or CRAM-MD5). The
// session does the base64 encoding and writes "<redacted>" into the transcript; this
// panel hands the password over once and clears its field at once, so nothing keeps it.
// Object names: authPanel, authUserLineEdit, authPasswordLineEdit,
// authMechanismComboBox, authSendButton, authCancelButton.
class ConsoleAuthPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConsoleAuthPanel(QWidget *parent = nullptr);

    void setUser(const QString &user);
    void setMechanism(AuthMechanism mechanism);
    // The mechanisms the server's last EHLO offered (upper case); empty: not known yet.
    void setOffered(const QStringList &mechanisms);
    // Shows the panel with the focus where typing is still needed.
    void open();

Q_SIGNALS:
    void authenticateRequested(const mxscope::Credentials &credentials);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void submit();
    void updateHint();

    QLabel *m_title;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_mechanismLabel;
    QComboBox *m_mechanism;
    QLabel *m_hint;
    QPushButton *m_send;
    QPushButton *m_cancel;
    QStringList m_offered;
};

} // namespace mxscope
