// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mxscope {

// The address arithmetic of the relay test: splitting the user's addresses, checking their
// syntax before anything is sent, and writing a server's IP as an address literal.
//
//   if (const auto problem = RelayAddress::check(from, tr("The sender")))
//       ...  // "The sender has no domain after the @."
//   RelayAddress::literal(QStringLiteral("192.0.2.1"));   // "[192.0.2.1]"
class RelayAddress
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::RelayAddress)

public:
    struct Parts {
        QString local;
        QString domain; // empty when the address has no '@'
    };

    // Splits at the last '@' outside quotes.
    static Parts split(const QString &address);
    // local-part@domain with a dot-atom or quoted local part and a domain name or address
    // literal; no CR, LF, NUL, spaces or angle brackets. fieldName starts the sentence.
    static std::optional<QString> check(const QString &address, const QString &fieldName);
    // "[192.0.2.1]", "[IPv6:2001:db8::1]"; an IPv4-mapped IPv6 address becomes IPv4.
    // Empty for anything that is not an IP address.
    static QString literal(const QString &ipAddress);
    // A host name with at least one dot (letters, digits, hyphens), not an IP address.
    static bool isHostName(const QString &name);
    // "example.net" for "mx.example.net"; empty when the name has fewer than three labels.
    static QString parentDomain(const QString &hostName);
};

} // namespace mxscope
