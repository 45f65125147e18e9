// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// Reply parser throughput on pipelined enumeration-style traffic, against the floor of
// merely finding the line ends in the same bytes (memchr). Prints MB/s and the ratio.
#include "smtp/ReplyParser.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstring>

using namespace mxscope;

namespace {

QByteArray makeTraffic(int replies)
{
    QByteArray traffic;
    for (int i = 0; i < replies; ++i) {
        if (i % 10 == 0)
            traffic += "250-mx.example.org\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250 "
                       "ENHANCEDSTATUSCODES\r\n";
        else if (i % 2)
            traffic += "550 5.1.1 <user" + QByteArray::number(i)
                + "@example.org>: Recipient address rejected\r\n";
        else
            traffic += "250 2.1.5 Ok\r\n";
    }
    return traffic;
}

// Feeds the traffic in 1460-byte segments, as it arrives from a socket.
qint64 parseAll(const QByteArray &traffic, qsizetype *replies)
{
    QElapsedTimer timer;
    timer.start();
    ReplyParser parser;
    *replies = 0;
    for (qsizetype pos = 0; pos < traffic.size(); pos += 1460) {
        ReplyParser::Output out;
        parser.feed(
            QByteArrayView(traffic).sliced(pos, std::min<qsizetype>(1460, traffic.size() - pos)),
            out);
        *replies += out.replies.size();
    }
    return timer.nsecsElapsed();
}

qint64 scanLineEnds(const QByteArray &traffic, qsizetype *lines)
{
    QElapsedTimer timer;
    timer.start();
    *lines = 0;
    const char *p = traffic.constData();
    const char *end = p + traffic.size();
    while ((p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p))))) {
        ++*lines;
        ++p;
    }
    return timer.nsecsElapsed();
}

} // namespace

int main()
{
    const QByteArray traffic = makeTraffic(200'000);
    const double megabytes = double(traffic.size()) / 1e6;
    qint64 best = std::numeric_limits<qint64>::max(), floor = best;
    qsizetype replies = 0, lines = 0;
    for (int round = 0; round < 5; ++round) {
        best = std::min(best, parseAll(traffic, &replies));
        floor = std::min(floor, scanLineEnds(traffic, &lines));
    }
    std::printf("reply parser: %.1f MB, %lld replies, %lld lines\n", megabytes, qint64(replies),
                qint64(lines));
    std::printf("  %-28s %10.1f MB/s  %12.0f replies/s\n", "ReplyParser::feed",
                megabytes / (best / 1e9), double(replies) / (best / 1e9));
    std::printf("  %-28s %10.1f MB/s  (baseline: line ends only)\n", "memchr scan",
                megabytes / (floor / 1e9));
    std::printf("  ratio parser/baseline time: %.1fx\n", double(best) / double(floor));
    // The line bench/run-all.sh collects (bench/README.md).
    std::printf("RESULT reply-parser.feed %.1f MB/s baseline=%.1f ratio=%.2f\n",
                megabytes / (best / 1e9), megabytes / (floor / 1e9), double(best) / double(floor));
    return replies > 0 ? 0 : 1;
}
