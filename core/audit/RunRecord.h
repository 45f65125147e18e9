// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckOutcome.h"
#include "smtp/SessionOptions.h"
#include "transcript/TranscriptEntry.h"

#include <QList>
#include <QString>

namespace mxscope {

// Which server a run tested. No credentials: a saved run never holds a password.
struct RunTarget {
    QString host;
    quint16 port = 25;
    TlsMode tls = TlsMode::None;
    QString domain;
};

// One run of one or more checks against one target: what the run history saves as it
// goes, the JSON report writes, the HTML report prints and two reports compare.
struct RunRecord {
    static constexpr int schemaVersion = 1;

    QString id; // unique, file-name safe: "20261123T160412Z-3fa9"
    RunTarget target;
    qint64 startedMs = 0;
    qint64 finishedMs = 0; // 0 while running, or when the run was cut short by a crash
    QString toolVersion;
    QList<CheckOutcome> checks;
    QList<TranscriptEntry> transcript; // findings' evidence indexes point here
    qsizetype transcriptDropped = 0; // lines past the transcript's cap

    bool isFinished() const { return finishedMs != 0; }
    QList<Finding> allFindings() const;
    static QString newId(qint64 startedMs);
};

} // namespace mxscope
