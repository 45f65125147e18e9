// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeDirectory.h"

#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace mxscope {

namespace {

constexpr qint64 maxUsersFileBytes = 4 * 1024 * 1024;

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name, Qt::CaseInsensitive);
}

} // namespace

QString PracticeDirectory::primaryDomain() const
{
    return domains.isEmpty() ? QStringLiteral("localhost") : domains.constFirst();
}

bool PracticeDirectory::isLocalDomain(const QString &domain) const
{
    if (containsName(domains, domain))
        return true;
    // "[127.0.0.1]" and "[IPv6:::1]" name this very server, so they are not relaying.
    if (domain.startsWith(QLatin1Char('[')) && domain.endsWith(QLatin1Char(']'))) {
        QString literal = domain.mid(1, domain.size() - 2);
        if (literal.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            literal = literal.mid(5);
        const QHostAddress address(literal);
        return !address.isNull() && address.isLoopback();
    }
    return false;
}

bool PracticeDirectory::hasUser(const QString &localPart) const
{
    return containsName(users, localPart);
}

bool PracticeDirectory::hasList(const QString &localPart) const
{
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        if (it.key().compare(localPart, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QStringList PracticeDirectory::listMembers(const QString &localPart) const
{
    for (auto it = lists.cbegin(); it != lists.cend(); ++it) {
        if (it.key().compare(localPart, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

bool PracticeDirectory::knows(const QString &localPart) const
{
    return localPart.compare(QLatin1String("postmaster"), Qt::CaseInsensitive) == 0
        || hasUser(localPart) || hasList(localPart);
}

bool PracticeDirectory::loadUsersFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot read the user list %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxUsersFileBytes) {
        if (error)
            *error = tr("The user list %1 is larger than 4 MiB.").arg(path);
        return false;
    }
    QStringList newUsers;
    QMap<QString, QStringList> newLists;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &raw : lines) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon < 0) {
            if (!containsName(newUsers, line))
                newUsers.append(line);
            continue;
        }
        const QString list = line.left(colon).trimmed();
        const QString members = line.mid(colon + 1);
        if (!list.isEmpty())
            newLists.insert(
                list,
                members.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts));
    }
    if (newUsers.isEmpty() && newLists.isEmpty()) {
        if (error)
            *error = tr("The user list %1 names nobody.").arg(path);
        return false;
    }
    users = newUsers;
    lists = newLists;
    return true;
}

} // namespace mxscope
