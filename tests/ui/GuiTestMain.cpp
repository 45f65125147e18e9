// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include <QApplication>
#include <QTemporaryDir>

#include <gtest/gtest.h>

// GUI tests need a QApplication. gtest_discover_tests lists the tests without the ctest
// environment, so fall back to the offscreen platform here rather than abort without X.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Settings and run history of every window under test live in a private folder, never
    // in the user's own; tests that need their own folder set these variables themselves.
    QTemporaryDir home;
    if (qEnvironmentVariableIsEmpty("MXSCOPE_SETTINGS"))
        qputenv("MXSCOPE_SETTINGS", home.filePath(QStringLiteral("settings.ini")).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("MXSCOPE_RUN_DIR"))
        qputenv("MXSCOPE_RUN_DIR", home.filePath(QStringLiteral("runs")).toLocal8Bit());
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
