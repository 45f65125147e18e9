// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/DisclosureAnalyzer.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace mxscope::DisclosureAnalyzer {

namespace {

struct ProductPattern {
    const char *product;
    const char *pattern; // capture group 1, when present, is the version
};

// Greetings and replies as the products really phrase them.
constexpr ProductPattern productPatterns[] = {
    {"Postfix", R"(\bPostfix\b(?:[ /(]*v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Exim", R"(\bExim\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Sendmail", R"(\bSendmail\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Microsoft Exchange", R"(\bMicrosoft ESMTP MAIL Service\b(?:,? Version: (\d+(?:\.\d+)+))?)"},
    {"Microsoft Exchange", R"(\bMicrosoft Exchange(?: Server)?\b(?: (\d+(?:\.\d+)*))?)"},
    {"Microsoft SMTP Server", R"(\bMicrosoft SMTP Server\b(?: \(?version=(?:TLS\S*)?[^)]*\)?)?)"},
    {"OpenSMTPD", R"(\bOpenSMTPD\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*p?\d*))?)"},
    {"qmail", R"(\b(?:net)?qmail\b(?:[ /-]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Courier", R"(\bCourier(?:-MTA)?\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Haraka", R"(\bHaraka\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"MDaemon", R"(\bMDaemon\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"hMailServer", R"(\bhMailServer\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Zimbra", R"(\bZimbra\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Kerio Connect", R"(\bKerio Connect\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"IceWarp", R"(\bIceWarp\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"CommuniGate Pro", R"(\bCommuniGate Pro\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Lotus Domino", R"(\b(?:Lotus|IBM|HCL) Domino\b(?:[^\d]{0,20}(\d+\.\d+(?:\.\d+)*))?)"},
    {"SmarterMail", R"(\bSmarterMail\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"MailEnable", R"(\bMailEnable\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Axigen", R"(\bAxigen\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Smail", R"(\bSmail\b(?:[ /-]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Cisco IronPort", R"(\bIronPort\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Barracuda", R"(\bBarracuda\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Mailpit", R"(\bMailpit\b(?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)"},
};

constexpr const char *operatingSystems[] = {
    "Debian", "Ubuntu", "CentOS", "Red Hat", "RHEL",    "Fedora",  "FreeBSD", "OpenBSD",
    "NetBSD", "SUSE",   "Gentoo", "Alpine",  "Windows", "Solaris", "AIX",     "HP-UX",
};

constexpr const char *internalSuffixes[] = {
    ".local", ".localdomain", ".lan",       ".corp",    ".internal", ".intranet",
    ".intra", ".home",        ".home.arpa", ".private", ".priv",     ".prv",
    ".ad",    ".domain",      ".int",       ".office",  ".localnet",
};

// Compiled once, in the order of productPatterns.
const QList<QRegularExpression> &productExpressions()
{
    static const QList<QRegularExpression> expressions = [] {
        QList<QRegularExpression> list;
        for (const ProductPattern &p : productPatterns)
            list.append(QRegularExpression(QString::fromLatin1(p.pattern),
                                           QRegularExpression::CaseInsensitiveOption));
        return list;
    }();
    return expressions;
}

bool isPrivate(const QHostAddress &address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast()
        || address.isSiteLocal())
        return true;
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    if (!ok)
        return false;
    return (v4 >> 24) == 10 || (v4 >> 20) == 0xac1 || (v4 >> 16) == 0xc0a8
        || (v4 >> 22) == (100u << 2 | 1u); // 100.64.0.0/10, carrier-grade NAT
}

} // namespace

QList<SoftwareMention> findSoftware(const QString &text)
{
    QList<SoftwareMention> mentions;
    for (qsizetype i = 0; i < std::ssize(productPatterns); ++i) {
        const QRegularExpressionMatch m = productExpressions().at(i).match(text);
        if (!m.hasMatch())
            continue;
        const QString product = QString::fromLatin1(productPatterns[i].product);
        const bool known
            = std::any_of(mentions.cbegin(), mentions.cend(),
                          [&](const SoftwareMention &s) { return s.product == product; });
        if (known)
            continue;
        mentions.append({product, m.captured(1), m.captured(0).trimmed()});
    }
    return mentions;
}

QStringList findOperatingSystems(const QString &text)
{
    QStringList found;
    for (const char *name : operatingSystems) {
        const QRegularExpression word(
            QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(QString::fromLatin1(name))),
            QRegularExpression::CaseInsensitiveOption);
        if (word.match(text).hasMatch())
            found.append(QString::fromLatin1(name));
    }
    return found;
}

std::optional<QString> internalHostReason(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(QLatin1Char('.')))
        name.chop(1);
    if (name.isEmpty())
        return std::nullopt;
    if (name.startsWith(QLatin1Char('[')) && name.endsWith(QLatin1Char(']')))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name.startsWith(QLatin1String("ipv6:")) ? name.mid(5) : name);
    if (!address.isNull())
        return isPrivate(address) ? std::optional(
                   QCoreApplication::translate("mxscope::DisclosureAnalyzer", "a private address"))
                                  : std::nullopt;
    if (name == QLatin1String("localhost"))
        return QCoreApplication::translate("mxscope::DisclosureAnalyzer", "the name localhost");
    if (!name.contains(QLatin1Char('.')))
        return QCoreApplication::translate("mxscope::DisclosureAnalyzer",
                                           "a single-label (unqualified) name");
    for (const char *suffix : internalSuffixes) {
        if (name.endsWith(QLatin1String(suffix)))
            return QCoreApplication::translate("mxscope::DisclosureAnalyzer",
                                               "a name in the internal domain %1")
                .arg(QString::fromLatin1(suffix));
    }
    return std::nullopt;
}

QStringList findPrivateAddresses(const QString &text)
{
    static const QRegularExpression ipv4(
        QStringLiteral(R"((?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.]))"));
    static const QRegularExpression ipv6(
        QStringLiteral(R"((?<![\w:])((?:[0-9a-f]{0,4}:){2,7}[0-9a-f]{0,4})(?![\w:]))"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QRegularExpression *re : {&ipv4, &ipv6}) {
        auto it = re->globalMatch(text);
        while (it.hasNext()) {
            const QString literal = it.next().captured(1);
            const QHostAddress address(literal);
            if (!address.isNull() && isPrivate(address) && !found.contains(literal))
                found.append(literal);
        }
    }
    return found;
}

} // namespace mxscope::DisclosureAnalyzer
