// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <optional>

namespace mxscope {

// Who the practice server knows: its local domains, mailboxes and mailing lists.
// Names compare case-insensitively. The defaults suit the enumeration checks' user lists:
//
//   PracticeDirectory directory;                 // postmaster, root, admin, alice, ...
//   directory.users.append(QStringLiteral("carol"));
//   server.setDirectory(directory);
struct PracticeDirectory {
    QStringList domains {QStringLiteral("practice.test"), QStringLiteral("localhost")};
    QStringList users {QStringLiteral("postmaster"), QStringLiteral("root"),
                       QStringLiteral("admin"),      QStringLiteral("alice"),
                       QStringLiteral("bob"),        QStringLiteral("info"),
                       QStringLiteral("sales")};
    QMap<QString, QStringList> lists {
        {QStringLiteral("staff"), {QStringLiteral("alice"), QStringLiteral("bob")}}};
    // AUTH accepts any listed user with this password; it guards nothing real.
    QString password = QStringLiteral("practice");

    QString primaryDomain() const;
    // True for a listed domain, and for address literals of the loopback interface.
    bool isLocalDomain(const QString &domain) const;
    bool hasUser(const QString &localPart) const;
    bool hasList(const QString &localPart) const;
    QStringList listMembers(const QString &localPart) const;
    // A user, a list, or postmaster (which RFC 5321 4.5.1 requires of every domain).
    bool knows(const QString &localPart) const;

    // Reads users from a file, one name per line; "name: member member..." defines a list.
    // Blank lines and lines starting with '#' are skipped. Replaces users and lists.
    bool loadUsersFile(const QString &path, QString *error);

    Q_DECLARE_TR_FUNCTIONS(mxscope::PracticeDirectory)
};

} // namespace mxscope
