// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayJson.h"

#include "report/JsonConversions.h"

#include <QJsonArray>

namespace mxscope::RelayJson {

namespace {

QJsonArray indexes(const QList<qsizetype> &list)
{
    QJsonArray array;
    for (const qsizetype index : list)
        array.append(qint64(index));
    return array;
}

// Always an object, so consumers can read reply.code: 0 and "" when nothing was answered.
QJsonObject replyJson(const SmtpReply &reply)
{
    QJsonObject object = JsonConversions::toJson(reply); // code, lines, enhanced_status
    object.insert(QStringLiteral("text"), reply.text());
    return object;
}

} // namespace

QJsonObject toJson(const RelayOutcome &outcome)
{
    const RelayVariant &v = outcome.variant;
    QJsonObject object {{QStringLiteral("id"), v.id},
                        {QStringLiteral("mail_from"), v.mailFrom},
                        {QStringLiteral("rcpt_to"), v.rcptTo},
                        {QStringLiteral("description"), v.description},
                        {QStringLiteral("sources"), QJsonArray::fromStringList(v.sources)},
                        {QStringLiteral("stage"), toString(outcome.stage)},
                        {QStringLiteral("reply"), replyJson(outcome.reply)},
                        {QStringLiteral("connection"), outcome.connection},
                        {QStringLiteral("attempts"), outcome.attempts},
                        {QStringLiteral("evidence"), indexes(outcome.evidence)},
                        {QStringLiteral("command_evidence"), indexes(outcome.commandEvidence)}};
    if (outcome.latencyMs >= 0)
        object.insert(QStringLiteral("latency_ms"), outcome.latencyMs);
    if (!outcome.error.isEmpty())
        object.insert(QStringLiteral("error"), outcome.error);
    return object;
}

QJsonObject toJson(const RelayResult &result, const RelayPlan &plan)
{
    QJsonArray variants;
    QJsonObject counts;
    for (const RelayOutcome &outcome : result.outcomes) {
        variants.append(toJson(outcome));
        const QString stage = toString(outcome.stage);
        counts.insert(stage, counts.value(stage).toInt() + 1);
    }
    QJsonObject target {{QStringLiteral("host"), plan.target.host},
                        {QStringLiteral("port"), plan.target.port},
                        {QStringLiteral("tls"), toString(plan.target.tls)},
                        {QStringLiteral("helo"), plan.target.heloName},
                        {QStringLiteral("server_name"), result.targetName},
                        {QStringLiteral("address"), result.targetAddress}};
    QJsonObject object {{QStringLiteral("check"), QStringLiteral("relay")},
                        {QStringLiteral("target"), target},
                        {QStringLiteral("sender"), plan.sender},
                        {QStringLiteral("recipient"), plan.recipient},
                        {QStringLiteral("mode"),
                         result.sentData ? QStringLiteral("send-data") : QStringLiteral("safe")},
                        {QStringLiteral("verdict"), toString(result.verdict)},
                        {QStringLiteral("verdict_sentence"), result.verdictSentence},
                        {QStringLiteral("completed"), result.completed},
                        {QStringLiteral("variant_count"), int(result.outcomes.size())},
                        {QStringLiteral("stage_counts"), counts},
                        {QStringLiteral("variants"), variants},
                        {QStringLiteral("findings"), JsonConversions::toJson(result.findings)},
                        {QStringLiteral("connections"), result.connections},
                        {QStringLiteral("elapsed_ms"), result.elapsedMs},
                        {QStringLiteral("throttled"), result.throttled},
                        {QStringLiteral("error"),
                         result.error == SessionError::None ? QJsonValue(QJsonValue::Null)
                                                            : QJsonValue(toString(result.error))},
                        {QStringLiteral("error_message"), result.errorMessage}};
    if (result.sentData)
        object.insert(QStringLiteral("token"), result.token);
    if (!result.incompleteReason.isEmpty())
        object.insert(QStringLiteral("incomplete_reason"), result.incompleteReason);
    if (result.authenticatedOutcome)
        object.insert(QStringLiteral("after_auth"), toJson(*result.authenticatedOutcome));
    return object;
}

} // namespace mxscope::RelayJson
