// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderFindings.h"

#include "checks/DisclosureAnalyzer.h"
#include "headers/HeaderRemediation.h"

#include <QRegularExpression>

namespace mxscope {

namespace {

constexpr qsizetype quoteLength = 120;
constexpr qsizetype maxListed = 8;

const char *const originatingFields[]
    = {"X-Originating-IP", "X-Forwarded-For", "X-Real-IP", "X-Client-IP", "X-Sender-IP"};
const char *const clientFields[] = {"X-Mailer", "User-Agent", "X-MimeOLE", "X-Newsreader"};

QString quoted(const QString &text)
{
    const QString clipped = text.size() > quoteLength
        ? text.left(quoteLength - 1) + QChar(0x2026) // horizontal ellipsis
        : text;
    return QLatin1Char('"') + clipped + QLatin1Char('"');
}

// "a; b; c and 3 more", so one odd message cannot produce a detail of megabytes.
QString listed(QStringList items)
{
    items.removeDuplicates();
    const qsizetype extra = items.size() - maxListed;
    if (extra <= 0)
        return items.join(QStringLiteral("; "));
    return HeaderFindings::tr("%1; and %n more", nullptr, int(extra))
        .arg(items.first(maxListed).join(QStringLiteral("; ")));
}

template<std::size_t N> bool isOneOf(const HeaderField &field, const char *const (&names)[N])
{
    return std::any_of(std::begin(names), std::end(names),
                       [&](const char *name) { return field.is(QLatin1String(name)); });
}

bool isExchangeField(const HeaderField &field)
{
    return field.name.startsWith(QLatin1String("X-MS-Exchange-"), Qt::CaseInsensitive);
}

QString hopLabel(const Hop &hop)
{
    return HeaderFindings::tr("hop %1").arg(hop.number);
}

void addPrivateAddresses(const HeaderBlock &block, const QList<Hop> &hops, QList<Finding> &out)
{
    QStringList items;
    for (const Hop &hop : hops) {
        for (const QString &address : DisclosureAnalyzer::findPrivateAddresses(hop.received.raw))
            items.append(HeaderFindings::tr("%1 in Received (%2): %3")
                             .arg(address, hopLabel(hop), quoted(hop.received.raw)));
    }
    for (const HeaderField &field : block.fields) {
        if (!isOneOf(field, originatingFields) && !isExchangeField(field))
            continue;
        for (const QString &address : DisclosureAnalyzer::findPrivateAddresses(field.value))
            items.append(
                HeaderFindings::tr("%1 in %2: %3").arg(address, field.name, quoted(field.value)));
    }
    if (items.isEmpty())
        return;
    out.append({QStringLiteral("headers.private-address"),
                Severity::Medium,
                HeaderFindings::tr("The header discloses private network addresses"),
                HeaderFindings::tr("Seen: %1. They map the network behind the mail server.")
                    .arg(listed(items)),
                HeaderRemediation::internalReceived(),
                {}});
}

void addInternalHosts(const HeaderBlock &block, const QList<Hop> &hops, QList<Finding> &out)
{
    QStringList items;
    QStringList seen; // each name once, where it first appears
    auto consider = [&](const QString &host, const QString &where, const QString &context) {
        if (host.isEmpty() || seen.contains(host, Qt::CaseInsensitive)
            || !ReceivedParser::addressLiteral(host).isEmpty()
            || host.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0
            || host.startsWith(QLatin1Char('[')))
            return; // addresses are judged by the private-address finding
        seen.append(host);
        if (const auto reason = DisclosureAnalyzer::internalHostReason(host))
            items.append(HeaderFindings::tr("%1 (%2) in %3: %4")
                             .arg(quoted(host), *reason, where, quoted(context)));
    };
    for (const Hop &hop : hops) {
        const QString where = HeaderFindings::tr("Received (%1)").arg(hopLabel(hop));
        const ReceivedField &r = hop.received;
        for (const QString &host : {r.from, r.fromHost, r.heloName, r.by})
            consider(host, where, r.raw);
    }
    const QString messageId = block.first(QLatin1String("Message-ID"));
    const qsizetype at = messageId.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        QString domain = messageId.mid(at + 1);
        domain.remove(QLatin1Char('>'));
        consider(domain.trimmed(), QStringLiteral("Message-ID"), messageId);
    }
    if (items.isEmpty())
        return;
    out.append({QStringLiteral("headers.internal-host"),
                Severity::Low,
                HeaderFindings::tr("The header names internal hosts"),
                HeaderFindings::tr("Seen: %1.").arg(listed(items)),
                HeaderRemediation::internalReceived(),
                {}});
}

void addMtaSoftware(const QList<Hop> &hops, QList<Finding> &out)
{
    static const QRegularExpression sendmail(
        QStringLiteral(R"(^(\d+\.\d+\.\d+(?:\.\d+)?)/(\d+\.\d+\.\d+(?:\.\d+)?)(?:/\S+)?$)"));
    static const QRegularExpression exchangeBuild(QStringLiteral(R"(^\d{2}\.\d+\.\d+\.\d+$)"));
    QStringList versions, products;
    for (const Hop &hop : hops) {
        const ReceivedField &r = hop.received;
        const QString where = r.by.isEmpty() ? hopLabel(hop) : quoted(r.by);
        const QString text = r.with + QLatin1Char(' ') + r.comments.join(QStringLiteral(") ("));
        for (const SoftwareMention &m : DisclosureAnalyzer::findSoftware(text)) {
            (m.version.isEmpty() ? products : versions)
                .append(HeaderFindings::tr("%1 by %2").arg(quoted(m.matched), where));
        }
        for (const QString &comment : r.comments) {
            if (sendmail.match(comment).hasMatch())
                versions.append(
                    HeaderFindings::tr("%1 (Sendmail) by %2")
                        .arg(quoted(QLatin1Char('(') + comment + QLatin1Char(')')), where));
        }
        if (r.with.contains(QLatin1String("Microsoft SMTP Server"), Qt::CaseInsensitive)
            && exchangeBuild.match(r.id).hasMatch())
            versions.append(HeaderFindings::tr("%1 (Exchange build) by %2")
                                .arg(quoted(QStringLiteral("id ") + r.id), where));
    }
    if (!versions.isEmpty()) {
        out.append({QStringLiteral("headers.mta-version"),
                    Severity::Medium,
                    HeaderFindings::tr("The Received chain discloses mail software versions"),
                    HeaderFindings::tr("Seen: %1. A version lets an attacker look up exactly "
                                       "which vulnerabilities apply.")
                        .arg(listed(versions)),
                    HeaderRemediation::mtaVersion(),
                    {}});
    } else if (!products.isEmpty()) {
        out.append({QStringLiteral("headers.mta-software"),
                    Severity::Low,
                    HeaderFindings::tr("The Received chain names the mail software"),
                    HeaderFindings::tr("Seen: %1.").arg(listed(products)),
                    HeaderRemediation::mtaVersion(),
                    {}});
    }
}

void addFieldFindings(const HeaderBlock &block, QList<Finding> &out)
{
    static const QRegularExpression version(QStringLiteral(R"(\d+\.\d+)"));
    QStringList clients, origins, exchange, filters;
    bool organisation = false;
    for (const HeaderField &field : block.fields) {
        const QString item = field.name + QStringLiteral(": ") + quoted(field.value);
        if (isOneOf(field, clientFields)) {
            clients.append(item);
        } else if (isOneOf(field, originatingFields)) {
            origins.append(item);
        } else if (isExchangeField(field)) {
            exchange.append(item);
            organisation = organisation
                || field.name.startsWith(QLatin1String("X-MS-Exchange-Organization-"),
                                         Qt::CaseInsensitive);
        } else if (field.is(QLatin1String("X-Virus-Scanned"))
                   || (field.name.startsWith(QLatin1String("X-Spam-"), Qt::CaseInsensitive)
                       && version.match(field.value).hasMatch())) {
            filters.append(item);
        }
    }
    if (!clients.isEmpty())
        out.append({QStringLiteral("headers.client-software"),
                    Severity::Low,
                    HeaderFindings::tr("The header names the sender's mail program"),
                    HeaderFindings::tr("Seen: %1.").arg(listed(clients)),
                    HeaderRemediation::clientHeaders(),
                    {}});
    if (!origins.isEmpty())
        out.append({QStringLiteral("headers.originating-ip"),
                    Severity::Low,
                    HeaderFindings::tr("The header discloses the sender's own IP address"),
                    HeaderFindings::tr("Seen: %1. It locates the sender's workstation or home "
                                       "connection.")
                        .arg(listed(origins)),
                    HeaderRemediation::clientHeaders(),
                    {}});
    if (!exchange.isEmpty())
        out.append(
            {QStringLiteral("headers.exchange-headers"),
             organisation ? Severity::Low : Severity::Info,
             organisation
                 ? HeaderFindings::tr("Exchange organisation headers left the organisation")
                 : HeaderFindings::tr("The header carries Exchange routing headers"),
             HeaderFindings::tr("%n X-MS-Exchange field(s): %1.", nullptr, int(exchange.size()))
                 .arg(listed(exchange)),
             HeaderRemediation::exchangeHeaders(),
             {}});
    if (!filters.isEmpty())
        out.append({QStringLiteral("headers.filter-version"),
                    Severity::Low,
                    HeaderFindings::tr("The header names the spam and virus filters"),
                    HeaderFindings::tr("Seen: %1. Knowing the filter and its version helps "
                                       "craft mail that slips past it.")
                        .arg(listed(filters)),
                    HeaderRemediation::filterHeaders(),
                    {}});
}

void addTimelineFindings(const QList<Hop> &hops, QList<Finding> &out)
{
    QStringList skewed, undated;
    for (const Hop &hop : hops) {
        if (hop.delaySeconds && *hop.delaySeconds < 0)
            skewed.append(HeaderFindings::tr("%1 by %2 is stamped %3 s before the hop it "
                                             "follows: %4")
                              .arg(hopLabel(hop), quoted(hop.received.by))
                              .arg(-*hop.delaySeconds)
                              .arg(quoted(hop.received.dateText)));
        if (!hop.received.time.isValid())
            undated.append(HeaderFindings::tr("%1 by %2: %3")
                               .arg(hopLabel(hop), quoted(hop.received.by),
                                    hop.received.dateText.isEmpty()
                                        ? HeaderFindings::tr("no date")
                                        : quoted(hop.received.dateText)));
    }
    if (!skewed.isEmpty())
        out.append({QStringLiteral("headers.clock-skew"),
                    Severity::Info,
                    HeaderFindings::tr("Relay clocks disagree"),
                    HeaderFindings::tr("Seen: %1.").arg(listed(skewed)),
                    HeaderRemediation::clockSkew(),
                    {}});
    if (!undated.isEmpty())
        out.append({QStringLiteral("headers.undated-hop"),
                    Severity::Info,
                    HeaderFindings::tr("Some Received fields have no readable date"),
                    HeaderFindings::tr("Seen: %1. RFC 5321 requires a date after the \";\".")
                        .arg(listed(undated)),
                    {},
                    {}});
}

} // namespace

QList<Finding> HeaderFindings::evaluate(const HeaderBlock &block, const QList<Hop> &hops)
{
    QList<Finding> findings;
    addPrivateAddresses(block, hops, findings);
    addInternalHosts(block, hops, findings);
    addMtaSoftware(hops, findings);
    addFieldFindings(block, findings);
    addTimelineFindings(hops, findings);
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return findings;
}

} // namespace mxscope
