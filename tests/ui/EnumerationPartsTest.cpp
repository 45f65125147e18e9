// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationCsvExport.h"
#include "enumeration/EnumerationFilterProxy.h"
#include "enumeration/EnumerationResultsModel.h"

#include "QtPrinters.h"
#include "SignalWait.h"

#include <QBuffer>
#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

ProbeResult probe(qsizetype index, const QString &name, ProbeVerdict verdict, int code,
                  const QString &text)
{
    ProbeResult p;
    p.index = index;
    p.name = name;
    p.argument = name + QStringLiteral("@example.org");
    p.method = EnumerationMethod::Rcpt;
    p.verdict = verdict;
    p.reply.code = code;
    p.reply.lines = {text.toUtf8()};
    p.latencyMs = 12;
    return p;
}

} // namespace

TEST(EnumerationCsvExportTest, QuotesAndNeutralisesServerText)
{
    EXPECT_EQ(EnumerationCsvExport::field(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(EnumerationCsvExport::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
    EXPECT_EQ(EnumerationCsvExport::field(QStringLiteral("say \"hi\"")),
              QStringLiteral("\"say \"\"hi\"\"\""));
    EXPECT_EQ(EnumerationCsvExport::field(QStringLiteral("two\nlines")),
              QStringLiteral("\"two\nlines\""));
    // Spreadsheets run cells that start like a formula.
    EXPECT_EQ(EnumerationCsvExport::field(QStringLiteral("=HYPERLINK(1)")),
              QStringLiteral("'=HYPERLINK(1)"));
    EXPECT_EQ(EnumerationCsvExport::field(QStringLiteral("@x,y")), QStringLiteral("\"'@x,y\""));
}

TEST(EnumerationCsvExportTest, WritesOneLinePerProbeInListOrder)
{
    QBuffer buffer;
    ASSERT_TRUE(buffer.open(QIODevice::WriteOnly));
    EnumerationCsvExport::write(
        &buffer,
        {probe(1, QStringLiteral("bob"), ProbeVerdict::Absent, 550,
               QStringLiteral("5.1.1 <bob>: no such user, \"really\"")),
         probe(0, QStringLiteral("alice"), ProbeVerdict::Exists, 250, QStringLiteral("Ok"))});
    const QList<QByteArray> lines = buffer.data().split('\n');
    ASSERT_EQ(lines.size(), 4);
    EXPECT_EQ(lines.at(1), "alice,alice@example.org,rcpt,exists,250,Ok,12,1,0,,\r");
    EXPECT_TRUE(lines.at(2).startsWith("bob,bob@example.org,rcpt,absent,550,\"<bob>: no such user, "
                                       "\"\"really\"\"\",12"))
        << lines.at(2).toStdString();
}

TEST(EnumerationResultsModelTest, InsertsInBatches)
{
    EnumerationResultsModel model;
    QSignalSpy inserted(&model, &EnumerationResultsModel::rowsInserted);
    for (int i = 0; i < 100; ++i)
        model.append(probe(i, QStringLiteral("n%1").arg(i), ProbeVerdict::Absent, 550,
                           QStringLiteral("no")));
    EXPECT_EQ(model.rowCount(), 0); // queued until the batch timer fires
    ASSERT_TRUE(waitUntil([&] { return model.rowCount() == 100; }));
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(model.index(5, EnumerationResultsModel::VerdictColumn).data().toString(),
              QStringLiteral("absent"));
    EXPECT_EQ(model.index(5, EnumerationResultsModel::ReplyColumn).data().toString(),
              QStringLiteral("550 no"));
}

TEST(EnumerationFilterProxyTest, FiltersByVerdictThenText)
{
    EnumerationResultsModel model;
    model.append(
        probe(0, QStringLiteral("alice"), ProbeVerdict::Exists, 250, QStringLiteral("ok")));
    model.append(probe(1, QStringLiteral("alan"), ProbeVerdict::Absent, 550, QStringLiteral("no")));
    model.append(
        probe(2, QStringLiteral("bob"), ProbeVerdict::Unknown, 451, QStringLiteral("later")));
    model.flush();
    EnumerationFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterFixedString(QStringLiteral("AL"));
    EXPECT_EQ(proxy.rowCount(), 2);
    proxy.setVerdictFilter(ProbeVerdict::Exists);
    EXPECT_EQ(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("later")); // the reply column matches too
    proxy.setVerdictFilter(std::nullopt);
    EXPECT_EQ(proxy.rowCount(), 1);
}
