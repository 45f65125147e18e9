// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "NmapEnumUsers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace mxscope::bench {

QString NmapEnumUsers::unavailableReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("nmap")).isEmpty())
        return QStringLiteral("nmap is not installed (apt-get install nmap)");
    return {};
}

NmapEnumUsers::Outcome NmapEnumUsers::run(quint16 port, const QString &method,
                                          const QStringList &names, const QString &domain,
                                          int timeoutMs)
{
    Outcome outcome;
    QTemporaryDir dir;
    const QString userdb = dir.filePath(QStringLiteral("users.lst"));
    QFile file(userdb);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly)) {
        outcome.note = QStringLiteral("cannot write the user database");
        return outcome;
    }
    file.write(names.join(QLatin1Char('\n')).toUtf8() + '\n');
    file.close();
    // The script runs only on ports nmap believes are SMTP; a data directory holding just
    // nmap-services says so for this port (everything else comes from nmap's own data),
    // which spares the seconds of -sV service detection.
    QFile services(dir.filePath(QStringLiteral("nmap-services")));
    if (!services.open(QIODevice::WriteOnly)) {
        outcome.note = QStringLiteral("cannot write nmap-services");
        return outcome;
    }
    services.write("smtp\t" + QByteArray::number(port) + "/tcp\t0.5\n");
    services.close();
    const QString scriptArgs
        = QStringLiteral("smtp-enum-users.methods={%1},smtp-enum-users.domain=%2,userdb=%3,"
                         "unpwdb.timelimit=0")
              .arg(method, domain, userdb);
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral("nmap"),
                  {QStringLiteral("-n"), QStringLiteral("-Pn"), QStringLiteral("--datadir"),
                   dir.path(), QStringLiteral("-p"), QString::number(port),
                   QStringLiteral("--script"), QStringLiteral("smtp-enum-users"),
                   QStringLiteral("--script-args"), scriptArgs, QStringLiteral("127.0.0.1")});
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        outcome.note = QStringLiteral("still running after %1 s").arg(timeoutMs / 1000);
        outcome.elapsedMs = clock.elapsed();
        return outcome;
    }
    outcome.elapsedMs = clock.elapsed();
    outcome.ran = true;
    // | smtp-enum-users:
    // |   alice
    // |_  bob
    bool inScript = false;
    const QStringList lines
        = QString::fromUtf8(process.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.contains(QLatin1String("smtp-enum-users:"))) {
            inScript = true;
            continue;
        }
        if (!inScript
            || !(line.startsWith(QLatin1String("|  ")) || line.startsWith(QLatin1String("|_ "))))
            continue;
        const QString entry = line.mid(3).trimmed();
        if (entry.contains(QLatin1Char(' '))) { // a message, not a name
            outcome.note = entry;
            continue;
        }
        outcome.found.insert(entry.section(QLatin1Char('@'), 0, 0));
        if (line.startsWith(QLatin1String("|_")))
            inScript = false;
    }
    return outcome;
}

} // namespace mxscope::bench
