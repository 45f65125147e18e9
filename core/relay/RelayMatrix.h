// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "relay/RelayTypes.h"
#include "smtp/SmtpReply.h"

#include <QCoreApplication>

#include <optional>

namespace mxscope {

// What the variants are built from: the user's envelope and what the server told us.
struct RelayMatrixInput {
    QString sender; // the user's sender, "s@sd"
    QString recipient; // the user's external recipient, "u@x"
    QString targetName; // T: the server's host name, or the host the user typed
    QString targetAddress; // IP: the connected peer's address ("192.0.2.25", "::1")
};

// Check 3's variant list: every test of nmap's smtp-open-relay (16) and the abuse.net list
// (17), the MAPS, DSBL and mailradar extras, and a few forms of our own, with the target's
// name and address substituted and identical envelopes merged (their sources joined).
// Pure: no I/O, the same input always gives the same list in the same order.
//
//   const auto variants = RelayMatrix::build({sender, recipient, QStringLiteral("mx.example.org"),
//                                             QStringLiteral("192.0.2.25")});
class RelayMatrix
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::RelayMatrix)

public:
    static QList<RelayVariant> build(const RelayMatrixInput &input);

    // T as the variants use it: the first word of the greeting when it is a host name, else
    // the name on the first line of the EHLO reply, else the host the user typed (an address
    // literal when that is an IP address).
    static QString targetName(const std::optional<SmtpReply> &greeting, const QString &ehloName,
                              const QString &typedHost);
};

} // namespace mxscope
