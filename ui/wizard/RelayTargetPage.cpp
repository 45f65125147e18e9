// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayTargetPage.h"

#include "practice/PracticeServer.h"
#include "smtp/InputValidation.h"
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

quint16 defaultPort(TlsMode mode)
{
    return mode == TlsMode::Implicit ? 465 : 25;
}

const QString practiceHost = QStringLiteral("127.0.0.1");

} // namespace

RelayTargetPage::RelayTargetPage(RelayWizardState *state, QWidget *parent)
    : RelayWizardPage(state, parent)
    , m_intro(new QLabel(this))
    , m_hostLabel(new QLabel(this))
    , m_host(new QLineEdit(this))
    , m_portLabel(new QLabel(this))
    , m_port(new QSpinBox(this))
    , m_securityLabel(new QLabel(this))
    , m_security(new QComboBox(this))
    , m_practice(new QCheckBox(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_profileDescription(makeHintLabel(QStringLiteral("practiceDescriptionLabel"), this))
    , m_hint(makeHintLabel(QStringLiteral("targetHintLabel"), this))
{
    setObjectName(QStringLiteral("targetPage"));
    m_intro->setWordWrap(true);
    m_host->setObjectName(QStringLiteral("hostLineEdit"));
    m_host->setClearButtonEnabled(true);
    m_host->setMaxLength(255);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(1, 65535);
    m_port->setValue(25);
    m_security->setObjectName(QStringLiteral("securityComboBox"));
    for (const TlsMode mode : {TlsMode::None, TlsMode::StartTls, TlsMode::Implicit})
        m_security->addItem(QString(), int(mode));
    m_practice->setObjectName(QStringLiteral("practiceCheckBox"));
    m_profile->setObjectName(QStringLiteral("practiceProfileComboBox"));
    for (const QString &name : PracticeProfile::names())
        m_profile->addItem(name, name); // profile names are identifiers, as on the CLI
    m_profile->setEnabled(false);
    m_hostLabel->setBuddy(m_host);
    m_portLabel->setBuddy(m_port);
    m_securityLabel->setBuddy(m_security);
    m_profileLabel->setBuddy(m_profile);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow); // only the host is wide
    form->addRow(m_hostLabel, m_host);
    form->addRow(m_portLabel, m_port);
    form->addRow(m_securityLabel, m_security);
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

    connect(m_host, &QLineEdit::textChanged, this, &RelayTargetPage::updateHint);
    connect(m_security, &QComboBox::currentIndexChanged, this, &RelayTargetPage::onSecurityChanged);
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
    m_host->setText(options.host);
    const int index = m_security->findData(int(options.tls));
    m_security->setCurrentIndex(index < 0 ? 0 : index);
    m_port->setValue(options.port);
}

std::optional<QString> RelayTargetPage::hostProblem() const
{
    const QString host = m_host->text().trimmed();
    if (host.isEmpty())
        return tr("Enter the host name or IP address of the mail server.");
    if (auto problem = InputValidation::checkField(host, tr("The host name")))
        return problem;
    if (host.contains(QLatin1Char(' ')) || host.contains(QLatin1Char('\t')))
        return tr("The host name must not contain spaces.");
    if (host.size() > 253)
        return tr("The host name is longer than 253 characters.");
    return std::nullopt;
}

bool RelayTargetPage::practiceRunning() const
{
    return state()->practiceServer() && state()->practiceServer()->isListening();
}

bool RelayTargetPage::isComplete() const
{
    if (m_practice->isChecked())
        return practiceRunning();
    return !hostProblem();
}

bool RelayTargetPage::validatePage()
{
    SessionOptions &target = state()->plan().target;
    target.host = m_host->text().trimmed();
    target.port = quint16(m_port->value());
    target.tls = TlsMode(m_security->currentData().toInt());
    return true;
}

int RelayTargetPage::nextId() const
{
    return RelayWizard::EnvelopePage;
}

void RelayTargetPage::onPracticeToggled(bool on)
{
    m_host->setEnabled(!on);
    m_port->setEnabled(!on);
    m_profile->setEnabled(on);
    if (on) {
        m_savedHost = m_host->text();
        m_savedPort = m_port->value();
        startPractice();
        return;
    }
    state()->stopPracticeServer();
    m_practiceError.clear();
    m_host->setText(m_savedHost);
    m_port->setValue(m_savedPort);
    updateHint();
}

void RelayTargetPage::onSecurityChanged()
{
    const auto tls = TlsMode(m_security->currentData().toInt());
    if (m_practice->isChecked()) {
        startPractice(); // implicit TLS is decided when the server starts listening
    } else if (m_port->value() == defaultPort(m_previousTls)) {
        // Follow the usual port only while the user kept the previous mode's default.
        m_port->setValue(defaultPort(tls));
    }
    m_previousTls = tls;
}

void RelayTargetPage::startPractice()
{
    const auto tls = TlsMode(m_security->currentData().toInt());
    m_practiceError.clear();
    if (state()->startPracticeServer(m_profile->currentData().toString(), tls == TlsMode::Implicit,
                                     &m_practiceError)) {
        m_host->setText(practiceHost);
        m_port->setValue(state()->practiceServer()->serverPort());
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
    } else if (const auto problem = hostProblem(); problem && !m_host->text().isEmpty()) {
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
    m_hostLabel->setText(tr("Mail &server:"));
    m_host->setPlaceholderText(tr("mail.example.com"));
    m_portLabel->setText(tr("&Port:"));
    m_securityLabel->setText(tr("Connection s&ecurity:"));
    m_security->setItemText(0, tr("None (plain SMTP)"));
    //: Protocol keyword (RFC 3207); usually left as is.
    m_security->setItemText(1, tr("STARTTLS"));
    m_security->setItemText(2, tr("Implicit TLS (port 465)"));
    m_practice->setText(tr("Use the &built-in practice server"));
    m_practice->setToolTip(tr("A real SMTP server inside mxscope, on 127.0.0.1 only, that "
                              "behaves like a chosen kind of server. Nothing leaves your "
                              "computer."));
    m_profileLabel->setText(tr("Behaves &like:"));
    showProfileDescription();
    updateHint();
}

} // namespace mxscope
