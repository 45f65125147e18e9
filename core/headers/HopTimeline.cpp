// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HopTimeline.h"

namespace mxscope::HopTimeline {

QList<Hop> build(const HeaderBlock &block)
{
    QList<Hop> hops;
    QList<HeaderField> fields = block.all(QLatin1String("Received"));
    if (fields.size() > maxHops)
        fields.resize(maxHops);
    for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
        Hop hop;
        hop.number = int(hops.size()) + 1;
        hop.line = it->line;
        hop.received = ReceivedParser::parse(it->value);
        if (!hops.isEmpty()) {
            const QDateTime &previous = hops.constLast().received.time;
            if (previous.isValid() && hop.received.time.isValid())
                hop.delaySeconds = previous.secsTo(hop.received.time);
        }
        hops.append(hop);
    }
    return hops;
}

} // namespace mxscope::HopTimeline
