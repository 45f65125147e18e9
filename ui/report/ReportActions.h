// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/RunRecord.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace mxscope {

// Saving a run's reports from any window: the HTML report, the JSON report and every result
// table as CSV, each chosen with a (non-modal, Qt) file dialog and written atomically.
// The run comes from a source asked at save time, so a window can offer the actions before
// and during a run:
//
//   auto *reports = new ReportActions(this, [this] { return currentRecord(); }, this);
//   fileMenu->addMenu(reports->menu());              // or addAction(reports->saveHtmlAction())
//   connect(reports, &ReportActions::saved, statusBar(), ...);
//
// Object names: saveHtmlAction, saveJsonAction, exportCsvAction; the dialogs while open:
// saveReportDialog, saveJsonDialog, exportCsvDialog.
class ReportActions : public QObject
{
    Q_OBJECT

public:
    using RecordSource = std::function<std::optional<RunRecord>()>;

    // dialogParent: the window the file dialogs belong to.
    ReportActions(QWidget *dialogParent, RecordSource source, QObject *parent = nullptr);

    QAction *saveHtmlAction() const { return m_html; }
    QAction *saveJsonAction() const { return m_json; }
    QAction *exportCsvAction() const { return m_csv; }
    // The three actions in a "Save report" menu, owned by dialogParent.
    QMenu *menu();
    // Enables the actions (e.g. once a run has results).
    void setEnabled(bool enabled);

    // The writes themselves, without dialogs; true when the file(s) were written.
    bool saveHtml(const QString &path);
    bool saveJson(const QString &path);
    bool exportCsv(const QString &directory);

public Q_SLOTS:
    void chooseHtmlFile();
    void chooseJsonFile();
    void chooseCsvDirectory();

Q_SIGNALS:
    // A translated sentence for a status line.
    void saved(const QString &message);
    void saveFailed(const QString &message);

private:
    void retranslate();
    bool eventFilter(QObject *watched, QEvent *event) override;
    QString suggestedName(const QString &suffix) const;
    void openDialog(const QString &objectName, const QString &title, const QString &filter,
                    const QString &suffix, const std::function<void(const QString &)> &onChosen);
    bool report(bool ok, const QString &message, const QString &error);

    QWidget *m_dialogParent;
    RecordSource m_source;
    QAction *m_html;
    QAction *m_json;
    QAction *m_csv;
    QMenu *m_menu = nullptr;
};

} // namespace mxscope
