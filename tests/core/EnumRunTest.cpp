// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// EnumerationRun against a scripted server (FakeTransport): exact found sets, pipelined
// sessions below the server's error limit, throttling never counted as "absent",
// catch-all honesty, cancel and the journal.
#include "FakeTransport.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "enumeration/EnumerationRun.h"
#include "enumeration/JsonLinesJournal.h"
#include "transcript/Transcript.h"

#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using mxscope::testing::FakeTransport;

namespace {

constexpr int runTimeoutMs = 20'000;

// One mail server behind every FakeTransport of a run. Counts errors per session the way
// Postfix does and answers 421 once a session reaches errorLimit.
struct FakeMailServer {
    enum class Vrfy { PostfixStyle, CannotVerify, Disabled };

    QStringList users {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")};
    bool pipelining = true;
    bool catchAll = false;
    Vrfy vrfy = Vrfy::PostfixStyle;
    int errorLimit = 0; // 0: never
    QByteArray mailReply = "250 2.1.0 Ok";
    QHash<QString, int> temporaryFailures; // name -> 450 replies before the real answer
    bool refuse = false;

    int sessions = 0;
    int maxErrorsInSession = 0;
    int splitBatches = 0; // sessions whose MAIL FROM and RCPTs did not leave in one write
    int maxRecipientsInTransaction = 0;
    int resets = 0;

    struct Session {
        bool mail = false;
        int batchWrite = 0; // the write that carried MAIL FROM
        bool split = false;
        int recipients = 0; // RCPTs in the current transaction
        int errors = 0;
        bool closed = false;
    };

    Transport *create()
    {
        auto *fake = new FakeTransport;
        ++sessions;
        fake->setRefuseConnection(refuse);
        fake->setGreeting("220 mx.example.org ESMTP\r\n");
        auto session = std::make_shared<Session>();
        fake->setResponder([this, fake, session](const QByteArray &line) {
            return respond(*fake, *session, line);
        });
        return fake;
    }

    static QString localPart(const QByteArray &argument)
    {
        QString address = QString::fromUtf8(argument);
        address.remove(QLatin1Char('<')).remove(QLatin1Char('>'));
        if (address.startsWith(QLatin1String("TO:"), Qt::CaseInsensitive))
            address = address.mid(3);
        return address.section(QLatin1Char('@'), 0, 0).toLower();
    }

    QByteArray respond(FakeTransport &fake, Session &s, const QByteArray &line)
    {
        if (s.closed)
            return {};
        if (errorLimit > 0 && s.errors >= errorLimit) {
            s.closed = true;
            return "421 4.7.0 mx.example.org Error: too many errors\r\n";
        }
        const QByteArray verb = line.split(' ').constFirst().toUpper();
        const QByteArray argument = line.mid(verb.size() + 1);
        const QString name = localPart(argument);
        const bool known = users.contains(name) || name == QLatin1String("postmaster");
        const QByteArray unknown = "550 5.1.1 <" + argument
            + ">: Recipient address rejected: User unknown in local recipient table";
        QByteArray reply;
        if (verb == "EHLO") {
            return "250-mx.example.org\r\n" + QByteArray(pipelining ? "250-PIPELINING\r\n" : "")
                + "250 ENHANCEDSTATUSCODES\r\n";
        } else if (verb == "MAIL") {
            s.mail = mailReply.startsWith('2');
            s.recipients = 0;
            if (s.batchWrite == 0)
                s.batchWrite = fake.writeCalls();
            reply = mailReply;
        } else if (verb == "RSET") {
            s.mail = false;
            ++resets;
            reply = "250 2.0.0 Ok";
        } else if (verb == "RCPT") {
            if (!s.split && fake.writeCalls() != s.batchWrite) {
                s.split = true;
                ++splitBatches;
            }
            maxRecipientsInTransaction = std::max(maxRecipientsInTransaction, ++s.recipients);
            if (!s.mail)
                reply = "503 5.5.1 Error: need MAIL command";
            else if (temporaryFailures.value(name) > 0 && temporaryFailures[name]--)
                reply = "450 4.7.1 <" + argument + ">: Try again later";
            else
                reply = known || catchAll ? QByteArray("250 2.1.5 Ok") : unknown;
        } else if (verb == "VRFY") {
            if (vrfy == Vrfy::Disabled)
                reply = "502 5.5.1 VRFY command is disabled";
            else if (vrfy == Vrfy::CannotVerify)
                reply = "252 2.5.2 Cannot VRFY user";
            else
                reply = known ? "252 2.0.0 " + argument : unknown;
        } else if (verb == "QUIT") {
            s.closed = true;
            return "221 2.0.0 Bye\r\n";
        } else {
            reply = "502 5.5.2 Error: command not recognized";
        }
        if (reply.startsWith('4') || reply.startsWith('5'))
            maxErrorsInSession = std::max(maxErrorsInSession, ++s.errors);
        return reply + "\r\n";
    }
};

QStringList namesWithUsers(int total)
{
    QStringList names;
    for (int i = 0; i < total; ++i)
        names.append(QStringLiteral("guess%1").arg(i));
    names.insert(5, QStringLiteral("alice"));
    names.insert(std::min<qsizetype>(40, names.size()), QStringLiteral("bob"));
    names.append(QStringLiteral("carol"));
    return names;
}

EnumerationPlan planFor(EnumerationMethod method, const QStringList &names)
{
    EnumerationPlan plan;
    plan.target.host = QStringLiteral("mx.example.org");
    plan.target.timeouts.commandMs = 5000;
    plan.method = method;
    plan.names = names;
    plan.domain = QStringLiteral("example.org");
    plan.measureHarvest = false;
    return plan;
}

struct Harness {
    FakeMailServer server;
    Transcript transcript;
    std::unique_ptr<EnumerationRun> run;

