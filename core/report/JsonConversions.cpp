// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/JsonConversions.h"

#include "transcript/SafeText.h"

#include <QDateTime>

namespace mxscope::JsonConversions {

namespace {

template<typename T> QJsonValue optionalToJson(const std::optional<T> &value)
{
    return value ? QJsonValue(toJson(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonObject toJson(const SmtpReply &reply)
{
    QJsonArray lines;
    for (const QByteArray &line : reply.lines)
        lines.append(safeText(line));
    QJsonObject object {{QStringLiteral("code"), reply.code}, {QStringLiteral("lines"), lines}};
    if (reply.enhanced)
        object.insert(QStringLiteral("enhanced_status"), reply.enhanced->toString());
    return object;
}

QJsonObject toJson(const Finding &finding)
{
    QJsonArray evidence;
    for (const qsizetype index : finding.evidence)
        evidence.append(qint64(index));
    return {{QStringLiteral("id"), finding.id},
            {QStringLiteral("severity"), toString(finding.severity)},
            {QStringLiteral("title"), finding.title},
            {QStringLiteral("detail"), finding.detail},
            {QStringLiteral("remediation"), finding.remediation},
            {QStringLiteral("evidence"), evidence}};
}

QJsonObject toJson(const TlsDetails &tls)
{
    auto date = [](const QDateTime &d) {
        return d.isValid() ? QJsonValue(d.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("encrypted"), tls.encrypted},
            {QStringLiteral("protocol"), tls.protocol},
            {QStringLiteral("cipher"), tls.cipher},
            {QStringLiteral("cipher_bits"), tls.cipherBits},
            {QStringLiteral("subject"), tls.subject},
            {QStringLiteral("issuer"), tls.issuer},
            {QStringLiteral("subject_alt_names"), QJsonArray::fromStringList(tls.subjectAltNames)},
            {QStringLiteral("not_before"), date(tls.notBefore)},
            {QStringLiteral("not_after"), date(tls.notAfter)},
            {QStringLiteral("self_signed"), tls.selfSigned},
            {QStringLiteral("sha256_fingerprint"), tls.sha256Fingerprint},
            {QStringLiteral("verification_errors"),
             QJsonArray::fromStringList(tls.verificationErrors)}};
}

QJsonObject toJson(const TranscriptEntry &entry)
{
    return {
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(entry.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("direction"), toString(entry.direction)},
        {QStringLiteral("tls"), entry.tls},
        {QStringLiteral("connection"), entry.connection},
        {QStringLiteral("text"), entry.text}};
}

QJsonArray toJson(const QList<Finding> &findings)
{
    QJsonArray array;
    for (const Finding &finding : findings)
        array.append(toJson(finding));
    return array;
}

QJsonArray toJson(const QList<TranscriptEntry> &entries)
{
    QJsonArray array;
    for (const TranscriptEntry &entry : entries)
        array.append(toJson(entry));
    return array;
}

QJsonObject toJson(const BannerResult &result, TlsMode tlsMode)
{
    QJsonObject target {{QStringLiteral("host"), result.host},
                        {QStringLiteral("port"), result.port},
                        {QStringLiteral("tls"), toString(tlsMode)},
                        {QStringLiteral("peer_address"), result.peerAddress}};
    QJsonValue error;
    if (result.error != SessionError::None)
        error = QJsonObject {{QStringLiteral("code"), toString(result.error)},
                             {QStringLiteral("message"), result.errorMessage}};
    QJsonValue hello;
    if (result.helloReply) {
        QJsonObject object = toJson(*result.helloReply);
        object.insert(QStringLiteral("used_helo"), result.usedHelo);
        object.insert(QStringLiteral("server_name"), result.capabilities.serverName());
        hello = object;
    }
    return {
        {QStringLiteral("check"), QStringLiteral("banner")},
        {QStringLiteral("target"), target},
        {QStringLiteral("completed"), result.completed},
        {QStringLiteral("error"), error},
        {QStringLiteral("banner"), result.greeting ? result.greeting->summary() : QString()},
        {QStringLiteral("greeting"), optionalToJson(result.greeting)},
        {QStringLiteral("greeting_delay_ms"), result.greetingDelayMs},
        {QStringLiteral("ehlo"), hello},
        {QStringLiteral("capabilities"), QJsonArray::fromStringList(result.capabilities.lines())},
        {QStringLiteral("auth_mechanisms"),
         QJsonArray::fromStringList(result.capabilities.authMechanisms())},
        {QStringLiteral("help"), optionalToJson(result.helpReply)},
        {QStringLiteral("tls"), optionalToJson(result.tls)},
        {QStringLiteral("findings"), toJson(result.findings)}};
}

} // namespace mxscope::JsonConversions
