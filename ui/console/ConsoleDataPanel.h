// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace mxscope {

// DATA mode: the message (header, blank line, body) typed as a whole. "Send message" hands
// it over; the session sends DATA, waits for 354, adds the leading dots (RFC 5321 4.5.2)
// and the lone "." line. Object names: dataPanel, dataEditor, sendDataButton,
// cancelDataButton.
class ConsoleDataPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ConsoleDataPanel(QWidget *parent = nullptr);

    // Shows the panel; an empty editor gets a small test message from sender to recipient.
    void open(const QString &sender, const QString &recipient, const QString &heloName);
    QPlainTextEdit *editor() const { return m_editor; }

Q_SIGNALS:
    void sendRequested(const QByteArray &message);
    void cancelled();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_hint;
    QPlainTextEdit *m_editor;
    QPushButton *m_send;
    QPushButton *m_cancel;
};

} // namespace mxscope
