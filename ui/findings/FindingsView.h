// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"

#include <QTreeWidget>

namespace mxscope {

// The findings of a run as a flat list (severity, title, detail), worst first.
// Each item carries its finding's id in IdRole, so tests and callers can find it.
class FindingsView : public QTreeWidget
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, TitleColumn, DetailColumn, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit FindingsView(QWidget *parent = nullptr);

    void setFindings(const QList<Finding> &findings);
    const QList<Finding> &findings() const { return m_findings; }
    // The finding under the cursor, or nullptr.
    const Finding *currentFinding() const;
    static QString severityName(Severity severity);
    void retranslateUi();

Q_SIGNALS:
    void currentFindingChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    QColor severityColour(Severity severity) const;

    QList<Finding> m_findings;
};

} // namespace mxscope
