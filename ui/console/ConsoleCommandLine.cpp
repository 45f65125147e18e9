// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleCommandLine.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>

namespace mxscope {

ConsoleCommandLine::ConsoleCommandLine(QWidget *parent)
    : QLineEdit(parent)
{
    setObjectName(QStringLiteral("commandLineEdit"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setClearButtonEnabled(true);
    auto *completer = new QCompleter(verbs(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
}

QStringList ConsoleCommandLine::verbs()
{
    // Protocol keywords, never translated.
    return {QStringLiteral("EHLO"), QStringLiteral("HELO"),       QStringLiteral("STARTTLS"),
            QStringLiteral("AUTH"), QStringLiteral("MAIL FROM:"), QStringLiteral("RCPT TO:"),
            QStringLiteral("DATA"), QStringLiteral("RSET"),       QStringLiteral("VRFY"),
            QStringLiteral("EXPN"), QStringLiteral("HELP"),       QStringLiteral("NOOP"),
            QStringLiteral("QUIT")};
}

void ConsoleCommandLine::addToHistory(const QString &line)
{
    if (!line.isEmpty() && (m_history.isEmpty() || m_history.constLast() != line))
        m_history.append(line);
    while (m_history.size() > MaxHistory)
        m_history.removeFirst();
    m_historyIndex = -1;
    m_draft.clear();
}

void ConsoleCommandLine::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Up:
        recallOlder();
        return;
    case Qt::Key_Down:
        recallNewer();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // An open popup would swallow Enter; a typed line is sent as typed.
        if (completer() && completer()->popup()->isVisible())
            completer()->popup()->hide();
        break;
    default:
        break;
    }
    QLineEdit::keyPressEvent(event);
}

void ConsoleCommandLine::recallOlder()
{
    if (m_history.isEmpty())
        return;
    if (m_historyIndex < 0) {
        m_draft = text();
        m_historyIndex = int(m_history.size()) - 1;
    } else if (m_historyIndex > 0) {
        --m_historyIndex;
    }
    setText(m_history.at(m_historyIndex));
}

void ConsoleCommandLine::recallNewer()
{
    if (m_historyIndex < 0)
        return;
    if (m_historyIndex + 1 < m_history.size()) {
        ++m_historyIndex;
        setText(m_history.at(m_historyIndex));
        return;
    }
    m_historyIndex = -1;
    setText(m_draft);
}

} // namespace mxscope
