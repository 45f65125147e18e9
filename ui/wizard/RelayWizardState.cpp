// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayWizardState.h"

#include "practice/PracticeServer.h"
#include "transcript/Transcript.h"

#include <QRandomGenerator>

namespace mxscope {

RelayWizardState::RelayWizardState(QObject *parent)
    : QObject(parent)
{ }

RelayWizardState::~RelayWizardState()
{
    // No signal from here: the pages listening may already be gone.
    if (m_practice)
        m_practice->close();
}

QString RelayWizardState::ensureToken()
{
    if (m_plan.token.isEmpty()) {
        // Random, so the test message can be found in a mailbox and told from any other.
        const quint64 value = QRandomGenerator::system()->generate64();
        m_plan.token = QStringLiteral("mxscope-%1").arg(value, 16, 16, QLatin1Char('0'));
    }
    return m_plan.token;
}

bool RelayWizardState::startPracticeServer(const QString &profileName, bool implicitTls,
                                           QString *error)
{
    stopPracticeServer();
    const auto profile = PracticeProfile::byName(profileName);
    if (!profile) {
        if (error)
            *error = tr("There is no practice server profile named %1.").arg(profileName);
        return false;
    }
    auto *server = new PracticeServer(*profile, this);
    server->setImplicitTls(implicitTls);
    if (!server->listen(QHostAddress(QHostAddress::LocalHost), 0)) {
        if (error)
            *error = tr("The practice server could not start: %1").arg(server->errorString());
        delete server;
        Q_EMIT practiceServerChanged();
        return false;
    }
    m_practice = server;
    Q_EMIT practiceServerChanged();
    return true;
}

void RelayWizardState::stopPracticeServer()
{
    if (!m_practice)
        return;
    m_practice->close();
    delete m_practice;
    Q_EMIT practiceServerChanged();
}

Transcript *RelayWizardState::resetMatrix()
{
    delete m_transcript;
    m_transcript = new Transcript(this);
    m_result.reset();
    m_cancelled = false;
    return m_transcript;
}

void RelayWizardState::setMatrixResult(const RelayResult &result, bool cancelled)
{
    m_result = result;
    m_cancelled = cancelled;
}

} // namespace mxscope
