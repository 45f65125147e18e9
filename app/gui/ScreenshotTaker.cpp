// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "ScreenshotTaker.h"

#include <QPixmap>
#include <QWindow>

#include <cstdio>

namespace mxscope {

namespace {

constexpr int PollIntervalMs = 50;
// Lets the last layout pass and the transcript's final batch reach the screen.
constexpr int SettleMs = 300;

} // namespace

ScreenshotTaker::ScreenshotTaker(QWidget *window, QString path, std::function<bool()> ready,
                                 int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_path(std::move(path))
    , m_ready(std::move(ready))
    , m_timeoutMs(timeoutMs)
{
    m_poll.setInterval(PollIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::poll);
}

void ScreenshotTaker::start()
{
    m_clock.start();
    m_poll.start();
}

void ScreenshotTaker::poll()
{
    if (!m_window) {
        m_poll.stop();
        QCoreApplication::exit(1);
        return;
    }
    const bool exposed = m_window->windowHandle() && m_window->windowHandle()->isExposed();
    const bool timedOut = m_clock.elapsed() > m_timeoutMs;
    if (timedOut)
        std::fputs(qPrintable(tr("mxscope: the window was not ready in time; taking the "
                                 "screenshot anyway.\n")),
                   stderr);
    if ((exposed && m_ready()) || timedOut) {
        m_poll.stop();
        QTimer::singleShot(SettleMs, this, &ScreenshotTaker::grab);
    }
}

void ScreenshotTaker::grab()
{
    const bool saved = m_window && m_window->grab().save(m_path, "PNG");
    if (!saved)
        std::fputs(qPrintable(tr("mxscope: cannot write %1\n").arg(m_path)), stderr);
    QCoreApplication::exit(saved ? 0 : 1);
}

} // namespace mxscope
