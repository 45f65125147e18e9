// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "console/ConsoleTarget.h"
#include "smtp/SmtpSession.h"
#include "transcript/TranscriptEntry.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mxscope {

class ConsoleAuthPanel;
class ConsoleCommandLine;
class ConsoleConnectionBar;
class ConsoleDataPanel;
class ConsoleMessageLabel;
class ConsoleTranscriptPane;
class ConsoleVerbBar;

// The interactive SMTP console, a telnet replacement: connect (plain, STARTTLS, implicit
// TLS), type commands (sent as typed, one at a time), watch the colour-coded transcript with
// every reply code explained on hover. DATA opens a message editor, AUTH a helper that keeps
// the password out of the transcript. Everything runs on the event loop through SmtpSession,
// whose per-state timeouts and reply limits keep a hostile server from hanging it.
//
//   auto *console = new ConsoleWidget(ConsoleTarget{options, sender, recipient}, parent);
//   connect(console, &ConsoleWidget::entryAdded, this, [](const TranscriptEntry &e) { ... });
//   const QList<TranscriptEntry> evidence = console->entries(); // e.g. to save into a run
//
// Object names for tests: commandLineEdit, sendButton, consoleStateLabel,
// consoleMessageLabel, lastReplyLabel, and those of its parts (see ConsoleConnectionBar,
// ConsoleTranscriptPane, ConsoleVerbBar, ConsoleDataPanel, ConsoleAuthPanel).
class ConsoleWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleWidget(const ConsoleTarget &target = {}, QWidget *parent = nullptr);
    ~ConsoleWidget() override;

    // Fills the connection fields and the verb buttons; applies to the next connection.
    void setTarget(const ConsoleTarget &target);
    const ConsoleTarget &target() const { return m_target; }

    // The transcript kept so far (all connections), oldest first, secrets redacted.
    QList<TranscriptEntry> entries() const;
    bool saveTranscript(const QString &path, QString *error = nullptr) const;
    SessionState sessionState() const;
    bool isSessionOpen() const;

    void connectToServer();
    void disconnectFromServer();
    // Handles line as if typed and entered; false (with the reason shown) when refused.
    bool sendLine(const QString &line);
    // Asks for a file name (without blocking the session) and saves the transcript there.
    void exportTranscript();

Q_SIGNALS:
    void entryAdded(const mxscope::TranscriptEntry &entry);
    void sessionStateChanged(mxscope::SessionState state);
    void sessionClosed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslateUi();
    void submitCommandLine();
    void handleTypedAuth(const QString &line);
    void onVerbClicked(SmtpVerb verb);
    void enterDataMode();
    void leaveDataMode();
    void sendMessage(const QByteArray &message);
    void authenticate(const Credentials &credentials);
    void startTls();
    void onReply(const CommandResult &result);
    void onFailed(SessionError error, const QString &message);
    void showReply(const SmtpReply &reply, std::optional<SmtpVerb> answering);
    void updateControls();

    ConsoleTarget m_target;
    QPointer<SmtpSession> m_session;
    int m_connectionCount = 0;

    ConsoleConnectionBar *m_bar;
    QLabel *m_stateLabel;
    ConsoleTranscriptPane *m_transcript;
    QLabel *m_lastReply;
    ConsoleMessageLabel *m_message;
    ConsoleAuthPanel *m_auth;
    ConsoleDataPanel *m_data;
    ConsoleVerbBar *m_verbs;
    QLabel *m_prompt;
    ConsoleCommandLine *m_commandLine;
    QPushButton *m_send;
};

} // namespace mxscope
