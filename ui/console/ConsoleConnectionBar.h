// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QWidget>

#include <optional>

class QPushButton;

namespace mxscope {

class TargetFields;

// The console's top row: host, port, connection security, and the actions that change
// the connection itself (Connect, Start TLS, Disconnect). The commands go in the command
// line below. Object names: consoleHostLineEdit, consolePortSpinBox,
// consoleSecurityComboBox, connectButton, startTlsButton, disconnectButton.
class ConsoleConnectionBar : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleConnectionBar(QWidget *parent = nullptr);

    // Only host, port and tls are read or written.
    void setEndpoint(const SessionOptions &options);
    void applyEndpoint(SessionOptions &options) const;
    // A sentence saying what is wrong with the host, or nothing.
    std::optional<QString> validate() const;
    // connected: a session is open; encrypted: it already runs inside TLS.
    void setConnectionState(bool connected, bool encrypted);

Q_SIGNALS:
    void connectRequested();
    void startTlsRequested();
    void disconnectRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    TargetFields *m_fields;
    QPushButton *m_connect;
    QPushButton *m_startTls;
    QPushButton *m_disconnect;
};

} // namespace mxscope
