// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleVerbBar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QPushButton>

namespace mxscope {

namespace {

struct VerbButton {
    SmtpVerb verb;
    const char *objectName;
};

constexpr VerbButton verbButtons[] = {
    {SmtpVerb::Ehlo, "ehloButton"}, {SmtpVerb::Mail, "mailButton"}, {SmtpVerb::Rcpt, "rcptButton"},
    {SmtpVerb::Data, "dataButton"}, {SmtpVerb::Rset, "rsetButton"}, {SmtpVerb::Quit, "quitButton"},
    {SmtpVerb::Auth, "authButton"},
};

} // namespace

ConsoleVerbBar::ConsoleVerbBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (const VerbButton &entry : verbButtons) {
        auto *button = new QPushButton(this);
        button->setObjectName(QLatin1String(entry.objectName));
        button->setAutoDefault(false);
        if (entry.verb == SmtpVerb::Auth)
            layout->addStretch(1);
        layout->addWidget(button);
        m_buttons.insert(entry.verb, button);
        const SmtpVerb verb = entry.verb;
        connect(button, &QPushButton::clicked, this, [this, verb] { Q_EMIT verbClicked(verb); });
    }
    retranslateUi();
}

void ConsoleVerbBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConsoleVerbBar::retranslateUi()
{
    // Verbs are protocol keywords and stay as they are; the tooltips say what happens.
    m_buttons.value(SmtpVerb::Ehlo)->setText(QStringLiteral("EHLO"));
    m_buttons.value(SmtpVerb::Mail)->setText(QStringLiteral("MAIL FROM"));
    m_buttons.value(SmtpVerb::Rcpt)->setText(QStringLiteral("RCPT TO"));
    m_buttons.value(SmtpVerb::Data)->setText(QStringLiteral("DATA"));
    m_buttons.value(SmtpVerb::Rset)->setText(QStringLiteral("RSET"));
    m_buttons.value(SmtpVerb::Quit)->setText(QStringLiteral("QUIT"));
    m_buttons.value(SmtpVerb::Auth)->setText(tr("AUTH…"));
    const QString fills = tr("Puts the command into the command line; edit it if you like and "
                             "press Enter to send it.");
    for (const SmtpVerb verb :
         {SmtpVerb::Ehlo, SmtpVerb::Mail, SmtpVerb::Rcpt, SmtpVerb::Rset, SmtpVerb::Quit})
        m_buttons.value(verb)->setToolTip(fills);
    m_buttons.value(SmtpVerb::Data)
        ->setToolTip(tr("Opens DATA mode: type the whole message, then send it."));
    m_buttons.value(SmtpVerb::Auth)
        ->setToolTip(tr("Opens the AUTH helper, which encodes the user name and password and "
                        "keeps the password out of the transcript."));
}

} // namespace mxscope
