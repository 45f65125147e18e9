// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleConnectionBar.h"

#include "smtp/InputValidation.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace mxscope {

namespace {

quint16 defaultPort(TlsMode mode)
{
    return mode == TlsMode::Implicit ? 465 : 25;
}

} // namespace

ConsoleConnectionBar::ConsoleConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_connect(new QPushButton(this))
    , m_startTls(new QPushButton(this))
    , m_disconnect(new QPushButton(this))
{
    m_host->setObjectName(QStringLiteral("consoleHostLineEdit"));
    m_host->setMaxLength(255);
    m_host->setMinimumWidth(180);
    m_port->setObjectName(QStringLiteral("consolePortSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_security->setObjectName(QStringLiteral("consoleSecurityComboBox"));
    for (const TlsMode mode : {TlsMode::None, TlsMode::StartTls, TlsMode::Implicit})
        m_security->addItem(QString(), int(mode));
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_startTls->setObjectName(QStringLiteral("startTlsButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hostLabel);
    layout->addWidget(m_host, 1);
    layout->addWidget(m_portLabel);
    layout->addWidget(m_port);
    layout->addWidget(m_securityLabel);
    layout->addWidget(m_security);
    layout->addWidget(m_connect);
    layout->addWidget(m_startTls);
    layout->addWidget(m_disconnect);

    connect(m_connect, &QPushButton::clicked, this, &ConsoleConnectionBar::connectRequested);
    connect(m_host, &QLineEdit::returnPressed, this, [this] {
        if (m_connect->isEnabled())
            Q_EMIT connectRequested();
    });
    connect(m_startTls, &QPushButton::clicked, this, &ConsoleConnectionBar::startTlsRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConsoleConnectionBar::disconnectRequested);
    connect(m_security, &QComboBox::currentIndexChanged, this,
            &ConsoleConnectionBar::onSecurityChanged);
    setConnectionState(false, false);
    retranslateUi();
}

void ConsoleConnectionBar::setEndpoint(const SessionOptions &options)
{
    m_host->setText(options.host);
    const int index = m_security->findData(int(options.tls));
    m_security->setCurrentIndex(index < 0 ? 0 : index);
    m_port->setValue(options.port); // after the security, which may suggest its own port
}

void ConsoleConnectionBar::applyEndpoint(SessionOptions &options) const
{
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    options.tls = TlsMode(m_security->currentData().toInt());
}

std::optional<QString> ConsoleConnectionBar::validate() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the host name or IP address of the mail server.");
    if (auto problem = InputValidation::checkField(host, tr("The host name")))
        return problem;
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('\t')))
        return tr("The host name must not contain spaces.");
    return std::nullopt;
}

void ConsoleConnectionBar::setConnectionState(bool connected, bool encrypted)
{
    m_host->setEnabled(!connected);
    m_port->setEnabled(!connected);
    m_security->setEnabled(!connected);
    m_connect->setEnabled(!connected);
    m_startTls->setEnabled(connected && !encrypted);
    m_disconnect->setEnabled(connected);
}

void ConsoleConnectionBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConsoleConnectionBar::retranslateUi()
{
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("mail.example.com"));
    m_portLabel->setText(tr("&Port:"));
    m_securityLabel->setText(tr("&Security:"));
    m_security->setItemText(0, tr("None (STARTTLS by hand)"));
    //: Protocol keyword (RFC 3207); usually left as is.
    m_security->setItemText(1, tr("STARTTLS at once"));
    m_security->setItemText(2, tr("Implicit TLS"));
    m_security->setToolTip(
        tr("None: a plain connection; upgrade it whenever you like with Start TLS or by typing "
           "STARTTLS. STARTTLS at once: mxscope sends EHLO and STARTTLS right after the "
           "greeting. Implicit TLS: TLS from the first byte (port 465)."));
    m_connect->setText(tr("&Connect"));
    m_startTls->setText(tr("Start &TLS"));
    m_startTls->setToolTip(tr("Send STARTTLS now and upgrade the connection when the server "
                              "answers 220. The server forgets the EHLO: send EHLO again."));
    m_disconnect->setText(tr("&Disconnect"));
    m_disconnect->setToolTip(tr("Drop the connection at once (type QUIT to say goodbye)."));
}

void ConsoleConnectionBar::onSecurityChanged()
{
    const auto tls = TlsMode(m_security->currentData().toInt());
    // Follow the usual port only while the user kept the previous mode's default.
    if (m_port->value() == defaultPort(m_previousTls))
        m_port->setValue(defaultPort(tls));
    m_previousTls = tls;
}

} // namespace mxscope
