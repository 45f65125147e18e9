// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace mxscope {

// For documentation and for looking at the UI under Xvfb: once the window is shown and
// laid out, and ready() holds (or timeoutMs passed), grabs it to a PNG and quits the app
// with 0 on success, 1 when the file could not be written.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    ScreenshotTaker(QWidget *window, QString path, std::function<bool()> ready, int timeoutMs,
                    QObject *parent = nullptr);
    void start();

private:
    void poll();
    void grab();

    QPointer<QWidget> m_window;
    QString m_path;
    std::function<bool()> m_ready;
    int m_timeoutMs;
    QTimer m_poll;
    QElapsedTimer m_clock;
};

} // namespace mxscope
