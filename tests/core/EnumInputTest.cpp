// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// What an enumeration takes in and leaves behind: user lists, the plan, the journal.
#include "QtPrinters.h"
#include "enumeration/EnumerationPlan.h"
#include "enumeration/JsonLinesJournal.h"
#include "enumeration/UserListReader.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

EnumerationPlan validPlan()
{
    EnumerationPlan plan;
    plan.target.host = QStringLiteral("127.0.0.1");
    plan.names = {QStringLiteral("alice"), QStringLiteral("bob")};
    return plan;
}

} // namespace

TEST(EnumInput, SmtpUserEnumFormat)
{
    const auto list = UserListReader::parse("\xEF\xBB\xBF# admins\r\nroot\r\n\r\n  alice  \n"
                                            "#bob\nbob\nalice\nwith space\n<angle>\ncarol");
    ASSERT_TRUE(list.ok()) << list.error.toStdString();
    EXPECT_EQ(list.names,
              (QStringList {QStringLiteral("root"), QStringLiteral("alice"), QStringLiteral("bob"),
                            QStringLiteral("carol")}));
    EXPECT_EQ(list.duplicates, 1);
    EXPECT_EQ(list.skipped, 2);
    EXPECT_EQ(list.warnings.size(), 2);
    EXPECT_TRUE(list.warnings.constFirst().contains(QLatin1String("Line 8")));

    const auto pasted = UserListReader::parseText(QStringLiteral("jürgen\n\nbob\n"));
    ASSERT_TRUE(pasted.ok());
    EXPECT_EQ(pasted.names, (QStringList {QStringLiteral("jürgen"), QStringLiteral("bob")}));
    EXPECT_TRUE(UserListReader::parse("").names.isEmpty());
}

TEST(EnumInput, BinaryAndBrokenFilesAreRefusedClearly)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto binary = UserListReader::readFile(writeFile(dir, QStringLiteral("a.out"),
                                                           QByteArray("\x7f"
                                                                      "ELF\x02\x01\x01\0\0\0",
                                                                      10)));
    EXPECT_FALSE(binary.ok());
    EXPECT_TRUE(binary.error.contains(QLatin1String("binary"))) << binary.error.toStdString();
    EXPECT_TRUE(binary.names.isEmpty());

    const auto latin1 = UserListReader::parse("alice\nj\xFCrgen\n");
    EXPECT_FALSE(latin1.ok());
    EXPECT_TRUE(latin1.error.contains(QLatin1String("Line 2"))) << latin1.error.toStdString();

    EXPECT_FALSE(UserListReader::parse("alice\n\x1b[31mred\n").ok());

    const auto missing = UserListReader::readFile(dir.filePath(QStringLiteral("nope.txt")));
    EXPECT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error.contains(QLatin1String("nope.txt")));

    const auto directory = UserListReader::readFile(dir.path());
    EXPECT_FALSE(directory.ok());
    EXPECT_TRUE(directory.error.contains(QLatin1String("directory")));

    const QByteArray huge(UserListReader::maxFileBytes + 1, 'a');
    const auto tooBig = UserListReader::parse(huge);
    EXPECT_FALSE(tooBig.ok());
    EXPECT_TRUE(tooBig.error.contains(QLatin1String("MiB")));
}

TEST(EnumInput, PlanValidation)
{
    EXPECT_FALSE(validPlan().validate().has_value());
    auto refused = [](auto change) {
        EnumerationPlan plan = validPlan();
        change(plan);
        return plan.validate().has_value();
    };
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.names.clear(); }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.connections = 0; }));
    EXPECT_TRUE(
        refused([](EnumerationPlan &p) { p.connections = EnumerationPlan::maxConnections + 1; }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.ratePerSecond = -1; }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.domain = QStringLiteral("a.test\r\nQUIT"); }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.domain = QStringLiteral("x@a.test"); }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.sender = QStringLiteral("a b@c"); }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.names.append(QStringLiteral("x\nRSET")); }));
    EXPECT_TRUE(refused([](EnumerationPlan &p) { p.names.append(QStringLiteral("<x>")); }));

    EnumerationPlan plan = validPlan();
    EXPECT_EQ(plan.addressFor(QStringLiteral("alice")), QStringLiteral("alice"));
    plan.domain = QStringLiteral("example.org");
    EXPECT_EQ(plan.addressFor(QStringLiteral("alice")), QStringLiteral("alice@example.org"));
    EXPECT_EQ(plan.addressFor(QStringLiteral("bob@other.test")), QStringLiteral("bob@other.test"));
}

TEST(EnumInput, JournalKeepsFlushedRecordsAndSkipsATornLine)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
    {
        JsonLinesJournal journal(path);
        QString error;
        ASSERT_TRUE(journal.open(&error)) << error.toStdString();
        journal.append({{QStringLiteral("type"), QStringLiteral("probe")},
                        {QStringLiteral("name"), QStringLiteral("alice")}});
        journal.append({{QStringLiteral("type"), QStringLiteral("probe")},
                        {QStringLiteral("name"), QStringLiteral("bob")}});
        EXPECT_EQ(JsonLinesJournal::read(path).size(), 0) << "buffered until flush";
        ASSERT_TRUE(journal.flush());
        EXPECT_EQ(journal.recordsWritten(), 2);
        EXPECT_EQ(JsonLinesJournal::read(path).size(), 2) << "on disk after flush";
    }
    { // a crash in the middle of a line
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::Append));
        file.write("{\"type\":\"probe\",\"na");
    }
    EXPECT_EQ(JsonLinesJournal::read(path).size(), 2);
    {
        JsonLinesJournal again(path);
        ASSERT_TRUE(again.open(nullptr));
        again.append({{QStringLiteral("type"), QStringLiteral("summary")}});
    } // flushed by the destructor
    const QList<QJsonObject> records = JsonLinesJournal::read(path);
    ASSERT_EQ(records.size(), 3);
    EXPECT_EQ(records.at(1).value(QStringLiteral("name")).toString(), QStringLiteral("bob"));
    EXPECT_EQ(records.at(2).value(QStringLiteral("type")).toString(), QStringLiteral("summary"));

    JsonLinesJournal unwritable(dir.filePath(QStringLiteral("no/such/dir/j.jsonl")));
    QString error;
    EXPECT_FALSE(unwritable.open(&error));
    EXPECT_FALSE(error.isEmpty());
}
