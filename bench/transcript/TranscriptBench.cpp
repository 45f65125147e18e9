// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Appends 1,000,000 transcript lines, a chunk per event-loop turn as a fast server would
// deliver them, through the real TranscriptModel and TranscriptView (offscreen), while a
// 5 ms timer measures the longest stall of the event loop. The same run without a view is
// the baseline. Prints wall time, longest stall, peak RSS (VmHWM) and ratios.
//
//   QT_QPA_PLATFORM=offscreen ./transcript_bench [lines] [lines-per-turn] [batch-ms]
// batch-ms is the model's batch interval: 16 (default, as the main window uses) inserts
// at most once a frame; 0 inserts once per event-loop turn.
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace mxscope;

namespace {

constexpr int TickMs = 5;

struct Figures {
    bool complete = true; // every line reached the model
    qint64 wallMs = 0;
    qint64 longestStallMs = 0;
    qint64 searchMs = 0;
    qint64 peakRssKb = 0;
    qint64 rssKb = 0;
};

qint64 statusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

TranscriptEntry lineFor(qsizetype i)
{
    TranscriptEntry entry;
    entry.timestampMs = 1'700'000'000'000 + i;
    entry.direction = i % 2 ? TranscriptDirection::Received : TranscriptDirection::Sent;
    entry.connection = int(i % 20);
    entry.text = i % 2 ? QStringLiteral("250 2.1.5 Ok, recipient %1 accepted").arg(i)
                       : QStringLiteral("RCPT TO:<user%1@example.org>").arg(i);
    return entry;
}

// Feeds lines in chunks, one chunk per turn, and measures the loop with a ticking timer.
Figures run(qsizetype lines, int perTurn, int batchMs, bool withView)
{
    auto model = std::make_unique<TranscriptModel>();
    model->setBatchInterval(batchMs);
    std::unique_ptr<TranscriptView> view;
    if (withView) {
        view = std::make_unique<TranscriptView>();
        view->setTranscriptModel(model.get());
        view->resize(1000, 700);
        view->show();
        QCoreApplication::processEvents();
    }
    Figures figures;
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(TickMs);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] {
        figures.longestStallMs = std::max(figures.longestStallMs, sinceTick.elapsed() - TickMs);
        sinceTick.restart();
    });

    qsizetype sent = 0;
    QTimer producer;
    producer.setInterval(0);
    QObject::connect(&producer, &QTimer::timeout, &producer, [&] {
        const qsizetype end = std::min(lines, sent + perTurn);
        for (; sent < end; ++sent)
            model->append(lineFor(sent));
        if (sent >= lines) {
            producer.stop();
            // Let the last batch land and the view catch up, then stop.
            QTimer::singleShot(50, QCoreApplication::instance(), &QCoreApplication::quit);
        }
    });
    clock.start();
    sinceTick.start();
    ticker.start();
    producer.start();
    QCoreApplication::exec();
    ticker.stop();
    figures.wallMs = clock.elapsed();
    figures.complete = model->rowCount() + model->droppedCount() == lines;
    if (!figures.complete)
        std::fprintf(stderr, "lost lines: %d shown, %lld dropped\n", model->rowCount(),
                     static_cast<long long>(model->droppedCount()));
    if (view && view->verticalScrollBar()->value() != view->verticalScrollBar()->maximum())
        std::fprintf(stderr, "the view stopped following the tail\n");

    // Worst-case search: a needle that is nowhere, across every row.
    QElapsedTimer search;
    search.start();
    model->findRow(QStringLiteral("no such text"), -1);
    figures.searchMs = search.elapsed();
    figures.rssKb = statusKb("VmRSS");
    figures.peakRssKb = statusKb("VmHWM");
    return figures;
}

void print(const char *name, const Figures &f)
{
    std::printf("%-22s wall %6lld ms   longest stall %5lld ms   full search %4lld ms   "
                "RSS %7lld KiB   peak RSS %7lld KiB\n",
                name, static_cast<long long>(f.wallMs), static_cast<long long>(f.longestStallMs),
                static_cast<long long>(f.searchMs), static_cast<long long>(f.rssKb),
                static_cast<long long>(f.peakRssKb));
}

double ratio(qint64 a, qint64 b)
{
    return double(a) / double(std::max<qint64>(1, b));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qsizetype lines = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int perTurn = argc > 2 ? QByteArray(argv[2]).toInt() : 2'000;
    const int batchMs = argc > 3 ? QByteArray(argv[3]).toInt() : 16;
    std::printf("transcript_bench: %lld lines, %d per event-loop turn, batches every %d ms, "
                "stall goal < 50 ms\n",
                static_cast<long long>(lines), perTurn, batchMs);
    const qint64 startKb = statusKb("VmHWM");
    const Figures baseline = run(lines, perTurn, batchMs, false);
    print("model, no view", baseline);
    const Figures withView = run(lines, perTurn, batchMs, true);
    print("model + view", withView);
    std::printf("peak RSS before the runs %lld KiB\n", static_cast<long long>(startKb));
    std::printf("ratio view/baseline: wall %.2fx, longest stall %.2fx\n",
                ratio(withView.wallMs, baseline.wallMs),
                ratio(withView.longestStallMs, baseline.longestStallMs));
    // The lines bench/run-all.sh collects (bench/README.md).
    std::printf("RESULT transcript.wall %lld ms baseline=%lld ratio=%.2f\n",
                static_cast<long long>(withView.wallMs), static_cast<long long>(baseline.wallMs),
                ratio(withView.wallMs, baseline.wallMs));
    std::printf("RESULT transcript.longest-stall %lld ms baseline=%lld ratio=%.2f\n",
                static_cast<long long>(withView.longestStallMs),
                static_cast<long long>(baseline.longestStallMs),
                ratio(withView.longestStallMs, baseline.longestStallMs));
    std::printf("RESULT transcript.peak-rss %lld KiB baseline=%lld ratio=%.2f\n",
                static_cast<long long>(withView.peakRssKb),
                static_cast<long long>(baseline.peakRssKb),
                ratio(withView.peakRssKb, baseline.peakRssKb));
    std::printf("RESULT transcript.full-search %lld ms\n",
                static_cast<long long>(withView.searchMs));
    std::printf("verdict: longest stall with view %lld ms %s the 50 ms goal\n",
                static_cast<long long>(withView.longestStallMs),
                withView.longestStallMs < 50 ? "meets" : "misses");
    // Slowness is for people to judge; only a measurement that went wrong fails.
    return baseline.complete && withView.complete ? 0 : 1;
}
