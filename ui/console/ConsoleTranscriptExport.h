// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mxscope {

// The console transcript as a plain text file, one line per entry:
//   2024-05-01T10:00:00.123Z  C      EHLO client.example
//   2024-05-01T10:00:00.140Z  S/TLS  250-mx.example
// (C: client, S: server, *: an event). Written atomically: a crash or a full disk leaves
// the old file, never half a new one.
class ConsoleTranscriptExport
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::ConsoleTranscriptExport)

public:
    static QString toText(const QList<TranscriptEntry> &entries);
    static bool save(const QString &path, const QList<TranscriptEntry> &entries, QString *error);
};

} // namespace mxscope
