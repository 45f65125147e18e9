// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The GUI side of the reports: ReportActions saving through its file dialogs, and the
// before/after comparison dialog.
#include "QtPrinters.h"
#include "ReportTestRuns.h"
#include "SignalWait.h"
#include "compare/ReportCompareDialog.h"
#include "report/ReportActions.h"
#include "report/ReportFiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

// Accepts the file dialog called objectName once it is open, with path chosen.
bool acceptDialog(QWidget &window, const QString &objectName, const QString &path)
{
    QFileDialog *dialog = nullptr;
    if (!waitUntil([&] {
            dialog = window.findChild<QFileDialog *>(objectName);
            return dialog && dialog->isVisible();
        }))
        return false;
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog makes accept() protected
    return true;
}

} // namespace

TEST(ReportActionsTest, SavesEachFormatThroughItsDialog)
{
    QWidget window;
    window.show();
    const RunRecord record = sampleRecord();
    ReportActions actions(&window, [&] { return std::optional<RunRecord>(record); });
    QSignalSpy saved(&actions, &ReportActions::saved);
    QTemporaryDir dir;

    actions.saveHtmlAction()->trigger();
    const QString html = dir.filePath(QStringLiteral("r.html"));
    ASSERT_TRUE(acceptDialog(window, QStringLiteral("saveReportDialog"), html));
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(htmlFile.readAll().contains("id=\"check-2-relay\""));

    actions.saveJsonAction()->trigger();
    const QString json = dir.filePath(QStringLiteral("r.json"));
    ASSERT_TRUE(acceptDialog(window, QStringLiteral("saveJsonDialog"), json));
    QString error;
    ASSERT_TRUE(ReportFiles::loadJson(json, &error).has_value()) << error.toStdString();

    const QString csv = dir.filePath(QStringLiteral("tables"));
    ASSERT_TRUE(QDir().mkpath(csv));
    actions.exportCsvAction()->trigger();
    ASSERT_TRUE(acceptDialog(window, QStringLiteral("exportCsvDialog"), csv));
    EXPECT_TRUE(QFile::exists(csv + QStringLiteral("/relay-variants.csv")));

    ASSERT_EQ(saved.size(), 3);
    EXPECT_TRUE(saved.at(0).at(0).toString().contains(html));
}

TEST(ReportActionsTest, SaysSoWhenThereIsNothingToSave)
{
    QWidget window;
    ReportActions actions(&window, [] { return std::optional<RunRecord>(); });
    QSignalSpy failed(&actions, &ReportActions::saveFailed);
    QTemporaryDir dir;
    EXPECT_FALSE(actions.saveHtml(dir.filePath(QStringLiteral("x.html"))));
    ASSERT_EQ(failed.size(), 1);
    EXPECT_FALSE(QFile::exists(dir.filePath(QStringLiteral("x.html"))));
    EXPECT_NE(actions.menu(), nullptr);
    EXPECT_EQ(actions.menu()->actions().size(), 3);
}

TEST(ReportCompareDialogTest, ShowsFixedNewAndUnchangedLists)
{
    QTemporaryDir dir;
    RunRecord before = sampleRecord();
    RunRecord after = sampleRecord();
    after.checks[1].findings.clear(); // the open relay was fixed
    after.checks[0].findings.append({QStringLiteral("banner.help-enabled"),
                                     Severity::Info,
                                     QStringLiteral("HELP is answered"),
                                     {},
                                     {},
                                     {}});
    const QString a = dir.filePath(QStringLiteral("a.json"));
    const QString b = dir.filePath(QStringLiteral("b.json"));
    QString error;
    ASSERT_TRUE(ReportFiles::saveJson(before, a, &error));
    ASSERT_TRUE(ReportFiles::saveJson(after, b, &error));

    ReportCompareDialog dialog;
    dialog.show();
    ASSERT_TRUE(dialog.compareFiles(a, b));
    auto list = [&](const char *name) {
        return dialog.findChild<QListWidget *>(QString::fromLatin1(name))->count();
    };
    EXPECT_EQ(list("fixedList"), 1);
    EXPECT_EQ(list("newList"), 1);
    EXPECT_EQ(list("unchangedList"), 1);
    const QString summary
        = dialog.findChild<QLabel *>(QStringLiteral("compareSummaryLabel"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("F → B"))) << summary.toStdString();

    EXPECT_FALSE(dialog.compareFiles(a, dir.filePath(QStringLiteral("missing.json"))));
    EXPECT_EQ(list("fixedList"), 0);
}
