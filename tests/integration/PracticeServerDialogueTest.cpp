// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// The practice server's pure parts, without a socket: dialogue, DATA reader, AUTH,
// address parsing and the lazily made hostile output.
#include "QtPrinters.h"
#include "practice/PracticeAddress.h"
#include "practice/PracticeDataReader.h"
#include "practice/PracticeDialogue.h"
#include "practice/PracticeHostileStream.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

using Action = PracticeDialogue::Action;

std::unique_ptr<PracticeDialogue> dialogueFor(const QString &profileName, bool tls = true)
{
    const auto profile = PracticeProfile::byName(profileName);
    EXPECT_TRUE(profile.has_value()) << profileName.toStdString();
    return std::make_unique<PracticeDialogue>(profile.value_or(PracticeProfile()),
                                              PracticeDirectory(), PracticeLimits(), tls,
                                              QStringLiteral("127.0.0.1"));
}

QByteArray say(PracticeDialogue &dialogue, const QByteArray &line)
{
    return dialogue.handleLine(line).reply;
}

} // namespace

TEST(PracticeProfiles, EveryNameHasAProfileAndADescription)
{
    const QStringList names = PracticeProfile::names();
    for (const char *expected :
         {"hardened", "leaky", "open-relay", "catch-all", "tarpit", "hostile", "hostile-long-line",
          "hostile-endless", "hostile-garbage", "hostile-drip", "hostile-reset-data"})
        EXPECT_TRUE(names.contains(QLatin1String(expected))) << expected;
    for (const QString &name : names) {
        const auto profile = PracticeProfile::byName(name);
        ASSERT_TRUE(profile.has_value());
        EXPECT_EQ(profile->name, name);
        EXPECT_FALSE(profile->description().isEmpty()) << name.toStdString();
    }
    EXPECT_FALSE(PracticeProfile::byName(QStringLiteral("no-such-profile")).has_value());
}

TEST(PracticeDialogue, HardenedGreetsNeutrallyAndAdvertisesAuthOnlyAfterTls)
{
    auto dialogue = dialogueFor(QStringLiteral("hardened"));
    EXPECT_EQ(dialogue->greeting(), "220 mx.practice.test ESMTP\r\n");
    const QByteArray ehlo = say(*dialogue, "EHLO client.test");
    EXPECT_TRUE(ehlo.startsWith("250-mx.practice.test\r\n"));
    for (const char *keyword :
         {"PIPELINING", "SIZE 10485760", "8BITMIME", "ENHANCEDSTATUSCODES", "STARTTLS"})
        EXPECT_TRUE(ehlo.contains(keyword)) << keyword;
    EXPECT_FALSE(ehlo.contains("AUTH"));
    EXPECT_EQ(say(*dialogue, "AUTH PLAIN AGFsaWNlAHByYWN0aWNl"),
              "503 5.5.1 Error: authentication not enabled\r\n");
    const auto startTls = dialogue->handleLine("STARTTLS");
    EXPECT_EQ(startTls.reply, "220 2.0.0 Ready to start TLS\r\n");
    EXPECT_EQ(startTls.action, Action::StartTls);
    dialogue->tlsEstablished();
    EXPECT_TRUE(say(*dialogue, "MAIL FROM:<a@b.test>").startsWith("503")) << "EHLO again first";
    const QByteArray secure = say(*dialogue, "EHLO client.test");
    EXPECT_TRUE(secure.contains("AUTH PLAIN LOGIN"));
    EXPECT_FALSE(secure.contains("STARTTLS"));
}

TEST(PracticeDialogue, AuthPlainAndLoginAgainstTheDirectory)
{
    auto dialogue = dialogueFor(QStringLiteral("leaky"));
    say(*dialogue, "EHLO client.test");
    const auto plain
        = dialogue->handleLine("AUTH PLAIN " + QByteArray("\0alice\0wrong", 12).toBase64());
    EXPECT_TRUE(plain.reply.startsWith("535 5.7.8"));
    EXPECT_EQ(plain.logText, QStringLiteral("AUTH PLAIN <redacted>"));
    EXPECT_EQ(say(*dialogue, "AUTH LOGIN"), "334 VXNlcm5hbWU6\r\n");
    const auto user = dialogue->handleLine(QByteArray("alice").toBase64());
    EXPECT_EQ(user.reply, "334 UGFzc3dvcmQ6\r\n");
    EXPECT_EQ(user.logText, QStringLiteral("<redacted>"));
    EXPECT_EQ(say(*dialogue, QByteArray("practice").toBase64()),
              "235 2.7.0 Authentication successful\r\n");
    say(*dialogue, "MAIL FROM:<alice@practice.test>");
    EXPECT_EQ(say(*dialogue, "RCPT TO:<someone@elsewhere.example>"), "250 2.1.5 Ok\r\n")
        << "relaying after AUTH is expected";
}

