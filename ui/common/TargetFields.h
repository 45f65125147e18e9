// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QObject>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace mxscope {

// The host, port and connection-security fields every window that names a server shares,
// with their labels, validation and the port that follows the security mode (25 / 465).
// The owner lays the widgets out and calls retranslateUi() on a language change.
//
//   m_target = new TargetFields(this);                       // hostLineEdit, portSpinBox, ...
//   form->addRow(m_target->hostLabel(), m_target->host());
class TargetFields : public QObject
{
    Q_OBJECT

public:
    // objectNamePrefix: "" gives hostLineEdit/portSpinBox/securityComboBox, "console" gives
    // consoleHostLineEdit/consolePortSpinBox/consoleSecurityComboBox.
    explicit TargetFields(QWidget *parent, const QString &objectNamePrefix = {});

    QLabel *hostLabel() const { return m_hostLabel; }
    QLineEdit *host() const { return m_host; }
    QLabel *portLabel() const { return m_portLabel; }
    QSpinBox *port() const { return m_port; }
    QLabel *securityLabel() const { return m_securityLabel; }
    QComboBox *security() const { return m_security; }

    void setOptions(const SessionOptions &options);
    // Host (trimmed), port and TLS mode into options; everything else is left alone.
    void applyTo(SessionOptions &options) const;
    TlsMode tlsMode() const;
    void setEnabled(bool enabled);
    // Why the host cannot be used, or nothing.
    std::optional<QString> hostProblem() const;
    void retranslateUi();

private:
    void onSecurityChanged();

    QLabel *m_hostLabel;
    QLineEdit *m_host;
    QLabel *m_portLabel;
    QSpinBox *m_port;
    QLabel *m_securityLabel;
    QComboBox *m_security;
    TlsMode m_previousTls = TlsMode::None;
};

} // namespace mxscope
