// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "headers/HeaderBlock.h"
#include "headers/ReceivedParser.h"

#include <optional>

namespace mxscope {

// One relay the message passed through, as its Received field tells it.
struct Hop {
    int number = 0; // 1 = the oldest hop (the bottom Received field)
    int line = 0; // where its Received field starts in the header
    ReceivedField received;
    // Seconds since the previous hop; negative when the clocks disagree. Empty for the
    // first hop and when either date is missing or unreadable.
    std::optional<qint64> delaySeconds;
};

namespace HopTimeline {

// Postfix refuses mail after 50 hops (hopcount_limit); far more is not a real message.
constexpr int maxHops = 200;

// Received fields are prepended by each relay, so the header lists them newest first;
// the timeline runs oldest to newest, and keeps the newest maxHops.
QList<Hop> build(const HeaderBlock &block);

} // namespace HopTimeline
} // namespace mxscope
