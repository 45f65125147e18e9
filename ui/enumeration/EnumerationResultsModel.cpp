// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationResultsModel.h"

#include "common/AlarmColour.h"

#include <QApplication>
#include <QPalette>

namespace mxscope {

EnumerationResultsModel::EnumerationResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(batchIntervalMs);
    connect(&m_batchTimer, &QTimer::timeout, this, &EnumerationResultsModel::flush);
}

void EnumerationResultsModel::append(const ProbeResult &probe)
{
    m_pending.append(probe);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void EnumerationResultsModel::flush()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const auto first = int(m_probes.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_probes.append(m_pending);
    m_pending.clear();
    endInsertRows();
    Q_EMIT rowsFlushed();
}

void EnumerationResultsModel::clear()
{
    m_batchTimer.stop();
    beginResetModel();
    m_probes.clear();
    m_pending.clear();
    endResetModel();
}

void EnumerationResultsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_probes.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString EnumerationResultsModel::verdictText(ProbeVerdict verdict)
{
    switch (verdict) {
    case ProbeVerdict::Exists:
        //: Verdict of one probed user name.
        return tr("exists");
    case ProbeVerdict::Absent:
        //: Verdict of one probed user name.
        return tr("absent");
    case ProbeVerdict::Unknown:
        //: Verdict of one probed user name: the reply could not tell.
        return tr("unknown");
    }
    return {};
}

QColor EnumerationResultsModel::verdictColour(ProbeVerdict verdict, bool dark)
{
    switch (verdict) {
    case ProbeVerdict::Exists: // a leak: the server told who exists
        return alarmColour(dark);
    case ProbeVerdict::Absent:
        return dark ? QColor(0x8f, 0xf0, 0xa4) : QColor(0x26, 0xa2, 0x69);
    case ProbeVerdict::Unknown:
        return dark ? QColor(0xc0, 0xbf, 0xbc) : QColor(0x77, 0x76, 0x7b);
    }
    return {};
}

int EnumerationResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_probes.size());
}

int EnumerationResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnumerationResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_probes.size())
        return {};
    const ProbeResult &p = m_probes.at(index.row());
    if (role == VerdictRole)
        return int(p.verdict);
    if (role == SortRole && index.column() == LatencyColumn)
        return p.latencyMs;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (Column(index.column())) {
        case NameColumn:
            return p.name;
        case MethodColumn:
            return displayName(p.method);
        case ReplyColumn:
            // No reply at all (throttled out): say why instead of an empty cell.
            return p.reply.code == 0 ? p.note : p.reply.summary();
        case VerdictColumn:
            return verdictText(p.verdict);
        case LatencyColumn:
            return tr("%1 ms").arg(p.latencyMs);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ReplyColumn) {
        QString text = p.reply.code == 0 ? p.note : p.reply.text();
        if (!p.members.isEmpty())
            text += QLatin1Char('\n') + tr("Members: %1").arg(p.members.join(QStringLiteral(", ")));
        return text.toHtmlEscaped(); // tooltips render markup; server text must not
    }
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn) {
        const QPalette palette = QApplication::palette();
        const bool dark = palette.color(QPalette::Base).lightness() < 128;
        return verdictColour(p.verdict, dark);
    }
    if (role == Qt::TextAlignmentRole && index.column() == LatencyColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EnumerationResultsModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case MethodColumn:
        return tr("Method");
    case ReplyColumn:
        return tr("Reply");
    case VerdictColumn:
        return tr("Verdict");
    case LatencyColumn:
        return tr("Latency");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace mxscope
