// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayEnvelopePage.h"

#include "practice/PracticeServer.h"
#include "wizard/EnvelopeValidation.h"
#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mxscope {

namespace {

QLineEdit *makeField(const QString &objectName, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setClearButtonEnabled(true);
    field->setMaxLength(512);
    return field;
}

void fillIfEmpty(QLineEdit *field, const QString &text)
{
    if (field->text().isEmpty())
        field->setText(text);
}

} // namespace

RelayEnvelopePage::RelayEnvelopePage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_intro(new QLabel(this))
    , m_heloLabel(new QLabel(this))
    , m_helo(makeField(QStringLiteral("heloLineEdit"), this))
    , m_heloHint(makeHintLabel(QStringLiteral("heloHintLabel"), this))
    , m_senderLabel(new QLabel(this))
    , m_sender(makeField(QStringLiteral("senderLineEdit"), this))
    , m_senderHint(makeHintLabel(QStringLiteral("senderHintLabel"), this))
    , m_recipientLabel(new QLabel(this))
    , m_recipient(makeField(QStringLiteral("recipientLineEdit"), this))
    , m_recipientHint(makeHintLabel(QStringLiteral("recipientHintLabel"), this))
    , m_authBox(new QGroupBox(this))
    , m_userLabel(new QLabel(m_authBox))
    , m_user(makeField(QStringLiteral("authUserLineEdit"), m_authBox))
    , m_passwordLabel(new QLabel(m_authBox))
    , m_password(makeField(QStringLiteral("authPasswordLineEdit"), m_authBox))
    , m_authHint(makeHintLabel(QStringLiteral("authHintLabel"), m_authBox))
{
    setObjectName(QStringLiteral("envelopePage"));
    m_intro->setWordWrap(true);
    m_password->setEchoMode(QLineEdit::Password);
    m_heloLabel->setBuddy(m_helo);
    m_senderLabel->setBuddy(m_sender);
    m_recipientLabel->setBuddy(m_recipient);
    m_userLabel->setBuddy(m_user);
    m_passwordLabel->setBuddy(m_password);

    auto *form = new QFormLayout;
    form->setVerticalSpacing(4);
    form->addRow(m_heloLabel, m_helo);
    form->addRow(QString(), m_heloHint);
    form->addRow(m_senderLabel, m_sender);
    form->addRow(QString(), m_senderHint);
    form->addRow(m_recipientLabel, m_recipient);
    form->addRow(QString(), m_recipientHint);
    auto *authForm = new QFormLayout(m_authBox);
    authForm->addRow(m_userLabel, m_user);
    authForm->addRow(m_passwordLabel, m_password);
    authForm->addRow(QString(), m_authHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_authBox);
    layout->addStretch(1);

    for (QLineEdit *field : {m_helo, m_sender, m_recipient, m_user, m_password})
        connect(field, &QLineEdit::textChanged, this, &RelayEnvelopePage::updateHints);
    retranslateUi();
}

void RelayEnvelopePage::initializePage()
{
    // With the practice server the addresses only have to look real: offer working ones.
    if (state()->practiceServer()) {
        fillIfEmpty(m_helo, QStringLiteral("client.example.net"));
        fillIfEmpty(m_sender, QStringLiteral("tester@example.net"));
        fillIfEmpty(m_recipient, QStringLiteral("mailbox@example.org"));
    }
    updateHints();
}

std::optional<QString> RelayEnvelopePage::heloProblem() const
{
    return EnvelopeValidation::checkHeloName(m_helo->text());
}

std::optional<QString> RelayEnvelopePage::senderProblem() const
{
    return EnvelopeValidation::checkAddress(m_sender->text(), tr("The sender address"));
}

std::optional<QString> RelayEnvelopePage::recipientProblem() const
{
    return EnvelopeValidation::checkAddress(m_recipient->text(), tr("The recipient address"));
}

std::optional<QString> RelayEnvelopePage::authProblem() const
{
    return EnvelopeValidation::checkCredentials(m_user->text(), m_password->text());
}

bool RelayEnvelopePage::isComplete() const
{
    return !heloProblem() && !senderProblem() && !recipientProblem() && !authProblem();
}

bool RelayEnvelopePage::validatePage()
{
    RelayPlan &plan = state()->plan();
    plan.target.heloName = m_helo->text().trimmed();
    plan.sender = m_sender->text().trimmed();
    plan.recipient = m_recipient->text().trimmed();
    if (m_user->text().isEmpty())
        plan.target.credentials.reset();
    else
        plan.target.credentials = Credentials {m_user->text(), m_password->text(), std::nullopt};
    return true;
}

int RelayEnvelopePage::nextId() const
{
    return RelayWizard::AuthorisationPage;
}

void RelayEnvelopePage::updateHints()
{
    // An empty field shows what belongs in it; a filled one says what is wrong, as it is typed.
    const auto show = [](QLabel *hint, const QLineEdit *field,
                         const std::optional<QString> &problem, const QString &guidance) {
        const bool wrong = problem && !field->text().isEmpty();
        setHint(hint, wrong ? *problem : guidance, wrong);
    };
    show(m_heloHint, m_helo, heloProblem(),
         tr("The name mxscope announces after EHLO, usually your own domain."));
    show(m_senderHint, m_sender, senderProblem(),
         tr("The envelope sender (MAIL FROM), best at a domain the server does not serve."));
    show(m_recipientHint, m_recipient, recipientProblem(),
         tr("An external mailbox you own, at a domain this server does not serve: the test asks "
            "the server to relay mail there."));
    const auto auth = authProblem();
    const bool authWrong = auth && !(m_user->text().isEmpty() && m_password->text().isEmpty());
    setHint(m_authHint,
            authWrong ? *auth
                      : tr("Only to check relaying after login. Kept in memory for this wizard "
                           "only, never saved."),
            authWrong);
    Q_EMIT completeChanged();
}

void RelayEnvelopePage::retranslateUi()
{
    setTitle(tr("Envelope"));
    setSubTitle(tr("Who the test mail claims to come from, and where it should go."));
    m_intro->setText(tr("These are the values of the manual test: the domain after EHLO, the "
                        "address after MAIL FROM and the address after RCPT TO."));
    m_heloLabel->setText(tr("Sending &domain (HELO):"));
    m_helo->setPlaceholderText(tr("example.net"));
    m_senderLabel->setText(tr("S&ender address:"));
    m_sender->setPlaceholderText(tr("tester@example.net"));
    m_recipientLabel->setText(tr("&Recipient address:"));
    m_recipient->setPlaceholderText(tr("your.mailbox@example.org"));
    m_authBox->setTitle(tr("Log in first (optional)"));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("Pass&word:"));
    updateHints();
}

} // namespace mxscope
