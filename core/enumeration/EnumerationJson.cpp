// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/EnumerationJson.h"

#include "report/JsonConversions.h"

#include <QDateTime>

namespace mxscope::EnumerationJson {

namespace {

QJsonValue methodOrNull(const BaselineResult &b)
{
    return b.discriminates ? QJsonValue(toString(b.method)) : QJsonValue(QJsonValue::Null);
}

QJsonObject sampleToJson(const BaselineSample &sample)
{
    return {{QStringLiteral("address"), sample.argument},
            {QStringLiteral("code"), sample.reply.code},
            {QStringLiteral("reply"),
             sample.reply.code ? QJsonValue(sample.reply.summary()) : QJsonValue()},
            {QStringLiteral("latency_ms"), sample.latencyMs},
            {QStringLiteral("evidence"), qint64(sample.evidence)}};
}

} // namespace

QJsonObject toJson(const ProbeResult &p)
{
    QJsonObject object {
        {QStringLiteral("name"), p.name},
        {QStringLiteral("address"), p.argument},
        {QStringLiteral("method"), toString(p.method)},
        {QStringLiteral("verdict"), toString(p.verdict)},
        {QStringLiteral("code"), p.reply.code ? QJsonValue(p.reply.code) : QJsonValue()},
        {QStringLiteral("reply"), p.reply.code ? QJsonValue(p.reply.summary()) : QJsonValue()},
        {QStringLiteral("latency_ms"), p.latencyMs},
        {QStringLiteral("round_trip_ms"), p.roundTripMs},
        {QStringLiteral("connection"), p.connection},
        {QStringLiteral("attempts"), p.attempts},
        {QStringLiteral("evidence"), qint64(p.evidence)},
    };
    if (p.reply.enhanced)
        object.insert(QStringLiteral("enhanced_status"), p.reply.enhanced->toString());
    if (p.timestampMs)
        object.insert(
            QStringLiteral("timestamp"),
            QDateTime::fromMSecsSinceEpoch(p.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs));
    if (!p.members.isEmpty())
        object.insert(QStringLiteral("members"), QJsonArray::fromStringList(p.members));
    if (!p.note.isEmpty())
        object.insert(QStringLiteral("note"), p.note);
    return object;
}

QJsonObject toJson(const MethodBaseline &b)
{
    QJsonArray samples;
    for (const BaselineSample &s : b.samples)
        samples.append(sampleToJson(s));
    QJsonObject object {{QStringLiteral("method"), toString(b.method)},
                        {QStringLiteral("verdict"), toString(b.verdict)},
                        {QStringLiteral("discriminates"), b.discriminates},
                        {QStringLiteral("confirmed"), b.confirmed},
                        {QStringLiteral("reason"), b.reason},
                        {QStringLiteral("samples"), samples}};
    if (b.control)
        object.insert(QStringLiteral("control"), sampleToJson(*b.control));
    if (b.senderReply)
        object.insert(QStringLiteral("sender_reply"), b.senderReply->summary());
    return object;
}

QJsonObject toJson(const BaselineResult &b)
{
    QJsonArray methods;
    for (const MethodBaseline &m : b.methods)
        methods.append(toJson(m));
    return {{QStringLiteral("method"), methodOrNull(b)},
            {QStringLiteral("requested"), toString(b.requested)},
            {QStringLiteral("discriminates"), b.discriminates},
            {QStringLiteral("reason"), b.reason},
            {QStringLiteral("pipelining"), b.pipelining},
            {QStringLiteral("methods"), methods}};
}

QJsonObject toJson(const HarvestResult &h)
{
    return {{QStringLiteral("defence"), toString(h.defence)},
            {QStringLiteral("method"), toString(h.method)},
            {QStringLiteral("errors_before_defence"), h.errorsBeforeDefence},
            {QStringLiteral("probes_sent"), h.probesSent},
            {QStringLiteral("max_delay_ms"), h.maxDelayMs},
            {QStringLiteral("summary"), h.summary},
            {QStringLiteral("guesses_per_minute"), qRound64(h.guessesPerMinute)},
            {QStringLiteral("guesses_per_minute_per_connection"),
             qRound64(h.guessesPerMinutePerConnection)},
            {QStringLiteral("throttle_events"), h.throttleEvents},
            {QStringLiteral("evidence"), qint64(h.evidence)}};
}

QJsonObject summary(const EnumerationResult &r)
{
    return {{QStringLiteral("total"), qint64(r.total)},
            {QStringLiteral("exists"), qint64(r.count(ProbeVerdict::Exists))},
            {QStringLiteral("absent"), qint64(r.count(ProbeVerdict::Absent))},
            {QStringLiteral("unknown"), qint64(r.count(ProbeVerdict::Unknown))},
            {QStringLiteral("not_probed"), qint64(r.notProbed())},
            {QStringLiteral("sessions"), r.sessions},
            {QStringLiteral("elapsed_ms"), r.elapsedMs},
            {QStringLiteral("enumeration_ms"), r.enumerationMs}};
}

QJsonObject toJson(const EnumerationResult &r)
{
    QList<const ProbeResult *> ordered;
    for (const ProbeResult &p : r.probes)
        ordered.append(&p);
    std::sort(ordered.begin(), ordered.end(),
              [](const ProbeResult *a, const ProbeResult *b) { return a->index < b->index; });
    QJsonArray results;
    for (const ProbeResult *p : std::as_const(ordered))
        results.append(toJson(*p));
    QJsonObject object {{QStringLiteral("check"), QStringLiteral("enumeration")},
                        {QStringLiteral("host"), r.host},
                        {QStringLiteral("port"), r.port},
                        {QStringLiteral("domain"), r.domain},
                        {QStringLiteral("method"), methodOrNull(r.baseline)},
                        {QStringLiteral("baseline"), toJson(r.baseline)},
                        {QStringLiteral("results"), results},
                        {QStringLiteral("found"), QJsonArray::fromStringList(r.found())},
                        {QStringLiteral("harvest"), toJson(r.harvest)},
                        {QStringLiteral("findings"), JsonConversions::toJson(r.findings)},
                        {QStringLiteral("summary"), summary(r)},
                        {QStringLiteral("cancelled"), r.cancelled},
                        {QStringLiteral("timed_out"), r.timedOut}};
    object.insert(QStringLiteral("error"), r.error.isEmpty() ? QJsonValue() : QJsonValue(r.error));
    return object;
}

} // namespace mxscope::EnumerationJson
