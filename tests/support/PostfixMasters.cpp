// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "PostfixMasters.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdlib>
#include <mutex>
#include <vector>

#include <signal.h>
#include <time.h>

namespace mxscope::testing::PostfixMasters {

namespace {

void pause20ms()
{
    const timespec interval {0, 20'000'000};
    nanosleep(&interval, nullptr);
}

// Every master started by this process, for the last-resort atexit handler.
struct LiveMaster {
    qint64 pid;
    QString queueDir;
    QString instanceDir;
};

std::mutex &liveMutex()
{
    static std::mutex mutex;
    return mutex;
}

std::vector<LiveMaster> &liveMasters()
{
    static std::vector<LiveMaster> masters;
    return masters;
}

} // namespace

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype paren = line.lastIndexOf(')');
    return paren >= 0 && paren + 2 < line.size() && line.at(paren + 2) != 'Z';
}

bool isMasterOf(qint64 pid, const QString &queueDir)
{
    if (!processAlive(pid))
        return false;
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != "master")
        return false;
    const QString cwd = QFileInfo(QStringLiteral("/proc/%1/cwd").arg(pid)).symLinkTarget();
    return !cwd.isEmpty() && cwd == QFileInfo(queueDir).canonicalFilePath();
}

// SIGTERM, then SIGKILL after timeoutMs. Plain polling: may run without an event loop.
void terminateMaster(qint64 pid, const QString &queueDir, int timeoutMs)
{
    if (!isMasterOf(pid, queueDir))
        return;
    ::kill(pid_t(pid), SIGTERM);
    QElapsedTimer clock;
    clock.start();
    while (processAlive(pid) && clock.elapsed() < timeoutMs)
        pause20ms();
    if (processAlive(pid)) {
        ::kill(pid_t(pid), SIGKILL);
        clock.restart();
        while (processAlive(pid) && clock.elapsed() < 2000)
            pause20ms();
    }
}

static void stopLiveMastersAtExit()
{
    std::vector<LiveMaster> masters;
    {
        const std::lock_guard lock(liveMutex());
        masters.swap(liveMasters());
    }
    for (const LiveMaster &master : masters) {
        terminateMaster(master.pid, master.queueDir, 5000);
        if (!qEnvironmentVariableIsSet("MXSCOPE_KEEP_POSTFIX"))
            QDir(master.instanceDir).removeRecursively();
    }
}

void registerMaster(qint64 pid, const QString &queueDir, const QString &instanceDir)
{
    static std::once_flag once;
    std::call_once(once, [] {
        liveMutex();
        liveMasters(); // constructed before the handler is registered, so they outlive it
        std::atexit(stopLiveMastersAtExit);
    });
    const std::lock_guard lock(liveMutex());
    liveMasters().push_back({pid, queueDir, instanceDir});
}

void unregisterMaster(qint64 pid)
{
    const std::lock_guard lock(liveMutex());
    std::erase_if(liveMasters(), [pid](const LiveMaster &m) { return m.pid == pid; });
}

// A test binary killed outright (ctest timeout, SIGKILL) leaves its master running. Each
// instance directory names its owner; masters of owners that are gone are stopped here.
void reapOrphans(const QString &dirPrefix)
{
    static std::once_flag once;
    std::call_once(once, [&dirPrefix] {
        const QDir temp(QDir::tempPath());
        const QStringList names = temp.entryList({dirPrefix + QLatin1Char('*')}, QDir::Dirs);
        for (const QString &name : names) {
            const QString dir = temp.filePath(name);
            QFile owner(dir + QStringLiteral("/owner.pid"));
            if (!owner.open(QIODevice::ReadOnly))
                continue; // being created, or not ours
            const qint64 ownerPid = owner.readAll().trimmed().toLongLong();
            if (ownerPid <= 0 || processAlive(ownerPid))
                continue;
            QFile pidFile(dir + QStringLiteral("/queue/pid/master.pid"));
            if (pidFile.open(QIODevice::ReadOnly))
                terminateMaster(pidFile.readAll().trimmed().toLongLong(),
                                dir + QStringLiteral("/queue"), 5000);
            QDir(dir).removeRecursively();
        }
    });
}

} // namespace mxscope::testing::PostfixMasters
