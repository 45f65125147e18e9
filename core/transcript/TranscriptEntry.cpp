// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/TranscriptEntry.h"

namespace mxscope {

QString toString(TranscriptDirection direction)
{
    switch (direction) {
    case TranscriptDirection::Sent:
        return QStringLiteral("sent");
    case TranscriptDirection::Received:
        return QStringLiteral("received");
    case TranscriptDirection::Event:
        return QStringLiteral("event");
    }
    return {};
}

} // namespace mxscope
