// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleConnectionBar.h"

#include "common/TargetFields.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace mxscope {

ConsoleConnectionBar::ConsoleConnectionBar(QWidget *parent)
    : QWidget(parent)
    , m_fields(new TargetFields(this, QStringLiteral("console")))
    , m_connect(new QPushButton(this))
    , m_startTls(new QPushButton(this))
    , m_disconnect(new QPushButton(this))
{
    m_fields->host()->setClearButtonEnabled(false);
    m_fields->host()->setMinimumWidth(180);
    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_startTls->setObjectName(QStringLiteral("startTlsButton"));
    m_disconnect->setObjectName(QStringLiteral("disconnectButton"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fields->hostLabel());
    layout->addWidget(m_fields->host(), 1);
    layout->addWidget(m_fields->portLabel());
    layout->addWidget(m_fields->port());
    layout->addWidget(m_fields->securityLabel());
    layout->addWidget(m_fields->security());
    layout->addWidget(m_connect);
    layout->addWidget(m_startTls);
    layout->addWidget(m_disconnect);

    connect(m_connect, &QPushButton::clicked, this, &ConsoleConnectionBar::connectRequested);
    connect(m_fields->host(), &QLineEdit::returnPressed, this, [this] {
        if (m_connect->isEnabled())
            Q_EMIT connectRequested();
    });
    connect(m_startTls, &QPushButton::clicked, this, &ConsoleConnectionBar::startTlsRequested);
    connect(m_disconnect, &QPushButton::clicked, this, &ConsoleConnectionBar::disconnectRequested);
    setConnectionState(false, false);
    retranslateUi();
}

void ConsoleConnectionBar::setEndpoint(const SessionOptions &options)
{
    m_fields->setOptions(options);
}

void ConsoleConnectionBar::applyEndpoint(SessionOptions &options) const
{
    m_fields->applyTo(options);
}

std::optional<QString> ConsoleConnectionBar::validate() const
{
    return m_fields->hostProblem();
}

void ConsoleConnectionBar::setConnectionState(bool connected, bool encrypted)
{
    m_fields->setEnabled(!connected);
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
    m_fields->retranslateUi();
    // The console says more than the shared texts: STARTTLS can also come later, by hand.
    m_fields->security()->setItemText(0, tr("None (STARTTLS by hand)"));
    //: Upgrade with STARTTLS right after the greeting; keep the word STARTTLS as is.
    m_fields->security()->setItemText(1, tr("STARTTLS at once"));
    m_fields->security()->setToolTip(
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

} // namespace mxscope
