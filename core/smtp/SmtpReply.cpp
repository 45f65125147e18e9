// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/SmtpReply.h"

#include "smtp/EnhancedStatusParser.h"
#include "transcript/SafeText.h"

namespace mxscope {

QString EnhancedStatus::toString() const
{
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

static QString lineText(const QByteArray &line)
{
    return safeText(EnhancedStatusParser::stripPrefix(line));
}

QString SmtpReply::text() const
{
    QStringList parts;
    parts.reserve(lines.size());
    for (const QByteArray &line : lines)
        parts.append(lineText(line));
    return parts.join(QLatin1Char(' '));
}

QString SmtpReply::firstLine() const
{
    return lines.isEmpty() ? QString() : lineText(lines.constFirst());
}

QString SmtpReply::summary() const
{
    QString result = QString::number(code);
    if (enhanced)
        result += QLatin1Char(' ') + enhanced->toString();
    const QString body = text();
    if (!body.isEmpty())
        result += QLatin1Char(' ') + body;
    return result;
}

} // namespace mxscope
