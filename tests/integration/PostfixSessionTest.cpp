// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// SmtpSession against a real Postfix on 127.0.0.1: recipient checks, relay, VRFY,
// pipelining and DATA. Everything Postfix accepts is discarded.
#include "PostfixFixture.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "smtp/SmtpSession.h"
#include "transcript/Transcript.h"
#include "transport/SocketTransport.h"

#include <QRegularExpression>

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

constexpr int replyTimeoutMs = 15'000;

const QString sender = QStringLiteral("tester@client.test");

// alice and bob exist, "team" is a list of both; VRFY is on; body_checks log whether
// leading-dot lines arrive intact (proof of dot-stuffing on the wire).
PostfixFixture::Options directoryPostfix()
{
    PostfixFixture::Options options;
    options.users = {QStringLiteral("alice"), QStringLiteral("bob")};
    options.aliases = {{QStringLiteral("team"), {QStringLiteral("alice"), QStringLiteral("bob")}}};
    options.files = {{QStringLiteral("body_checks"),
                      "/^\\.hidden dot line$/ WARN mxscope-leading-dot-intact\n"
                      "/^\\.$/ WARN mxscope-lone-dot-intact\n"}};
    options.mainCf
        = {{QStringLiteral("disable_vrfy_command"), QStringLiteral("no")},
           {QStringLiteral("body_checks"), QStringLiteral("regexp:$config_directory/body_checks")}};
    return options;
}

PostfixFixture::Options openRelayPostfix()
{
    PostfixFixture::Options options = directoryPostfix();
    options.openRelay = true;
    return options;
}

PostfixFixture::Options noVrfyPostfix()
{
    PostfixFixture::Options options = directoryPostfix();
    options.mainCf = {{QStringLiteral("disable_vrfy_command"), QStringLiteral("yes")}};
    return options;
}

// A session driven step by step from a test: open() waits for greeting and EHLO, reply()
// sends one command and waits for its final reply. All waits are bounded.
struct Conversation {
    explicit Conversation(const SessionOptions &options)
        : session(options, new SocketTransport)
    {
        QObject::connect(&session, &SmtpSession::transcriptEntry, &transcript, &Transcript::append);
        QObject::connect(&session, &SmtpSession::replyReceived, &session,
                         [this](const CommandResult &result) { results.append(result); });
        QObject::connect(&session, &SmtpSession::handshakeCompleted, &session,
                         [this] { ready = true; });
        QObject::connect(&session, &SmtpSession::closed, &session, [this] { closed = true; });
    }

    ~Conversation()
    {
        if (!closed) {
            session.quit();
            waitUntil([this] { return closed; }, 5000);
        }
    }

    bool open()
    {
        session.open();
        return waitUntil([this] { return ready || closed; }, replyTimeoutMs) && ready;
    }

    // The final (non-3xx) reply to command id, waiting for it; nullopt on timeout.
    std::optional<SmtpReply> finalReply(quint64 id)
    {
        const CommandResult *found = nullptr;
        waitUntil(
            [&] {
                for (const CommandResult &result : std::as_const(results)) {
                    if (result.id == id && !result.reply.isIntermediate())
                        found = &result;
                }
                return found || closed;
            },
            replyTimeoutMs);
        return found ? std::optional(found->reply) : std::nullopt;
    }

    SmtpReply reply(const SmtpCommand &command)
    {
        const quint64 id = session.send(command);
        EXPECT_NE(id, 0u) << "refused unsent: " << command.line.constData();
        const auto reply = finalReply(id);
        EXPECT_TRUE(reply.has_value()) << "no reply to " << command.line.constData() << ": "
                                       << qPrintable(session.errorMessage());
        return reply.value_or(SmtpReply {});
    }

    QString dump() const
    {
        QString text;
        for (const TranscriptEntry &entry : transcript.entries())
            text += QStringLiteral("  %1 %2\n").arg(toString(entry.direction), entry.text);
        return text;
    }

    Transcript transcript;
    SmtpSession session;
    QList<CommandResult> results;
    bool ready = false;
    bool closed = false;
};

std::string status(const SmtpReply &reply)
{
    return reply.summary().toStdString();
}

class PostfixSessionTest : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }

    PostfixFixture *directory()
    {
        return PostfixFixture::shared(QStringLiteral("directory"), directoryPostfix());
    }
};

TEST_F(PostfixSessionTest, UnknownLocalUserIsRejectedWith511)
{
    PostfixFixture *postfix = directory();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());

    const SmtpReply mail = c.reply(SmtpCommand::mailFrom(sender));
    EXPECT_EQ(mail.code, 250) << status(mail);
    EXPECT_EQ(mail.enhanced, (EnhancedStatus {2, 1, 0}));
    const SmtpReply rcpt = c.reply(SmtpCommand::rcptTo(QStringLiteral("nobody@postfix.test")));
    EXPECT_EQ(rcpt.code, 550) << status(rcpt);
    ASSERT_TRUE(rcpt.enhanced.has_value()) << status(rcpt);
    EXPECT_EQ(rcpt.enhanced->toString(), QStringLiteral("5.1.1"));
    EXPECT_TRUE(rcpt.text().contains(QStringLiteral("User unknown in local recipient table")))
        << status(rcpt);
}