    void start(const EnumerationPlan &plan)
    {
        run = std::make_unique<EnumerationRun>(plan, &transcript);
        run->setTransportFactory([this] { return server.create(); });
        run->start();
    }
    bool finish() { return waitForJob(*run, runTimeoutMs); }
};

const QStringList threeUsers {QStringLiteral("alice"), QStringLiteral("bob"),
                              QStringLiteral("carol")};

} // namespace

TEST(EnumRun, RcptFindsExactlyTheUsersInSmallPipelinedSessions)
{
    Harness h;
    h.start(planFor(EnumerationMethod::Rcpt, namesWithUsers(100)));
    ASSERT_TRUE(h.finish());
    const EnumerationResult &r = h.run->result();
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_TRUE(r.baseline.discriminates) << r.baseline.reason.toStdString();
    EXPECT_EQ(r.baseline.method, EnumerationMethod::Rcpt);
    EXPECT_EQ(r.found(), threeUsers);
    EXPECT_EQ(r.count(ProbeVerdict::Absent), 100);
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 0);
    // Below Postfix's soft error limit in every session, and one write per batch.
    EXPECT_LE(h.server.maxErrorsInSession, EnumerationPlan::defaultSessionErrorBudget);
    EXPECT_EQ(h.server.splitBatches, 0);
    for (const ProbeResult &p : r.probes) {
        EXPECT_GE(p.evidence, 0);
        EXPECT_GT(p.connection, 0);
        EXPECT_EQ(p.argument, p.name + QStringLiteral("@example.org"));
        ASSERT_LT(p.evidence, h.transcript.entries().size());
        EXPECT_TRUE(
            h.transcript.entries().at(p.evidence).text.startsWith(QString::number(p.reply.code)));
    }
}

TEST(EnumRun, PostfixStyleVrfy252CountsAsExistsOnlyAgainstA5xxBaseline)
{
    Harness h;
    h.start(planFor(EnumerationMethod::Vrfy, namesWithUsers(30)));
    ASSERT_TRUE(h.finish());
    const EnumerationResult &r = h.run->result();
    EXPECT_EQ(r.baseline.method, EnumerationMethod::Vrfy);
    EXPECT_EQ(r.found(), threeUsers);
    EXPECT_LE(h.server.maxErrorsInSession, EnumerationPlan::defaultSessionErrorBudget);

    Harness cannot;
    cannot.server.vrfy = FakeMailServer::Vrfy::CannotVerify;
    cannot.start(planFor(EnumerationMethod::Vrfy, namesWithUsers(30)));
    ASSERT_TRUE(cannot.finish());
    const EnumerationResult &c = cannot.run->result();
    EXPECT_FALSE(c.baseline.discriminates);
    EXPECT_TRUE(c.probes.isEmpty());
    EXPECT_EQ(c.found(), QStringList());
    EXPECT_TRUE(c.baseline.reason.contains(QLatin1String("252")))
        << c.baseline.reason.toStdString();
    EXPECT_TRUE(c.baseline.reason.contains(QLatin1String("RCPT TO"))) << "names what works instead";
}

