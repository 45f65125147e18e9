// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QWizardPage>

class QLabel;

namespace mxscope {

class RelayWizardState;

// Base of every relay-wizard page: gives the page the shared state, re-applies its texts
// when the UI language changes, and shows field hints in one consistent way.
class RelayWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RelayWizardPage(RelayWizardState *state, QWidget *parent = nullptr);

    // Stops whatever the page runs (a session, a matrix); the wizard calls it when it closes.
    virtual void stopActivity() { }

protected:
    RelayWizardState *state() const { return m_state; }
    virtual void retranslateUi() = 0;
    void changeEvent(QEvent *event) override;

    // A hint under a field: guidance in a muted colour, a problem in a warning colour.
    // Always plain text: hints may quote what the user typed.
    static void setHint(QLabel *label, const QString &text, bool problem);
    static QLabel *makeHintLabel(const QString &objectName, QWidget *parent);
    // Two sentences in a row, the way the UI language runs them together.
    static QString joinSentences(const QString &first, const QString &second);

private:
    RelayWizardState *m_state;
};

} // namespace mxscope
