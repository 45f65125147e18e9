// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleWindow.h"

#include "console/ConsoleWidget.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMenuBar>

namespace mxscope {

ConsoleWindow::ConsoleWindow(const ConsoleTarget &target, QWidget *parent)
    : QMainWindow(parent)
    , m_console(new ConsoleWidget(target, this))
    , m_sessionMenu(menuBar()->addMenu(QString()))
    , m_connectAction(m_sessionMenu->addAction(QString()))
    , m_disconnectAction(m_sessionMenu->addAction(QString()))
    , m_saveAction(m_sessionMenu->addAction(QString()))
    , m_historyAction(m_sessionMenu->addAction(QString()))
    , m_closeAction(nullptr)
{
    setObjectName(QStringLiteral("consoleWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setCentralWidget(m_console);
    m_sessionMenu->addSeparator();
    m_closeAction = m_sessionMenu->addAction(QString());
    m_saveAction->setShortcut(QKeySequence::Save);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_connectAction, &QAction::triggered, m_console, &ConsoleWidget::connectToServer);
    connect(m_disconnectAction, &QAction::triggered, m_console,
            &ConsoleWidget::disconnectFromServer);
    connect(m_saveAction, &QAction::triggered, m_console, &ConsoleWidget::exportTranscript);
    connect(m_closeAction, &QAction::triggered, this, &QWidget::close);
    m_historyAction->setObjectName(QStringLiteral("saveToHistoryAction"));
    connect(m_historyAction, &QAction::triggered, this, &ConsoleWindow::saveToHistoryRequested);
    const auto updateActions = [this] {
        m_connectAction->setEnabled(!m_console->isSessionOpen());
        m_disconnectAction->setEnabled(m_console->isSessionOpen());
        updateTitle();
    };
    connect(m_console, &ConsoleWidget::sessionStateChanged, this, updateActions);
    updateActions();
    resize(960, 680);
    retranslateUi();
    m_console->setFocus();
}

ConsoleWindow::ConsoleWindow(const SessionOptions &options, QWidget *parent)
    : ConsoleWindow(ConsoleTarget {options, {}, {}}, parent)
{ }

void ConsoleWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConsoleWindow::retranslateUi()
{
    updateTitle();
    m_sessionMenu->setTitle(tr("&Session"));
    m_connectAction->setText(tr("&Connect"));
    m_disconnectAction->setText(tr("&Disconnect"));
    m_saveAction->setText(tr("&Save transcript…"));
    m_historyAction->setText(tr("Save to run &history"));
    m_closeAction->setText(tr("C&lose"));
}

void ConsoleWindow::updateTitle()
{
    const SessionOptions &options = m_console->target().options;
    setWindowTitle(options.host.isEmpty()
                       ? tr("SMTP console")
                       : tr("SMTP console — %1 port %2").arg(options.host).arg(options.port));
}

} // namespace mxscope
