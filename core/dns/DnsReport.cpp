// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/DnsReport.h"

#include "dns/MailAuthRecords.h"

#include <QJsonArray>

namespace mxscope {

namespace {

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

QJsonArray addresses(const QList<DnsAnswer> &answers, const QString &host)
{
    QJsonArray array;
    for (const DnsAnswer &a : answers) {
        if (a.name.compare(host, Qt::CaseInsensitive) != 0)
            continue;
        for (const QHostAddress &address : a.addresses)
            array.append(address.toString());
    }
    return array;
}

} // namespace

QString DnsReport::statusText(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return tr("found");
    case DnsStatus::NoRecords:
        return tr("no records of this type");
    case DnsStatus::NxDomain:
        return tr("name does not exist (NXDOMAIN)");
    case DnsStatus::ServerFailure:
        return tr("server failure (SERVFAIL)");
    case DnsStatus::Refused:
        return tr("the name server refused to answer");
    case DnsStatus::Timeout:
        return tr("no answer in time");
    case DnsStatus::Error:
        return tr("lookup failed");
    }
    return {};
}

ResultTable DnsReport::recordsTable(const DnsResult &r)
{
    ResultTable table;
    table.id = QStringLiteral("records");
    table.title = tr("DNS records");
    table.columns = {tr("Name"), tr("Type"), tr("Result"), tr("Records")};
    for (const DnsAnswer &a : r.allAnswers()) {
        QString result = statusText(a.status);
        if (!a.error.isEmpty() && a.status != DnsStatus::NxDomain)
            result += QStringLiteral(" (") + a.error + QLatin1Char(')');
        table.rows.append(
            {a.name, toString(a.type), result, a.values().join(QStringLiteral("; "))});
        table.evidence.append(a.evidence);
    }
    return table;
}

QJsonObject DnsReport::details(const DnsResult &r)
{
    QJsonObject o;
    o[QStringLiteral("domain")] = r.domain;
    if (!r.host.isEmpty())
        o[QStringLiteral("host")] = r.host;
    o[QStringLiteral("mx_status")] = toString(r.mx.status);
    QJsonArray mx;
    for (const DnsMx &m : r.mx.mx) {
        mx.append(QJsonObject {{QStringLiteral("preference"), m.preference},
                               {QStringLiteral("host"), m.host},
                               {QStringLiteral("addresses"), addresses(r.mxAddresses, m.host)}});
    }
    o[QStringLiteral("mx")] = mx;
    QJsonArray reverse;
    for (const ReverseCheck &c : r.reverse) {
        QJsonObject entry {{QStringLiteral("address"), c.address.toString()},
                           {QStringLiteral("source"), c.source},
                           {QStringLiteral("status"), toString(c.ptr.status)},
                           {QStringLiteral("ptr"), toArray(c.ptr.names)},
                           {QStringLiteral("forward_confirmed"), toArray(c.confirmedNames)}};
        entry[QStringLiteral("fcrdns")] = c.ptr.status != DnsStatus::Ok || c.forwardUnknown
            ? QJsonValue()
            : QJsonValue(!c.confirmedNames.isEmpty());
        reverse.append(entry);
    }
    o[QStringLiteral("reverse")] = reverse;
    if (!r.bannerHost.isEmpty())
        o[QStringLiteral("banner_host")] = r.bannerHost;
    if (!r.bannerError.isEmpty())
        o[QStringLiteral("banner_error")] = r.bannerError;

    const SpfPolicy spf = SpfPolicy::fromTexts(r.spf.texts);
    o[QStringLiteral("spf")] = toArray(spf.records);
    const DmarcPolicy dmarc = DmarcPolicy::fromTexts(r.dmarc.texts);
    o[QStringLiteral("dmarc")] = toArray(dmarc.records);
    o[QStringLiteral("dmarc_policy")]
        = dmarc.policy.isEmpty() ? QJsonValue() : QJsonValue(dmarc.policy);
    o[QStringLiteral("mta_sts")]
        = toArray(recordsWithVersion(r.mtaSts.texts, QStringLiteral("v=STSv1")));
    o[QStringLiteral("tls_rpt")]
        = toArray(recordsWithVersion(r.tlsRpt.texts, QStringLiteral("v=TLSRPTv1")));

    QJsonArray lookups;
    for (const DnsAnswer &a : r.allAnswers()) {
        QJsonObject entry {{QStringLiteral("name"), a.name},
                           {QStringLiteral("type"), toString(a.type)},
                           {QStringLiteral("status"), toString(a.status)},
                           {QStringLiteral("values"), toArray(a.values())},
                           {QStringLiteral("ms"), a.ms}};
        if (!a.error.isEmpty())
            entry[QStringLiteral("error")] = a.error;
        lookups.append(entry);
    }
    o[QStringLiteral("lookups")] = lookups;
    return o;
}

} // namespace mxscope
