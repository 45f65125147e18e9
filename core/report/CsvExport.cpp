// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/CsvExport.h"

#include "report/ReportFiles.h"

#include <QDir>

namespace mxscope {

namespace {

QString safeName(const QString &text)
{
    QString name;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            name += c.toLower();
        else if (c == u'-' || c == u'_')
            name += c;
        else if (!name.endsWith(u'-'))
            name += u'-';
    }
    return name.isEmpty() ? QStringLiteral("table") : name.left(48);
}

} // namespace

QString CsvExport::field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    const bool quote = value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))
        || value.startsWith(QLatin1Char(' ')) || value.endsWith(QLatin1Char(' '));
    if (!quote)
        return value;
    value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QByteArray CsvExport::toCsv(const ResultTable &table)
{
    auto line = [](const QStringList &cells) -> QByteArray {
        QStringList fields;
        for (const QString &cell : cells)
            fields.append(field(cell));
        return fields.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    QByteArray out = line(table.columns + QStringList {tr("Transcript line")});
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const qsizetype evidence = table.evidence.value(r, -1);
        out += line(table.rows.at(r)
                    + QStringList {evidence >= 0 ? QString::number(evidence) : QString()});
    }
    return out;
}

QString CsvExport::fileName(const CheckOutcome &check, const ResultTable &table)
{
    return safeName(check.checkId) + u'-' + safeName(table.id) + QStringLiteral(".csv");
}

bool CsvExport::writeAll(const RunRecord &record, const QString &directory, QStringList *written,
                         QString *error)
{
    if (!QDir().mkpath(directory)) {
        *error = tr("Cannot create the folder %1.").arg(directory);
        return false;
    }
    for (const CheckOutcome &check : record.checks) {
        for (const ResultTable &table : check.tables) {
            const QString path = QDir(directory).filePath(fileName(check, table));
            if (!ReportFiles::saveBytes(path, toCsv(table), error))
                return false;
            if (written)
                written->append(path);
        }
    }
    return true;
}

} // namespace mxscope
