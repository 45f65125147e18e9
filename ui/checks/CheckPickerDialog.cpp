// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/CheckPickerDialog.h"

#include "audit/CheckCatalogue.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mxscope {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int AuthorisationRole = Qt::UserRole + 2;

} // namespace

CheckPickerDialog::CheckPickerDialog(const QString &targetName, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_description(new QLabel(this))
    , m_authorised(new QCheckBox(tr("I am authorised to test this server"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("checkPickerDialog"));
    setWindowTitle(tr("Run checks on %1").arg(targetName));
    m_list->setObjectName(QStringLiteral("checkList"));
    m_description->setObjectName(QStringLiteral("checkDescriptionLabel"));
    m_authorised->setObjectName(QStringLiteral("authorisedCheckBox"));
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setMinimumHeight(m_description->fontMetrics().lineSpacing() * 3);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));

    for (const CheckInfo &info : CheckCatalogue::all()) {
        const QString title = info.needsAuthorisation
            ? tr("%1 (sends mail or loads the server)").arg(info.title())
            : info.title();
        auto *item = new QListWidgetItem(title, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(IdRole, info.id);
        item->setData(AuthorisationRole, info.needsAuthorisation);
        item->setToolTip(info.description().toHtmlEscaped());
    }
    if (m_list->count() == 0)
        m_description->setText(tr("No checks are available in this build."));

    auto *defaults = new QPushButton(tr("Select the &full audit"), this);
    defaults->setObjectName(QStringLiteral("selectDefaultChecksButton"));
    auto *note = new QLabel(tr("Test only servers you are authorised to test. Checks marked as "
                               "sending mail or loading the server need your confirmation."),
                            this);
    note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_description);
    layout->addWidget(defaults, 0, Qt::AlignLeft);
    layout->addWidget(note);
    layout->addWidget(m_authorised);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!item)
            return;
        if (const CheckInfo *info = CheckCatalogue::find(item->data(IdRole).toString()))
            m_description->setText(info->description());
    });
    connect(m_list, &QListWidget::itemChanged, this, &CheckPickerDialog::updateState);
    connect(m_authorised, &QCheckBox::toggled, this, &CheckPickerDialog::updateState);
    connect(defaults, &QPushButton::clicked, this,
            [this] { setSelectedIds(CheckCatalogue::defaultAuditIds()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canRun())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    resize(520, 460);
    updateState();
}

QStringList CheckPickerDialog::selectedIds() const
{
    QStringList ids;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            ids.append(m_list->item(row)->data(IdRole).toString());
    }
    return ids;
}

void CheckPickerDialog::setSelectedIds(const QStringList &ids)
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        item->setCheckState(ids.contains(item->data(IdRole).toString()) ? Qt::Checked
                                                                        : Qt::Unchecked);
    }
}

bool CheckPickerDialog::needsAuthorisation() const
{
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        if (item->checkState() == Qt::Checked && item->data(AuthorisationRole).toBool())
            return true;
    }
    return false;
}

bool CheckPickerDialog::authorised() const
{
    return m_authorised->isChecked();
}

bool CheckPickerDialog::canRun() const
{
    return !selectedIds().isEmpty() && (!needsAuthorisation() || authorised());
}

void CheckPickerDialog::updateState()
{
    m_authorised->setEnabled(needsAuthorisation());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canRun());
}

} // namespace mxscope
