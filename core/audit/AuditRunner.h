// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/CheckContext.h"
#include "audit/RunRecord.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <optional>

namespace mxscope {

class AuditCheck;
class RunStore;
class Transcript;

// Runs checks one after another against one target, into one transcript and one
// RunRecord, saving the record as it goes when given a store (after every check and every
// few seconds while one runs), so a crash loses at most those seconds.
//
//   AuditRunner runner(context, {"banner", "tls", "relay"});
//   runner.setStore(&store);
//   connect(&runner, &AuditRunner::finished, ...);   // record() is complete
//   runner.start();
class AuditRunner : public QObject
{
    Q_OBJECT

public:
    using CheckFactory
        = std::function<AuditCheck *(const QString &id, const CheckContext &, QObject *parent)>;

    // context.transcript is ignored: the runner owns the run's transcript.
    AuditRunner(const CheckContext &context, const QStringList &checkIds,
                QObject *parent = nullptr);
    ~AuditRunner() override;

    // Default: CheckCatalogue::create. Tests pass scripted checks.
    void setCheckFactory(CheckFactory factory) { m_factory = std::move(factory); }
    void setStore(const RunStore *store) { m_store = store; }
    void setAutosaveIntervalMs(int ms) { m_autosave.setInterval(ms); }

    void start();
    // Cancels the running check and skips the rest; finished() follows synchronously.
    void cancel();
    bool isRunning() const { return m_running; }

    // The run so far; its transcript is copied in at each save and at the end.
    const RunRecord &record() const { return m_record; }
    Transcript *transcript() const { return m_transcript; }
    int currentIndex() const { return m_current; }
    // The last save's error, if it failed.
    std::optional<QString> saveError() const { return m_saveError; }

Q_SIGNALS:
    void checkStarted(int index, const QString &checkId);
    void checkProgress(int index, int done, int total, const QString &step);
    void findingAdded(int index, const mxscope::Finding &finding);
    void checkFinished(int index, const mxscope::CheckOutcome &outcome);
    void saved();
    void finished();

private:
    void startNext();
    void onCheckFinished();
    void finishRun();
    void autosave();
    void save();

    CheckContext m_context;
    CheckFactory m_factory;
    const RunStore *m_store = nullptr;
    Transcript *m_transcript;
    RunRecord m_record;
    QPointer<AuditCheck> m_check;
    QTimer m_autosave;
    qsizetype m_savedLines = -1; // what the last save held, so autosave can skip
    qsizetype m_savedFindings = -1;
    int m_current = -1;
    bool m_running = false;
    bool m_cancelled = false;
    std::optional<QString> m_saveError;
};

} // namespace mxscope
