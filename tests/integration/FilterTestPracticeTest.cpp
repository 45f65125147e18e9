// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The malware and spam filter check against practice profiles: one that refuses the test
// strings at the end of DATA, one that accepts everything, one that resets mid-message.
#include "FilterTestRun.h"
#include "SessionRun.h"
#include "practice/PracticeContentFilter.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

CheckContext practiceContext(const PracticeServer &server)
{
    CheckContext context;
    context.target = practiceOptions(server);
    context.sender = QStringLiteral("tester@client.test");
    context.localRecipient = QStringLiteral("alice@practice.test");
    context.authorised = true;
    return context;
}

QByteArray md5(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex();
}

TEST(FilterTestPayloads, AssembledStringsAreTheStandardOnes)
{
    // The published digests: the strings are right without being spelled out here.
    EXPECT_EQ(md5(FilterTestPayloads::eicar()), "44d88612fea8a8f36de82e1278abb02f");
    EXPECT_EQ(md5(FilterTestPayloads::gtube()), "6a684e1cdca03e6a436d182dd4069183");
}

TEST(FilterTestPayloads, AttachmentIsBase64InShortLinesAndDecodesToEicar)
{
    const QByteArray message = FilterTestPayloads::buildMessage(
        FilterTestPayloads::Kind::EicarAttachment, QStringLiteral("a@client.test"),
        QStringLiteral("alice@practice.test"), QStringLiteral("tok123"), QDateTime());
    EXPECT_FALSE(message.contains(FilterTestPayloads::eicar()));
    EXPECT_TRUE(message.contains("Subject: mxscope filter test tok123"));
    EXPECT_TRUE(message.contains("application/octet-stream; name=\"eicar.com\""));
    EXPECT_TRUE(message.contains("Content-Transfer-Encoding: base64"));
    const qsizetype start = message.indexOf("filename=\"eicar.com\"\n\n") + 22;
    const QByteArray encoded = message.mid(start, message.indexOf("\n\n", start) - start);
    for (const QByteArray &line : encoded.split('\n'))
        EXPECT_LE(line.size(), 76);
    EXPECT_EQ(QByteArray::fromBase64(QByteArray(encoded).replace('\n', "")),
              FilterTestPayloads::eicar());
}

// Scanning the project's own files must find nothing: the strings exist only at run time.
TEST(FilterTestPayloads, NoSourceFileHoldsATestStringWhole)
{
    const QString root
        = QFileInfo(QStringLiteral(__FILE__)).absolutePath() + QStringLiteral("/../..");
    int scanned = 0;
    for (const char *folder : {"core", "app", "tests", "ui", "docs"}) {
        QDirIterator it(root + QLatin1Char('/') + QLatin1String(folder), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.size() > 4 * 1024 * 1024 || !file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray content = file.readAll();
            ++scanned;
            for (const QByteArray &line : FilterTestPayloads::sensitiveLines())
                EXPECT_FALSE(content.contains(line)) << file.fileName().toStdString();
        }
    }
    EXPECT_GT(scanned, 100);
}

TEST(PracticeContentFilter, RefusesEicarInBodyOrAttachmentAndGtube)
{
    using FilterTestPayloads::Kind;
    const auto message = [](Kind kind) {
        return FilterTestPayloads::buildMessage(kind, {}, QStringLiteral("a@b.test"),
                                                QStringLiteral("t"), QDateTime());
    };
    EXPECT_TRUE(PracticeContentFilter::judge(message(Kind::EicarBody))->startsWith("554 5.7.1"));
    EXPECT_TRUE(
        PracticeContentFilter::judge(message(Kind::EicarAttachment))->startsWith("554 5.7.1"));
    EXPECT_TRUE(PracticeContentFilter::judge(message(Kind::GtubeBody))->startsWith("550 5.7.1"));
    EXPECT_FALSE(PracticeContentFilter::judge("Subject: hello\r\n\r\nQUJDRA==\r\nplain\r\n"));
}

