// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "console/ConsoleTarget.h"

#include <QMainWindow>

class QAction;
class QMenu;

namespace mxscope {

class ConsoleWidget;

// A window of its own for the SMTP console, opened on a target; it deletes itself when
// closed and drops the connection with it. Nothing connects until the user clicks Connect.
//
//   auto *window = new ConsoleWindow(ConsoleTarget{options, sender, recipient}, this);
//   window->show();
class ConsoleWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit ConsoleWindow(const ConsoleTarget &target, QWidget *parent = nullptr);
    explicit ConsoleWindow(const SessionOptions &options, QWidget *parent = nullptr);

    ConsoleWidget *console() const { return m_console; }

Q_SIGNALS:
    // The user asked to keep the session in the run history (the main window saves it).
    void saveToHistoryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateTitle();

    ConsoleWidget *m_console;
    QMenu *m_sessionMenu;
    QAction *m_connectAction;
    QAction *m_disconnectAction;
    QAction *m_saveAction;
    QAction *m_historyAction;
    QAction *m_closeAction;
};

} // namespace mxscope
