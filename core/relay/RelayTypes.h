// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SmtpReply.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace mxscope {

// One way of asking a server to relay: an envelope sender and recipient written in one of
// the forms relay testers have used (nmap, abuse.net, MAPS, DSBL, mailradar).
struct RelayVariant {
    QString id; // stable, e.g. "nmap-05" or "quoted-recipient"
    QString mailFrom; // the exact path after "MAIL FROM:" (brackets included when used)
    QString rcptTo; // the exact path after "RCPT TO:"
    QString description; // what the trick is, for the results table
    QStringList sources; // "nmap 5", "abuse.net 7", ...
};

// How far a variant got.
enum class RelayStage {
    RejectedAtMail,
    RejectedAtRcpt,
    AcceptedAtRcpt, // safe mode stops here (RSET before DATA)
    AcceptedAfterData,
    RefusedAfterData, // accepted at RCPT, refused at the end of DATA
    Error, // timeout, disconnect, protocol violation
    NotTried,
};

QString toString(RelayStage stage); // "rejected-mail", "rejected-rcpt", "accepted-rcpt", ...
QString describe(RelayStage stage); // "Rejected at RCPT TO", translated, for tables
// True for the stages that mean the server took the recipient (open relay when unauthenticated).
bool isAccepted(RelayStage stage);

struct RelayOutcome {
    RelayVariant variant;
    RelayStage stage = RelayStage::NotTried;
    SmtpReply reply; // the reply that decided the stage
    QString error; // for RelayStage::Error
    QList<qsizetype> evidence; // transcript indexes of the decisive lines
    int connection = 0;
    QList<qsizetype> commandEvidence; // transcript indexes of the MAIL, RCPT (and DATA) lines sent
    qint64 latencyMs = -1; // how long the decisive reply took
    int attempts = 0; // sessions the variant was sent in (more than 1 after throttling)
};

enum class RelayVerdict { Open, Closed, Inconclusive };

QString toString(RelayVerdict verdict); // "open", "closed", "inconclusive"

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::RelayVariant)
Q_DECLARE_METATYPE(mxscope::RelayOutcome)
