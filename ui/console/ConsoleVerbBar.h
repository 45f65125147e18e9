// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpCommand.h"

#include <QMap>
#include <QWidget>

class QPushButton;

namespace mxscope {

// One button per common verb: EHLO, MAIL FROM, RCPT TO, DATA, RSET, QUIT and the AUTH
// helper. The bar only says which was clicked; the console decides what that does.
// Object names: ehloButton, mailButton, rcptButton, dataButton, rsetButton, quitButton,
// authButton.
class ConsoleVerbBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleVerbBar(QWidget *parent = nullptr);

Q_SIGNALS:
    void verbClicked(mxscope::SmtpVerb verb);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QMap<SmtpVerb, QPushButton *> m_buttons;
};

} // namespace mxscope
