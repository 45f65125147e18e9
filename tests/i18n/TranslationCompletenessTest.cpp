// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The Japanese catalogue must be whole: every message the sources have today, each with a
// finished, non-empty translation that keeps the source's placeholders. English needs only
// its plural forms (elsewhere the source text is the English). Refresh and translate with:
//   cmake --build <dir> --target update_translations   (then edit translations/*.ts)
#include "TsCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

#include <gtest/gtest.h>

using namespace mxscope::testing;

namespace {

const QString translationsDir = QStringLiteral(MXSCOPE_TRANSLATIONS_DIR);
// Enough lines to find the strings, few enough to read.
constexpr int shownProblems = 25;

std::string report(const QStringList &problems)
{
    QStringList shown = problems.mid(0, shownProblems);
    if (problems.size() > shownProblems)
        shown.append(QStringLiteral("... and %1 more").arg(problems.size() - shownProblems));
    return QStringLiteral("%1 problem(s):\n  %2")
        .arg(problems.size())
        .arg(shown.join(QStringLiteral("\n  ")))
        .toStdString();
}

TsCatalogue readCatalogue(const QString &name)
{
    return TsCatalogue::read(translationsDir + QLatin1Char('/') + name);
}

QStringList unfinished(const TsCatalogue &catalogue, bool pluralsOnly)
{
    QStringList problems;
    for (const TsMessage &message : catalogue.messages) {
        if (pluralsOnly && !message.numerus)
            continue;
        if (!message.type.isEmpty())
            problems.append(message.type + QStringLiteral(": ") + message.describe());
        else if (message.forms.isEmpty() || message.forms.contains(QString()))
            problems.append(QStringLiteral("empty: ") + message.describe());
    }
    return problems;
}

// Runs lupdate over the build's own project description (the one `update_translations`
// uses) into a scratch copy of the catalogue, so the source tree stays untouched.
TsCatalogue catalogueFromSources(const QString &name, QString *error)
{
    QTemporaryDir scratch;
    const QString project = scratch.filePath(QStringLiteral("project.json"));
    const QString ts = scratch.filePath(name);
    if (!QFileInfo::exists(QStringLiteral(MXSCOPE_LUPDATE_PROJECT_IN))) {
        *error = QStringLiteral("no lupdate project description at " MXSCOPE_LUPDATE_PROJECT_IN);
        return {};
    }
    QFile::copy(translationsDir + QLatin1Char('/') + name, ts);
    QFile::setPermissions(ts, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const auto run = [&](const QString &program, const QStringList &arguments) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            *error = program + QStringLiteral(" failed: ")
                + QString::fromLocal8Bit(process.readAll()) + process.errorString();
            return false;
        }
        return true;
    };
    if (!run(QStringLiteral(MXSCOPE_CMAKE_COMMAND),
             {QStringLiteral("-DIN_FILE=" MXSCOPE_LUPDATE_PROJECT_IN),
              QStringLiteral("-DOUT_FILE=") + project, QStringLiteral("-P"),
              QStringLiteral(MXSCOPE_LUPDATE_PROJECT_SCRIPT)})
        || !run(QStringLiteral(MXSCOPE_LUPDATE),
                {QStringLiteral("-project"), project, QStringLiteral("-no-obsolete"),
                 QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), ts}))
        return {};
    TsCatalogue updated = TsCatalogue::read(ts);
    if (!updated.error.isEmpty())
        *error = updated.error;
    return updated;
}

} // namespace

TEST(JapaneseCatalogue, EveryMessageHasAFinishedTranslation)
{
    const TsCatalogue japanese = readCatalogue(QStringLiteral("mxscope_ja.ts"));
    ASSERT_TRUE(japanese.error.isEmpty()) << japanese.error.toStdString();
    EXPECT_TRUE(japanese.language.startsWith(QLatin1String("ja")))
        << japanese.language.toStdString();
    ASSERT_FALSE(japanese.messages.isEmpty());
    const QStringList problems = unfinished(japanese, /*pluralsOnly=*/false);
    EXPECT_TRUE(problems.isEmpty()) << report(problems);
}

TEST(JapaneseCatalogue, TranslationsKeepEveryPlaceholder)
{
    const TsCatalogue japanese = readCatalogue(QStringLiteral("mxscope_ja.ts"));
    ASSERT_TRUE(japanese.error.isEmpty()) << japanese.error.toStdString();
    QStringList problems;
    for (const TsMessage &message : japanese.messages) {
        const QStringList expected = placeholders(message.source);
        for (const QString &form : message.forms) {
            if (!form.isEmpty() && placeholders(form) != expected)
                problems.append(message.describe() + QStringLiteral(" -> \"") + form
                                + QStringLiteral("\" has ") + placeholders(form).join(u' ')
                                + QStringLiteral(", wants ") + expected.join(u' '));
        }
    }
    EXPECT_TRUE(problems.isEmpty()) << report(problems);
}

TEST(JapaneseCatalogue, HoldsExactlyTheStringsOfTheSources)
{
    const TsCatalogue committed = readCatalogue(QStringLiteral("mxscope_ja.ts"));
    ASSERT_TRUE(committed.error.isEmpty()) << committed.error.toStdString();
    QString error;
    const TsCatalogue current = catalogueFromSources(QStringLiteral("mxscope_ja.ts"), &error);
    ASSERT_TRUE(error.isEmpty()) << error.toStdString();

    QSet<QString> committedKeys, currentKeys;
    for (const TsMessage &message : committed.messages)
        committedKeys.insert(message.key());
    for (const TsMessage &message : current.messages)
        currentKeys.insert(message.key());
    QStringList problems;
    for (const TsMessage &message : current.messages) {
        // lupdate could not tell the class ("Class '' lacks Q_OBJECT macro"): the run-time
        // context differs, so no translation would ever be found.
        if (message.context.isEmpty())
            problems.append(QStringLiteral("tr() outside a class lupdate can see: ")
                            + message.describe());
        else if (!committedKeys.contains(message.key()))
            problems.append(QStringLiteral("not in mxscope_ja.ts yet: ") + message.describe());
    }
    for (const TsMessage &message : committed.messages) {
        if (!currentKeys.contains(message.key()))
            problems.append(QStringLiteral("no longer in the sources: ") + message.describe());
    }
    EXPECT_TRUE(problems.isEmpty())
        << report(problems) << "\nRun the update_translations target and translate.";
}

TEST(EnglishCatalogue, EveryPluralHasItsForms)
{
    const TsCatalogue english = readCatalogue(QStringLiteral("mxscope_en.ts"));
    ASSERT_TRUE(english.error.isEmpty()) << english.error.toStdString();
    const QStringList problems = unfinished(english, /*pluralsOnly=*/true);
    EXPECT_TRUE(problems.isEmpty()) << report(problems);
}

// Qt's own dialogs and standard buttons speak Japanese only with qtbase_ja.qm, which
// LanguageManager loads from here (.ci/setup installs qt6-translations-l10n).
TEST(QtCatalogue, JapaneseIsInstalledWhereQtLooks)
{
    const QString directory = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QTranslator qt;
    ASSERT_TRUE(qt.load(QLocale(QLocale::Japanese), QStringLiteral("qtbase"), QStringLiteral("_"),
                        directory))
        << "no qtbase_ja.qm in " << directory.toStdString()
        << " (Debian package qt6-translations-l10n)";
    const QString undo = qt.translate("QLineEdit", "&Undo");
    EXPECT_FALSE(undo.isEmpty());
    EXPECT_NE(undo, QStringLiteral("&Undo"));
}
