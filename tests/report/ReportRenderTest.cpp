// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The HTML report as a browser draws it: headless Chromium renders a report of a real
// audit to a PNG. Skipped (with the reason) when Chromium is not installed.
#include "ReportTestRuns.h"
#include "report/ReportFiles.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

QString chromium()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

} // namespace

TEST(ReportRenderTest, HeadlessChromiumRendersTheReport)
{
    const QString browser = chromium();
    if (browser.isEmpty())
        GTEST_SKIP() << "chromium is not installed (apt-get install chromium); the report was "
                        "not rendered";
    const RunRecord record = auditPractice(
        *PracticeProfile::byName(QStringLiteral("leaky")),
        {QStringLiteral("banner"), QStringLiteral("relay"), QStringLiteral("enumeration")});
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    const QString png = dir.filePath(QStringLiteral("report.png"));
    QString error;
    ASSERT_TRUE(ReportFiles::saveHtml(record, html, &error)) << error.toStdString();

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(browser,
                  {QStringLiteral("--headless"), QStringLiteral("--no-sandbox"),
                   QStringLiteral("--disable-gpu"),
                   QStringLiteral("--disable-background-networking"),
                   QStringLiteral("--user-data-dir=") + dir.filePath(QStringLiteral("profile")),
                   QStringLiteral("--screenshot=") + png, QStringLiteral("--window-size=1280,2000"),
                   QUrl::fromLocalFile(html).toString()});
    ASSERT_TRUE(process.waitForStarted(10'000)) << process.errorString().toStdString();
    const bool ended = process.waitForFinished(90'000);
    if (!ended)
        process.kill();
    ASSERT_TRUE(ended) << "chromium did not finish in 90 s";
    EXPECT_EQ(process.exitCode(), 0) << process.readAll().toStdString();
    QFile image(png);
    ASSERT_TRUE(image.open(QIODevice::ReadOnly)) << "no screenshot was written";
    const QByteArray bytes = image.readAll();
    EXPECT_TRUE(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    EXPECT_GT(bytes.size(), 20'000) << "the screenshot is suspiciously small";
    // Keep a copy where a person can look at it after a run.
    if (const QByteArray keep = qgetenv("MXSCOPE_REPORT_SCREENSHOT"); !keep.isEmpty()) {
        QFile::remove(QString::fromLocal8Bit(keep));
        QFile::remove(QString::fromLocal8Bit(keep) + QStringLiteral(".html"));
        QFile::copy(png, QString::fromLocal8Bit(keep));
        QFile::copy(html, QString::fromLocal8Bit(keep) + QStringLiteral(".html"));
    }
}
