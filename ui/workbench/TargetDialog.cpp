// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "workbench/TargetDialog.h"

#include "common/AlarmColour.h"
#include "common/TargetFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mxscope {

TargetDialog::TargetDialog(const TargetProfile &target, QWidget *parent)
    : QDialog(parent)
    , m_id(target.id.isEmpty() ? TargetProfile::newId() : target.id)
    , m_fields(new TargetFields(this, QStringLiteral("target")))
    , m_helo(lineEdit("targetHeloEdit"))
    , m_domain(lineEdit("targetDomainEdit"))
    , m_sender(lineEdit("targetSenderEdit"))
    , m_local(lineEdit("targetLocalEdit"))
    , m_external(lineEdit("targetExternalEdit"))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("targetDialog"));
    setWindowTitle(target.host.isEmpty() ? tr("New target") : tr("Edit target"));
    SessionOptions options = target.sessionOptions();
    m_fields->setOptions(options);
    m_helo->setText(target.heloName);
    m_domain->setText(target.domain);
    m_sender->setText(target.sender);
    m_local->setText(target.localRecipient);
    m_external->setText(target.externalRecipient);
    m_domain->setPlaceholderText(tr("example.org"));
    m_sender->setPlaceholderText(tr("tester@example.org"));
    m_local->setPlaceholderText(tr("postmaster@example.org"));
    m_external->setPlaceholderText(tr("a mailbox of yours elsewhere"));

    auto *form = new QFormLayout;
    form->addRow(m_fields->hostLabel(), m_fields->host());
    form->addRow(m_fields->portLabel(), m_fields->port());
    form->addRow(m_fields->securityLabel(), m_fields->security());
    form->addRow(tr("&HELO name:"), m_helo);
    form->addRow(tr("Mail &domain:"), m_domain);
    form->addRow(tr("&Sender:"), m_sender);
    form->addRow(tr("&Local recipient:"), m_local);
    form->addRow(tr("E&xternal recipient:"), m_external);

    m_problem->setObjectName(QStringLiteral("targetProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    QPalette problemPalette = m_problem->palette();
    problemPalette.setColor(QPalette::WindowText,
                            alarmColour(palette().color(QPalette::Base).lightness() < 128));
    m_problem->setPalette(problemPalette);

    auto *note = new QLabel(tr("Passwords are never saved with a target."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &TargetDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &TargetDialog::reject);
    setMinimumWidth(460);
}

QLineEdit *TargetDialog::lineEdit(const char *objectName)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setMaxLength(255);
    return edit;
}

TargetProfile TargetDialog::target() const
{
    TargetProfile target;
    target.id = m_id;
    SessionOptions options;
    m_fields->applyTo(options);
    target.host = options.host;
    target.port = options.port;
    target.tls = options.tls;
    target.heloName = m_helo->text().trimmed();
    target.domain = m_domain->text().trimmed();
    target.sender = m_sender->text().trimmed();
    target.localRecipient = m_local->text().trimmed();
    target.externalRecipient = m_external->text().trimmed();
    return target;
}

void TargetDialog::accept()
{
    if (const auto problem = TargetStore::problem(target())) {
        m_problem->setText(*problem);
        m_problem->show();
        return;
    }
    QDialog::accept();
}

} // namespace mxscope
