// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "workbench/TargetListPanel.h"

#include "workbench/TargetDialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mxscope {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

TargetListPanel::TargetListPanel(QSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_targets(TargetStore::load(*settings))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    m_list->setObjectName(QStringLiteral("targetList"));
    m_add->setObjectName(QStringLiteral("addTargetButton"));
    m_edit->setObjectName(QStringLiteral("editTargetButton"));
    m_remove->setObjectName(QStringLiteral("removeTargetButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &TargetListPanel::addWithDialog);
    connect(m_edit, &QPushButton::clicked, this, &TargetListPanel::editWithDialog);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const auto target = currentTarget())
            removeTarget(target->id);
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &TargetListPanel::editWithDialog);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        updateButtons();
        Q_EMIT currentTargetChanged();
    });
    fill();
    if (!m_targets.isEmpty())
        m_list->setCurrentRow(0);
    retranslateUi();
    updateButtons();
}

std::optional<TargetProfile> TargetListPanel::currentTarget() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_targets.size())
        return std::nullopt;
    return m_targets.at(row);
}

void TargetListPanel::selectTarget(const QString &id)
{
    for (int row = 0; row < m_targets.size(); ++row) {
        if (m_targets.at(row).id == id)
            m_list->setCurrentRow(row);
    }
}

void TargetListPanel::putTarget(const TargetProfile &target)
{
    auto it = std::find_if(m_targets.begin(), m_targets.end(),
                           [&](const TargetProfile &t) { return t.id == target.id; });
    if (it != m_targets.end())
        *it = target;
    else
        m_targets.append(target);
    save();
    fill();
    selectTarget(target.id);
    Q_EMIT currentTargetChanged(); // the same row may now name another server
}

void TargetListPanel::removeTarget(const QString &id)
{
    const auto removed = m_targets.removeIf([&](const TargetProfile &t) { return t.id == id; });
    if (removed == 0)
        return;
    save();
    fill();
    Q_EMIT currentTargetChanged();
}

TargetDialog *TargetListPanel::addWithDialog()
{
    return openDialog(TargetProfile {});
}

TargetDialog *TargetListPanel::editWithDialog()
{
    const auto target = currentTarget();
    return target ? openDialog(*target) : nullptr;
}

TargetDialog *TargetListPanel::openDialog(const TargetProfile &target)
{
    auto *dialog = new TargetDialog(target, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { putTarget(dialog->target()); });
    dialog->open(); // not exec(): runs keep streaming behind it
    return dialog;
}

void TargetListPanel::retranslateUi()
{
    m_add->setText(tr("&Add…"));
    m_add->setToolTip(tr("Add a mail server to test"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
}

void TargetListPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TargetListPanel::fill()
{
    const QSignalBlocker blocker(m_list);
    const auto current = currentTarget();
    m_list->clear();
    for (const TargetProfile &target : std::as_const(m_targets)) {
        auto *item = new QListWidgetItem(target.displayName(), m_list);
        item->setData(IdRole, target.id);
        if (!target.domain.isEmpty())
            item->setToolTip(target.domain.toHtmlEscaped());
    }
    if (current)
        selectTarget(current->id);
    if (m_list->currentRow() < 0 && !m_targets.isEmpty())
        m_list->setCurrentRow(0);
    updateButtons();
}

void TargetListPanel::save()
{
    TargetStore::save(*m_settings, m_targets);
    m_settings->sync();
}

void TargetListPanel::updateButtons()
{
    const bool selected = m_list->currentRow() >= 0;
    m_edit->setEnabled(selected);
    m_remove->setEnabled(selected);
}

} // namespace mxscope
