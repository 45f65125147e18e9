// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderAnalyserWindow.h"
#include "HeaderSamples.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "findings/FindingsView.h"
#include "headers/HopTimelineView.h"

#include <QApplication>
#include <QClipboard>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>

#include <gtest/gtest.h>

#include <memory>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

QStringList findingIds(const FindingsView *view)
{
    QStringList ids;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        ids.append(view->topLevelItem(i)->data(0, FindingsView::IdRole).toString());
    return ids;
}

struct HeaderAnalyserWindowTest : ::testing::Test {
    std::unique_ptr<HeaderAnalyserWindow> window = std::make_unique<HeaderAnalyserWindow>();
    void SetUp() override { window->setAttribute(Qt::WA_DeleteOnClose, false); }
};

} // namespace

TEST_F(HeaderAnalyserWindowTest, PastedHeaderShowsTimelineAndFindings)
{
    window->show();
    QApplication::clipboard()->setText(QString::fromUtf8(headerSample("exchange-o365.eml")));
    window->input()->paste();
    // Analysis follows typing after a short pause.
    ASSERT_TRUE(waitUntil([&] { return window->timeline()->rowCount() == 4; }, 5000))
        << window->statusLabel()->text().toStdString();
    const QStringList ids = findingIds(window->findingsView());
    EXPECT_TRUE(ids.contains(QStringLiteral("headers.private-address")))
        << ids.join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(ids.contains(QStringLiteral("headers.mta-version")));
    EXPECT_TRUE(ids.contains(QStringLiteral("headers.exchange-headers")));
    EXPECT_EQ(window->timeline()->item(1, HopTimelineView::AddressColumn)->text(),
              QStringLiteral("10.20.1.15"));
    EXPECT_EQ(window->timeline()->item(2, HopTimelineView::DelayColumn)->text(),
              QStringLiteral("+3 s"));
    EXPECT_TRUE(window->statusLabel()->text().contains(QLatin1String("4 hop")))
        << window->statusLabel()->text().toStdString();
}

TEST_F(HeaderAnalyserWindowTest, SelectingAFindingShowsItsRemediation)
{
    window->setMessageText(QString::fromUtf8(headerSample("exim-chain.eml")));
    FindingsView *view = window->findingsView();
    ASSERT_GT(view->topLevelItemCount(), 0);
    view->setCurrentItem(view->topLevelItem(0));
    bool shown = false;
    for (const QPlainTextEdit *edit : window->findChildren<QPlainTextEdit *>()) {
        if (edit != window->input() && edit->toPlainText().contains(QLatin1String("How to fix it")))
            shown = true;
    }
    EXPECT_TRUE(shown);
}

TEST_F(HeaderAnalyserWindowTest, MalformedTextShowsTheReason)
{
    window->setMessageText(QString::fromUtf8(headerSample("malformed-text.eml")));
    EXPECT_EQ(window->timeline()->rowCount(), 0);
    EXPECT_EQ(window->findingsView()->topLevelItemCount(), 0);
    EXPECT_TRUE(window->statusLabel()->text().contains(QLatin1String("No header fields")))
        << window->statusLabel()->text().toStdString();
}

TEST_F(HeaderAnalyserWindowTest, OpensAndDropsFiles)
{
    ASSERT_TRUE(window->openFile(headerSamplePath("gmail.eml")));
    EXPECT_EQ(window->timeline()->rowCount(), 2);
    EXPECT_FALSE(window->openFile(QStringLiteral("/nonexistent/message.eml")));
    EXPECT_TRUE(window->statusLabel()->text().contains(QLatin1String("Cannot open")));

    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(headerSamplePath("postfix-chain.eml"))});
    window->show();
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &enter);
    EXPECT_TRUE(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window.get(), &drop);
    EXPECT_EQ(window->timeline()->rowCount(), 4);
    EXPECT_TRUE(window->input()->toPlainText().startsWith(QLatin1String("Return-Path:")));
}
