// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleCommandLine.h"
#include "console/ConsoleHexView.h"
#include "console/ConsoleTarget.h"
#include "console/ConsoleTranscriptExport.h"
#include "console/ConsoleTranscriptModel.h"
#include "console/ConsoleWidget.h"
#include "console/ConsoleWindow.h"
#include "smtp/ReplyExplainer.h"
#include "transcript/TranscriptView.h"

#include "SignalWait.h"

#include <QAbstractItemModelTester>
#include <QCompleter>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QTemporaryDir>
#include <QToolButton>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

TranscriptEntry entry(TranscriptDirection direction, const QString &text, bool tls = false)
{
    TranscriptEntry e;
    e.timestampMs = 1'700'000'000'000;
    e.direction = direction;
    e.tls = tls;
    e.text = text;
    return e;
}

} // namespace

TEST(ConsoleHexViewTest, RebuildsEscapedBytesAndTheLineEnding)
{
    const auto received = entry(TranscriptDirection::Received, QStringLiteral("220 a\\x00b\\x1b"));
    EXPECT_EQ(ConsoleHexView::wireBytes(received), QByteArray("220 a\0b\x1b\r\n", 10));
    const auto event = entry(TranscriptDirection::Event, QStringLiteral("Connected"));
    EXPECT_EQ(ConsoleHexView::wireBytes(event), QByteArray("Connected"));
    // Not an escape: kept as typed.
    const auto sent = entry(TranscriptDirection::Sent, QStringLiteral("VRFY \\xZZ é"));
    EXPECT_EQ(ConsoleHexView::wireBytes(sent), QByteArray("VRFY \\xZZ \xc3\xa9\r\n"));
}

TEST(ConsoleHexViewTest, DumpsSixteenBytesPerRow)
{
    const QString dump = ConsoleHexView::hexDump(QByteArray("EHLO client.test\r\n"));
    const QStringList rows = dump.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(rows.size(), 2);
    EXPECT_TRUE(rows.at(0).startsWith(QStringLiteral("0000  45 48 4c 4f 20 63 6c 69  65 6e 74")));
    EXPECT_TRUE(rows.at(0).endsWith(QStringLiteral("EHLO client.test")));
    EXPECT_TRUE(rows.at(1).startsWith(QStringLiteral("0010  0d 0a ")));
    EXPECT_TRUE(rows.at(1).endsWith(QStringLiteral("..")));
}

TEST(ConsoleTranscriptModelTest, ShowsLineEndingsAndExplainsReplyCodes)
{
    ConsoleTranscriptModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.append(entry(TranscriptDirection::Sent, QStringLiteral("RCPT TO:<x@y>")));
    model.append(entry(TranscriptDirection::Received, QStringLiteral("550 5.1.1 <x@y>: no")));
    model.append(entry(TranscriptDirection::Event, QStringLiteral("Connection closed")));
    model.flush();
    const auto text
        = [&](int row) { return model.index(row, TranscriptModel::TextColumn).data().toString(); };
    EXPECT_EQ(text(0), QStringLiteral("RCPT TO:<x@y>"));
    model.setShowLineEndings(true);
    EXPECT_EQ(text(0), QStringLiteral(u"RCPT TO:<x@y>\u240D\u240A"));
    EXPECT_EQ(text(1), QStringLiteral(u"550 5.1.1 <x@y>: no\u240D\u240A"));
    EXPECT_EQ(text(2), QStringLiteral("Connection closed")); // events never crossed the wire
    EXPECT_EQ(model.entry(0).text, QStringLiteral("RCPT TO:<x@y>")); // the data is untouched

    const QString tip
        = model.index(1, TranscriptModel::TextColumn).data(Qt::ToolTipRole).toString();
    EXPECT_TRUE(tip.contains(ReplyExplainer::codeMeaning(550).toHtmlEscaped()))
        << tip.toStdString();
    EXPECT_TRUE(tip.contains(QStringLiteral("&lt;x@y&gt;"))); // server text escaped
    EXPECT_FALSE(ConsoleTranscriptModel::explainLine(QStringLiteral("hello")));
    EXPECT_FALSE(ConsoleTranscriptModel::explainLine(QStringLiteral("2500 x")));
    EXPECT_TRUE(ConsoleTranscriptModel::explainLine(QStringLiteral("250")));
    EXPECT_TRUE(ConsoleTranscriptModel::explainLine(QStringLiteral("250-PIPELINING")));
}

