// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "common/TargetFields.h"

#include "smtp/InputValidation.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace mxscope {

namespace {

quint16 defaultPort(TlsMode mode)
{
    return mode == TlsMode::Implicit ? 465 : 25;
}

QString named(const QString &prefix, const char *name)
{
    QString objectName = QString::fromLatin1(name);
    if (prefix.isEmpty())
        return objectName;
    objectName[0] = objectName.at(0).toUpper();
    return prefix + objectName;
}

} // namespace

TargetFields::TargetFields(QWidget *parent, const QString &objectNamePrefix)
    : QObject(parent)
    , m_hostLabel(new QLabel(parent))
    , m_host(new QLineEdit(parent))
    , m_portLabel(new QLabel(parent))
    , m_port(new QSpinBox(parent))
    , m_securityLabel(new QLabel(parent))
    , m_security(new QComboBox(parent))
{
    m_host->setObjectName(named(objectNamePrefix, "hostLineEdit"));
    m_host->setClearButtonEnabled(true);
    m_host->setMaxLength(255);
    m_port->setObjectName(named(objectNamePrefix, "portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(defaultPort(TlsMode::None));
    m_security->setObjectName(named(objectNamePrefix, "securityComboBox"));
    for (const TlsMode mode : {TlsMode::None, TlsMode::StartTls, TlsMode::Implicit})
        m_security->addItem(QString(), int(mode));
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);
    connect(m_security, &QComboBox::currentIndexChanged, this, &TargetFields::onSecurityChanged);
    retranslateUi();
}

void TargetFields::setOptions(const SessionOptions &options)
{
    m_host->setText(options.host);
    const int index = m_security->findData(int(options.tls));
    m_security->setCurrentIndex(index < 0 ? 0 : index);
    m_port->setValue(options.port); // after the security, which may suggest its own port
}

void TargetFields::applyTo(SessionOptions &options) const
{
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    options.tls = tlsMode();
}

TlsMode TargetFields::tlsMode() const
{
    return TlsMode(m_security->currentData().toInt());
}

void TargetFields::setEnabled(bool enabled)
{
    m_host->setEnabled(enabled);
    m_port->setEnabled(enabled);
    m_security->setEnabled(enabled);
}

std::optional<QString> TargetFields::hostProblem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the host name or IP address of the mail server.");
    // CR or LF would end the line early; the core check says which character it found.
    if (auto problem = InputValidation::checkField(host, tr("The host name")))
        return problem;
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('\t')))
        return tr("The host name must not contain spaces.");
    if (host.size() > 253)
        return tr("The host name is longer than 253 characters.");
    return std::nullopt;
}

void TargetFields::retranslateUi()
{
    m_hostLabel->setText(tr("&Host:"));
    m_host->setPlaceholderText(tr("mail.example.com"));
    m_host->setToolTip(tr("Host name or IP address of the mail server to test"));
    m_portLabel->setText(tr("&Port:"));
    m_securityLabel->setText(tr("&Security:"));
    m_security->setItemText(0, tr("None"));
    //: Protocol keyword (RFC 3207); usually left as is.
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("Implicit TLS"));
    m_security->setToolTip(tr("None: plain SMTP. STARTTLS: upgrade after EHLO. "
                              "Implicit TLS: TLS from the first byte (port 465)."));
}

void TargetFields::onSecurityChanged()
{
    const TlsMode tls = tlsMode();
    // Follow the usual port only while the user kept the previous mode's default.
    if (m_port->value() == defaultPort(m_previousTls))
        m_port->setValue(defaultPort(tls));
    m_previousTls = tls;
}

} // namespace mxscope