TEST_F(PostfixSessionTest, KnownUserAndListAreAccepted)
{
    PostfixFixture *postfix = directory();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());

    EXPECT_EQ(c.reply(SmtpCommand::mailFrom(sender)).code, 250);
    const SmtpReply alice = c.reply(SmtpCommand::rcptTo(QStringLiteral("alice@postfix.test")));
    EXPECT_EQ(alice.code, 250) << status(alice);
    EXPECT_EQ(alice.enhanced, (EnhancedStatus {2, 1, 5}));
    const SmtpReply team = c.reply(SmtpCommand::rcptTo(QStringLiteral("team@postfix.test")));
    EXPECT_EQ(team.code, 250) << status(team);
    const SmtpReply postmaster
        = c.reply(SmtpCommand::rcptTo(QStringLiteral("postmaster@postfix.test")));
    EXPECT_EQ(postmaster.code, 250) << status(postmaster);
}

TEST_F(PostfixSessionTest, ClosedRelayRefusesExternalDomains)
{
    PostfixFixture *postfix = directory();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());

    EXPECT_EQ(c.reply(SmtpCommand::mailFrom(sender)).code, 250);
    const SmtpReply rcpt = c.reply(SmtpCommand::rcptTo(QStringLiteral("victim@example.com")));
    EXPECT_EQ(rcpt.code, 554) << status(rcpt);
    EXPECT_EQ(rcpt.enhanced, (EnhancedStatus {5, 7, 1}));
    EXPECT_TRUE(rcpt.text().contains(QStringLiteral("Relay access denied"))) << status(rcpt);
}

TEST_F(PostfixSessionTest, OpenRelayAcceptsExternalDomains)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("open-relay"), openRelayPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());

    EXPECT_EQ(c.reply(SmtpCommand::mailFrom(sender)).code, 250);
    const SmtpReply rcpt = c.reply(SmtpCommand::rcptTo(QStringLiteral("victim@example.com")));
    EXPECT_EQ(rcpt.code, 250) << status(rcpt);
    EXPECT_EQ(rcpt.enhanced, (EnhancedStatus {2, 1, 5}));
    // Unknown local users are still refused: relaying does not open the local domain.
    const SmtpReply local = c.reply(SmtpCommand::rcptTo(QStringLiteral("nobody@postfix.test")));
    EXPECT_EQ(local.code, 550) << status(local);
}

TEST_F(PostfixSessionTest, VrfyConfirmsKnownUsersAndRejectsUnknownOnes)
{
    PostfixFixture *postfix = directory();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());
    EXPECT_TRUE(c.session.capabilities().has(QStringLiteral("VRFY")));

    const SmtpReply known = c.reply(SmtpCommand::vrfy(QStringLiteral("alice")));
    EXPECT_EQ(known.code, 252) << status(known);
    EXPECT_EQ(known.enhanced, (EnhancedStatus {2, 0, 0}));
    const SmtpReply unknown = c.reply(SmtpCommand::vrfy(QStringLiteral("nobody")));
    EXPECT_EQ(unknown.code, 550) << status(unknown);
    EXPECT_EQ(unknown.enhanced, (EnhancedStatus {5, 1, 1}));
    // EXPN is not implemented by Postfix at all.
    const SmtpReply expn = c.reply(SmtpCommand::expn(QStringLiteral("team")));
    EXPECT_EQ(expn.code, 500) << status(expn);
}

TEST_F(PostfixSessionTest, VrfyDisabledAnswers502)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("no-vrfy"), noVrfyPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());
    EXPECT_FALSE(c.session.capabilities().has(QStringLiteral("VRFY")));

    for (const QString &user : {QStringLiteral("alice"), QStringLiteral("nobody")}) {
        const SmtpReply reply = c.reply(SmtpCommand::vrfy(user));
        EXPECT_EQ(reply.code, 502) << status(reply);
        EXPECT_EQ(reply.enhanced, (EnhancedStatus {5, 5, 1})) << status(reply);
    }
}

