// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mxscope {

// An RFC 3463 enhanced status code such as 5.1.1, taken from the start of a reply's text.
struct EnhancedStatus {
    int statusClass = 0;
    int subject = 0;
    int detail = 0;

    QString toString() const;
    bool operator==(const EnhancedStatus &) const = default;
};

// One complete server reply: the three-digit code and the text of every line, in order.
// Replies are data: a 550 is a result for a check to interpret, not an error.
struct SmtpReply {
    int code = 0;
    QList<QByteArray> lines; // text after "NNN-" / "NNN ", without CRLF
    std::optional<EnhancedStatus> enhanced;
    bool codesConsistent = true; // false when continuation lines carried another code

    int codeClass() const { return code / 100; }
    bool isPositive() const { return code >= 200 && code < 400; }
    bool isPositiveCompletion() const { return codeClass() == 2; }
    bool isIntermediate() const { return codeClass() == 3; }
    bool isTransientFailure() const { return codeClass() == 4; }
    bool isPermanentFailure() const { return codeClass() == 5; }
    bool isMultiline() const { return lines.size() > 1; }

    // The text of all lines joined by a space, decoded leniently, with the enhanced code removed.
    QString text() const;
    // First line text, as above.
    QString firstLine() const;
    // "250 2.1.0 Ok" style rendering of the whole reply on one line (for tables and logs).
    QString summary() const;
};

} // namespace mxscope

Q_DECLARE_METATYPE(mxscope::SmtpReply)
