// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CheckPrinter.h"

#include "report/JsonConversions.h"

#include <QTextStream>

#include <algorithm>

namespace mxscope::cli {

namespace {

// A terminal is no place for ten thousand rows; --json has them all.
constexpr qsizetype maxRowsShown = 200;
constexpr qsizetype maxCellWidth = 60;

QString statusWord(CheckStatus status)
{
    switch (status) {
    case CheckStatus::NotRun:
        return CheckPrinter::tr("not run");
    case CheckStatus::Running:
        return CheckPrinter::tr("running");
    case CheckStatus::Completed:
        return CheckPrinter::tr("completed");
    case CheckStatus::Failed:
        return CheckPrinter::tr("failed");
    case CheckStatus::Cancelled:
        return CheckPrinter::tr("cancelled");
    case CheckStatus::Refused:
        return CheckPrinter::tr("not run");
    }
    return {};
}

QString clipped(const QString &cell)
{
    return cell.size() > maxCellWidth ? cell.left(maxCellWidth - 1) + QChar(0x2026) : cell;
}

} // namespace

void CheckPrinter::printText(const CheckOutcome &outcome, QTextStream &out)
{
    out << outcome.title << ": " << statusWord(outcome.status) << '\n';
    const QString sentence
        = outcome.status == CheckStatus::Completed ? outcome.summary : outcome.error;
    if (!sentence.isEmpty())
        out << sentence << '\n';
    QList<Finding> findings = outcome.findings;
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    out << '\n' << tr("Findings: %n", nullptr, int(findings.size())) << '\n';
    for (const Finding &finding : findings) {
        out << "  [" << toString(finding.severity).toUpper() << "] " << finding.title << '\n';
        if (!finding.detail.isEmpty())
            out << "      " << finding.detail << '\n';
    }
    for (const ResultTable &table : outcome.tables)
        printTable(table, out);
    out.flush();
}

void CheckPrinter::printTable(const ResultTable &table, QTextStream &out)
{
    const qsizetype shown = std::min(table.rows.size(), maxRowsShown);
    QList<qsizetype> widths;
    for (const QString &column : table.columns)
        widths.append(clipped(column).size());
    for (qsizetype row = 0; row < shown; ++row) {
        const QStringList &cells = table.rows.at(row);
        for (qsizetype column = 0; column < cells.size() && column < widths.size(); ++column)
            widths[column] = std::max(widths[column], clipped(cells.at(column)).size());
    }
    const auto printRow = [&](const QStringList &cells) {
        out << "  ";
        for (qsizetype column = 0; column < widths.size(); ++column)
            out << clipped(cells.value(column)).leftJustified(widths.at(column)) << "  ";
        out << '\n';
    };
    out << '\n' << table.title << '\n';
    printRow(table.columns);
    for (qsizetype row = 0; row < shown; ++row)
        printRow(table.rows.at(row));
    if (table.rows.size() > shown)
        out << "  "
            << tr("... %n more row(s); --json lists them all.", nullptr,
                  int(table.rows.size() - shown))
            << '\n';
}

QJsonObject CheckPrinter::toJson(const CheckOutcome &outcome)
{
    QJsonObject object = outcome.details;
    object.insert(QStringLiteral("check"), outcome.checkId);
    object.insert(QStringLiteral("status"), toString(outcome.status));
    object.insert(QStringLiteral("summary"), outcome.summary);
    object.insert(QStringLiteral("error"), outcome.error);
    object.insert(QStringLiteral("findings"), JsonConversions::toJson(outcome.findings));
    return object;
}

} // namespace mxscope::cli
