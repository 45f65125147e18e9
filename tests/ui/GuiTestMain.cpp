// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include <QApplication>

#include <gtest/gtest.h>

// GUI tests need a QApplication. gtest_discover_tests lists the tests without the ctest
// environment, so fall back to the offscreen platform here rather than abort without X.
int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
