// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"
#include "headers/HeaderBlock.h"
#include "headers/HopTimeline.h"

#include <QCoreApplication>

class QIODevice;

namespace mxscope {

// Everything the header disclosure analyser learnt from one message.
struct HeaderAnalysis {
    HeaderBlock block;
    QList<Hop> hops; // oldest first
    QList<Finding> findings; // worst first
    QStringList errors; // the header could not be read (then hops and findings are empty)
    QStringList warnings; // lines skipped, hops dropped

    bool ok() const { return errors.isEmpty(); }
};

// Parses the header block of a received message (RFC 5322) and its Received chain
// (RFC 5321 4.4), builds the hop timeline and judges what the header discloses.
// The body, if present, is ignored.
//
//   const HeaderAnalysis analysis = analyseHeaders(fileBytes);
//   if (!analysis.ok()) show(analysis.errors);
HeaderAnalysis analyseHeaders(const QByteArray &message, const HeaderLimits &limits = {});

class HeaderInput
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::HeaderInput)

public:
    // Reads no more of device than the header limit needs (a message body may be huge).
    // Returns false, with *error set, when nothing could be read.
    static bool readMessageHead(QIODevice &device, QByteArray &bytes, QString *error,
                                const HeaderLimits &limits = {});
    // The same for a path; "-" reads standard input.
    static bool readMessageFile(const QString &path, QByteArray &bytes, QString *error,
                                const HeaderLimits &limits = {});
};

} // namespace mxscope
