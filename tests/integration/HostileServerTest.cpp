// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// Every check against servers that attack their client: NUL and 8-bit bytes, replies one
// byte per packet, a STARTTLS that never becomes TLS, an implicit-TLS port that never
// answers, a hang-up before the greeting, replies to the wrong command, a 1 MiB line, an
// endless multi-line reply. Each check must end by itself, quickly, with a clear error or
// a verdict, with bounded memory, and leave a transcript that shows what happened.
#include "HostileScriptServer.h"
#include "SignalWait.h"
#include "audit/AuditRunner.h"
#include "audit/CheckCatalogue.h"
#include "transcript/Transcript.h"

#include <QElapsedTimer>
#include <QFile>

#include <gtest/gtest.h>

#include <iostream>
#include <memory>

namespace mxscope::testing {
namespace {

// As a user would pass --time-limit 14. A check stopped by it counts as hung: each must end
// by its own state budgets well before.
constexpr int checkTimeLimitMs = 14'000;
constexpr qint64 maxCheckMs = 15'000;
constexpr qint64 maxMemoryGrowthKb = 256 * 1024;

struct Case {
    HostileScript script;
    TlsMode tls = TlsMode::None;
    // What the banner check (the one every audit runs first) must say: a completed check
    // (empty), or a failure whose error contains this text.
    QString bannerError;
    // A transcript line (any direction) that shows what the server did.
    QString transcriptShows;
    // Checks that may end at the time limit here rather than by themselves: bounded work
    // that a slow or silent server stretches past it (retries, measurements).
    QStringList mayReachTimeLimit = {};
    // Every state budget of the sessions (--timeout).
    int stateBudgetMs = 2000;
};

const QList<Case> &cases()
{
    const QStringList none;
    const QString completes;
    static const QList<Case> list = {
        {HostileScript::NulAndEightBit, TlsMode::None, completes, QStringLiteral("\\x00\\xff")},
        // Slow by design: budgets a user would raise for it, and the relay matrix (a few
        // hundred replies) may not fit in the time limit at one byte per packet.
        {HostileScript::BytePerPacket,
         TlsMode::None,
         completes,
         QStringLiteral("220 mx.hostile.test ESMTP"),
         {QStringLiteral("relay")},
         5000},
        // Enumeration retries each baseline session that timed out up to four times, and the
        // capacity check waits for greetings with budgets of its own (5 s connect, 8 s
        // greeting): bounded, but longer than the time limit against a silent server.
        {HostileScript::StartTlsStall,
         TlsMode::StartTls,
         QStringLiteral("Timed out"),
         QStringLiteral("220 2.0.0 Ready to start TLS"),
         {QStringLiteral("enumeration")}},
        {HostileScript::SilentImplicitTls,
         TlsMode::Implicit,
         QStringLiteral("Timed out"),
         QStringLiteral("Timed out: Connecting"),
         {QStringLiteral("enumeration"), QStringLiteral("capacity")}},
        {HostileScript::CloseBeforeGreeting, TlsMode::None, QStringLiteral("closed"),
         QStringLiteral("closed the connection"), none},
        {HostileScript::ReplyToWrongCommand, TlsMode::None, QStringLiteral("refused EHLO: 354"),
         QStringLiteral("354 Start mail input"), none},
        {HostileScript::DataAcceptedThenSilent, TlsMode::None, completes,
         QStringLiteral("Timed out waiting for the reply to QUIT"), none},
        {HostileScript::MegaLine, TlsMode::None, QStringLiteral("longer than 4096 bytes"),
         QStringLiteral("longer than 4096 bytes"), none},
        {HostileScript::EndlessContinuation, TlsMode::None, QStringLiteral("more than 512 lines"),
         QStringLiteral("250-endless continuation line 1"), none},
    };
    return list;
}

// Short state budgets, as a user would set them with --timeout, so a silent server costs
// seconds, not minutes.
CheckContext contextFor(const HostileScriptServer &server, const Case &spec)
{
    const int budget = spec.stateBudgetMs;
    CheckContext context;
    context.target.host = QStringLiteral("127.0.0.1");
    context.target.port = server.port();
    context.target.tls = spec.tls;
    context.target.heloName = QStringLiteral("client.mxscope.test");
    context.target.timeouts = {budget, budget, budget, budget, budget};
    context.domain = QStringLiteral("hostile.test");
    context.sender = QStringLiteral("tester@client.mxscope.test");
    context.localRecipient = QStringLiteral("postmaster@hostile.test");
    context.externalRecipient = QStringLiteral("relay-probe@outside.mxscope.test");
    context.userNames = {QStringLiteral("alice"), QStringLiteral("bob"),  QStringLiteral("carol"),
                         QStringLiteral("admin"), QStringLiteral("info"), QStringLiteral("sales")};
    context.authorised = true; // every check runs, the ones that send mail included
    context.maxConnections = 4;
    context.timeLimitMs = checkTimeLimitMs;
    context.nameServer = QHostAddress::LocalHost; // DNS questions stay on this machine
    return context;
}

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak (VmHWM) to the current resident size, so the peak measures this test.
bool resetPeakMemory()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7f;
    });
}

