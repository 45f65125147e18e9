// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayAuthorisationPage.h"

#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mxscope {

RelayAuthorisationPage::RelayAuthorisationPage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_summary(new QLabel(this))
    , m_authorised(new QCheckBox(this))
    , m_safeMode(new QRadioButton(this))
    , m_safeModeText(makeHintLabel(QStringLiteral("safeModeLabel"), this))
    , m_sendMessage(new QRadioButton(this))
    , m_sendMessageText(makeHintLabel(QStringLiteral("sendMessageLabel"), this))
{
    setObjectName(QStringLiteral("authorisationPage"));
    m_summary->setObjectName(QStringLiteral("targetSummaryLabel"));
    m_summary->setTextFormat(Qt::PlainText); // quotes the host and addresses the user typed
    m_summary->setWordWrap(true);
    m_authorised->setObjectName(QStringLiteral("authorisedCheckBox"));
    m_safeMode->setObjectName(QStringLiteral("safeModeRadioButton"));
    m_sendMessage->setObjectName(QStringLiteral("sendMessageRadioButton"));
    m_safeMode->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_safeMode);
    modes->addButton(m_sendMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addSpacing(8);
    layout->addWidget(m_authorised);
    layout->addSpacing(16);
    layout->addWidget(m_safeMode);
    m_safeModeText->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_safeModeText);
    layout->addSpacing(8);
    layout->addWidget(m_sendMessage);
    m_sendMessageText->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_sendMessageText);
    layout->addStretch(1);

    connect(m_authorised, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    retranslateUi();
}

void RelayAuthorisationPage::initializePage()
{
    updateSummary();
}

bool RelayAuthorisationPage::isComplete() const
{
    return m_authorised->isChecked();
}

bool RelayAuthorisationPage::validatePage()
{
    RelayPlan &plan = state()->plan();
    plan.authorised = m_authorised->isChecked();
    plan.sendData = m_sendMessage->isChecked();
    if (plan.sendData)
        state()->ensureToken();
    return plan.authorised;
}

int RelayAuthorisationPage::nextId() const
{
    return RelayWizard::StepByStepPage;
}

void RelayAuthorisationPage::updateSummary()
{
    const RelayPlan &plan = state()->plan();
    m_summary->setText(
        tr("mxscope will connect to %1 port %2 and ask it to relay mail from %3 to "
           "%4.")
            .arg(plan.target.host, QString::number(plan.target.port), plan.sender, plan.recipient));
}

void RelayAuthorisationPage::retranslateUi()
{
    setTitle(tr("Authorisation and safety"));
    setSubTitle(tr("Relay tests talk to a real server. Run them only where you are allowed to."));
    m_authorised->setText(tr("I am &authorised to test this server"));
    m_safeMode->setText(tr("&Safe mode (recommended)"));
    m_safeModeText->setText(
        tr("The server's answer to RCPT TO decides the test. mxscope then sends RSET to abandon "
           "the transaction, so no message is ever sent."));
    m_sendMessage->setText(tr("Send a real &test message"));
    m_sendMessageText->setText(
        tr("Also sends DATA, a short message and the final dot. This shows whether the server "
           "refuses relayed mail only after reading it. The Subject and the body carry a unique "
           "token (such as mxscope-3f9a…) so you can find the message in your mailbox and tell it "
           "from any other."));
    updateSummary();
}

} // namespace mxscope
