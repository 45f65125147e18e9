// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "enumeration/EnumerationMethod.h"
#include "smtp/SessionOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace mxscope {

// Everything an enumeration run needs, shared by the CLI and the GUI page:
//
//   EnumerationPlan plan;
//   plan.target = sessionOptions;                  // host, port, TLS, HELO
//   plan.method = EnumerationMethod::Auto;
//   plan.names = UserListReader::readFile(path).names;
//   plan.domain = QStringLiteral("example.org");   // probes name@example.org
//   if (const auto problem = plan.validate()) ...  // a translated sentence
struct EnumerationPlan {
    Q_DECLARE_TR_FUNCTIONS(mxscope::EnumerationPlan)

public:
    static constexpr int defaultConnections = 4;
    static constexpr int maxConnections = 16; // hard cap, whatever the user asks
    static constexpr int defaultBaselineSize = 3;
    static constexpr int maxBaselineSize = 10;
    // Postfix slows every reply once a session has made 10 errors (smtpd_soft_error_limit)
    // and drops it at 20; a rejected RCPT or VRFY is one error. Nine keeps even the reply
    // to QUIT prompt; a server with lower limits teaches the run smaller sessions.
    static constexpr int defaultSessionErrorBudget = 9;
    // Recipients per MAIL transaction: far below Postfix's smtpd_recipient_limit (1000);
    // a longer session sends RSET and MAIL FROM again between transactions.
    static constexpr int maxRecipientsPerTransaction = 50;
    // Probes in one session, once the server proved it tolerates many errors.
    static constexpr int maxProbesPerSession = 100;
    static constexpr int defaultMaxAttempts = 4;

    SessionOptions target;
    EnumerationMethod method = EnumerationMethod::Auto;
    QStringList names; // local parts (or whole addresses) to probe, in order
    QString domain; // when set, every probe is name@domain
    QString sender; // MAIL FROM of RCPT probes; empty: the null sender <>
    int connections = defaultConnections;
    double ratePerSecond = 0; // probes per second over the whole run; 0: no cap
    int baselineSize = defaultBaselineSize; // made-up names per method
    int sessionErrorBudget = defaultSessionErrorBudget;
    int maxAttempts = defaultMaxAttempts; // per name, across throttling and dropped sessions
    bool measureHarvest = true; // one session probing how many errors the server tolerates
    int timeLimitMs = 3'600'000; // the whole run; 0: none
    QString journalPath; // JSON lines, appended as results arrive; empty: none

    // A sentence saying what is wrong, or nothing.
    std::optional<QString> validate() const;
    // What a probe sends for name: the name, or name@domain.
    QString addressFor(const QString &name) const;
};

} // namespace mxscope
