// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationInputPanel.h"

#include "common/AlarmColour.h"
#include "common/TargetFields.h"
#include "enumeration/UserListReader.h"
#include "smtp/InputValidation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mxscope {

EnumerationInputPanel::EnumerationInputPanel(QWidget *parent)
    : QWidget(parent)
    , m_fields(new TargetFields(this))
    , m_usersLabel(new QLabel(this))
    , m_users(new QPlainTextEdit(this))
    , m_importButton(new QPushButton(this))
    , m_listStatus(new QLabel(this))
    , m_method(new QComboBox(this))
    , m_domain(new QLineEdit(this))
    , m_sender(new QLineEdit(this))
    , m_connections(new QSpinBox(this))
    , m_rate(new QSpinBox(this))
    , m_authorised(new QCheckBox(this))
    , m_form(new QFormLayout)
{
    setObjectName(QStringLiteral("enumerationInputPanel"));
    m_users->setObjectName(QStringLiteral("usersEdit"));
    m_users->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_users->setTabChangesFocus(true);
    m_importButton->setObjectName(QStringLiteral("importUsersButton"));
    m_listStatus->setObjectName(QStringLiteral("userListStatusLabel"));
    m_listStatus->setTextFormat(Qt::PlainText); // quotes file names and lines
    m_listStatus->setWordWrap(true);
    m_method->setObjectName(QStringLiteral("methodComboBox"));
    for (const auto method : {EnumerationMethod::Auto, EnumerationMethod::Vrfy,
                              EnumerationMethod::Expn, EnumerationMethod::Rcpt})
        m_method->addItem(QString(), QVariant::fromValue(method));
    m_domain->setObjectName(QStringLiteral("domainLineEdit"));
    m_sender->setObjectName(QStringLiteral("senderLineEdit"));
    m_connections->setObjectName(QStringLiteral("connectionsSpinBox"));
    m_connections->setRange(1, EnumerationPlan::maxConnections);
    m_connections->setValue(EnumerationPlan::defaultConnections);
    m_rate->setObjectName(QStringLiteral("rateSpinBox"));
    m_rate->setRange(0, 100'000);
    m_authorised->setObjectName(QStringLiteral("authorisedCheckBox"));
    m_usersLabel->setBuddy(m_users);

    // Host on a row of its own: the panel is narrow and host names are long.
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_fields->port());
    portRow->addWidget(m_fields->securityLabel());
    portRow->addWidget(m_fields->security(), 1);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(m_fields->hostLabel(), m_fields->host());
    m_form->addRow(m_fields->portLabel(), portRow);
    for (QWidget *field :
         std::initializer_list<QWidget *> {m_method, m_domain, m_sender, m_connections, m_rate}) {
        auto *label = new QLabel(this); // worded in retranslateUi()
        label->setBuddy(field);
        m_formLabels.append(label);
        m_form->addRow(label, field);
    }
    auto *usersRow = new QHBoxLayout;
    usersRow->addWidget(m_usersLabel, 1);
    usersRow->addWidget(m_importButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_form);
    layout->addLayout(usersRow);
    layout->addWidget(m_users, 1);
    layout->addWidget(m_listStatus);
    layout->addWidget(m_authorised);

    connect(m_users, &QPlainTextEdit::textChanged, this, &EnumerationInputPanel::onUsersEdited);
    connect(m_importButton, &QPushButton::clicked, this, &EnumerationInputPanel::chooseFile);
    for (QLineEdit *edit : {m_fields->host(), m_domain, m_sender})
        connect(edit, &QLineEdit::textChanged, this, &EnumerationInputPanel::inputChanged);
    connect(m_authorised, &QCheckBox::toggled, this, &EnumerationInputPanel::inputChanged);
    retranslateUi();
}

void EnumerationInputPanel::setTarget(const SessionOptions &options)
{
    m_options = options;
    m_fields->setOptions(options);
}

std::optional<QString> EnumerationInputPanel::importFile(const QString &path)
{
    UserListReader::Result list = UserListReader::readFile(path);
    if (!list.ok()) {
        m_importError = list.error;
        updateListStatus();
        return list.error;
    }
    m_importError.clear();
    m_importedPath = path;
    m_imported = list.names;
    {
        // The list lives in m_imported; the edit only shows that a file is in use.
        const QSignalBlocker blocker(m_users);
        m_users->clear();
    }
    updateListStatus();
    Q_EMIT inputChanged();
    return std::nullopt;
}

QStringList EnumerationInputPanel::names() const
{
    if (!m_imported.isEmpty())
        return m_imported;
    return UserListReader::parseText(m_users->toPlainText()).names;
}

