// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayTargetPage.h"

#include "common/TargetFields.h"
#include "practice/PracticeServer.h"
#include "wizard/RelayWizard.h"
#include "wizard/RelayWizardState.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mxscope {

namespace {

const QString practiceHost = QStringLiteral("127.0.0.1");

} // namespace

RelayTargetPage::RelayTargetPage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_intro(new QLabel(this))
    , m_fields(new TargetFields(this))
    , m_practice(new QCheckBox(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_profileDescription(makeHintLabel(QStringLiteral("practiceDescriptionLabel"), this))
    , m_hint(makeHintLabel(QStringLiteral("targetHintLabel"), this))
{
    setObjectName(QStringLiteral("targetPage"));
    m_intro->setWordWrap(true);
    m_practice->setObjectName(QStringLiteral("practiceCheckBox"));
    m_profile->setObjectName(QStringLiteral("practiceProfileComboBox"));
    for (const QString &name : PracticeProfile::names())
        m_profile->addItem(name, name); // profile names are identifiers, as on the CLI
    m_profile->setEnabled(false);
    m_profileLabel->setBuddy(m_profile);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // only the host is wide
    form->addRow(m_fields->hostLabel(), m_fields->host());
    form->addRow(m_fields->portLabel(), m_fields->port());
    form->addRow(m_fields->securityLabel(), m_fields->security());
    auto *practiceForm = new QFormLayout;
    practiceForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    practiceForm->setContentsMargins(24, 0, 0, 0);
    practiceForm->addRow(m_profileLabel, m_profile);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addSpacing(8);
    layout->addLayout(form);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    layout->addWidget(m_practice);
    layout->addLayout(practiceForm);
    m_profileDescription->setContentsMargins(24, 0, 0, 0);
    layout->addWidget(m_profileDescription);
    layout->addStretch(1);

    connect(m_fields->host(), &QLineEdit::textChanged, this, &RelayTargetPage::updateHint);
    connect(m_fields->security(), &QComboBox::currentIndexChanged, this, [this] {
        if (m_practice->isChecked())
            startPractice(); // implicit TLS is decided when the server starts listening
    });
    connect(m_practice, &QCheckBox::toggled, this, &RelayTargetPage::onPracticeToggled);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        showProfileDescription();
        if (m_practice->isChecked())
            startPractice();
    });
    retranslateUi();
}

void RelayTargetPage::setTarget(const SessionOptions &options)
{
    m_practice->setChecked(false);
    m_fields->setOptions(options);
}

bool RelayTargetPage::practiceRunning() const
{
    return state()->practiceServer() && state()->practiceServer()->isListening();
}

bool RelayTargetPage::isComplete() const
{
    if (m_practice->isChecked())
        return practiceRunning();
    return !m_fields->hostProblem();
}

bool RelayTargetPage::validatePage()
{
    SessionOptions &target = state()->plan().target;
    m_fields->applyTo(target);
    return true;
}

int RelayTargetPage::nextId() const
{
    return RelayWizard::EnvelopePage;
}

void RelayTargetPage::onPracticeToggled(bool on)
{
    m_fields->host()->setEnabled(!on);
    m_fields->port()->setEnabled(!on);
    m_profile->setEnabled(on);
    if (on) {
        m_savedHost = m_fields->host()->text();
        m_savedPort = m_fields->port()->value();
        startPractice();
        return;
    }
    state()->stopPracticeServer();
    m_practiceError.clear();
    m_fields->host()->setText(m_savedHost);
    m_fields->port()->setValue(m_savedPort);
    updateHint();
}

void RelayTargetPage::startPractice()
{
    const TlsMode tls = m_fields->tlsMode();
    m_practiceError.clear();
    if (state()->startPracticeServer(m_profile->currentData().toString(), tls == TlsMode::Implicit,
                                     &m_practiceError)) {
        m_fields->host()->setText(practiceHost);
        m_fields->port()->setValue(state()->practiceServer()->serverPort());
    }
    updateHint();
}

void RelayTargetPage::showProfileDescription()
{
    const auto profile = PracticeProfile::byName(m_profile->currentData().toString());
    setHint(m_profileDescription, profile ? profile->description() : QString(), false);
}

void RelayTargetPage::updateHint()
{
    if (m_practice->isChecked()) {
        if (!m_practiceError.isEmpty())
            setHint(m_hint, m_practiceError, true);
        else if (practiceRunning())
            setHint(m_hint,
                    tr("The practice server is running on %1 port %2. It never delivers mail.")
                        .arg(practiceHost)
                        .arg(state()->practiceServer()->serverPort()),
                    false);
    } else if (const auto problem = m_fields->hostProblem();
               problem && !m_fields->host()->text().isEmpty()) {
        setHint(m_hint, *problem, true);
    } else {
        setHint(m_hint, tr("Test only servers you are authorised to test."), false);
    }
    Q_EMIT completeChanged();
}

void RelayTargetPage::retranslateUi()
{
    setTitle(tr("Which mail server?"));
    setSubTitle(tr("The server whose relay policy you want to check."));
    m_intro->setText(tr("An open relay forwards mail from anyone to anyone, so spammers can send "
                        "through it. This wizard runs the classic manual test step by step, then "
                        "dozens of known relay tricks automatically."));
    m_fields->retranslateUi();
    // A wizard page has room to say more than the shared labels.
    m_fields->hostLabel()->setText(tr("Mail &server:"));
    m_fields->securityLabel()->setText(tr("Connection s&ecurity:"));
    m_fields->security()->setItemText(0, tr("None (plain SMTP)"));
    m_fields->security()->setItemText(2, tr("Implicit TLS (port 465)"));
    m_practice->setText(tr("Use the &built-in practice server"));
    m_practice->setToolTip(tr("A real SMTP server inside mxscope, on 127.0.0.1 only, that "
                              "behaves like a chosen kind of server. Nothing leaves your "
                              "computer."));
    m_profileLabel->setText(tr("Behaves &like:"));
    showProfileDescription();
    updateHint();
}

} // namespace mxscope