TEST(ConsoleTranscriptExportTest, SavesOneLinePerEntryAtomically)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("console.txt"));
    const QList<TranscriptEntry> entries {
        entry(TranscriptDirection::Sent, QStringLiteral("EHLO client.test")),
        entry(TranscriptDirection::Received, QStringLiteral("250 mx.test"), true),
        entry(TranscriptDirection::Event, QStringLiteral("Connection closed"))};
    QString error;
    ASSERT_TRUE(ConsoleTranscriptExport::save(path, entries, &error)) << error.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    ASSERT_EQ(lines.size(), 4); // three lines and the final newline
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("  C      EHLO client.test")))
        << lines.at(0).toStdString();
    EXPECT_TRUE(lines.at(1).endsWith(QStringLiteral("  S/TLS  250 mx.test")));
    EXPECT_TRUE(lines.at(2).endsWith(QStringLiteral("  *      Connection closed")));
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("2023-11-14T22:13:20.000Z")));

    EXPECT_FALSE(ConsoleTranscriptExport::save(dir.filePath(QStringLiteral("no/such/dir/x.txt")),
                                               entries, &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(ConsoleTargetTest, ButtonsAreFilledFromTheTarget)
{
    ConsoleTarget target;
    target.options.heloName = QStringLiteral("client.test");
    EXPECT_EQ(target.commandLineFor(SmtpVerb::Ehlo), QStringLiteral("EHLO client.test"));
    EXPECT_EQ(target.commandLineFor(SmtpVerb::Mail), QStringLiteral("MAIL FROM:<>"));
    EXPECT_EQ(target.commandLineFor(SmtpVerb::Rcpt), QStringLiteral("RCPT TO:<postmaster>"));
    EXPECT_FALSE(target.commandLineFor(SmtpVerb::Data));
    target.sender = QStringLiteral("a@example.org");
    target.recipient = QStringLiteral("b@example.net");
    EXPECT_EQ(target.commandLineFor(SmtpVerb::Mail), QStringLiteral("MAIL FROM:<a@example.org>"));
    EXPECT_EQ(target.commandLineFor(SmtpVerb::Rcpt), QStringLiteral("RCPT TO:<b@example.net>"));
}

TEST(ConsoleCommandLineTest, CompletesVerbsCaseInsensitively)
{
    ConsoleCommandLine line;
    QCompleter *completer = line.completer();
    ASSERT_NE(completer, nullptr);
    completer->setCompletionPrefix(QStringLiteral("ma"));
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("MAIL FROM:"));
    completer->setCompletionPrefix(QStringLiteral("st"));
    EXPECT_EQ(completer->currentCompletion(), QStringLiteral("STARTTLS"));
    for (const char *verb : {"EHLO", "HELO", "MAIL FROM:", "RCPT TO:", "DATA", "RSET", "VRFY",
                             "EXPN", "HELP", "NOOP", "QUIT", "STARTTLS", "AUTH"})
        EXPECT_TRUE(ConsoleCommandLine::verbs().contains(QLatin1String(verb))) << verb;
}

TEST(ConsoleCommandLineTest, HistoryIsCappedAndSkipsRepeats)
{
    ConsoleCommandLine line;
    line.addToHistory(QStringLiteral("NOOP"));
    line.addToHistory(QStringLiteral("NOOP"));
    EXPECT_EQ(line.history().size(), 1);
    for (int i = 0; i < ConsoleCommandLine::MaxHistory + 10; ++i)
        line.addToHistory(QStringLiteral("VRFY user%1").arg(i));
    EXPECT_EQ(line.history().size(), ConsoleCommandLine::MaxHistory);
    QTest::keyClick(&line, Qt::Key_Up);
    EXPECT_EQ(line.text(), QStringLiteral("VRFY user%1").arg(ConsoleCommandLine::MaxHistory + 9));
}

TEST(ConsoleWindowTest, OpensOnATargetWithoutConnectingAndHexViewFollowsTheSelection)
{
    SessionOptions options;
    options.host = QStringLiteral("mx.example.test");
    options.port = 2525;
    options.credentials = Credentials {QStringLiteral("alice"), QStringLiteral("secret"), {}};
    auto *window = new ConsoleWindow(options);
    QPointer<ConsoleWindow> guard(window);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window));
    EXPECT_TRUE(window->windowTitle().contains(QStringLiteral("mx.example.test")));
    ConsoleWidget *console = window->console();
    EXPECT_FALSE(console->isSessionOpen());
    EXPECT_FALSE(console->target().options.credentials); // the password is not kept
    EXPECT_EQ(console->findChild<QLineEdit *>(QStringLiteral("authUserLineEdit"))->text(),
              QStringLiteral("alice"));
    EXPECT_TRUE(
        console->findChild<QLineEdit *>(QStringLiteral("authPasswordLineEdit"))->text().isEmpty());

    // Typing while disconnected: a clear message, nothing else.
    EXPECT_FALSE(console->sendLine(QStringLiteral("NOOP")));

    auto *view = console->findChild<TranscriptView *>(QStringLiteral("consoleTranscriptView"));
    auto *model = qobject_cast<ConsoleTranscriptModel *>(view->model());
    model->append(entry(TranscriptDirection::Received, QStringLiteral("220 hi\\x07")));
    model->flush();
    auto *hex = console->findChild<QPlainTextEdit *>(QStringLiteral("hexView"));
    EXPECT_FALSE(hex->isVisible());
    console->findChild<QToolButton *>(QStringLiteral("hexViewButton"))->click();
    EXPECT_TRUE(hex->isVisible());
    view->setCurrentIndex(model->index(0, TranscriptModel::TextColumn));
    EXPECT_TRUE(hex->toPlainText().contains(QStringLiteral("32 32 30 20 68 69 07 0d  0a")))
        << hex->toPlainText().toStdString();

    window->close(); // deletes itself
    EXPECT_TRUE(waitUntil([&] { return guard.isNull(); }, 2000));
}
