// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mxscope {

// What a piece of server text gives away about the software behind it.
struct SoftwareMention {
    QString product; // "Postfix", "Exim", "Microsoft Exchange", ...
    QString version; // empty when none was disclosed
    QString matched; // the words that gave it away
};

// Pure text analysis behind the disclosure findings: MTA products and versions, operating
// systems, and host names or addresses that only make sense inside a private network.
namespace DisclosureAnalyzer {

QList<SoftwareMention> findSoftware(const QString &text);
// Operating-system names such as "Debian/GNU" or "Ubuntu".
QStringList findOperatingSystems(const QString &text);
// Why host looks internal (single label, .local, .corp, ...), or nothing.
std::optional<QString> internalHostReason(const QString &host);
// Private, loopback, link-local or shared-space IPv4/IPv6 literals in text.
QStringList findPrivateAddresses(const QString &text);

} // namespace DisclosureAnalyzer
} // namespace mxscope
