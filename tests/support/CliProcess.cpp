// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "CliProcess.h"

#include "SignalWait.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace mxscope::testing {

namespace {

QString cliPath()
{
    return QStringLiteral(MXSCOPE_CLI_PATH);
}

} // namespace

QJsonObject CliRun::json() const
{
    return QJsonDocument::fromJson(out).object();
}

std::string CliRun::diagnostics() const
{
    QByteArray text = err;
    if (QJsonDocument::fromJson(out).isNull())
        text += "\nstdout: " + out;
    return text.toStdString();
}

CliRun runCli(const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    // English whatever the machine's locale: some tests read the human output.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(cliPath(), arguments);
    // Not waitForFinished(): that would freeze a practice server living in this event loop.
    if (!waitUntil([&] { return process.state() == QProcess::NotRunning; }, timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        return {-2, process.readAllStandardOutput(), "still running after the time limit"};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

PracticeServerProcess::PracticeServerProcess(const QString &profile,
                                             const QStringList &extraArguments)
{
    m_process.start(cliPath(),
                    QStringList {QStringLiteral("practice-server"), QStringLiteral("--profile"),
                                 profile, QStringLiteral("--port"), QStringLiteral("0")}
                        + extraArguments);
    static const QRegularExpression listening(
        QStringLiteral("listening on 127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    waitUntil(
        [&] {
            m_process.waitForReadyRead(50);
            output += m_process.readAllStandardOutput();
            const auto match = listening.match(QString::fromUtf8(output));
            if (match.hasMatch())
                m_port = match.captured(1);
            return !m_port.isEmpty() || m_process.state() == QProcess::NotRunning;
        },
        10000);
}

PracticeServerProcess::~PracticeServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000))
        m_process.kill();
    m_process.waitForFinished(1000);
}

QProcess::ExitStatus PracticeServerProcess::stop()
{
    m_process.terminate();
    m_process.waitForFinished(3000);
    return m_process.exitStatus();
}

} // namespace mxscope::testing
