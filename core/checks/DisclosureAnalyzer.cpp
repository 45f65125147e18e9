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
    const char *name; // how the product calls itself
    const char *version; // what may follow the name; its group 1 is the version
};

constexpr const char *usualVersion = R"((?:[ /]+v?(\d+\.\d+(?:\.\d+)*))?)";

// Greetings and replies as the products really phrase them.
constexpr ProductPattern productPatterns[] = {
    {"Postfix", "Postfix", R"((?:[ /(]*v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Exim", "Exim", usualVersion},
    {"Sendmail", "Sendmail", usualVersion},
    {"Microsoft Exchange", "Microsoft ESMTP MAIL Service", R"((?:,? Version: (\d+(?:\.\d+)+))?)"},
    {"Microsoft Exchange", "Microsoft Exchange(?: Server)?", R"((?: (\d+(?:\.\d+)*))?)"},
    {"Microsoft SMTP Server", "Microsoft SMTP Server", R"((?: \(?version=(?:TLS\S*)?[^)]*\)?)?)"},
    {"OpenSMTPD", "OpenSMTPD", R"((?:[ /]+v?(\d+\.\d+(?:\.\d+)*p?\d*))?)"},
    {"qmail", "(?:net)?qmail", R"((?:[ /-]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Courier", "Courier(?:-MTA)?", usualVersion},
    {"Haraka", "Haraka", usualVersion},
    {"MDaemon", "MDaemon", usualVersion},
    {"hMailServer", "hMailServer", usualVersion},
    {"Zimbra", "Zimbra", usualVersion},
    {"Kerio Connect", "Kerio Connect", usualVersion},
    {"IceWarp", "IceWarp", usualVersion},
    {"CommuniGate Pro", "CommuniGate Pro", usualVersion},
    {"Lotus Domino", "(?:Lotus|IBM|HCL) Domino", R"((?:[^\d]{0,20}(\d+\.\d+(?:\.\d+)*))?)"},
    {"SmarterMail", "SmarterMail", usualVersion},
    {"MailEnable", "MailEnable", usualVersion},
    {"Axigen", "Axigen", usualVersion},
    {"Smail", "Smail", R"((?:[ /-]+v?(\d+\.\d+(?:\.\d+)*))?)"},
    {"Cisco IronPort", "IronPort", usualVersion},
    {"Barracuda", "Barracuda", usualVersion},
    {"Mailpit", "Mailpit", usualVersion},
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

// Compiled once, in the order of productPatterns. A name counts only as a word of its own:
// "postfix" inside the host name mx.postfix.example names a domain, not the software.
const QList<QRegularExpression> &productExpressions()
{
    static const QList<QRegularExpression> expressions = [] {
        QList<QRegularExpression> list;
        for (const ProductPattern &p : productPatterns)
            list.append(
                QRegularExpression(QStringLiteral("(?<![\\w.-])(?:%1)(?![\\w]|[.-]\\w)%2")
                                       .arg(QLatin1String(p.name), QLatin1String(p.version)),
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
        const QString product = QString::fromLatin1(productPatterns[i].product);
        // Of several mentions, the one that carries a version tells the most.
        std::optional<SoftwareMention> best;
        auto it = productExpressions().at(i).globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!best || (best->version.isEmpty() && !m.captured(1).isEmpty()))
                best = SoftwareMention {product, m.captured(1), m.captured(0).trimmed()};
        }
        if (!best)
            continue;
        const auto known
            = std::find_if(mentions.begin(), mentions.end(),
                           [&](const SoftwareMention &s) { return s.product == product; });
        if (known == mentions.end())
            mentions.append(*best);
        else if (known->version.isEmpty())
            *known = *best;
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
