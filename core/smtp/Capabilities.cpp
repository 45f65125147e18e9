// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "smtp/Capabilities.h"

#include "transcript/SafeText.h"

namespace mxscope {

Capabilities Capabilities::fromEhloReply(const SmtpReply &reply)
{
    Capabilities caps;
    if (reply.lines.isEmpty())
        return caps;
    caps.m_serverName = safeText(reply.lines.constFirst()).section(QLatin1Char(' '), 0, 0);
    for (qsizetype i = 1; i < reply.lines.size(); ++i) {
        const QString line = safeText(reply.lines.at(i)).trimmed();
        if (line.isEmpty())
            continue;
        QString keyword = line.section(QLatin1Char(' '), 0, 0).toUpper();
        // Old servers announce "AUTH=LOGIN PLAIN" next to (or instead of) "AUTH LOGIN PLAIN".
        if (keyword.startsWith(QLatin1String("AUTH=")))
            keyword = QStringLiteral("AUTH=");
        caps.m_lines.append(line);
        caps.m_keywords.append(keyword);
    }
    return caps;
}

bool Capabilities::has(const QString &keyword) const
{
    return m_keywords.contains(keyword.toUpper());
}

QStringList Capabilities::parameters(const QString &keyword) const
{
    const qsizetype index = m_keywords.indexOf(keyword.toUpper());
    if (index < 0)
        return {};
    return m_lines.at(index)
        .section(QLatin1Char(' '), 1)
        .split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList Capabilities::authMechanisms() const
{
    QStringList mechanisms;
    for (qsizetype i = 0; i < m_keywords.size(); ++i) {
        QString params;
        if (m_keywords.at(i) == QLatin1String("AUTH"))
            params = m_lines.at(i).section(QLatin1Char(' '), 1);
        else if (m_keywords.at(i) == QLatin1String("AUTH="))
            params = m_lines.at(i).mid(5);
        const QStringList words = params.toUpper().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (!mechanisms.contains(word))
                mechanisms.append(word);
        }
    }
    return mechanisms;
}

qint64 Capabilities::sizeLimit() const
{
    const QStringList params = parameters(QStringLiteral("SIZE"));
    return params.isEmpty() ? 0 : params.constFirst().toLongLong();
}

} // namespace mxscope
