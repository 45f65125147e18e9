// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Account enumeration against a real Postfix on 127.0.0.1 (a private instance started by
// PostfixFixture; needs root and /usr/sbin/postfix): 1,000 and 10,000 names with RCPT and
// VRFY. For each, mxscope beside the raw limit measured in the same run (RawProbeClient:
// pipelined RCPT batches on the same number of connections, nothing kept but codes) and
// beside nmap's smtp-enum-users when nmap is installed. Every tool's found set is scored
// against the users Postfix really has. Prints names/second and the ratio to the raw limit.
//
//   enumeration_bench [--sizes 1000,10000] [--connections 4] [--hold SECONDS]
//
// --hold only starts the Postfix instance and keeps it up, for trying other clients.
#include "NmapEnumUsers.h"
#include "PostfixFixture.h"
#include "RawProbeClient.h"
#include "enumeration/EnumerationRun.h"
#include "transcript/Transcript.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <functional>

#include <cstdio>

using namespace mxscope;
using namespace mxscope::bench;
using mxscope::testing::PostfixFixture;

namespace {

const QString domain = QStringLiteral("postfix.test");
// Postfix sleeps before every reply once a session has made smtpd_soft_error_limit (10)
// errors, so 10 rejected RCPTs per session is the most any client gets for free.
constexpr int rawPerSession = 10;
constexpr int runTimeoutMs = 600'000;

struct Row {
    int names = 0;
    QString method;
    QString tool;
    qint64 ms = -1; // -1: did not run
    int sessions = 0;
    int found = 0;
    double precision = -1; // -1: nothing found, undefined
    double recall = 0;
    QString note;
};

struct Score {
    int found = 0;
    double precision = -1;
    double recall = 0;
};

Score score(const QSet<QString> &found, const QSet<QString> &truth)
{
    Score s;
    s.found = int(found.size());
    const int hits = int((found & truth).size());
    if (!found.isEmpty())
        s.precision = double(hits) / double(found.size());
    s.recall = truth.isEmpty() ? 1.0 : double(hits) / double(truth.size());
    return s;
}

// One real user in every hundred names.
QStringList makeNames(int count, const QStringList &users, QSet<QString> *truth)
{
    QStringList names;
    for (int i = 0; i < count; ++i) {
        if (i % 100 == 50) {
            const QString &user = users.at((i / 100) % users.size());
            names.append(user);
            truth->insert(user);
        } else {
            names.append(QStringLiteral("guess%1").arg(i, 5, 10, QLatin1Char('0')));
        }
    }
    return names;
}

Row runRaw(const PostfixFixture &postfix, RawProbeClient::Method method, const QStringList &names,
           const QSet<QString> &truth, int connections)
{
    QStringList addresses;
    for (const QString &name : names)
        addresses.append(name + QLatin1Char('@') + domain);
    RawProbeClient client(postfix.host(), postfix.port(), method, rawPerSession, connections);
    Row row;
    row.tool = QStringLiteral("raw limit");
    if (!client.run(addresses, runTimeoutMs))
        row.note = QStringLiteral("%1 unanswered").arg(client.unanswered());
    QSet<QString> found;
    for (const QString &address : client.accepted())
        found.insert(address.section(QLatin1Char('@'), 0, 0));
    const Score s = score(found, truth);
    row.ms = client.elapsedMs();
    row.sessions = client.sessions();
    row.found = s.found;
    row.precision = s.precision;
    row.recall = s.recall;
    if (row.note.isEmpty())
        row.note = QStringLiteral("%1 per session, close without QUIT reply").arg(rawPerSession);
    return row;
}

// Where a run's time goes (MXSCOPE_BENCH_PROFILE=1): the gaps before each kind of
// transcript line, summed per connection; how many sessions were open on average; the
// slowest sessions.
void printPhases(const Transcript &transcript)
{
    const QList<TranscriptEntry> &entries = transcript.entries();
    if (entries.isEmpty())
        return;
    QHash<int, qint64> last, opened;
    QHash<QString, qint64> sums;
    QHash<QString, int> counts;
    QList<std::pair<qint64, int>> sessions; // duration, connection
    qint64 busy = 0;
    for (const TranscriptEntry &e : entries) {
        const QString key = toString(e.direction) + QLatin1Char(' ') + e.text.left(14);
        if (last.contains(e.connection)) {
            sums[key] += e.timestampMs - last.value(e.connection);
            ++counts[key];
        }
        last[e.connection] = e.timestampMs;
        if (e.text.startsWith(QLatin1String("Connecting")))
            opened[e.connection] = e.timestampMs;
        else if (e.text.startsWith(QLatin1String("Connection closed"))
                 && opened.contains(e.connection)) {
            const qint64 duration = e.timestampMs - opened.take(e.connection);
            busy += duration;
            sessions.append({duration, e.connection});
        }
    }
    QStringList keys = sums.keys();
    std::sort(keys.begin(), keys.end(),
              [&](const QString &a, const QString &b) { return sums.value(a) > sums.value(b); });
    for (const QString &key : keys.mid(0, 6))
        std::printf("  %-40s n=%6d sum=%7lld ms\n", qPrintable(key), counts.value(key),
                    sums.value(key));
    const qint64 span = entries.constLast().timestampMs - entries.constFirst().timestampMs;
    std::printf("  sessions open on average: %.2f\n",
                double(busy) / double(std::max<qint64>(1, span)));
    std::sort(sessions.begin(), sessions.end(), std::greater<>());
    for (const auto &[duration, connection] : sessions.mid(0, 3))
        std::printf("  slowest: connection %d, %lld ms\n", connection, duration);
}

Row runMxscope(const PostfixFixture &postfix, EnumerationMethod method, const QStringList &names,
               const QSet<QString> &truth, int connections)
{
    EnumerationPlan plan;
    plan.target = postfix.sessionOptions();
    plan.method = method;
    plan.names = names;
    plan.domain = domain;
    plan.connections = connections;
    plan.measureHarvest = false; // it waits for Postfix's error sleep by design: not speed
    Transcript transcript;
    EnumerationRun run(plan, &transcript);
    QEventLoop loop;
    QObject::connect(&run, &EnumerationRun::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(runTimeoutMs, &loop, &QEventLoop::quit);
    run.start();
    if (run.isRunning())
        loop.exec();
    run.cancel();
    const EnumerationResult &r = run.result();
    if (qEnvironmentVariableIsSet("MXSCOPE_BENCH_PROFILE"))
        printPhases(transcript);
    QSet<QString> found;
    for (const QString &name : r.found())
        found.insert(name);
    const Score s = score(found, truth);
    Row row;
    row.tool = QStringLiteral("mxscope");
    row.ms = r.elapsedMs;
    row.sessions = r.sessions;
    row.found = s.found;
    row.precision = s.precision;
    row.recall = s.recall;
    row.note = !r.error.isEmpty()
        ? r.error
        : QStringLiteral("baseline %1 ms included; %2 unknown, %3 throttle events")
              .arg(r.elapsedMs - r.enumerationMs)
              .arg(r.count(ProbeVerdict::Unknown))
              .arg(r.harvest.throttleEvents);
    return row;
}

Row runNmap(const PostfixFixture &postfix, const QString &method, const QStringList &names,
            const QSet<QString> &truth)
{
    Row row;
    row.tool = QStringLiteral("nmap smtp-enum-users");
    if (const QString reason = NmapEnumUsers::unavailableReason(); !reason.isEmpty()) {
        row.note = QStringLiteral("skipped: ") + reason;
        return row;
    }
    const NmapEnumUsers::Outcome outcome
        = NmapEnumUsers::run(postfix.port(), method, names, domain, runTimeoutMs);
    const Score s = score(outcome.found, truth);
    row.ms = outcome.ran ? outcome.elapsedMs : -1;
    row.sessions = outcome.ran ? 1 : 0;
    row.found = s.found;
    row.precision = s.precision;
    row.recall = s.recall;
    row.note = outcome.note;
    return row;
}

QString fixed(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}

void printTable(const QList<Row> &rows)
{
    std::printf("\n%-6s %-5s %-21s %8s %9s %7s %8s %6s %9s %6s  %s\n", "names", "via", "tool",
                "seconds", "names/s", "x raw", "sessions", "found", "precision", "recall", "note");
    qint64 rawMs = -1;
    for (const Row &row : rows) {
        if (row.tool == QLatin1String("raw limit"))
            rawMs = row.ms;
        const bool ran = row.ms >= 0;
        const QString seconds = ran ? fixed(double(row.ms) / 1000.0, 3) : QStringLiteral("-");
        const QString rate = ran
            ? fixed(double(row.names) * 1000.0 / double(std::max<qint64>(1, row.ms)), 0)
            : QStringLiteral("-");
        const QString ratio
            = ran && rawMs > 0 ? fixed(double(row.ms) / double(rawMs), 2) : QStringLiteral("-");
        const QString precision = row.precision < 0 ? QStringLiteral("-") : fixed(row.precision, 2);
        std::printf("%-6d %-5s %-21s %8s %9s %7s %8d %6d %9s %6s  %s\n", row.names,
                    qPrintable(row.method), qPrintable(row.tool), qPrintable(seconds),
                    qPrintable(rate), qPrintable(ratio), row.sessions, row.found,
                    qPrintable(precision), ran ? qPrintable(fixed(row.recall, 2)) : "-",
                    qPrintable(row.note));
    }
    std::fflush(stdout);
}

// The lines bench/run-all.sh collects (bench/README.md): names per second of each tool
// that ran, beside the raw limit of the same method and size.
void printResultLines(const QList<Row> &rows)
{
    const auto rate = [](const Row &row) {
        return double(row.names) * 1000.0 / double(std::max<qint64>(1, row.ms));
    };
    const Row *raw = nullptr;
    for (const Row &row : rows) {
        if (row.tool == QLatin1String("raw limit")) {
            raw = row.ms > 0 ? &row : nullptr;
            continue;
        }
        // A tool that found nobody (nmap often gives up) has no speed worth a row.
        if (row.ms < 0 || (row.tool != QLatin1String("mxscope") && row.recall <= 0))
            continue;
        const QString name = QStringLiteral("enumeration.%1.%2.%3")
                                 .arg(row.method.toLower())
                                 .arg(row.names)
                                 .arg(row.tool.section(QLatin1Char(' '), 0, 0));
        if (raw)
            std::printf("RESULT %s %.0f names/s baseline=%.0f ratio=%.2f\n", qPrintable(name),
                        rate(row), rate(*raw), double(row.ms) / double(raw->ms));
        else
            std::printf("RESULT %s %.0f names/s\n", qPrintable(name), rate(row));
    }
    std::fflush(stdout);
}

QList<int> parseSizes(const QStringList &arguments, int *connections, int *holdSeconds)
{
    QList<int> sizes {1000, 10'000};
    for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--sizes")) {
            sizes.clear();
            for (const QString &size : arguments.at(i + 1).split(QLatin1Char(',')))
                sizes.append(size.toInt());
        } else if (arguments.at(i) == QLatin1String("--hold")) {
            *holdSeconds = arguments.at(i + 1).toInt();
        } else if (arguments.at(i) == QLatin1String("--connections")) {
            *connections = std::clamp(arguments.at(i + 1).toInt(), 1, 16);
        }
    }
    return sizes;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int connections = 4;
    int holdSeconds = 0;
    const QList<int> sizes = parseSizes(QCoreApplication::arguments(), &connections, &holdSeconds);
    if (const QString reason = PostfixFixture::unavailableReason(); !reason.isEmpty()) {
        std::printf("enumeration_bench: %s\nSKIP enumeration %s\n", qPrintable(reason),
                    qPrintable(reason));
        return 0;
    }
    QStringList users;
    for (int i = 0; i < 150; ++i)
        users.append(QStringLiteral("user%1").arg(i, 3, 10, QLatin1Char('0')));
    PostfixFixture::Options options;
    options.users = users;
    options.mainCf = {{QStringLiteral("disable_vrfy_command"), QStringLiteral("no")}};
    std::printf("Postfix %s on 127.0.0.1, %d connections per tool, 1 real user per 100 names; "
                "nmap: %s\n",
                qPrintable(PostfixFixture::installedVersion()), connections,
                qPrintable(NmapEnumUsers::unavailableReason().isEmpty()
                               ? QStringLiteral("installed")
                               : NmapEnumUsers::unavailableReason()));
    if (holdSeconds > 0) { // keep an instance up for experiments with other clients
        PostfixFixture postfix(options);
        if (!postfix.start())
            return 1;
        std::printf("holding Postfix on port %u for %d s\n", postfix.port(), holdSeconds);
        std::fflush(stdout);
        QTimer::singleShot(holdSeconds * 1000, &app, &QCoreApplication::quit);
        return QCoreApplication::exec();
    }

    // Every measurement gets a fresh, warmed-up instance: Postfix's own logging slows
    // down after some ten thousand rejections, which would punish whichever tool runs
    // second.
    const auto measure = [&](const std::function<Row(const PostfixFixture &)> &tool) {
        PostfixFixture postfix(options);
        if (!postfix.start()) {
            Row row;
            row.note = QStringLiteral("Postfix did not start: ") + postfix.errorString();
            return row;
        }
        QSet<QString> warmTruth;
        runRaw(postfix, RawProbeClient::Method::Rcpt, makeNames(400, users, &warmTruth), warmTruth,
               connections);
        return tool(postfix);
    };
    QList<Row> rows;
    for (const int size : sizes) {
        QSet<QString> truth;
        const QStringList names = makeNames(size, users, &truth);
        for (const auto &[method, rawMethod, nmapMethod] :
             {std::tuple {EnumerationMethod::Rcpt, RawProbeClient::Method::Rcpt, "RCPT"},
              std::tuple {EnumerationMethod::Vrfy, RawProbeClient::Method::Vrfy, "VRFY"}}) {
            QList<Row> group
                = {measure([&](const PostfixFixture &postfix) {
                       return runRaw(postfix, rawMethod, names, truth, connections);
                   }),
                   measure([&](const PostfixFixture &postfix) {
                       return runMxscope(postfix, method, names, truth, connections);
                   }),
                   measure([&](const PostfixFixture &postfix) {
                       return runNmap(postfix, QString::fromLatin1(nmapMethod), names, truth);
                   })};
            for (Row &row : group) {
                row.names = size;
                row.method = QString::fromLatin1(nmapMethod);
            }
            rows += group;
            printTable(group);
        }
    }
    std::printf("\nSummary (x raw: time relative to the raw limit of the same method and size; "
                "the goal is exact results within 1.5x):");
    printTable(rows);
    printResultLines(rows);
    return 0;
}
