// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace mxscope::testing {

// What one run of mxscope-cli printed and how it ended.
struct CliRun {
    int exitCode = -1; // -1: crashed, -2: killed after the time limit
    QByteArray out;
    QByteArray err;

    // stdout as a JSON object (empty when it is not JSON).
    QJsonObject json() const;
    // stderr, and stdout when it is not JSON: for failure messages.
    std::string diagnostics() const;
};

// Runs the built mxscope-cli with English output. The event loop keeps running meanwhile,
// so a practice server living in the test process can answer.
CliRun runCli(const QStringList &arguments, int timeoutMs = 60'000);

// `mxscope-cli practice-server` in a process of its own, stopped (SIGTERM) when this goes.
class PracticeServerProcess
{
public:
    explicit PracticeServerProcess(const QString &profile, const QStringList &extraArguments = {});
    ~PracticeServerProcess();
    PracticeServerProcess(const PracticeServerProcess &) = delete;
    PracticeServerProcess &operator=(const PracticeServerProcess &) = delete;

    // The port it listens on, empty when it did not start.
    const QString &port() const { return m_port; }
    // Sends SIGTERM and waits; NormalExit when it shut down cleanly.
    QProcess::ExitStatus stop();

private:
    QProcess m_process;
    QString m_port;
};

} // namespace mxscope::testing