TEST(PracticeDialogue, RecipientRulesOfTheHardenedProfile)
{
    auto dialogue = dialogueFor(QStringLiteral("hardened"));
    EXPECT_EQ(say(*dialogue, "RCPT TO:<alice@practice.test>"),
              "503 5.5.1 Error: need MAIL command\r\n");
    say(*dialogue, "HELO client.test");
    EXPECT_EQ(say(*dialogue, "MAIL FROM:<>"), "250 2.1.0 Ok\r\n");
    EXPECT_EQ(say(*dialogue, "RCPT TO:<Alice@PRACTICE.test>"), "250 2.1.5 Ok\r\n");
    EXPECT_EQ(say(*dialogue, "rcpt to:<postmaster>"), "250 2.1.5 Ok\r\n");
    EXPECT_EQ(say(*dialogue, "RCPT TO:staff@localhost"), "250 2.1.5 Ok\r\n") << "unbracketed";
    EXPECT_EQ(say(*dialogue, "RCPT TO:<bob@[127.0.0.1]>"), "250 2.1.5 Ok\r\n");
    EXPECT_EQ(say(*dialogue, "RCPT TO:<nobody@practice.test>"),
              "550 5.1.1 <nobody@practice.test>: Recipient address rejected: User unknown in local "
              "recipient table\r\n");
    for (const QByteArray &relay :
         {QByteArray("x@elsewhere.example"), QByteArray("x%elsewhere.example@practice.test"),
          QByteArray("elsewhere.example!x@practice.test"),
          QByteArray("\"x@elsewhere.example\"@practice.test"),
          QByteArray("@practice.test:x@elsewhere.example")}) {
        const QByteArray reply = say(*dialogue, "RCPT TO:<" + relay + ">");
        EXPECT_TRUE(reply.startsWith("554 5.7.1 <"))
            << relay.toStdString() << ": " << reply.toStdString();
        EXPECT_TRUE(reply.endsWith(">: Relay access denied\r\n")) << reply.toStdString();
    }
    EXPECT_TRUE(say(*dialogue, "RCPT TO:<>").startsWith("501"));
    EXPECT_EQ(say(*dialogue, "MAIL FROM:<a@b.test>"), "503 5.5.1 Error: nested MAIL command\r\n");
    const auto data = dialogue->handleLine("DATA");
    EXPECT_EQ(data.action, Action::BeginData);
    EXPECT_TRUE(data.reply.startsWith("354 "));
    EXPECT_TRUE(dialogue->messageEnd(100, false).reply.startsWith("250 2.0.0"));
    EXPECT_TRUE(dialogue->messageEnd(100, true).reply.startsWith("552 5.3.4"));
    EXPECT_TRUE(say(*dialogue, "MAIL FROM:<a@b.test> SIZE=999999999").startsWith("552 5.3.4"));
}

TEST(PracticeDialogue, VrfyExpnAndHelpPerProfile)
{
    struct Case {
        const char *profile;
        QByteArray vrfyKnown, vrfyUnknown, expnList, help;
    };
    const QList<Case> cases = {
        {"hardened", "252 2.5.2 Cannot VRFY user\r\n", "252 2.5.2 Cannot VRFY user\r\n",
         "502 5.5.1 EXPN command is disabled\r\n", "502 5.5.2 Error: command not recognized\r\n"},
        {"leaky", "250 2.1.5 <alice@practice.test>\r\n", "550 5.1.1 nobody... User unknown\r\n",
         "250-2.1.5 <alice@practice.test>\r\n250 2.1.5 <bob@practice.test>\r\n",
         "214-2.0.0 This is sendmail"},
        {"open-relay", "252 2.0.0 alice\r\n", "550 5.1.1 <nobody>: Recipient", "502 5.5.1", "502"},
        {"catch-all", "252 2.5.2 Cannot VRFY user\r\n", "252 2.5.2 Cannot VRFY user\r\n", "502",
         "502"},
    };
    for (const Case &c : cases) {
        auto dialogue = dialogueFor(QLatin1String(c.profile));
        say(*dialogue, "EHLO client.test");
        EXPECT_TRUE(say(*dialogue, "VRFY alice").startsWith(c.vrfyKnown)) << c.profile;
        EXPECT_TRUE(say(*dialogue, "VRFY nobody").startsWith(c.vrfyUnknown)) << c.profile;
        EXPECT_TRUE(say(*dialogue, "EXPN staff").startsWith(c.expnList)) << c.profile;
        EXPECT_TRUE(say(*dialogue, "HELP").startsWith(c.help)) << c.profile;
    }
}

TEST(PracticeDialogue, ErrorLimitAnswers421AndCloses)
{
    auto dialogue = dialogueFor(QStringLiteral("hardened"));
    for (int i = 0; i < 20; ++i) {
        const auto step = dialogue->handleLine("XYZZY");
        EXPECT_TRUE(step.error);
        EXPECT_EQ(step.reply, "502 5.5.2 Error: command not recognized\r\n");
    }
    const auto last = dialogue->handleLine("NOOP");
    EXPECT_EQ(last.reply, "421 4.7.0 Error: too many errors\r\n");
    EXPECT_EQ(last.action, Action::Close);
}

