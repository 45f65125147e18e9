// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QLineEdit>
#include <QStringList>

namespace mxscope {

// The console's command line: Up and Down walk through the lines sent before (the line
// being typed is kept and comes back below the newest entry), and SMTP verbs complete
// case-insensitively. Enter emits QLineEdit::returnPressed(); the owner decides whether
// the line is sent and then calls addToHistory().
class ConsoleCommandLine : public QLineEdit
{
    Q_OBJECT

public:
    static constexpr int MaxHistory = 500;

    explicit ConsoleCommandLine(QWidget *parent = nullptr);

    // The completions offered, in the order a session uses them.
    static QStringList verbs();
    // Appends line (unless it repeats the newest entry) and returns to the draft.
    void addToHistory(const QString &line);
    const QStringList &history() const { return m_history; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void recallOlder();
    void recallNewer();

    QStringList m_history;
    int m_historyIndex = -1; // -1: the user's own draft is shown
    QString m_draft;
};

} // namespace mxscope