TEST_F(PostfixSessionTest, PipelinedRecipientsAreAnsweredInOrder)
{
    PostfixFixture *postfix = directory();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());
    ASSERT_TRUE(c.session.pipeliningActive());

    const QList<SmtpCommand> batch = {
        SmtpCommand::mailFrom(sender),
        SmtpCommand::rcptTo(QStringLiteral("alice@postfix.test")),
        SmtpCommand::rcptTo(QStringLiteral("nobody@postfix.test")),
        SmtpCommand::rcptTo(QStringLiteral("victim@example.com")),
        SmtpCommand::rcptTo(QStringLiteral("team@postfix.test")),
        SmtpCommand::rset(),
    };
    const qsizetype firstEntry = c.transcript.entries().size();
    const qsizetype firstResult = c.results.size(); // the EHLO of the handshake
    QList<quint64> ids;
    for (const SmtpCommand &command : batch)
        ids.append(c.session.send(command));
    // Replies arrive through the event loop, so none can have been handled yet: every
    // command went out before the first reply.
    ASSERT_EQ(c.results.size(), firstResult);
    ASSERT_TRUE(waitUntil(
        [&] { return c.results.size() >= firstResult + batch.size() || c.closed; }, replyTimeoutMs))
        << qPrintable(c.dump());
    const QList<CommandResult> results = c.results.mid(firstResult);
    ASSERT_EQ(results.size(), batch.size()) << qPrintable(c.dump());

    const QList<int> expected = {250, 250, 550, 554, 250, 250};
    for (qsizetype i = 0; i < batch.size(); ++i) {
        EXPECT_EQ(results.at(i).id, ids.at(i));
        EXPECT_EQ(results.at(i).command.line, batch.at(i).line);
        EXPECT_EQ(results.at(i).reply.code, expected.at(i))
            << batch.at(i).line.constData() << " -> " << status(results.at(i).reply);
    }
    // On the wire: all six commands, then all six replies.
    const auto &entries = c.transcript.entries();
    qsizetype lastSent = -1, firstReceived = -1;
    for (qsizetype i = firstEntry; i < entries.size(); ++i) {
        if (entries.at(i).direction == TranscriptDirection::Sent)
            lastSent = i;
        else if (entries.at(i).direction == TranscriptDirection::Received && firstReceived < 0)
            firstReceived = i;
    }
    EXPECT_LT(lastSent, firstReceived) << qPrintable(c.dump());
    c.session.quit();
    ASSERT_TRUE(waitUntil([&] { return c.closed; }, replyTimeoutMs));
    // Postfix logs clients that pipeline without PIPELINING; the session must not be one.
    EXPECT_FALSE(postfix->maillog().contains(QStringLiteral("improper command pipelining")))
        << qPrintable(postfix->diagnostics());
}

TEST_F(PostfixSessionTest, DataWithLeadingDotsIsAcceptedAndArrivesIntact)
{
    PostfixFixture *postfix = directory();
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Conversation c(postfix->sessionOptions());
    ASSERT_TRUE(c.open()) << qPrintable(c.dump() + postfix->diagnostics());
    const qsizetype firstResult = c.results.size(); // the EHLO of the handshake

    const QByteArray message = "From: Tester <tester@client.test>\r\n"
                               "To: alice@postfix.test\r\n"
                               "Subject: mxscope dot-stuffing test\r\n"
                               "\r\n"
                               "first line\r\n"
                               ".hidden dot line\r\n"
                               ".\r\n"
                               "last line\r\n";
    EXPECT_EQ(c.reply(SmtpCommand::mailFrom(sender)).code, 250);
    EXPECT_EQ(c.reply(SmtpCommand::rcptTo(QStringLiteral("alice@postfix.test"))).code, 250);
    const SmtpReply data = c.reply(SmtpCommand::data(message));
    ASSERT_EQ(data.code, 250) << status(data) << qPrintable(c.dump());
    EXPECT_EQ(data.enhanced, (EnhancedStatus {2, 0, 0}));
    const QRegularExpressionMatch queued
        = QRegularExpression(QStringLiteral("queued as ([0-9A-Za-z]+)")).match(data.text());
    ASSERT_TRUE(queued.hasMatch()) << status(data);
    const QString queueId = queued.captured(1);
    // MAIL, RCPT, then DATA twice: the 354 as an intermediate reply, then the 250.
    ASSERT_EQ(c.results.size(), firstResult + 4);
    EXPECT_EQ(c.results.at(firstResult + 2).reply.code, 354);
    EXPECT_EQ(c.results.at(firstResult + 2).id, c.results.at(firstResult + 3).id);

    // Postfix saw both dot lines as sent (un-stuffed), then discarded the message.
    EXPECT_TRUE(postfix->waitForLog(QStringLiteral("mxscope-leading-dot-intact")))
        << qPrintable(postfix->diagnostics());
    EXPECT_TRUE(postfix->waitForLog(QStringLiteral("mxscope-lone-dot-intact")))
        << qPrintable(postfix->diagnostics());
    ASSERT_TRUE(postfix->waitForLog(queueId + QStringLiteral(": removed")))
        << qPrintable(postfix->diagnostics());
    const QStringList log = postfix->maillog().split(QLatin1Char('\n'));
    const QStringList delivery
        = log.filter(queueId + QStringLiteral(": to=<alice@postfix.test>, relay=none"));
    ASSERT_EQ(delivery.size(), 1) << qPrintable(postfix->diagnostics());
    EXPECT_TRUE(delivery.constFirst().contains(QStringLiteral("postfix/discard[")))
        << qPrintable(delivery.constFirst());
    EXPECT_TRUE(delivery.constFirst().contains(QStringLiteral("status=sent")))
        << qPrintable(delivery.constFirst());
}

} // namespace
} // namespace mxscope::testing
