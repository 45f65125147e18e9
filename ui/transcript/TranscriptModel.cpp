// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/TranscriptModel.h"

#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringMatcher>

#include <algorithm>
#include <iterator>

namespace mxscope {

TranscriptModel::TranscriptModel(QObject *parent, qsizetype maxRows)
    : QAbstractTableModel(parent)
    , m_maxRows(std::max<qsizetype>(1, maxRows))
    , m_colours(TranscriptColours::forPalette(QGuiApplication::palette()))
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(DefaultBatchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::append(const TranscriptEntry &entry)
{
    m_pending.append(entry);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void TranscriptModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const qsizetype droppedBefore = m_dropped;
    // A batch larger than the cap: only its newest entries can ever be shown.
    if (m_pending.size() >= m_maxRows) {
        const qsizetype skipped = m_pending.size() - m_maxRows;
        m_pending.remove(0, skipped);
        m_dropped += skipped;
        dropOldest(qsizetype(m_rows.size()));
    } else if (qsizetype(m_rows.size()) + m_pending.size() > m_maxRows) {
        const qsizetype overflow = qsizetype(m_rows.size()) + m_pending.size() - m_maxRows;
        dropOldest(std::min(qsizetype(m_rows.size()), std::max(overflow, m_maxRows / 10)));
    }
    const auto first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
    m_pending.clear();
    endInsertRows();
    if (m_dropped != droppedBefore)
        Q_EMIT droppedCountChanged(m_dropped);
}

void TranscriptModel::dropOldest(qsizetype count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, int(count) - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count); // nothing behind them moves
    m_dropped += count;
    endRemoveRows();
}

void TranscriptModel::clear()
{
    m_batchTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    const bool hadDropped = m_dropped != 0;
    m_dropped = 0;
    endResetModel();
    if (hadDropped)
        Q_EMIT droppedCountChanged(0);
}

void TranscriptModel::setColours(const TranscriptColours &colours)
{
    m_colours = colours;
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ForegroundRole});
}

void TranscriptModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int TranscriptModel::rowForEntry(qsizetype entryIndex) const
{
    const qsizetype row = entryIndex - m_dropped;
    return row >= 0 && row < qsizetype(m_rows.size()) ? int(row) : -1;
}

int TranscriptModel::findRow(const QString &needle, int from, bool backwards) const
{
    const auto rows = int(m_rows.size());
    if (needle.isEmpty() || rows == 0)
        return -1;
    const QStringMatcher matcher(needle, Qt::CaseInsensitive); // built once, not per row
    const int step = backwards ? -1 : 1;
    int row = from;
    for (int visited = 0; visited < rows; ++visited) {
        row = ((row + step) % rows + rows) % rows;
        if (matcher.indexIn(m_rows[std::size_t(row)].text) >= 0)
            return row;
    }
    return -1;
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TranscriptModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TranscriptEntry &e = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(e.timestampMs)
                .toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn:
            return directionName(e.direction, e.tls);
        case TextColumn:
            return e.text; // shown as plain text by the default delegate, never as markup
        }
        return {};
    case Qt::ForegroundRole:
        return m_colours.colourFor(e);
    case Qt::FontRole:
        if (e.direction == TranscriptDirection::Event) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return toolTip(e);
    case DirectionRole:
        return int(e.direction);
    case EntryIndexRole:
        return qlonglong(m_dropped + index.row());
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

QString TranscriptModel::directionName(TranscriptDirection direction, bool tls)
{
    switch (direction) {
    case TranscriptDirection::Sent:
        return tls ? tr("Sent (TLS)") : tr("Sent");
    case TranscriptDirection::Received:
        return tls ? tr("Received (TLS)") : tr("Received");
    case TranscriptDirection::Event:
        return tr("Event");
    }
    return {};
}

QString TranscriptModel::toolTip(const TranscriptEntry &entry) const
{
    // Tooltips guess at rich text, so server text is escaped and wrapped in markup on purpose.
    const QString when = QDateTime::fromMSecsSinceEpoch(entry.timestampMs)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    return QStringLiteral("<p style='white-space:pre-wrap'><b>%1</b> · %2<br/>%3</p>")
        .arg(directionName(entry.direction, entry.tls).toHtmlEscaped(), when,
             entry.text.toHtmlEscaped());
}

} // namespace mxscope
