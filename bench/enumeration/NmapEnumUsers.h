// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace mxscope::bench {

// nmap's smtp-enum-users script as a competitor: one run with a user database file and
// one method, its wall time, and the names it printed.
class NmapEnumUsers
{
public:
    // Empty when nmap is installed; otherwise why the comparison is skipped.
    static QString unavailableReason();

    struct Outcome {
        bool ran = false;
        qint64 elapsedMs = 0;
        QSet<QString> found; // names as nmap printed them (local part or address)
        QString note; // e.g. "unhandled status code" lines, or why it failed
    };
    // method: "RCPT" or "VRFY"; names are written to a temporary userdb file.
    static Outcome run(quint16 port, const QString &method, const QStringList &names,
                       const QString &domain, int timeoutMs);
};

} // namespace mxscope::bench
