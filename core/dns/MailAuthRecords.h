// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace mxscope {

// An SPF policy (RFC 7208) read from a domain's TXT records.
struct SpfPolicy {
    QStringList records; // TXT records that start with "v=spf1"
    // The "all" mechanism's qualifier: '+', '-', '~', '?'; nothing when there is no "all".
    std::optional<QChar> allQualifier;
    QString redirect; // redirect= modifier, when present

    static SpfPolicy fromTexts(const QStringList &texts);
};

// A DMARC policy (RFC 7489) read from the TXT records at _dmarc.<domain>.
struct DmarcPolicy {
    QStringList records; // TXT records that start with "v=DMARC1"
    QString policy; // p= ("none", "quarantine", "reject"), lower case; empty when missing
    QString subdomainPolicy; // sp=
    std::optional<int> percent; // pct=
    bool reports = false; // rua= present

    static DmarcPolicy fromTexts(const QStringList &texts);
};

// MTA-STS (RFC 8461) and TLS-RPT (RFC 8460) announce themselves with a version tag.
QStringList recordsWithVersion(const QStringList &texts, const QString &version);

} // namespace mxscope
