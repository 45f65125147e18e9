// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "audit/RunRecordJson.h"

#include "report/JsonConversions.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace mxscope::RunRecordJson {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(mxscope::RunRecordJson)
};

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonValue timeToJson(qint64 ms)
{
    if (ms == 0)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

qint64 timeFromJson(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QJsonArray stringsToJson(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

QJsonObject toJson(const ResultTable &table)
{
    QJsonArray rows;
    for (const QStringList &row : table.rows)
        rows.append(stringsToJson(row));
    QJsonArray evidence;
    for (const qsizetype index : table.evidence)
        evidence.append(qint64(index));
    return {{key("id"), table.id},
            {key("title"), table.title},
            {key("columns"), stringsToJson(table.columns)},
            {key("rows"), rows},
            {key("evidence"), evidence}};
}

ResultTable tableFromJson(const QJsonObject &object)
{
    ResultTable table;
    table.id = object.value(key("id")).toString();
    table.title = object.value(key("title")).toString();
    table.columns = stringsFromJson(object.value(key("columns")));
    for (const QJsonValue &row : object.value(key("rows")).toArray())
        table.rows.append(stringsFromJson(row));
    for (const QJsonValue &index : object.value(key("evidence")).toArray())
        table.evidence.append(index.toInteger(-1));
    return table;
}

QString toString(ChartData::Kind kind)
{
    switch (kind) {
    case ChartData::Kind::Bar:
        return key("bar");
    case ChartData::Kind::StackedBar:
        return key("stacked_bar");
    case ChartData::Kind::Line:
        return key("line");
    }
    return key("bar");
}

ChartData::Kind chartKindFromString(const QString &name)
{
    if (name == QLatin1String("stacked_bar"))
        return ChartData::Kind::StackedBar;
    if (name == QLatin1String("line"))
        return ChartData::Kind::Line;
    return ChartData::Kind::Bar;
}

QJsonObject toJson(const ChartData &chart)
{
    QJsonArray series;
    for (const ChartSeries &one : chart.series) {
        QJsonArray values;
        for (const double value : one.values)
            values.append(value);
        series.append(QJsonObject {{key("name"), one.name}, {key("values"), values}});
    }
    return {{key("id"), chart.id},
            {key("title"), chart.title},
            {key("kind"), toString(chart.kind)},
            {key("categories"), stringsToJson(chart.categories)},
            {key("x_label"), chart.xLabel},
            {key("y_label"), chart.yLabel},
            {key("series"), series}};
}

ChartData chartFromJson(const QJsonObject &object)
{
    ChartData chart;
    chart.id = object.value(key("id")).toString();
    chart.title = object.value(key("title")).toString();
    chart.kind = chartKindFromString(object.value(key("kind")).toString());
    chart.categories = stringsFromJson(object.value(key("categories")));
    chart.xLabel = object.value(key("x_label")).toString();
    chart.yLabel = object.value(key("y_label")).toString();
    for (const QJsonValue &value : object.value(key("series")).toArray()) {
        ChartSeries series;
        series.name = value.toObject().value(key("name")).toString();
        for (const QJsonValue &number : value.toObject().value(key("values")).toArray())
            series.values.append(number.toDouble());
        chart.series.append(series);
    }
    return chart;
}

Finding findingFromJson(const QJsonObject &object)
{
    Finding finding;
    finding.id = object.value(key("id")).toString();
    finding.severity
        = severityFromString(object.value(key("severity")).toString()).value_or(Severity::Info);
    finding.title = object.value(key("title")).toString();
    finding.detail = object.value(key("detail")).toString();
    finding.remediation = object.value(key("remediation")).toString();
    for (const QJsonValue &index : object.value(key("evidence")).toArray())
        finding.evidence.append(index.toInteger(-1));
    return finding;
}

std::optional<TranscriptDirection> directionFromString(const QString &name)
{
    for (const auto direction :
         {TranscriptDirection::Sent, TranscriptDirection::Received, TranscriptDirection::Event}) {
        if (toString(direction) == name)
            return direction;
    }
    return std::nullopt;
}

TranscriptEntry entryFromJson(const QJsonObject &object)
{
    TranscriptEntry entry;
    entry.timestampMs = timeFromJson(object.value(key("time")));
    entry.direction = directionFromString(object.value(key("direction")).toString())
                          .value_or(TranscriptDirection::Event);
    entry.tls = object.value(key("tls")).toBool();
    entry.connection = object.value(key("connection")).toInt();
    entry.text = object.value(key("text")).toString();
    return entry;
}

CheckOutcome outcomeFromJson(const QJsonObject &object)
{
    CheckOutcome outcome;
    outcome.checkId = object.value(key("check")).toString();
    outcome.title = object.value(key("title")).toString();
    outcome.status = checkStatusFromString(object.value(key("status")).toString())
                         .value_or(CheckStatus::Failed);
    outcome.summary = object.value(key("summary")).toString();
    outcome.error = object.value(key("error")).toString();
    outcome.startedMs = timeFromJson(object.value(key("started")));
    outcome.finishedMs = timeFromJson(object.value(key("finished")));
    for (const QJsonValue &value : object.value(key("findings")).toArray())
        outcome.findings.append(findingFromJson(value.toObject()));
    for (const QJsonValue &value : object.value(key("tables")).toArray())
        outcome.tables.append(tableFromJson(value.toObject()));
    for (const QJsonValue &value : object.value(key("charts")).toArray())
        outcome.charts.append(chartFromJson(value.toObject()));
    outcome.details = object.value(key("details")).toObject();
    return outcome;
}

} // namespace

QJsonObject toJson(const CheckOutcome &outcome)
{
    QJsonArray tables;
    for (const ResultTable &table : outcome.tables)
        tables.append(toJson(table));
    QJsonArray charts;
    for (const ChartData &chart : outcome.charts)
        charts.append(toJson(chart));
    return {{key("check"), outcome.checkId},
            {key("title"), outcome.title},
            {key("status"), toString(outcome.status)},
            {key("summary"), outcome.summary},
            {key("error"), outcome.error},
            {key("started"), timeToJson(outcome.startedMs)},
            {key("finished"), timeToJson(outcome.finishedMs)},
            {key("findings"), JsonConversions::toJson(outcome.findings)},
            {key("tables"), tables},
            {key("charts"), charts},
            {key("details"), outcome.details}};
}

QJsonObject toJson(const RunRecord &record)
{
    QJsonArray checks;
    for (const CheckOutcome &outcome : record.checks)
        checks.append(toJson(outcome));
    const QJsonObject target {{key("host"), record.target.host},
                              {key("port"), record.target.port},
                              {key("tls"), toString(record.target.tls)},
                              {key("domain"), record.target.domain}};
    return {{key("schema"), key("mxscope-run")},
            {key("schema_version"), RunRecord::schemaVersion},
            {key("id"), record.id},
            {key("tool_version"), record.toolVersion},
            {key("target"), target},
            {key("started"), timeToJson(record.startedMs)},
            {key("finished"), timeToJson(record.finishedMs)},
            {key("checks"), checks},
            {key("transcript"), JsonConversions::toJson(record.transcript)},
            {key("transcript_dropped"), qint64(record.transcriptDropped)}};
}

std::optional<RunRecord> fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(key("schema")).toString() != QLatin1String("mxscope-run")) {
        *error = Tr::tr("This is not an mxscope run or report.");
        return std::nullopt;
    }
    const int version = object.value(key("schema_version")).toInt();
    if (version < 1 || version > RunRecord::schemaVersion) {
        *error = Tr::tr("This report has schema version %1; this mxscope reads up to %2.")
                     .arg(version)
                     .arg(RunRecord::schemaVersion);
        return std::nullopt;
    }
    RunRecord record;
    record.id = object.value(key("id")).toString();
    record.toolVersion = object.value(key("tool_version")).toString();
    const QJsonObject target = object.value(key("target")).toObject();
    record.target.host = target.value(key("host")).toString();
    record.target.port = quint16(target.value(key("port")).toInt(25));
    record.target.tls
        = tlsModeFromString(target.value(key("tls")).toString()).value_or(TlsMode::None);
    record.target.domain = target.value(key("domain")).toString();
    record.startedMs = timeFromJson(object.value(key("started")));
    record.finishedMs = timeFromJson(object.value(key("finished")));
    for (const QJsonValue &value : object.value(key("checks")).toArray())
        record.checks.append(outcomeFromJson(value.toObject()));
    for (const QJsonValue &value : object.value(key("transcript")).toArray())
        record.transcript.append(entryFromJson(value.toObject()));
    record.transcriptDropped = object.value(key("transcript_dropped")).toInteger();
    return record;
}

std::optional<RunRecord> fromBytes(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = Tr::tr("The file is not valid JSON: %1 at byte %2.")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    return fromJson(document.object(), error);
}

QByteArray toBytes(const RunRecord &record)
{
    return QJsonDocument(toJson(record)).toJson(QJsonDocument::Indented);
}

} // namespace mxscope::RunRecordJson
