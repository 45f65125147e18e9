// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "window/TargetBar.h"

#include "common/AlarmColour.h"
#include "common/TargetFields.h"

#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace mxscope {

TargetBar::TargetBar(QWidget *parent)
    : QWidget(parent)
    , m_fields(new TargetFields(this))
    , m_run(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_problem(new QLabel(this))
{
    m_run->setObjectName(QStringLiteral("runButton"));
    m_run->setDefault(true);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_problem->setObjectName(QStringLiteral("inputProblemLabel"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    applyProblemColour();

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fields->hostLabel(), 0, 0);
    layout->addWidget(m_fields->host(), 0, 1);
    layout->addWidget(m_fields->portLabel(), 0, 2);
    layout->addWidget(m_fields->port(), 0, 3);
    layout->addWidget(m_fields->securityLabel(), 0, 4);
    layout->addWidget(m_fields->security(), 0, 5);
    layout->addWidget(m_run, 0, 6);
    layout->addWidget(m_cancel, 0, 7);
    layout->addWidget(m_problem, 1, 1, 1, 7);
    layout->setColumnStretch(1, 1);
    layout->setColumnMinimumWidth(1, 200);

    connect(m_run, &QPushButton::clicked, this, &TargetBar::runRequested);
    connect(m_fields->host(), &QLineEdit::returnPressed, this, [this] {
        if (m_run->isEnabled())
            Q_EMIT runRequested();
    });
    connect(m_cancel, &QPushButton::clicked, this, &TargetBar::cancelRequested);
    connect(m_fields->host(), &QLineEdit::textEdited, this, &TargetBar::clearProblem);
    retranslateUi();
}

SessionOptions TargetBar::options() const
{
    SessionOptions options;
    m_fields->applyTo(options);
    return options;
}

void TargetBar::setOptions(const SessionOptions &options)
{
    m_fields->setOptions(options);
}

std::optional<QString> TargetBar::validate() const
{
    return m_fields->hostProblem();
}

void TargetBar::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    m_fields->host()->setFocus();
}

void TargetBar::clearProblem()
{
    m_problem->clear();
    m_problem->hide();
}

void TargetBar::setRunning(bool running)
{
    m_fields->setEnabled(!running);
    m_run->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void TargetBar::retranslateUi()
{
    m_fields->retranslateUi();
    m_run->setText(tr("Run banner check"));
    m_cancel->setText(tr("Cancel"));
}

void TargetBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyProblemColour();
}

void TargetBar::applyProblemColour()
{
    markAsProblem(m_problem, true);
}

} // namespace mxscope
