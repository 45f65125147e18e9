// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "checks/BannerResult.h"
#include "smtp/SessionOptions.h"
#include "smtp/SmtpSession.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace mxscope {

class Transcript;
class Transport;

// Check 1: read the greeting, EHLO (HELO on refusal), STARTTLS when asked, HELP, QUIT;
// then report what the server discloses.
//
//   auto *check = new BannerCheck(options, transcript, parent);
//   connect(check, &BannerCheck::finished, ...);  // result() is complete then
//   check->start();
class BannerCheck : public QObject
{
    Q_OBJECT

public:
    using TransportFactory = std::function<Transport *()>;

    // transcript receives every line; pass nullptr to keep an internal one.
    BannerCheck(SessionOptions options, Transcript *transcript, QObject *parent = nullptr);
    // Cancels a running check without calling back into the half-destroyed object.
    ~BannerCheck() override;
    // For tests: a scripted transport instead of a socket.
    void setTransportFactory(TransportFactory factory) { m_transportFactory = std::move(factory); }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const BannerResult &result() const { return m_result; }
    Transcript *transcript() const { return m_transcript; }

Q_SIGNALS:
    // The session's state, for a status line (SmtpSession::describe() names it).
    void sessionStateChanged(mxscope::SessionState state);
    void findingAdded(const mxscope::Finding &finding);
    void finished();

private:
    void onReply(const CommandResult &result);
    void onClosed();
    qsizetype lastEntryIndex() const;

    SessionOptions m_options;
    Transcript *m_transcript;
    TransportFactory m_transportFactory;
    QPointer<SmtpSession> m_session;
    BannerResult m_result;
    bool m_running = false;
};

} // namespace mxscope
