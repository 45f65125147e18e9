// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleAuthPanel.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace mxscope {

ConsoleAuthPanel::ConsoleAuthPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_mechanismLabel(new QLabel(this))
    , m_mechanism(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("authPanel"));
    setFrameShape(StyledPanel);
    m_user->setObjectName(QStringLiteral("authUserLineEdit"));
    m_password->setObjectName(QStringLiteral("authPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_mechanism->setObjectName(QStringLiteral("authMechanismComboBox"));
    for (const AuthMechanism mechanism :
         {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5})
        m_mechanism->addItem(toString(mechanism), int(mechanism));
    m_send->setObjectName(QStringLiteral("authSendButton"));
    m_cancel->setObjectName(QStringLiteral("authCancelButton"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);
    m_mechanismLabel->setBuddy(m_mechanism);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *layout = new QGridLayout(this);
    layout->addWidget(m_title, 0, 0, 1, 6);
    layout->addWidget(m_userLabel, 1, 0);
    layout->addWidget(m_user, 1, 1);
    layout->addWidget(m_passwordLabel, 1, 2);
    layout->addWidget(m_password, 1, 3);
    layout->addWidget(m_mechanismLabel, 1, 4);
    layout->addWidget(m_mechanism, 1, 5);
    layout->addWidget(m_hint, 2, 0, 1, 6);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons, 3, 0, 1, 6);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);

    connect(m_send, &QPushButton::clicked, this, &ConsoleAuthPanel::submit);
    connect(m_password, &QLineEdit::returnPressed, this, &ConsoleAuthPanel::submit);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_password->clear();
        hide();
        Q_EMIT cancelled();
    });
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &ConsoleAuthPanel::updateHint);
    retranslateUi();
    hide();
}

void ConsoleAuthPanel::setUser(const QString &user)
{
    m_user->setText(user);
}

void ConsoleAuthPanel::setMechanism(AuthMechanism mechanism)
{
    m_mechanism->setCurrentIndex(m_mechanism->findData(int(mechanism)));
}

void ConsoleAuthPanel::setOffered(const QStringList &mechanisms)
{
    m_offered = mechanisms;
    updateHint();
}

void ConsoleAuthPanel::open()
{
    show();
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void ConsoleAuthPanel::submit()
{
    Credentials credentials;
    credentials.user = m_user->text();
    credentials.password = m_password->text();
    credentials.mechanism = AuthMechanism(m_mechanism->currentData().toInt());
    // Cleared before anything else runs: the field must not outlive the hand-over.
    m_password->clear();
    hide();
    Q_EMIT authenticateRequested(credentials);
}

void ConsoleAuthPanel::updateHint()
{
    QString hint;
    switch (AuthMechanism(m_mechanism->currentData().toInt())) {
    case AuthMechanism::Plain:
        hint = tr("PLAIN sends one line: AUTH PLAIN and base64(\\0user\\0password).");
        break;
    case AuthMechanism::Login:
        hint = tr("LOGIN answers two 334 prompts: base64(user), then base64(password).");
        break;
    case AuthMechanism::CramMd5:
        hint = tr("CRAM-MD5 answers the server's challenge with the user and an HMAC-MD5 of it; "
                  "the password itself is never sent.");
        break;
    }
    hint += QLatin1Char(' ')
        + tr("Base64 is an encoding, not encryption: without TLS anyone on the path can read "
             "the password. The transcript shows <redacted> instead.");
    if (!m_offered.isEmpty())
        hint += QLatin1Char('\n')
            + tr("The server offers: %1").arg(m_offered.join(QLatin1Char(' ')));
    m_hint->setText(hint);
}

void ConsoleAuthPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConsoleAuthPanel::retranslateUi()
{
    m_title->setText(tr("AUTH helper"));
    m_userLabel->setText(tr("&User:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    m_password->setToolTip(tr("Used for this one AUTH command and then forgotten."));
    m_mechanismLabel->setText(tr("&Mechanism:"));
    m_send->setText(tr("&Authenticate"));
    m_cancel->setText(tr("Cancel"));
    updateHint();
}

} // namespace mxscope
