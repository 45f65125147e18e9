// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QMetaType>
#include <QString>

namespace mxscope {

enum class TranscriptDirection { Sent, Received, Event };

// One line of a conversation with a server. text is display-safe (see safeText) and has
// secrets already redacted; the UI owns colours and models.
struct TranscriptEntry {
    qint64 timestampMs = 0; // milliseconds since the epoch
    TranscriptDirection direction = TranscriptDirection::Event;
    bool tls = false; // the line travelled inside TLS
    int connection = 0; // which connection of a check the line belongs to
    QString text;
};

QString toString(TranscriptDirection direction);

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::TranscriptEntry)
