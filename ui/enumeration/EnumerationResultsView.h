// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableView;

namespace mxscope {

class EnumerationFilterProxy;
class EnumerationResultsModel;

// The live results table of an enumeration with its filters (text, verdict) and the
// Export CSV button, which is enabled once there are rows.
//
//   auto *view = new EnumerationResultsView(model, this);
//   connect(view, &EnumerationResultsView::exportRequested, this, &Window::chooseCsvFile);
class EnumerationResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit EnumerationResultsView(EnumerationResultsModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    EnumerationFilterProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    void exportRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyVerdictFilter();
    void updateExportButton();

    EnumerationResultsModel *m_model;
    EnumerationFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_verdictFilter;
    QPushButton *m_export;
    QTableView *m_table;
};

} // namespace mxscope
