// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeServer.h"
#include "relay/RelayPlan.h"
#include "relay/RelayTest.h"
#include "transcript/Transcript.h"

#include <QObject>
#include <QPointer>

#include <optional>

namespace mxscope {

// What the relay wizard's pages share, as KeePassXC's wizard pages share one database:
// the plan the user builds page by page, the practice server the wizard may run for them,
// and the matrix run's transcript and result for the results page. Credentials live here
// in memory only; nothing of this is ever written to settings.
class RelayWizardState : public QObject
{
    Q_OBJECT

public:
    explicit RelayWizardState(QObject *parent = nullptr);
    ~RelayWizardState() override;

    RelayPlan &plan() { return m_plan; }
    const RelayPlan &plan() const { return m_plan; }
    // The token for the Subject and body of a real test message; made once per wizard.
    QString ensureToken();

    // Starts (or restarts) the built-in practice server on 127.0.0.1 with a free port.
    // False, with the reason in *error, when it cannot listen.
    bool startPracticeServer(const QString &profileName, bool implicitTls, QString *error);
    void stopPracticeServer();
    PracticeServer *practiceServer() const { return m_practice; }

    // A fresh transcript for a new matrix run; the previous one (and its result) goes.
    Transcript *resetMatrix();
    Transcript *matrixTranscript() const { return m_transcript; }
    void setMatrixResult(const RelayResult &result, bool cancelled);
    const std::optional<RelayResult> &matrixResult() const { return m_result; }
    bool matrixCancelled() const { return m_cancelled; }

    // Whether "Open console on this target" can do anything yet.
    void setConsoleAvailable(bool available) { m_consoleAvailable = available; }
    bool consoleAvailable() const { return m_consoleAvailable; }

Q_SIGNALS:
    void practiceServerChanged();

private:
    RelayPlan m_plan;
    QPointer<PracticeServer> m_practice;
    QPointer<Transcript> m_transcript;
    std::optional<RelayResult> m_result;
    bool m_cancelled = false;
    bool m_consoleAvailable = false;
};

} // namespace mxscope
