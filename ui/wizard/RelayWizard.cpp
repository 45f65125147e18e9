// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "wizard/RelayWizard.h"

#include "wizard/RelayAuthorisationPage.h"
#include "wizard/RelayEnvelopePage.h"
#include "wizard/RelayMatrixPage.h"
#include "wizard/RelayResultsPage.h"
#include "wizard/RelayStepByStepPage.h"
#include "wizard/RelayTargetPage.h"
#include "wizard/RelayWizardState.h"

#include <QEvent>

namespace mxscope {

RelayWizard::RelayWizard(QWidget *parent)
    : QWizard(parent)
    , m_state(new RelayWizardState(this))
{
    setObjectName(QStringLiteral("relayWizard"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    auto *target = new RelayTargetPage(m_state, this);
    auto *results = new RelayResultsPage(m_state, this);
    m_pages = {target,
               new RelayEnvelopePage(m_state, this),
               new RelayAuthorisationPage(m_state, this),
               new RelayStepByStepPage(m_state, this),
               new RelayMatrixPage(m_state, this),
               results};
    for (int id = TargetPage; id <= ResultsPage; ++id)
        setPage(id, m_pages.at(id));
    setStartId(TargetPage);
    connect(results, &RelayResultsPage::openConsoleRequested, this,
            [this] { Q_EMIT openConsoleRequested(m_state->plan().target); });
    retranslateUi();
    setMinimumSize(880, 640);
    resize(1000, 740);
}

RelayWizard::~RelayWizard()
{
    // Before any child goes: a running matrix writes into the state's transcript.
    stopEverything();
}

void RelayWizard::setTarget(const SessionOptions &options)
{
    qobject_cast<RelayTargetPage *>(m_pages.at(TargetPage))->setTarget(options);
}

void RelayWizard::setConsoleAvailable(bool available)
{
    m_state->setConsoleAvailable(available);
}

void RelayWizard::done(int result)
{
    stopEverything();
    QWizard::done(result);
}

void RelayWizard::stopEverything()
{
    for (RelayWizardPage *page : std::as_const(m_pages))
        page->stopActivity();
    m_state->stopPracticeServer();
}

void RelayWizard::changeEvent(QEvent *event)
{
    QWizard::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void RelayWizard::retranslateUi()
{
    setWindowTitle(tr("Relay test wizard"));
}

} // namespace mxscope