TEST(EnumRun, AutoUsesPipelinedRcptOrVrfyWithout)
{
    Harness h;
    h.start(planFor(EnumerationMethod::Auto, namesWithUsers(20)));
    ASSERT_TRUE(h.finish());
    EXPECT_EQ(h.run->result().baseline.method, EnumerationMethod::Rcpt);
    EXPECT_EQ(h.run->result().found(), threeUsers);

    Harness slow;
    slow.server.pipelining = false;
    slow.start(planFor(EnumerationMethod::Auto, namesWithUsers(20)));
    ASSERT_TRUE(slow.finish());
    EXPECT_EQ(slow.run->result().baseline.method, EnumerationMethod::Vrfy);
    EXPECT_EQ(slow.run->result().found(), threeUsers);
    const QStringList ids = [&] {
        QStringList list;
        for (const Finding &f : slow.run->result().findings)
            list.append(f.id);
        return list;
    }();
    EXPECT_TRUE(ids.contains(QStringLiteral("enum.vrfy-enabled")));
    EXPECT_TRUE(ids.contains(QStringLiteral("enum.rcpt-possible")));
}

TEST(EnumRun, SessionErrorLimitIsLearntAndResultsStayExact)
{
    Harness h;
    h.server.errorLimit = 3; // 421 at the fourth command after three errors
    h.start(planFor(EnumerationMethod::Rcpt, namesWithUsers(60)));
    ASSERT_TRUE(h.finish());
    const EnumerationResult &r = h.run->result();
    EXPECT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.found(), threeUsers);
    EXPECT_EQ(r.count(ProbeVerdict::Absent), 60);
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 0);
    EXPECT_GT(r.harvest.throttleEvents, 0);
}

TEST(EnumRun, ThrottledNamesAreRetriedAndNeverCountedAbsent)
{
    Harness h;
    h.server.temporaryFailures = {{QStringLiteral("bob"), 2}, {QStringLiteral("guess3"), 1000}};
    h.start(planFor(EnumerationMethod::Rcpt, namesWithUsers(10)));
    ASSERT_TRUE(h.finish());
    const EnumerationResult &r = h.run->result();
    EXPECT_EQ(r.found(), threeUsers);
    for (const ProbeResult &p : r.probes) {
        if (p.name == QLatin1String("bob")) {
            EXPECT_EQ(p.verdict, ProbeVerdict::Exists);
            EXPECT_EQ(p.attempts, 3);
        } else if (p.name == QLatin1String("guess3")) {
            EXPECT_EQ(p.verdict, ProbeVerdict::Unknown);
            EXPECT_EQ(p.reply.code, 450);
            EXPECT_EQ(p.attempts, EnumerationPlan::defaultMaxAttempts);
            EXPECT_FALSE(p.note.isEmpty());
        }
    }
    EXPECT_EQ(r.count(ProbeVerdict::Unknown), 1);
}

TEST(EnumRun, CatchAllReportsNoUsersAndSaysWhy)
{
    Harness h;
    h.server.catchAll = true;
    h.server.vrfy = FakeMailServer::Vrfy::CannotVerify;
    h.start(planFor(EnumerationMethod::Auto, namesWithUsers(50)));
    ASSERT_TRUE(h.finish());
    const EnumerationResult &r = h.run->result();
    EXPECT_TRUE(r.error.isEmpty());
    EXPECT_FALSE(r.baseline.discriminates);
    EXPECT_TRUE(r.found().isEmpty());
    EXPECT_EQ(r.notProbed(), r.total);
    EXPECT_TRUE(r.baseline.reason.contains(QLatin1String("catch-all")))
        << r.baseline.reason.toStdString();
    ASSERT_FALSE(r.findings.isEmpty());
    EXPECT_EQ(r.findings.constFirst().id, QStringLiteral("harvest.backscatter"));
    EXPECT_EQ(r.findings.constFirst().severity, Severity::High);
    EXPECT_FALSE(r.findings.constFirst().evidence.isEmpty());
}

TEST(EnumRun, RefusedSenderIsNotMistakenForUnknownUsers)
{
    Harness h;
    h.server.mailReply = "553 5.7.1 <>: Sender address rejected: not accepted here";
    h.start(planFor(EnumerationMethod::Rcpt, namesWithUsers(10)));
    ASSERT_TRUE(h.finish());
    const EnumerationResult &r = h.run->result();
    EXPECT_FALSE(r.baseline.discriminates);
    EXPECT_EQ(r.count(ProbeVerdict::Absent), 0);
    EXPECT_EQ(r.baseline.find(EnumerationMethod::Rcpt)->verdict, BaselineVerdict::SenderRefused);
    EXPECT_TRUE(r.baseline.reason.contains(QLatin1String("553")));
}

TEST(EnumRun, UnreachableServerIsAnError)
{
    Harness h;
    h.server.refuse = true;
    h.start(planFor(EnumerationMethod::Auto, namesWithUsers(10)));
    ASSERT_TRUE(h.finish());
    EXPECT_TRUE(h.run->result().error.contains(QLatin1String("refused")))
        << h.run->result().error.toStdString();
}

