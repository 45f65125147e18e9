// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "transcript/TranscriptModel.h"
#include "transcript/TranscriptColours.h"
#include "transcript/TranscriptView.h"

#include "SignalWait.h"

#include <QAbstractItemModelTester>
#include <QPalette>
#include <QScrollBar>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

TranscriptEntry line(TranscriptDirection direction, const QString &text)
{
    TranscriptEntry entry;
    entry.timestampMs = 1'700'000'000'000;
    entry.direction = direction;
    entry.text = text;
    return entry;
}

TranscriptEntry numbered(int n)
{
    return line(n % 2 ? TranscriptDirection::Sent : TranscriptDirection::Received,
                QStringLiteral("line %1").arg(n));
}

// Collects what QAbstractItemModelTester reports, so a broken contract fails the test
// instead of aborting the whole executable.
QStringList g_modelTesterWarnings;
QtMessageHandler g_previousHandler = nullptr;

void collectModelTesterWarnings(QtMsgType type, const QMessageLogContext &context,
                                const QString &message)
{
    if (context.category && qstrcmp(context.category, "qt.modeltest") == 0 && type != QtDebugMsg)
        g_modelTesterWarnings.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

class ModelTesterWarnings
{
public:
    ModelTesterWarnings()
    {
        g_modelTesterWarnings.clear();
        g_previousHandler = qInstallMessageHandler(collectModelTesterWarnings);
    }
    ~ModelTesterWarnings() { qInstallMessageHandler(g_previousHandler); }
    const QStringList &warnings() const { return g_modelTesterWarnings; }
};

} // namespace

TEST(TranscriptModelTest, InsertsQueuedEntriesInOneBatch)
{
    TranscriptModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int i = 0; i < 10; ++i)
        model.append(numbered(i));
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.pendingCount(), 10);

    ASSERT_TRUE(waitForSignals(inserted, 1, 2000));
    EXPECT_EQ(model.rowCount(), 10);
    EXPECT_EQ(model.pendingCount(), 0);
    ASSERT_EQ(inserted.size(), 1);
    EXPECT_EQ(inserted.at(0).at(1).toInt(), 0);
    EXPECT_EQ(inserted.at(0).at(2).toInt(), 9);
}

TEST(TranscriptModelTest, KeepsTheModelContractWhileAppendingDroppingAndClearing)
{
    ModelTesterWarnings collector;
    TranscriptModel model(nullptr, 100);
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    int n = 0;
    for (int batch = 0; batch < 8; ++batch) {
        for (int i = 0; i < 37; ++i)
            model.append(numbered(n++));
        model.flush();
    }
    model.append(numbered(n++));
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ASSERT_TRUE(waitForSignals(inserted, 1, 2000)); // the timer path, not only flush()
    model.clear();
    model.append(numbered(n++));
    model.flush();
    EXPECT_EQ(model.rowCount(), 1);
    EXPECT_TRUE(collector.warnings().isEmpty()) << collector.warnings().join(u'\n').toStdString();
}

TEST(TranscriptModelTest, DropsTheOldestRowsInBatchesPastTheCap)
{
    TranscriptModel model(nullptr, 100);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int batch = 0; batch < 5; ++batch) {
        for (int i = 0; i < 50; ++i)
            model.append(numbered(batch * 50 + i));
        model.flush();
    }
    EXPECT_LE(model.rowCount(), 100);
    EXPECT_GE(model.rowCount(), 90);
    EXPECT_EQ(model.rowCount() + model.droppedCount(), 250);
    EXPECT_EQ(model.entry(model.rowCount() - 1).text, QStringLiteral("line 249"));
    // Whole batches go at once: three overflows, three removals.
    EXPECT_EQ(removed.size(), 3);
    // Transcript indexes still find their rows; dropped ones report -1.
    EXPECT_EQ(model.rowForEntry(249), model.rowCount() - 1);
    EXPECT_EQ(model.entry(model.rowForEntry(200)).text, QStringLiteral("line 200"));
    EXPECT_EQ(model.rowForEntry(0), -1);
    EXPECT_EQ(model.rowForEntry(250), -1);
}

TEST(TranscriptModelTest, KeepsTheNewestEntriesOfABatchLargerThanTheCap)
{
    TranscriptModel model(nullptr, 100);
    for (int i = 0; i < 30; ++i)
        model.append(numbered(i));
    model.flush();
    for (int i = 30; i < 280; ++i)
        model.append(numbered(i));
    model.flush();
    ASSERT_EQ(model.rowCount(), 100);
    EXPECT_EQ(model.entry(0).text, QStringLiteral("line 180"));
    EXPECT_EQ(model.droppedCount(), 180);
    EXPECT_EQ(model.rowForEntry(180), 0);
}