struct Scenario {
    Case spec;
    std::unique_ptr<HostileScriptServer> server;
    std::unique_ptr<AuditRunner> runner;
};

TEST(HostileServer, EveryCheckEndsQuicklyWithAClearResultAndBoundedMemory)
{
    const QStringList checks = CheckCatalogue::ids();
    ASSERT_FALSE(checks.isEmpty());
    for (const char *core : {"banner", "relay", "enumeration", "eicar"})
        EXPECT_TRUE(checks.contains(QLatin1String(core))) << core;

    const bool peakReset = resetPeakMemory();
    const qint64 rssBefore = statusKb("VmRSS:");

    // All servers at once, each audit running its checks one after another.
    std::vector<Scenario> scenarios;
    for (const Case &spec : cases()) {
        Scenario s;
        s.spec = spec;
        s.server = std::make_unique<HostileScriptServer>(spec.script);
        ASSERT_TRUE(s.server->listen());
        s.runner = std::make_unique<AuditRunner>(contextFor(*s.server, spec), checks);
        scenarios.push_back(std::move(s));
    }
    QElapsedTimer wall;
    wall.start();
    for (Scenario &s : scenarios)
        s.runner->start();
    const bool allEnded = waitUntil(
        [&] {
            return std::none_of(scenarios.cbegin(), scenarios.cend(),
                                [](const Scenario &s) { return s.runner->isRunning(); });
        },
        int(checks.size()) * checkTimeLimitMs + 5000);
    const qint64 wallMs = wall.elapsed();
    EXPECT_TRUE(allEnded);

    const qint64 peak = statusKb("VmHWM:");
    std::cout << "[ memory ] VmRSS before " << rssBefore << " kB, peak " << peak
              << " kB (peak reset: " << (peakReset ? "yes" : "no") << "), wall " << wallMs
              << " ms\n";
    ASSERT_GT(peak, 0);
    EXPECT_LT(peak - rssBefore, maxMemoryGrowthKb);

    for (Scenario &s : scenarios) {
        const char *name = toString(s.spec.script);
        const RunRecord &record = s.runner->record();
        std::cout << "[ " << name << " ]";
        for (const CheckOutcome &outcome : record.checks) {
            const qint64 ms = outcome.finishedMs - outcome.startedMs;
            std::cout << ' ' << outcome.checkId.toStdString() << '='
                      << toString(outcome.status).toStdString() << '/' << ms << "ms";
            EXPECT_TRUE(outcome.status == CheckStatus::Completed
                        || outcome.status == CheckStatus::Failed)
                << name << ' ' << outcome.checkId.toStdString() << ": "
                << toString(outcome.status).toStdString() << ' ' << outcome.error.toStdString();
            EXPECT_LT(ms, maxCheckMs) << name << ' ' << outcome.checkId.toStdString();
            EXPECT_GT(outcome.finishedMs, 0) << name << ' ' << outcome.checkId.toStdString();
            if (outcome.status == CheckStatus::Failed) {
                EXPECT_FALSE(outcome.error.isEmpty())
                    << name << ' ' << outcome.checkId.toStdString();
                if (!s.spec.mayReachTimeLimit.contains(outcome.checkId)) {
                    EXPECT_FALSE(outcome.error.contains(u"time limit"))
                        << name << ' ' << outcome.checkId.toStdString()
                        << " hung until its time limit";
                }
            }
        }
        std::cout << '\n';
        for (const CheckOutcome &outcome : record.checks) {
            if (outcome.finishedMs - outcome.startedMs > 5000 && !outcome.error.isEmpty())
                std::cout << "    " << outcome.checkId.toStdString() << ": "
                          << outcome.error.left(160).toStdString() << '\n';
        }

        const CheckOutcome &banner = record.checks.constFirst();
        ASSERT_EQ(banner.checkId, u"banner");
        if (s.spec.bannerError.isEmpty()) {
            EXPECT_EQ(banner.status, CheckStatus::Completed)
                << name << ": " << banner.error.toStdString();
        } else {
            EXPECT_EQ(banner.status, CheckStatus::Failed) << name;
            EXPECT_TRUE(banner.error.contains(s.spec.bannerError))
                << name << ": " << banner.error.toStdString();
        }

        const QList<TranscriptEntry> &transcript = s.runner->transcript()->entries();
        EXPECT_TRUE(std::any_of(
            transcript.cbegin(), transcript.cend(),
            [&](const TranscriptEntry &e) { return e.text.contains(s.spec.transcriptShows); }))
            << name << ": no transcript line shows \"" << s.spec.transcriptShows.toStdString()
            << '"';
        for (const TranscriptEntry &entry : transcript) {
            EXPECT_FALSE(hasControlCharacters(entry.text))
                << name << ": " << entry.text.toStdString();
            EXPECT_LE(entry.text.size(), 8192) << name;
        }
    }

    // Once every client has gone, every server connection has ended too.
    EXPECT_TRUE(waitUntil(
        [&] {
            return std::all_of(scenarios.cbegin(), scenarios.cend(),
                               [](const Scenario &s) { return s.server->openCount() == 0; });
        },
        5000));
}

} // namespace
} // namespace mxscope::testing
