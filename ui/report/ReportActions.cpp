// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/ReportActions.h"

#include "report/ReportFiles.h"

#include <QAction>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QWidget>

namespace mxscope {

ReportActions::ReportActions(QWidget *dialogParent, RecordSource source, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
    , m_source(std::move(source))
    , m_html(new QAction(this))
    , m_json(new QAction(this))
    , m_csv(new QAction(this))
{
    m_html->setObjectName(QStringLiteral("saveHtmlAction"));
    m_json->setObjectName(QStringLiteral("saveJsonAction"));
    m_csv->setObjectName(QStringLiteral("exportCsvAction"));
    connect(m_html, &QAction::triggered, this, &ReportActions::chooseHtmlFile);
    connect(m_json, &QAction::triggered, this, &ReportActions::chooseJsonFile);
    connect(m_csv, &QAction::triggered, this, &ReportActions::chooseCsvDirectory);
    // The dialog parent's LanguageChange reaches us through the filter.
    if (m_dialogParent)
        m_dialogParent->installEventFilter(this);
    retranslate();
}

QMenu *ReportActions::menu()
{
    if (!m_menu) {
        m_menu = new QMenu(m_dialogParent);
        m_menu->setObjectName(QStringLiteral("saveReportMenu"));
        m_menu->addActions({m_html, m_json, m_csv});
        retranslate();
    }
    return m_menu;
}

void ReportActions::setEnabled(bool enabled)
{
    for (QAction *action : {m_html, m_json, m_csv})
        action->setEnabled(enabled);
}

bool ReportActions::saveHtml(const QString &path)
{
    const auto record = m_source();
    QString error = tr("There are no results to save yet.");
    const bool ok = record && ReportFiles::saveHtml(*record, path, &error);
    return report(ok, tr("HTML report saved to %1.").arg(path), error);
}

bool ReportActions::saveJson(const QString &path)
{
    const auto record = m_source();
    QString error = tr("There are no results to save yet.");
    const bool ok = record && ReportFiles::saveJson(*record, path, &error);
    return report(ok, tr("JSON report saved to %1.").arg(path), error);
}

bool ReportActions::exportCsv(const QString &directory)
{
    const auto record = m_source();
    QString error = tr("There are no results to save yet.");
    QStringList written;
    const bool ok = record && ReportFiles::saveCsv(*record, directory, &written, &error);
    return report(
        ok, tr("%n table(s) saved as CSV in %1.", nullptr, int(written.size())).arg(directory),
        error);
}

void ReportActions::chooseHtmlFile()
{
    openDialog(QStringLiteral("saveReportDialog"), tr("Save HTML report"),
               tr("HTML files (*.html *.htm)"), QStringLiteral("html"),
               [this](const QString &path) { saveHtml(path); });
}

void ReportActions::chooseJsonFile()
{
    openDialog(QStringLiteral("saveJsonDialog"), tr("Save JSON report"), tr("JSON files (*.json)"),
               QStringLiteral("json"), [this](const QString &path) { saveJson(path); });
}

void ReportActions::chooseCsvDirectory()
{
    // Not exec(): the window keeps running behind the dialog. Qt's own dialog, so tests and
    // every desktop behave the same.
    auto *dialog = new QFileDialog(m_dialogParent, tr("Folder for the CSV tables"));
    dialog->setObjectName(QStringLiteral("exportCsvDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ReportActions::exportCsv);
    dialog->open();
}

void ReportActions::openDialog(const QString &objectName, const QString &title,
                               const QString &filter, const QString &suffix,
                               const std::function<void(const QString &)> &onChosen)
{
    auto *dialog = new QFileDialog(m_dialogParent, title);
    dialog->setObjectName(objectName);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(suffix);
    dialog->selectFile(suggestedName(suffix));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, onChosen);
    dialog->open();
}

QString ReportActions::suggestedName(const QString &suffix) const
{
    const auto record = m_source();
    QString host = record ? record->target.host : QString();
    // Only characters every file system accepts; the host is whatever the user typed.
    for (QChar &c : host) {
        if (!c.isLetterOrNumber() && c != u'.' && c != u'-')
            c = u'_';
    }
    const QString date = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    return QStringLiteral("mxscope-%1-%2.%3")
        .arg(host.isEmpty() ? QStringLiteral("report") : host.left(64), date, suffix);
}

bool ReportActions::report(bool ok, const QString &message, const QString &error)
{
    if (ok)
        Q_EMIT saved(message);
    else
        Q_EMIT saveFailed(error);
    return ok;
}

bool ReportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialogParent && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void ReportActions::retranslate()
{
    m_html->setText(tr("Save &HTML report…"));
    m_json->setText(tr("Save &JSON report…"));
    m_csv->setText(tr("Export tables as &CSV…"));
    m_html->setToolTip(tr("A self-contained report to hand over: grade, findings, evidence, "
                          "charts and the transcript."));
    m_json->setToolTip(tr("The machine-readable report; two of them can be compared."));
    m_csv->setToolTip(tr("Every result table as a CSV file in a folder of your choice."));
    if (m_menu)
        m_menu->setTitle(tr("Save &report"));
}

} // namespace mxscope
