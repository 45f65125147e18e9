// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mxscope {

// One Received trace field (RFC 5321 section 4.4) taken apart. Every part is optional:
// real MTAs leave clauses out, reorder them and add their own comments.
struct ReceivedField {
    QString raw; // the unfolded field value, white space collapsed
    QString from; // the first word after "from": HELO name or verified host, "mail.example.org"
    QString fromHost; // the reverse-DNS name in the TCP-info comment
    QString heloName; // "helo=x" (Exim) or "HELO x" (qmail) in the TCP-info comment
    QString fromAddress; // the client's IP address from the TCP-info comment, no brackets
    QString by; // the host that added the field
    QString byAddress; // an address in the comment after "by", e.g. Exchange's "(10.1.2.3)"
    QString via;
    QString with; // protocol: "ESMTPS", "esmtpa", "Microsoft SMTP Server", ...
    QString id;
    QString recipient; // the "for" clause
    QStringList comments; // every comment, without the parentheses
    QString dateText; // what follows the last ";"
    QDateTime time; // invalid when the date is missing or unreadable
};

namespace ReceivedParser {

ReceivedField parse(const QString &value);
// RFC 5322 date-time, lenient about comments, obsolete zones and missing weekday.
QDateTime parseDate(const QString &text);
// "[192.0.2.1]", "IPv6:2001:db8::1", "2001:db8::1" as an address, or empty.
QString addressLiteral(const QString &text);

} // namespace ReceivedParser
} // namespace mxscope
