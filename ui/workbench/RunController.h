// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditRunner.h"
#include "audit/RunStore.h"
#include "workbench/TargetProfile.h"

#include <QObject>
#include <QPointer>

namespace mxscope {

// Starts runs of catalogue checks on a target through AuditRunner, saving them into the
// run history as they go, and saves console sessions as runs of their own. The history
// folder is RunStore::defaultDirectory() unless MXSCOPE_RUN_DIR or setStoreDirectory()
// says otherwise.
class RunController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ConsoleCheckId = "console";

    explicit RunController(QObject *parent = nullptr);

    const RunStore &store() const { return m_store; }
    void setStoreDirectory(const QString &directory) { m_store = RunStore(directory); }
    // Tests inject scripted checks; nothing: the catalogue's.
    void setCheckFactory(AuditRunner::CheckFactory factory) { m_factory = std::move(factory); }

    // The new runner (already started), or nullptr when a run is going on.
    AuditRunner *start(const TargetProfile &target, const QStringList &checkIds, bool authorised);
    void cancel();
    bool isRunning() const { return m_runner && m_runner->isRunning(); }
    AuditRunner *runner() const { return m_runner; }

    // Saves a console session's lines as a finished run with one "console" check.
    std::optional<RunRecord> saveConsoleSession(const SessionOptions &target,
                                                const QList<TranscriptEntry> &entries,
                                                QString *error) const;

Q_SIGNALS:
    // A runner was made and is about to start: connect to it now.
    void runStarting(mxscope::AuditRunner *runner);
    void runFinished(const mxscope::RunRecord &record);

private:
    RunStore m_store;
    AuditRunner::CheckFactory m_factory;
    QPointer<AuditRunner> m_runner;
};

} // namespace mxscope
