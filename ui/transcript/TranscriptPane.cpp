// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/TranscriptPane.h"

#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mxscope {

TranscriptPane::TranscriptPane(TranscriptModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_search(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_status(new QLabel(this))
    , m_dropped(new QLabel(this))
    , m_view(new TranscriptView(this))
{
    m_view->setObjectName(QStringLiteral("transcriptView"));
    m_view->setTranscriptModel(model);
    m_search->setObjectName(QStringLiteral("transcriptSearchEdit"));
    m_search->setClearButtonEnabled(true);
    m_next->setObjectName(QStringLiteral("findNextButton"));
    m_previous->setObjectName(QStringLiteral("findPreviousButton"));
    m_copy->setObjectName(QStringLiteral("copyLinesButton"));
    m_dropped->setObjectName(QStringLiteral("droppedLinesLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_dropped->setTextFormat(Qt::PlainText);
    m_dropped->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(m_search, 1);
    row->addWidget(m_previous);
    row->addWidget(m_next);
    row->addWidget(m_status);
    row->addStretch(0);
    row->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_dropped);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::returnPressed, this, &TranscriptPane::findNext);
    connect(m_search, &QLineEdit::textChanged, m_status, &QLabel::clear);
    connect(m_next, &QToolButton::clicked, this, &TranscriptPane::findNext);
    connect(m_previous, &QToolButton::clicked, this, &TranscriptPane::findPrevious);
    connect(m_copy, &QToolButton::clicked, m_view, &TranscriptView::copySelection);
    connect(model, &TranscriptModel::droppedCountChanged, this, &TranscriptPane::updateDropped);

    // F3 / Shift+F3 wherever the focus is in the pane; Ctrl+F is the window's.
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &TranscriptPane::findNext);
    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &TranscriptPane::findPrevious);
    addActions({next, previous});
    retranslateUi();
}

bool TranscriptPane::findNext()
{
    return find(false);
}

bool TranscriptPane::findPrevious()
{
    return find(true);
}

bool TranscriptPane::find(bool backwards)
{
    const QModelIndex current = m_view->currentIndex();
    const int from = current.isValid() ? current.row() : (backwards ? m_model->rowCount() : -1);
    const int row = m_model->findRow(m_search->text(), from, backwards);
    if (row < 0) {
        m_status->setText(m_search->text().isEmpty() ? QString() : tr("Not found"));
        return false;
    }
    m_status->clear();
    m_view->showRow(row);
    return true;
}

void TranscriptPane::updateDropped()
{
    const qsizetype dropped = m_model->droppedCount();
    m_dropped->setVisible(dropped > 0);
    // %n takes an int; the count is formatted separately so billions still read right.
    m_dropped->setText(
        tr("%1 older line(s) not shown (the view keeps the newest %2).", nullptr,
           int(std::min<qsizetype>(dropped, 1'000'000'000)))
            .arg(QLocale().toString(dropped), QLocale().toString(m_model->maxRows())));
}

void TranscriptPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void TranscriptPane::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search the transcript"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Find the next line containing the text (F3)"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Find the previous line containing the text (Shift+F3)"));
    m_copy->setText(tr("Copy lines"));
    m_copy->setToolTip(tr("Copy the selected lines (Ctrl+C)"));
    updateDropped();
}

} // namespace mxscope