TEST(TranscriptModelTest, ShowsServerTextAsPlainTextAndEscapesTooltips)
{
    TranscriptModel model;
    model.append(line(TranscriptDirection::Received, QStringLiteral("220 <b>bold</b> & co")));
    model.flush();
    const QModelIndex text = model.index(0, TranscriptModel::TextColumn);
    EXPECT_EQ(text.data().toString(), QStringLiteral("220 <b>bold</b> & co"));
    const QString tip = text.data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;b&gt;bold&lt;/b&gt; &amp; co")))
        << tip.toStdString();
    EXPECT_FALSE(tip.contains(QStringLiteral("<b>bold")));
    EXPECT_EQ(model.index(0, TranscriptModel::DirectionColumn).data().toString(),
              QStringLiteral("Received"));
}

TEST(TranscriptModelTest, ColoursDirectionsAndReplyClassesApartInLightAndDark)
{
    using Tone = TranscriptColours::Tone;
    EXPECT_EQ(TranscriptColours::toneOf(
                  line(TranscriptDirection::Received, QStringLiteral("250-PIPELINING"))),
              Tone::Positive);
    EXPECT_EQ(TranscriptColours::toneOf(
                  line(TranscriptDirection::Received, QStringLiteral("354 go ahead"))),
              Tone::Intermediate);
    EXPECT_EQ(TranscriptColours::toneOf(
                  line(TranscriptDirection::Received, QStringLiteral("421 4.3.2 busy"))),
              Tone::TransientFailure);
    EXPECT_EQ(TranscriptColours::toneOf(
                  line(TranscriptDirection::Received, QStringLiteral("550 5.1.1 unknown"))),
              Tone::PermanentFailure);
    EXPECT_EQ(
        TranscriptColours::toneOf(line(TranscriptDirection::Received, QStringLiteral("garbage"))),
        Tone::Received);
    EXPECT_EQ(TranscriptColours::toneOf(
                  line(TranscriptDirection::Sent, QStringLiteral("250 looks like a reply"))),
              Tone::Sent);

    for (const TranscriptColours &colours :
         {TranscriptColours::light(), TranscriptColours::dark()}) {
        QList<QColor> seen;
        for (const Tone tone :
             {Tone::Sent, Tone::Event, Tone::Received, Tone::Positive, Tone::Intermediate,
              Tone::TransientFailure, Tone::PermanentFailure}) {
            const QColor colour = colours.colour(tone);
            EXPECT_FALSE(seen.contains(colour)) << "tone " << int(tone) << " repeats a colour";
            seen.append(colour);
        }
    }
    QPalette darkPalette;
    darkPalette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    darkPalette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    EXPECT_TRUE(TranscriptColours::forPalette(darkPalette).isDark());
    QPalette lightPalette;
    lightPalette.setColor(QPalette::Base, Qt::white);
    EXPECT_FALSE(TranscriptColours::forPalette(lightPalette).isDark());
}

TEST(TranscriptModelTest, ViewFollowsTheTailUntilTheUserScrollsUp)
{
    TranscriptModel model;
    TranscriptView view;
    view.setTranscriptModel(&model);
    view.resize(400, 200);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QScrollBar *bar = view.verticalScrollBar();

    for (int i = 0; i < 500; ++i)
        model.append(numbered(i));
    model.flush();
    ASSERT_TRUE(
        waitUntil([&] { return bar->maximum() > 0 && bar->value() == bar->maximum(); }, 2000));
    EXPECT_TRUE(view.followsTail());

    bar->setValue(0); // the user scrolls up to read
    EXPECT_FALSE(view.followsTail());
    const int before = bar->maximum();
    for (int i = 500; i < 600; ++i)
        model.append(numbered(i));
    model.flush();
    ASSERT_TRUE(waitUntil([&] { return bar->maximum() > before; }, 2000));
    EXPECT_EQ(bar->value(), 0);

    bar->setValue(bar->maximum()); // back at the bottom: follow again
    EXPECT_TRUE(view.followsTail());
    model.append(numbered(600));
    model.flush();
    EXPECT_TRUE(waitUntil([&] { return bar->value() == bar->maximum(); }, 2000));
}