EnumerationPlan EnumerationInputPanel::plan() const
{
    EnumerationPlan plan;
    plan.target = m_options;
    m_fields->applyTo(plan.target);
    plan.method = m_method->currentData().value<EnumerationMethod>();
    plan.names = names();
    plan.domain = m_domain->text().trimmed();
    plan.sender = m_sender->text().trimmed();
    plan.connections = m_connections->value();
    plan.ratePerSecond = m_rate->value();
    return plan;
}

std::optional<QString> EnumerationInputPanel::problem() const
{
    if (!m_importError.isEmpty() && m_imported.isEmpty() && m_users->toPlainText().isEmpty())
        return m_importError;
    if (auto problem = m_fields->hostProblem())
        return problem;
    if (auto problem = InputValidation::checkField(m_domain->text(), tr("The domain")))
        return problem;
    if (auto problem = InputValidation::checkField(m_sender->text(), tr("The sender")))
        return problem;
    if (auto problem = plan().validate())
        return problem;
    if (!m_authorised->isChecked())
        return tr("Confirm that you are authorised to test this server.");
    return std::nullopt;
}

void EnumerationInputPanel::setRunning(bool running)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_users, m_importButton, m_method, m_domain, m_sender,
                                           m_connections, m_rate, m_authorised})
        w->setEnabled(!running);
    m_fields->setEnabled(!running);
}

void EnumerationInputPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void EnumerationInputPanel::chooseFile()
{
    // open(), not exec(): a running check elsewhere keeps streaming while the dialog is up.
    auto *dialog = new QFileDialog(this, tr("Import user list"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("User lists (*.txt *.lst)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { importFile(path); });
    dialog->open();
}

void EnumerationInputPanel::onUsersEdited()
{
    // Typing or pasting replaces an imported file: the box is the list again.
    m_imported.clear();
    m_importedPath.clear();
    m_importError.clear();
    updateListStatus();
    Q_EMIT inputChanged();
}

void EnumerationInputPanel::updateListStatus()
{
    QString text;
    if (!m_importError.isEmpty()) {
        text = tr("Could not import the list: %1").arg(m_importError);
    } else if (!m_imported.isEmpty()) {
        text = tr("%n name(s) from %1.", nullptr, int(m_imported.size()))
                   .arg(QFileInfo(m_importedPath).fileName());
    } else {
        const UserListReader::Result list = UserListReader::parseText(m_users->toPlainText());
        text = tr("%n name(s).", nullptr, int(list.names.size()));
        if (list.duplicates > 0)
            text += QLatin1Char(' ') + tr("%n duplicate(s) dropped.", nullptr, list.duplicates);
        if (list.skipped > 0)
            text += QLatin1Char(' ') + tr("%n line(s) skipped.", nullptr, list.skipped);
    }
    m_listStatus->setText(text);
    // A failed import in a warning colour; guidance in the normal one.
    markAsProblem(m_listStatus, !m_importError.isEmpty());
    m_listStatus->setProperty("problem", !m_importError.isEmpty());
}

void EnumerationInputPanel::retranslateUi()
{
    m_fields->retranslateUi();
    m_fields->hostLabel()->setText(tr("Mail &server:"));
    m_usersLabel->setText(tr("&User names, one per line:"));
    m_users->setPlaceholderText(tr("admin\nroot\nsales"));
    m_importButton->setText(tr("&Import file…"));
    m_method->setItemText(0, tr("Auto (pick the method that works)"));
    //: SMTP command names; usually left as is.
    m_method->setItemText(1, tr("VRFY"));
    m_method->setItemText(2, tr("EXPN"));
    m_method->setItemText(3, tr("RCPT TO"));
    m_domain->setPlaceholderText(tr("example.org (optional: probes name@example.org)"));
    m_sender->setPlaceholderText(tr("empty: the null sender <>"));
    m_rate->setSpecialValueText(tr("Unlimited"));
    m_rate->setSuffix(tr(" per second"));
    m_connections->setToolTip(
        tr("At most %1 parallel sessions.").arg(EnumerationPlan::maxConnections));
    const QStringList labels {tr("&Method:"), tr("&Domain:"), tr("S&ender:"), tr("&Connections:"),
                              tr("&Rate cap:")};
    for (qsizetype i = 0; i < m_formLabels.size() && i < labels.size(); ++i)
        m_formLabels.at(i)->setText(labels.at(i));
    m_authorised->setText(tr("I am &authorised to test this server"));
    updateListStatus();
}

} // namespace mxscope
