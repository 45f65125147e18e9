// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/ReportComparison.h"

#include "report/AuditGrade.h"
#include "report/JsonConversions.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <functional>

namespace mxscope {

namespace {

struct Entry {
    QString checkId;
    QString checkTitle;
    Finding finding;
    bool matched = false;
};

QList<Entry> entriesOf(const RunRecord &record)
{
    QList<Entry> entries;
    for (const CheckOutcome &check : record.checks) {
        for (const Finding &finding : check.findings)
            entries.append({check.checkId, check.title, finding});
    }
    return entries;
}

bool completedIn(const RunRecord &record, const QString &checkId)
{
    for (const CheckOutcome &check : record.checks) {
        if (check.checkId == checkId)
            return check.status == CheckStatus::Completed;
    }
    return false;
}

// Pairs unmatched entries of before and after for which same() holds, first come first.
void pair(QList<Entry> &before, QList<Entry> &after, QList<FindingChange> &into,
          const std::function<bool(const Entry &, const Entry &)> &same, bool detailChanged)
{
    for (Entry &a : before) {
        if (a.matched)
            continue;
        for (Entry &b : after) {
            if (!b.matched && same(a, b)) {
                a.matched = b.matched = true;
                into.append({a.checkId, b.checkTitle, a.finding, b.finding,
                             detailChanged && a.finding.detail != b.finding.detail});
                break;
            }
        }
    }
}

QJsonArray changesToJson(const QList<FindingChange> &changes)
{
    QJsonArray array;
    for (const FindingChange &c : changes) {
        QJsonObject object {{QStringLiteral("check"), c.checkId},
                            {QStringLiteral("check_title"), c.checkTitle},
                            {QStringLiteral("detail_changed"), c.detailChanged}};
        if (!c.before.id.isEmpty())
            object.insert(QStringLiteral("before"), JsonConversions::toJson(c.before));
        if (!c.after.id.isEmpty())
            object.insert(QStringLiteral("after"), JsonConversions::toJson(c.after));
        array.append(object);
    }
    return array;
}

QJsonObject targetToJson(const RunTarget &t)
{
    return {{QStringLiteral("host"), t.host},
            {QStringLiteral("port"), t.port},
            {QStringLiteral("tls"), toString(t.tls)},
            {QStringLiteral("domain"), t.domain}};
}

} // namespace

QString ReportComparison::detailKey(const QString &detail)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    QString key = detail.toLower();
    key.replace(digits, QStringLiteral("#"));
    return key.simplified();
}

ReportComparison ReportComparison::compare(const RunRecord &before, const RunRecord &after)
{
    ReportComparison diff;
    diff.gradeBefore = AuditGrade::of(before).letter;
    diff.gradeAfter = AuditGrade::of(after).letter;
    diff.targetBefore = before.target;
    diff.targetAfter = after.target;
    diff.runBefore = before.id;
    diff.runAfter = after.id;
    QList<Entry> old = entriesOf(before);
    QList<Entry> now = entriesOf(after);
    pair(
        old, now, diff.unchanged,
        [](const Entry &a, const Entry &b) {
            return a.checkId == b.checkId && a.finding.id == b.finding.id
                && detailKey(a.finding.detail) == detailKey(b.finding.detail);
        },
        false);
    pair(
        old, now, diff.unchanged,
        [](const Entry &a, const Entry &b) {
            return a.checkId == b.checkId && a.finding.id == b.finding.id;
        },
        true);
    for (const Entry &a : std::as_const(old)) {
        if (a.matched)
            continue;
        FindingChange change {a.checkId, a.checkTitle, a.finding, {}, false};
        if (completedIn(after, a.checkId))
            diff.fixed.append(change);
        else
            diff.notRetested.append(change);
    }
    for (const Entry &b : std::as_const(now)) {
        if (!b.matched)
            diff.introduced.append({b.checkId, b.checkTitle, {}, b.finding, false});
    }
    return diff;
}

bool ReportComparison::sameTarget() const
{
    return targetBefore.host.compare(targetAfter.host, Qt::CaseInsensitive) == 0
        && targetBefore.port == targetAfter.port;
}

QString ReportComparison::summary() const
{
    const QString counts = tr("%1 fixed, %2 new, %3 unchanged.")
                               .arg(fixed.size())
                               .arg(introduced.size())
                               .arg(unchanged.size());
    const auto grade
        = [](const QString &letter) { return letter.isEmpty() ? QStringLiteral("–") : letter; };
    //: %1 and %2 are grades A to F: before and after.
    QString text = tr("%1 Grade %2 → %3.").arg(counts, grade(gradeBefore), grade(gradeAfter));
    if (!notRetested.isEmpty())
        //: Two sentences in a row. Keep the space where the language puts one between sentences.
        text = tr("%1 %2").arg(text,
                               tr("%n finding(s) not retested (the check did not "
                                  "complete in the later run).",
                                  nullptr, int(notRetested.size())));
    return text;
}

QJsonObject ReportComparison::toJson() const
{
    return {{QStringLiteral("schema"), QStringLiteral("mxscope-comparison")},
            {QStringLiteral("schema_version"), 1},
            {QStringLiteral("before"),
             QJsonObject {{QStringLiteral("run"), runBefore},
                          {QStringLiteral("grade"), gradeBefore},
                          {QStringLiteral("target"), targetToJson(targetBefore)}}},
            {QStringLiteral("after"),
             QJsonObject {{QStringLiteral("run"), runAfter},
                          {QStringLiteral("grade"), gradeAfter},
                          {QStringLiteral("target"), targetToJson(targetAfter)}}},
            {QStringLiteral("same_target"), sameTarget()},
            {QStringLiteral("fixed"), changesToJson(fixed)},
            {QStringLiteral("new"), changesToJson(introduced)},
            {QStringLiteral("unchanged"), changesToJson(unchanged)},
            {QStringLiteral("not_retested"), changesToJson(notRetested)}};
}

} // namespace mxscope
