// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/TranscriptView.h"

#include "transcript/TranscriptModel.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

#include <algorithm>

namespace mxscope {

TranscriptView::TranscriptView(QWidget *parent)
    : QTableView(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setSelectionBehavior(SelectRows);
    setSelectionMode(ExtendedSelection);
    setEditTriggers(NoEditTriggers);
    setShowGrid(false);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setCornerButtonEnabled(false);
    // Fixed row heights keep a million rows cheap: no per-row size hints are asked for.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    horizontalHeader()->setFont(QApplication::font()); // only the rows are monospace
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);

    QScrollBar *bar = verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_followTail = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar](int, int max) {
        if (m_followTail)
            bar->setValue(max);
    });
}

void TranscriptView::setTranscriptModel(TranscriptModel *model)
{
    m_model = model;
    setModel(model);
    applyColours();
    fitColumns();
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_followTail = true; });
}

void TranscriptView::showEntries(const QList<qsizetype> &entryIndexes)
{
    if (!m_model)
        return;
    clearSelection();
    int firstRow = -1;
    for (const qsizetype entryIndex : entryIndexes) {
        const int row = m_model->rowForEntry(entryIndex);
        if (row < 0)
            continue;
        selectionModel()->select(m_model->index(row, 0),
                                 QItemSelectionModel::Select | QItemSelectionModel::Rows);
        firstRow = firstRow < 0 ? row : std::min(firstRow, row);
    }
    if (firstRow >= 0) {
        m_followTail = false; // the user asked to look at these lines; don't pull them away
        selectionModel()->setCurrentIndex(m_model->index(firstRow, 0),
                                          QItemSelectionModel::NoUpdate);
        scrollTo(m_model->index(firstRow, 0), PositionAtCenter);
    }
}

void TranscriptView::showRow(int row)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    m_followTail = false;
    const QModelIndex index = m_model->index(row, TranscriptModel::TextColumn);
    selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index, PositionAtCenter);
}

void TranscriptView::changeEvent(QEvent *event)
{
    QTableView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColours();
    else if (event->type() == QEvent::LanguageChange)
        fitColumns();
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        return;
    }
    QTableView::keyPressEvent(event);
}

void TranscriptView::applyColours()
{
    if (m_model)
        m_model->setColours(TranscriptColours::forPalette(palette()));
}

void TranscriptView::fitColumns()
{
    if (!m_model)
        return;
    // Sized from the possible texts rather than the rows: cheap however long the transcript.
    const QFontMetrics cells = fontMetrics();
    const QFontMetrics header = horizontalHeader()->fontMetrics();
    const auto headerWidth = [&](int column) {
        return header.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString())
            + 24;
    };
    const int timeWidth = cells.horizontalAdvance(QStringLiteral("00:00:00.000")) + 16;
    setColumnWidth(TranscriptModel::TimeColumn,
                   std::max(timeWidth, headerWidth(TranscriptModel::TimeColumn)));
    int directionWidth = headerWidth(TranscriptModel::DirectionColumn);
    for (const auto direction :
         {TranscriptDirection::Sent, TranscriptDirection::Received, TranscriptDirection::Event}) {
        for (const bool tls : {false, true}) {
            const QString name = TranscriptModel::directionName(direction, tls);
            directionWidth = std::max(directionWidth, cells.horizontalAdvance(name) + 16);
        }
    }
    setColumnWidth(TranscriptModel::DirectionColumn, directionWidth);
}

void TranscriptView::copySelection()
{
    if (!m_model)
        return;
    QModelIndexList rows = selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const QModelIndex &index : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < TranscriptModel::ColumnCount; ++column)
            cells.append(m_model->index(index.row(), column).data().toString());
        lines.append(cells.join(QLatin1Char('\t')));
    }
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace mxscope
