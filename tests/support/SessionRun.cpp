// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "SessionRun.h"

#include "SignalWait.h"
#include "transport/SocketTransport.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

namespace mxscope::testing {

QList<int> SessionRun::codes() const
{
    QList<int> list;
    for (const CommandResult &result : results)
        list.append(result.reply.code);
    return list;
}

QList<SmtpReply> SessionRun::replies() const
{
    QList<SmtpReply> list;
    for (const CommandResult &result : results)
        list.append(result.reply);
    return list;
}

SessionRun runSession(const SessionOptions &options, const QList<SmtpCommand> &commands,
                      int timeoutMs)
{
    SessionRun run;
    QElapsedTimer clock;
    clock.start();
    SmtpSession session(options, new SocketTransport);
    QList<quint64> ids;
    bool closed = false;
    auto sendAll = [&] {
        run.handshakeDone = true;
        run.capabilities = session.capabilities();
        run.encrypted = session.isEncrypted();
        run.pipelined = session.pipeliningActive();
        run.tls = session.tlsDetails();
        for (const SmtpCommand &command : commands)
            ids.append(session.send(command));
        session.quit();
    };
    QObject::connect(&session, &SmtpSession::handshakeCompleted, &session, sendAll);
    QObject::connect(&session, &SmtpSession::replyReceived, &session, [&](const CommandResult &r) {
        const bool intermediate = r.command.verb == SmtpVerb::Data && r.reply.code == 354;
        if (ids.contains(r.id) && !intermediate)
            run.results.append(r);
    });
    QObject::connect(&session, &SmtpSession::closed, &session, [&] { closed = true; });
    session.open();
    EXPECT_TRUE(waitUntil([&] { return closed; }, timeoutMs)) << "the session did not end";
    if (!closed)
        session.cancel();
    run.greeting = session.greeting();
    run.error = session.error();
    run.errorMessage = session.errorMessage();
    run.elapsedMs = clock.elapsed();
    return run;
}

SessionOptions practiceOptions(const PracticeServer &server, TlsMode tls)
{
    SessionOptions options;
    options.host = QStringLiteral("127.0.0.1");
    options.port = server.serverPort();
    options.tls = tls;
    options.heloName = QStringLiteral("client.test");
    options.timeouts = {2000, 2000, 2000, 2000, 2000};
    return options;
}

std::unique_ptr<PracticeServer> startPracticeServer(const QString &profile)
{
    auto server = std::make_unique<PracticeServer>(PracticeProfile::byName(profile).value());
    EXPECT_TRUE(server->listen()) << server->errorString().toStdString();
    return server;
}

} // namespace mxscope::testing