TEST(EnumRun, CancelStopsAtOnceKeepsResultsAndTheJournal)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EnumerationPlan plan = planFor(EnumerationMethod::Rcpt, namesWithUsers(400));
    plan.ratePerSecond = 100; // about four seconds in all
    plan.journalPath = dir.filePath(QStringLiteral("run.jsonl"));
    Harness h;
    h.start(plan);
    QSignalSpy probes(h.run.get(), &EnumerationRun::probeFinished);
    QSignalSpy finished(h.run.get(), &EnumerationRun::finished);
    ASSERT_TRUE(waitForSignals(probes, 20, runTimeoutMs));
    h.run->cancel();
    EXPECT_EQ(finished.size(), 1) << "finished() at once";
    EXPECT_FALSE(h.run->isRunning());
    const EnumerationResult &r = h.run->result();
    EXPECT_TRUE(r.cancelled);
    const qsizetype kept = r.probes.size();
    EXPECT_GE(kept, 20);
    EXPECT_LT(kept, 400);
    QTest::qWait(300); // nothing arrives after a cancel
    EXPECT_EQ(probes.size(), kept);
    EXPECT_EQ(finished.size(), 1);

    const QList<QJsonObject> records = JsonLinesJournal::read(plan.journalPath);
    ASSERT_GE(records.size(), 3);
    EXPECT_EQ(records.constFirst().value(QStringLiteral("type")).toString(), QStringLiteral("run"));
    EXPECT_EQ(records.at(1).value(QStringLiteral("type")).toString(), QStringLiteral("baseline"));
    qsizetype probeRecords = 0;
    for (const QJsonObject &record : records)
        probeRecords += record.value(QStringLiteral("type")).toString() == QLatin1String("probe");
    EXPECT_EQ(probeRecords, kept);
    EXPECT_EQ(records.constLast().value(QStringLiteral("type")).toString(),
              QStringLiteral("summary"));
    EXPECT_TRUE(records.constLast().value(QStringLiteral("cancelled")).toBool());
}

TEST(EnumRun, RateCapPacesTheProbes)
{
    EnumerationPlan plan = planFor(EnumerationMethod::Rcpt, namesWithUsers(37)); // 40 names
    plan.ratePerSecond = 50;
    Harness h;
    h.start(plan);
    ASSERT_TRUE(h.finish());
    EXPECT_EQ(h.run->result().found(), threeUsers);
    // 40 probes at 50/s: the last batch may leave at 0.8 s minus one batch's worth.
    EXPECT_GE(h.run->result().enumerationMs, 600);
}

TEST(EnumRun, HarvestMeasuresTheErrorLimitAndLongSessionsResetBetweenTransactions)
{
    Harness limited;
    limited.server.errorLimit = 20; // Postfix's smtpd_hard_error_limit
    EnumerationPlan plan = planFor(EnumerationMethod::Rcpt, namesWithUsers(40));
    plan.measureHarvest = true;
    limited.start(plan);
    ASSERT_TRUE(limited.finish());
    const HarvestResult &h = limited.run->result().harvest;
    EXPECT_EQ(h.defence, HarvestDefence::Disconnect) << h.summary.toStdString();
    EXPECT_EQ(h.errorsBeforeDefence, 20);
    EXPECT_EQ(limited.run->result().found(), threeUsers);

    // No limit at all: the harvest finding, then long sessions of several transactions.
    Harness open;
    open.start(plan);
    ASSERT_TRUE(open.finish());
    const EnumerationResult &r = open.run->result();
    EXPECT_EQ(r.harvest.defence, HarvestDefence::None) << r.harvest.summary.toStdString();
    EXPECT_GT(r.harvest.guessesPerMinute, 0);
    EXPECT_TRUE(std::any_of(r.findings.cbegin(), r.findings.cend(), [](const Finding &f) {
        return f.id == QLatin1String("harvest.no-throttling") && f.severity == Severity::Medium;
    }));
    EXPECT_EQ(r.found(), threeUsers);

    Harness longSessions;
    plan.names = namesWithUsers(400);
    longSessions.start(plan);
    ASSERT_TRUE(longSessions.finish());
    EXPECT_EQ(longSessions.run->result().found(), threeUsers);
    EXPECT_EQ(longSessions.run->result().count(ProbeVerdict::Absent), 400);
    EXPECT_GT(longSessions.server.resets, 0);
    EXPECT_LE(longSessions.server.maxRecipientsInTransaction,
              EnumerationPlan::maxRecipientsPerTransaction);
}
