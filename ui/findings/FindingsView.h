// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"

#include <QTreeWidget>

namespace mxscope {

// The findings of a run as a flat list (severity, check, title, detail), worst first,
// sortable by any column (severity sorts by rank) and filterable by minimum severity.
// Each item carries its finding's id in IdRole, so tests and callers can find it.
// Double-clicking a finding asks to show its evidence in the transcript.
class FindingsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, TitleColumn, DetailColumn, CheckColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int IndexRole = Qt::UserRole + 2; // into findings()
    static constexpr int RankRole = Qt::UserRole + 3; // severity as a number, for sorting

    explicit FindingsView(QWidget *parent = nullptr);

    // checkTitles, when given, names each finding's check (same length as findings).
    void setFindings(const QList<Finding> &findings, const QStringList &checkTitles = {});
    void appendFinding(const Finding &finding, const QString &checkTitle = {});
    // Hides findings below severity.
    void setMinimumSeverity(Severity severity);
    Severity minimumSeverity() const { return m_minimum; }
    int visibleCount() const;
    const QList<Finding> &findings() const { return m_findings; }
    // The finding under the cursor, or nullptr.
    const Finding *currentFinding() const;
    static QString severityName(Severity severity);
    void retranslateUi();

Q_SIGNALS:
    void currentFindingChanged();
    void evidenceRequested(const QList<qsizetype> &entryIndexes);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    QTreeWidgetItem *makeItem(int index) const;
    QColor severityColour(Severity severity) const;

    QList<Finding> m_findings;
    QStringList m_checkTitles;
    Severity m_minimum = Severity::Info;
};

} // namespace mxscope
