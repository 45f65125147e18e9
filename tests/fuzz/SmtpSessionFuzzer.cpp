// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
// libFuzzer target: the SMTP session state machine talking to a server whose every byte
// comes from the fuzzer, through the scripted FakeTransport.
//
// Input: byte 0 picks the session options, byte 1 the chunk size; the rest is split at NUL
// bytes into the greeting and one answer per line the client writes. Each answer reaches
// the session in chunks. When the answers run out the server closes the connection.
#include "FakeTransport.h"
#include "smtp/SmtpSession.h"

#include <QAbstractEventDispatcher>
#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace mxscope;
using mxscope::testing::FakeTransport;

namespace {

constexpr int maxEventRounds = 20'000;

void check(bool condition)
{
    if (!condition)
        abort();
}

SessionOptions optionsFor(uint8_t selector)
{
    SessionOptions options;
    options.host = QStringLiteral("mx.example.org");
    options.tls = static_cast<TlsMode>(selector % 3);
    options.autoHandshake = !(selector & 0x04);
    options.usePipelining = !(selector & 0x08);
    if (selector & 0x10)
        options.credentials = Credentials {QStringLiteral("user"), QStringLiteral("secret"), {}};
    if (selector & 0x20) {
        options.limits.maxLineLength = 80;
        options.limits.maxLinesPerReply = 8;
        options.limits.maxReplyBytes = 512;
    }
    return options;
}

// Runs queued events until none are left or the bound is reached; true when idle.
bool drainEvents()
{
    QAbstractEventDispatcher *dispatcher = QCoreApplication::eventDispatcher();
    for (int round = 0; round < maxEventRounds; ++round) {
        QCoreApplication::sendPostedEvents();
        if (!dispatcher->processEvents(QEventLoop::AllEvents))
            return true;
    }
    return false;
}

void sendCommands(SmtpSession &session)
{
    session.send(SmtpCommand::mailFrom(QStringLiteral("fuzz@example.org")));
    session.send(SmtpCommand::rcptTo(QStringLiteral("postmaster@example.org")));
    session.send(SmtpCommand::rcptTo(QStringLiteral("other@example.net")));
    session.send(SmtpCommand::data("Subject: fuzz\r\n\r\n.leading dot\r\nbody\r\n"));
    session.send(SmtpCommand::vrfy(QStringLiteral("root")));
    session.send(SmtpCommand::rset());
    session.quit();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_NO_GLIB", "1"); // the plain Unix dispatcher: deterministic and fast
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const SessionOptions options = optionsFor(data[0]);
    const qsizetype chunk = 1 + data[1] % 48;
    const QList<QByteArray> answers
        = QByteArray(reinterpret_cast<const char *>(data) + 2, qsizetype(size - 2)).split('\0');

    auto *fake = new FakeTransport;
    qsizetype next = 0;
    auto deliver = [fake, chunk](const QByteArray &answer) {
        for (qsizetype pos = 0; pos < answer.size(); pos += chunk)
            fake->serverSends(answer.mid(pos, chunk));
    };
    bool closedByServer = false;
    fake->setResponder([&](const QByteArray &) -> QByteArray {
        if (next < answers.size())
            deliver(answers.at(next++));
        return {};
    });
    auto session = std::make_unique<SmtpSession>(options, fake);
    bool closed = false;
    int closedCount = 0;
    QObject::connect(session.get(), &SmtpSession::closed, session.get(), [&] {
        closed = true;
        ++closedCount;
    });
    QObject::connect(session.get(), &SmtpSession::handshakeCompleted, session.get(),
                     [&] { sendCommands(*session); });
    if (!options.autoHandshake)
        QObject::connect(session.get(), &SmtpSession::greetingReceived, session.get(),
                         [&] { sendCommands(*session); });
    QObject::connect(fake, &FakeTransport::connected, session.get(), [&] {
        if (next < answers.size())
            deliver(answers.at(next++));
    });

    session->open();
    for (int attempt = 0; attempt < 3 && !closed; ++attempt) {
        drainEvents();
        if (closed)
            break;
        if (!closedByServer) {
            closedByServer = true;
            fake->serverCloses();
        } else {
            session->cancel();
        }
    }
    drainEvents();
    check(closed);
    check(closedCount == 1);
    check(session->state() == SessionState::Closed || session->state() == SessionState::Failed);
    session.reset();
    drainEvents();
    return 0;
}