TEST(FilterTestPractice, FilteringProfileRefusesEveryPayloadAtEndOfData)
{
    const auto server = startPracticeServer(QStringLiteral("filtering"));
    const FilterRun run = runFilterCheck(practiceContext(*server));
    ASSERT_EQ(run.outcome.status, CheckStatus::Completed) << run.outcome.error.toStdString();
    EXPECT_EQ(run.verdicts(),
              (QStringList {QStringLiteral("rejected"), QStringLiteral("rejected"),
                            QStringLiteral("rejected")}));
    EXPECT_EQ(run.payload(0).value(QStringLiteral("name")).toString(),
              QStringLiteral("eicar-body"));
    EXPECT_EQ(run.payload(1).value(QStringLiteral("name")).toString(),
              QStringLiteral("eicar-attachment"));
    EXPECT_EQ(run.payload(2).value(QStringLiteral("name")).toString(),
              QStringLiteral("gtube-body"));
    EXPECT_TRUE(run.payload(0).value(QStringLiteral("reply")).toString().startsWith(u"554 5.7.1"));
    EXPECT_TRUE(run.payload(1).value(QStringLiteral("reply")).toString().startsWith(u"554 5.7.1"));
    EXPECT_TRUE(run.payload(2).value(QStringLiteral("reply")).toString().startsWith(u"550 5.7.1"));
    EXPECT_TRUE(run.outcome.findings.isEmpty());
    // Three transactions, each with a token of its own.
    EXPECT_NE(run.payload(0).value(QStringLiteral("token")),
              run.payload(1).value(QStringLiteral("token")));
    EXPECT_FALSE(run.transcriptHoldsTestString());
    ASSERT_EQ(run.outcome.tables.size(), 1);
    EXPECT_EQ(run.outcome.tables.first().rows.size(), 3);
}

TEST(FilterTestPractice, AcceptingProfileYieldsMalwareAndSpamFindings)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    const FilterRun run = runFilterCheck(practiceContext(*server));
    ASSERT_EQ(run.outcome.status, CheckStatus::Completed) << run.outcome.error.toStdString();
    EXPECT_EQ(run.verdicts(),
              (QStringList {QStringLiteral("accepted"), QStringLiteral("accepted"),
                            QStringLiteral("accepted")}));
    ASSERT_TRUE(run.hasFinding(QStringLiteral("filter.malware-accepted")));
    ASSERT_TRUE(run.hasFinding(QStringLiteral("filter.spam-accepted")));
    for (const Finding &f : run.outcome.findings) {
        EXPECT_EQ(f.severity,
                  f.id == QLatin1String("filter.malware-accepted") ? Severity::High
                                                                   : Severity::Medium);
        EXPECT_TRUE(f.remediation.contains(u"Postfix"));
        EXPECT_TRUE(f.remediation.contains(u"Exim"));
        EXPECT_TRUE(f.remediation.contains(u"Exchange"));
        // The evidence is the server's 250 after the final ".".
        ASSERT_FALSE(f.evidence.isEmpty());
        for (const qsizetype index : f.evidence)
            EXPECT_TRUE(run.transcript->entries().at(index).text.startsWith(u"250 2.0.0 Ok"))
                << run.transcript->entries().at(index).text.toStdString();
    }
    EXPECT_FALSE(run.transcriptHoldsTestString());
}

TEST(FilterTestPractice, RefusedRecipientIsNotTestedRatherThanRejected)
{
    const auto server = startPracticeServer(QStringLiteral("hardened"));
    CheckContext context = practiceContext(*server);
    context.localRecipient = QStringLiteral("nobody@practice.test");
    const FilterRun run = runFilterCheck(context);
    EXPECT_EQ(run.outcome.status, CheckStatus::Failed);
    EXPECT_TRUE(run.outcome.error.contains(u"550 5.1.1")) << run.outcome.error.toStdString();
    EXPECT_EQ(run.verdicts(),
              (QStringList {QStringLiteral("not_tested"), QStringLiteral("not_tested"),
                            QStringLiteral("not_tested")}));
    EXPECT_EQ(run.payload(0).value(QStringLiteral("stage")).toString(), QStringLiteral("rcpt"));
    EXPECT_TRUE(run.outcome.findings.isEmpty());
}

TEST(FilterTestPractice, ResetAfterTheMessageStartsIsDropped)
{
    const auto server = startPracticeServer(QStringLiteral("hostile-reset-data"));
    const FilterRun run = runFilterCheck(practiceContext(*server));
    ASSERT_EQ(run.outcome.status, CheckStatus::Completed) << run.outcome.error.toStdString();
    EXPECT_EQ(run.verdicts(),
              (QStringList {QStringLiteral("dropped"), QStringLiteral("dropped"),
                            QStringLiteral("dropped")}));
    EXPECT_TRUE(run.hasFinding(QStringLiteral("filter.dropped-after-data")));
    EXPECT_FALSE(run.payload(0).value(QStringLiteral("message")).toString().isEmpty());
}

TEST(FilterTestPractice, RefusesToRunWithoutAuthorisation)
{
    const auto server = startPracticeServer(QStringLiteral("filtering"));
    CheckContext context = practiceContext(*server);
    context.authorised = false;
    const FilterRun run = runFilterCheck(context);
    EXPECT_EQ(run.outcome.status, CheckStatus::Refused);
    EXPECT_TRUE(run.transcript->entries().isEmpty());
    EXPECT_EQ(server->connectionCount(), 0);
}

} // namespace
} // namespace mxscope::testing