TEST(PracticeDialogue, HostileCommandsMisbehave)
{
    auto dialogue = dialogueFor(QStringLiteral("hostile"));
    EXPECT_EQ(dialogue->handleLine("EHLO x").misbehaviour, PracticeMisbehaviour::EndlessReply);
    EXPECT_EQ(dialogue->handleLine("HELO x").misbehaviour, PracticeMisbehaviour::LongLine);
    EXPECT_EQ(dialogue->handleLine("VRFY x").misbehaviour, PracticeMisbehaviour::Garbage);
    EXPECT_EQ(dialogue->handleLine("HELP").action, Action::Misbehave);
}

TEST(PracticeDataReader, CountsUntilTheLoneDotAndKeepsNothing)
{
    PracticeDataReader reader(20);
    EXPECT_EQ(reader.feed("Subject: x\r\n\r\nbody\r\n."), 20);
    EXPECT_FALSE(reader.isComplete()) << "a lone '.' may still be the end marker";
    EXPECT_EQ(reader.feed(".\r\n"), 3);
    EXPECT_TRUE(reader.isComplete());
    EXPECT_EQ(reader.size(), 20);
    EXPECT_FALSE(reader.exceedsLimit());

    PracticeDataReader stuffed(5);
    EXPECT_EQ(stuffed.feed("..not the end\r\n.\r\nNOOP\r\n"), 18);
    EXPECT_TRUE(stuffed.isComplete());
    EXPECT_TRUE(stuffed.exceedsLimit());
}

TEST(PracticeAddress, ParsesTheFormsRelayTestsUse)
{
    auto path = PracticeAddress::parse("from: <a@b.test> SIZE=12 BODY=8BITMIME", "FROM:");
    ASSERT_TRUE(path.has_value());
    EXPECT_EQ(path->address, QStringLiteral("a@b.test"));
    EXPECT_EQ(PracticeAddress::sizeParameter(path->parameters), 12);
    EXPECT_EQ(PracticeAddress::parse("TO:<\"a>b\"@c.test>", "TO:")->address,
              QStringLiteral("\"a>b\"@c.test"));
    EXPECT_EQ(PracticeAddress::parse("TO:<@x.test,@y.test:u@z.test>", "TO:")->address,
              QStringLiteral("u@z.test"));
    EXPECT_FALSE(PracticeAddress::parse("TO:<unclosed", "TO:").has_value());
    EXPECT_FALSE(PracticeAddress::parse("FROM:<a@b>", "TO:").has_value());
    const auto parts = PracticeAddress::split(QStringLiteral("\"x@y\"@z.test"));
    EXPECT_EQ(parts.local, QStringLiteral("x@y"));
    EXPECT_TRUE(PracticeAddress::hasRouting(parts.local));
}

TEST(PracticeHostileStream, MakesBoundedPiecesOnDemand)
{
    PracticeHostileStream longLine(PracticeMisbehaviour::LongLine, "220");
    qint64 total = 0;
    QByteArray last;
    while (!longLine.atEnd()) {
        last = longLine.next(16 * 1024);
        ASSERT_LE(last.size(), 16 * 1024);
        ASSERT_FALSE(last.isEmpty());
        total += last.size();
    }
    EXPECT_EQ(total, 4 + PracticeHostileStream::longLineBytes + 2);
    EXPECT_TRUE(last.endsWith("x\r\n"));

    PracticeHostileStream endless(PracticeMisbehaviour::EndlessReply, "250");
    for (int i = 0; i < 100; ++i) {
        const QByteArray piece = endless.next(4096);
        ASSERT_LT(piece.size(), 4096 + 100);
        ASSERT_TRUE(piece.startsWith("250-"));
    }
    EXPECT_FALSE(endless.atEnd());

    PracticeHostileStream garbage(PracticeMisbehaviour::Garbage, "220");
    const QByteArray first = garbage.next(1024);
    EXPECT_EQ(first.at(0), '\0');
    EXPECT_TRUE(garbage.closesAfterwards());
}

TEST(PracticeDirectory, UsersFileReplacesUsersAndLists)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.txt"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# practice users\ncarol\n\ndave\nteam: carol, dave\n");
    file.close();
    PracticeDirectory directory;
    QString error;
    ASSERT_TRUE(directory.loadUsersFile(path, &error)) << error.toStdString();
    EXPECT_TRUE(directory.hasUser(QStringLiteral("Carol")));
    EXPECT_FALSE(directory.hasUser(QStringLiteral("alice")));
    EXPECT_EQ(directory.listMembers(QStringLiteral("team")),
              (QStringList {QStringLiteral("carol"), QStringLiteral("dave")}));
    EXPECT_FALSE(directory.loadUsersFile(dir.filePath(QStringLiteral("missing.txt")), &error));
    EXPECT_FALSE(error.isEmpty());
}
