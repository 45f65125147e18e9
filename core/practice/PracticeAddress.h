// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// Reading the addresses of MAIL FROM, RCPT TO, VRFY and EXPN the lenient way real MTAs do:
// brackets optional, source routes dropped, quoted local parts kept whole.
namespace mxscope::PracticeAddress {

struct Path {
    QString address; // without brackets and source route; empty for "<>"
    QByteArray parameters; // ESMTP parameters after the path, e.g. "SIZE=1000"
};

struct Parts {
    QString local; // quotes removed
    QString domain; // empty when the address has none
};

// argument: "FROM:<a@b> SIZE=10"; keyword: "FROM:" or "TO:" (case-insensitive).
std::optional<Path> parse(QByteArrayView argument, QByteArrayView keyword);
// The SIZE= parameter, or 0.
qint64 sizeParameter(QByteArrayView parameters);
// "<alice@x>" or "alice": the text without brackets.
QString unbracket(QByteArrayView argument);
Parts split(const QString &address);
// True when the local part asks the server to route further ('%', '!' or '@').
bool hasRouting(const QString &localPart);

} // namespace mxscope::PracticeAddress
