// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleWidget.h"

#include "console/ConsoleAuthPanel.h"
#include "console/ConsoleCommandLine.h"
#include "console/ConsoleConnectionBar.h"
#include "console/ConsoleDataPanel.h"
#include "console/ConsoleMessageLabel.h"
#include "console/ConsoleTranscriptExport.h"
#include "console/ConsoleTranscriptPane.h"
#include "console/ConsoleVerbBar.h"
#include "smtp/InputValidation.h"
#include "smtp/ReplyExplainer.h"
#include "transcript/SafeText.h"
#include "transport/SocketTransport.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mxscope {

namespace {

constexpr qsizetype maxShownReplyChars = 300;

QString firstWord(const QString &line)
{
    return line.trimmed().section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).toUpper();
}

} // namespace

ConsoleWidget::ConsoleWidget(const ConsoleTarget &target, QWidget *parent)
    : QWidget(parent)
    , m_bar(new ConsoleConnectionBar(this))
    , m_stateLabel(new QLabel(this))
    , m_transcript(new ConsoleTranscriptPane(this))
    , m_lastReply(new QLabel(this))
    , m_message(new ConsoleMessageLabel(this))
    , m_auth(new ConsoleAuthPanel(this))
    , m_data(new ConsoleDataPanel(this))
    , m_verbs(new ConsoleVerbBar(this))
    , m_prompt(new QLabel(this))
    , m_commandLine(new ConsoleCommandLine(this))
    , m_send(new QPushButton(this))
{
    buildLayout();
    connect(m_bar, &ConsoleConnectionBar::connectRequested, this, &ConsoleWidget::connectToServer);
    connect(m_bar, &ConsoleConnectionBar::disconnectRequested, this,
            &ConsoleWidget::disconnectFromServer);
    connect(m_bar, &ConsoleConnectionBar::startTlsRequested, this, &ConsoleWidget::startTls);
    connect(m_transcript, &ConsoleTranscriptPane::saved, this, [this](const QString &path) {
        m_message->showInfo(tr("Transcript saved to %1").arg(path));
    });
    connect(m_transcript, &ConsoleTranscriptPane::saveFailed, m_message,
            &ConsoleMessageLabel::showProblem);
    connect(m_commandLine, &QLineEdit::returnPressed, this, &ConsoleWidget::submitCommandLine);
    connect(m_send, &QPushButton::clicked, this, &ConsoleWidget::submitCommandLine);
    connect(m_verbs, &ConsoleVerbBar::verbClicked, this, &ConsoleWidget::onVerbClicked);
    connect(m_data, &ConsoleDataPanel::sendRequested, this, &ConsoleWidget::sendMessage);
    connect(m_data, &ConsoleDataPanel::cancelled, this, &ConsoleWidget::leaveDataMode);
    connect(m_auth, &ConsoleAuthPanel::authenticateRequested, this, &ConsoleWidget::authenticate);
    connect(m_auth, &ConsoleAuthPanel::cancelled, m_commandLine, qOverload<>(&QWidget::setFocus));
    setTarget(target);
    retranslateUi();
    updateControls();
}

ConsoleWidget::~ConsoleWidget()
{
    // No callbacks into a half-destroyed widget while the session goes.
    if (m_session) {
        disconnect(m_session, nullptr, this, nullptr);
        delete m_session;
    }
}

