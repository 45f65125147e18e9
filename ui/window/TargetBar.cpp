// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "window/TargetBar.h"

#include "smtp/InputValidation.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
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

TargetBar::TargetBar(QWidget *parent)
    : QWidget(parent)
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setClearButtonEnabled(true);
    m_host->setMaxLength(255);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_security->setObjectName(QStringLiteral("securityComboBox"));
    for (int i = 0; i < 3; ++i)
        m_security->addItem(QString());
    m_security->setItemData(0, int(TlsMode::None));
    m_security->setItemData(1, int(TlsMode::StartTls));
    m_security->setItemData(2, int(TlsMode::Implicit));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("inputProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    applyProblemColour();

    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hostLabel, 0, 0);
    layout->addWidget(m_host, 0, 1);
    layout->addWidget(m_portLabel, 0, 2);
    layout->addWidget(m_port, 0, 3);
    layout->addWidget(m_securityLabel, 0, 4);
    layout->addWidget(m_security, 0, 5);
    layout->addWidget(m_run, 0, 6);
    layout->addWidget(m_cancel, 0, 7);
    layout->addWidget(m_problem, 1, 1, 1, 7);
    layout->setColumnStretch(1, 1);
    layout->setColumnMinimumWidth(1, 200);

    connect(m_run, &QPushButton::clicked, this, &TargetBar::runRequested);
    connect(m_host, &QLineEdit::returnPressed, this, [this] {
        if (m_run->isEnabled())
            Q_EMIT runRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &TargetBar::cancelRequested);
    connect(m_host, &QLineEdit::textEdited, this, &TargetBar::clearProblem);
    connect(m_security, &QComboBox::currentIndexChanged, this, &TargetBar::onSecurityChanged);
    retranslateUi();
}

SessionOptions TargetBar::options() const
{
    SessionOptions options;
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->value());
    options.tls = TlsMode(m_security->currentData().toInt());
    return options;
}

void TargetBar::setOptions(const SessionOptions &options)
{
    m_host->setText(options.host);
    const int index = m_security->findData(int(options.tls));
    m_security->setCurrentIndex(index < 0 ? 0 : index);
    m_port->setValue(options.port); // after the security, which may suggest its own port
}

std::optional<QString> TargetBar::validate() const
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

void TargetBar::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_host->setFocus();
}

void TargetBar::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
}

void TargetBar::setRunning(bool running)
{
    m_host->setEnabled(!running);
    m_port->setEnabled(!running);
    m_security->setEnabled(!running);
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void TargetBar::retranslateUi()
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
    m_run->setText(tr("Run banner check"));
    m_cancel->setText(tr("Cancel"));
}

void TargetBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyProblemColour();
}

void TargetBar::applyProblemColour()
{
    QPalette warning = palette();
    const bool dark = warning.color(QPalette::Window).lightness() < 128;
    warning.setColor(QPalette::WindowText,
                     dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28));
    m_problem->setPalette(warning);
}

void TargetBar::onSecurityChanged()
{
    const auto tls = TlsMode(m_security->currentData().toInt());
    // Follow the usual port only while the user kept the previous mode's default.
    if (m_port->value() == defaultPort(m_previousTls))
        m_port->setValue(defaultPort(tls));
    m_previousTls = tls;
}

} // namespace mxscope
