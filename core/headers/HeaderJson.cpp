// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderJson.h"

#include "report/JsonConversions.h"

#include <QJsonArray>

namespace mxscope::HeaderJson {

QJsonObject toJson(const Hop &hop)
{
    const ReceivedField &r = hop.received;
    return {
        {QStringLiteral("number"), hop.number},
        {QStringLiteral("line"), hop.line},
        {QStringLiteral("from"), r.from},
        {QStringLiteral("from_host"), r.fromHost},
        {QStringLiteral("helo"), r.heloName},
        {QStringLiteral("ip"), r.fromAddress},
        {QStringLiteral("by"), r.by},
        {QStringLiteral("by_ip"), r.byAddress},
        {QStringLiteral("via"), r.via},
        {QStringLiteral("with"), r.with},
        {QStringLiteral("id"), r.id},
        {QStringLiteral("for"), r.recipient},
        {QStringLiteral("date"), r.dateText},
        {QStringLiteral("time"),
         r.time.isValid() ? QJsonValue(r.time.toUTC().toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("delay_s"),
         hop.delaySeconds ? QJsonValue(double(*hop.delaySeconds)) : QJsonValue()},
        {QStringLiteral("raw"), r.raw},
    };
}

QJsonObject toJson(const HeaderAnalysis &analysis)
{
    QJsonArray hops;
    for (const Hop &hop : analysis.hops)
        hops.append(toJson(hop));
    return {
        {QStringLiteral("field_count"), int(analysis.block.fields.size())},
        {QStringLiteral("hops"), hops},
        {QStringLiteral("findings"), JsonConversions::toJson(analysis.findings)},
        {QStringLiteral("errors"), QJsonArray::fromStringList(analysis.errors)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(analysis.warnings)},
    };
}

} // namespace mxscope::HeaderJson