void ConsoleWidget::buildLayout()
{
    m_stateLabel->setObjectName(QStringLiteral("consoleStateLabel"));
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_transcript->setLeadingWidget(m_stateLabel);
    m_lastReply->setObjectName(QStringLiteral("lastReplyLabel"));
    m_lastReply->setTextFormat(Qt::PlainText); // quotes server text: never markup
    m_lastReply->setWordWrap(true);
    m_lastReply->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lastReply->hide();
    m_message->setObjectName(QStringLiteral("consoleMessageLabel"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setAutoDefault(false);
    m_prompt->setBuddy(m_commandLine);

    auto *command = new QHBoxLayout;
    command->addWidget(m_prompt);
    command->addWidget(m_commandLine, 1);
    command->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_transcript, 2);
    layout->addWidget(m_lastReply);
    layout->addWidget(m_message);
    layout->addWidget(m_auth);
    layout->addWidget(m_data, 1);
    layout->addWidget(m_verbs);
    layout->addLayout(command);
    setFocusProxy(m_commandLine);
}

void ConsoleWidget::setTarget(const ConsoleTarget &target)
{
    m_target = target;
    if (m_target.options.credentials) {
        m_auth->setUser(m_target.options.credentials->user);
        m_target.options.credentials.reset(); // the password is asked for, never kept
    }
    m_bar->setEndpoint(m_target.options);
}

QList<TranscriptEntry> ConsoleWidget::entries() const
{
    return m_transcript->entries();
}

bool ConsoleWidget::saveTranscript(const QString &path, QString *error) const
{
    return ConsoleTranscriptExport::save(path, entries(), error);
}

SessionState ConsoleWidget::sessionState() const
{
    return m_session ? m_session->state() : SessionState::Disconnected;
}

bool ConsoleWidget::isSessionOpen() const
{
    const SessionState state = sessionState();
    return m_session && state != SessionState::Closed && state != SessionState::Failed;
}

void ConsoleWidget::connectToServer()
{
    if (const auto problem = m_bar->validate()) {
        m_message->showProblem(*problem);
        return;
    }
    if (m_session) {
        disconnectFromServer();
        disconnect(m_session, nullptr, this, nullptr);
        m_session->deleteLater();
    }
    m_bar->applyEndpoint(m_target.options); // the user may have pointed it elsewhere
    SessionOptions options = m_target.options;
    // Plain and implicit TLS: the user speaks first after the greeting. "STARTTLS at once"
    // lets the session send EHLO and STARTTLS itself, so typing starts inside TLS.
    options.autoHandshake = options.tls == TlsMode::StartTls;
    options.usePipelining = false; // one command, one reply: what a telnet user expects
    options.connectionNumber = ++m_connectionCount;
    options.credentials.reset();
    m_session = new SmtpSession(options, new SocketTransport, this);
    SmtpSession *session = m_session;
    connect(session, &SmtpSession::transcriptEntry, this, [this](const TranscriptEntry &entry) {
        m_transcript->append(entry);
        Q_EMIT entryAdded(entry);
    });
    connect(session, &SmtpSession::stateChanged, this, [this](SessionState state) {
        updateControls();
        Q_EMIT sessionStateChanged(state);
    });
    connect(session, &SmtpSession::greetingReceived, this,
            [this](const SmtpReply &reply) { showReply(reply, std::nullopt); });
    connect(session, &SmtpSession::replyReceived, this, &ConsoleWidget::onReply);
    connect(session, &SmtpSession::unsolicitedReply, this,
            [this](const SmtpReply &reply) { showReply(reply, std::nullopt); });
    connect(session, &SmtpSession::tlsEstablished, this, [this] {
        m_auth->setOffered({}); // RFC 3207: the EHLO before TLS no longer counts
        m_message->showInfo(tr("TLS is on. The server has forgotten your EHLO: send EHLO again."));
        updateControls();
    });
    connect(session, &SmtpSession::failed, this, &ConsoleWidget::onFailed);
    connect(session, &SmtpSession::closed, this, [this] {
        updateControls();
        Q_EMIT sessionClosed();
    });
    m_message->hide();
    m_lastReply->hide();
    m_auth->setOffered({});
    session->open();
    updateControls();
    m_commandLine->setFocus();
}

void ConsoleWidget::disconnectFromServer()
{
    if (isSessionOpen())
        m_session->cancel();
}

bool ConsoleWidget::sendLine(const QString &line)
{
    // Checked here too, so nothing reaches the session, not even a refused command.
    if (const auto problem = InputValidation::checkCommandLine(line.toUtf8())) {
        m_message->showProblem(*problem);
        return false;
    }
    if (!isSessionOpen()) {
        m_message->showProblem(tr("Not connected: click Connect first."));
        return false;
    }
    if (firstWord(line) == QLatin1String("DATA")) {
        // The message goes with DATA in one piece; the session answers the 354 with it.
        enterDataMode();
        return true;
    }
    QString error;
    if (m_session->send(SmtpCommand::raw(line), &error) == 0) {
        m_message->showProblem(error);
        return false;
    }
    m_message->hide(); // whatever it said is about an earlier line
    return true;
}

void ConsoleWidget::submitCommandLine()
{
    const QString line = m_commandLine->text();
    if (line.trimmed().isEmpty())
        return;
    if (firstWord(line) == QLatin1String("AUTH")) {
        handleTypedAuth(line);
        return;
    }
    if (!sendLine(line))
        return; // kept in the line for the user to correct
    m_commandLine->addToHistory(line);
    m_commandLine->clear();
}

void ConsoleWidget::handleTypedAuth(const QString &line)
{
    const QStringList words = line.simplified().split(QLatin1Char(' '));
    const auto mechanism = authMechanismFromString(words.value(1).toUpper());
    if (words.size() == 2 && !mechanism) {
        // "AUTH FOO" alone holds no secret: sent as typed, to see what the server answers.
        if (sendLine(line)) {
            m_commandLine->addToHistory(line);
            m_commandLine->clear();
        }
        return;
    }
    // Never kept in the line or the history: an initial response is an encoded secret.
    m_commandLine->clear();
    if (mechanism)
        m_auth->setMechanism(*mechanism);
    m_auth->open();
    if (words.size() > 2)
        m_message->showProblem(
            tr("Not sent: an AUTH line with credentials would put them into the transcript. "
               "Enter them in the AUTH helper, which sends them as <redacted>."));
    else
        m_message->showInfo(tr("Enter the credentials in the AUTH helper."));
}

void ConsoleWidget::onVerbClicked(SmtpVerb verb)
{
    if (verb == SmtpVerb::Data) {
        enterDataMode();
        return;
    }
    if (verb == SmtpVerb::Auth) {
        m_auth->open();
        return;
    }
    // Like typing it: the user can still edit the line, and Enter sends it.
    if (const auto line = m_target.commandLineFor(verb)) {
        m_commandLine->setText(*line);
        m_commandLine->setFocus();
        m_commandLine->end(false);
    }
}

void ConsoleWidget::enterDataMode()
{
    m_commandLine->clear();
    m_data->open(m_target.senderAddress(), m_target.recipientAddress(), m_target.options.heloName);
    updateControls();
}

void ConsoleWidget::leaveDataMode()
{
    m_data->hide();
    updateControls();
    m_commandLine->setFocus();
}

void ConsoleWidget::sendMessage(const QByteArray &message)
{
    QString error;
    if (!isSessionOpen())
        error = tr("Not connected: click Connect first.");
    else if (m_session->send(SmtpCommand::data(message), &error) != 0)
        m_data->editor()->clear(); // the next DATA starts from a fresh template
    if (!error.isEmpty()) {
        m_data->show(); // keep the typed message
        m_message->showProblem(error);
    } else {
        m_commandLine->addToHistory(QStringLiteral("DATA"));
    }
    updateControls();
    if (m_data->isHidden())
        m_commandLine->setFocus();
}

void ConsoleWidget::authenticate(const Credentials &credentials)
{
    QString error;
    if (!isSessionOpen())
        error = tr("Not connected: click Connect first.");
    else
        m_session->authenticate(credentials, &error);
    if (!error.isEmpty())
        m_message->showProblem(error);
    m_commandLine->setFocus();
}

void ConsoleWidget::startTls()
{
    if (isSessionOpen())
        sendLine(QStringLiteral("STARTTLS"));
}

void ConsoleWidget::onReply(const CommandResult &result)
{
    showReply(result.reply, result.command.verb);
    if (result.command.verb == SmtpVerb::Ehlo && result.reply.isPositiveCompletion())
        m_auth->setOffered(m_session->capabilities().authMechanisms());
}

void ConsoleWidget::onFailed(SessionError error, const QString &message)
{
    if (error == SessionError::Cancelled)
        m_message->showInfo(tr("Disconnected."));
    else
        m_message->showProblem(tr("The session ended: %1").arg(message));
    updateControls();
}

void ConsoleWidget::showReply(const SmtpReply &reply, std::optional<SmtpVerb> answering)
{
    QString summary = safeText(reply.summary().toUtf8());
    if (summary.size() > maxShownReplyChars)
        summary = summary.left(maxShownReplyChars) + QStringLiteral("…");
    m_lastReply->setText(tr("Last reply: %1").arg(summary) + QLatin1Char('\n')
                         + ReplyExplainer::explain(reply, answering));
    m_lastReply->show();
}

void ConsoleWidget::updateControls()
{
    const bool open = isSessionOpen();
    const bool encrypted = m_session && m_session->isEncrypted();
    const bool dataMode = !m_data->isHidden();
    m_bar->setConnectionState(open, encrypted);
    m_verbs->setEnabled(open && !dataMode);
    m_commandLine->setEnabled(!dataMode);
    m_send->setEnabled(!dataMode);
    QString state = SmtpSession::describe(sessionState());
    if (m_session && encrypted) {
        const TlsDetails tls = m_session->tlsDetails();
        state += QStringLiteral(" · ")
            + (tls.protocol.isEmpty() ? tr("TLS") : tr("TLS (%1)").arg(tls.protocol));
    }
    if (m_session && open && !m_session->peerAddress().isEmpty())
        state += QStringLiteral(" · ") + m_session->peerAddress();
    m_stateLabel->setText(state);
}

void ConsoleWidget::exportTranscript()
{
    m_transcript->exportWithDialog();
}

void ConsoleWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConsoleWidget::retranslateUi()
{
    m_prompt->setText(tr("C&ommand:"));
    m_commandLine->setPlaceholderText(
        tr("Type an SMTP command, e.g. EHLO client.example, and press Enter"));
    m_send->setText(tr("Send"));
    updateControls();
}

} // namespace mxscope
