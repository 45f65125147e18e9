// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "dns/MailAuthRecords.h"

#include <QRegularExpression>

namespace mxscope {

namespace {

// "v=spf1" must be the whole first term: "v=spf10" is not SPF (RFC 7208 4.5).
bool startsWithVersion(const QString &text, const QString &version, QChar separator)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith(version, Qt::CaseInsensitive))
        return false;
    return trimmed.size() == version.size() || trimmed.at(version.size()) == separator
        || trimmed.at(version.size()).isSpace();
}

} // namespace

SpfPolicy SpfPolicy::fromTexts(const QStringList &texts)
{
    SpfPolicy spf;
    for (const QString &text : texts) {
        if (startsWithVersion(text, QStringLiteral("v=spf1"), QLatin1Char(' ')))
            spf.records.append(text.trimmed());
    }
    if (spf.records.size() != 1)
        return spf;
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    const QStringList terms = spf.records.constFirst().split(whitespace, Qt::SkipEmptyParts);
    for (const QString &term : terms.mid(1)) {
        const QString lower = term.toLower();
        if (lower == QLatin1String("all")) {
            spf.allQualifier = QLatin1Char('+');
        } else if (lower.size() == 4 && lower.endsWith(QLatin1String("all"))
                   && QStringLiteral("+-~?").contains(lower.at(0))) {
            spf.allQualifier = lower.at(0);
        } else if (lower.startsWith(QLatin1String("redirect="))) {
            spf.redirect = term.mid(9);
        }
    }
    return spf;
}

DmarcPolicy DmarcPolicy::fromTexts(const QStringList &texts)
{
    DmarcPolicy dmarc;
    for (const QString &text : texts) {
        if (startsWithVersion(text, QStringLiteral("v=DMARC1"), QLatin1Char(';')))
            dmarc.records.append(text.trimmed());
    }
    if (dmarc.records.size() != 1)
        return dmarc;
    const QStringList tags = dmarc.records.constFirst().split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &tag : tags) {
        const qsizetype eq = tag.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const QString key = tag.left(eq).trimmed().toLower();
        const QString value = tag.mid(eq + 1).trimmed();
        if (key == QLatin1String("p"))
            dmarc.policy = value.toLower();
        else if (key == QLatin1String("sp"))
            dmarc.subdomainPolicy = value.toLower();
        else if (key == QLatin1String("pct")) {
            bool ok = false;
            const int pct = value.toInt(&ok);
            if (ok)
                dmarc.percent = pct;
        } else if (key == QLatin1String("rua")) {
            dmarc.reports = !value.isEmpty();
        }
    }
    return dmarc;
}

QStringList recordsWithVersion(const QStringList &texts, const QString &version)
{
    QStringList records;
    for (const QString &text : texts) {
        if (startsWithVersion(text, version, QLatin1Char(';')))
            records.append(text.trimmed());
    }
    return records;
}

} // namespace mxscope
