// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "RawClients.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <vector>

namespace mxscope::bench {

namespace {

constexpr int boundMs = 60'000;

// A final reply line is three digits and a space; continuation lines have a dash.
bool isFinalLine(const QByteArray &line)
{
    return line.size() >= 4 && line.at(3) == ' ';
}

} // namespace

double runRawDialogue(const QString &host, quint16 port, const QByteArrayList &commands)
{
    QTcpSocket socket;
    QEventLoop loop;
    QElapsedTimer clock;
    qsizetype next = -1; // -1: waiting for the greeting
    bool failed = false;
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        while (socket.canReadLine()) {
            if (!isFinalLine(socket.readLine()))
                continue;
            ++next;
            if (next == commands.size()) {
                loop.quit();
                return;
            }
            socket.write(commands.at(next));
        }
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        failed = next < commands.size();
        loop.quit();
    });
    QTimer::singleShot(boundMs, &loop, [&] {
        failed = true;
        loop.quit();
    });
    clock.start();
    socket.connectToHost(host, port);
    loop.exec();
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    socket.abort();
    return failed ? -1 : ms;
}

double runRawRamp(const QString &host, quint16 port, int count, int step, int *greeted)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    QEventLoop loop;
    int answered = 0;
    int refused = 0;
    int target = 0;
    *greeted = 0;
    const auto settle = [&] {
        if (++answered == target)
            loop.quit();
    };
    QElapsedTimer clock;
    clock.start();
    // Opened step by step, each step settled before the next, and no step after the first
    // refusal: the same shape as the check's ramp.
    while (target < count && refused == 0) {
        const int first = target;
        target = std::min(count, target + step);
        for (int i = first; i < target; ++i) {
            auto socket = std::make_unique<QTcpSocket>();
            QTcpSocket *raw = socket.get();
            auto done = std::make_shared<bool>(false);
            const auto finish = [=, &settle, &refused](bool wasGreeted) {
                if (*done)
                    return;
                *done = true;
                if (wasGreeted)
                    ++*greeted;
                else
                    ++refused;
                settle();
            };
            QObject::connect(raw, &QTcpSocket::readyRead, &loop, [=] {
                if (raw->canReadLine())
                    finish(raw->readLine().startsWith("220"));
            });
            QObject::connect(raw, &QTcpSocket::disconnected, &loop, [=] { finish(false); });
            QObject::connect(raw, &QTcpSocket::errorOccurred, &loop, [=] { finish(false); });
            raw->connectToHost(host, port);
            sockets.push_back(std::move(socket));
        }
        QTimer::singleShot(boundMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    for (auto &socket : sockets)
        socket->abort();
    return ms;
}

} // namespace mxscope::bench
