// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderAnalyserWindow.h"

#include "findings/FindingDetailView.h"
#include "findings/FindingsView.h"
#include "headers/HopTimelineView.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QVBoxLayout>

#include <initializer_list>

namespace mxscope {

namespace {

// One pane of the window's splitter: the widgets stacked without margins, so the panes'
// edges line up with the splitter's.
QWidget *stackedPane(std::initializer_list<QWidget *> widgets, QVBoxLayout **layoutOut = nullptr)
{
    auto *pane = new QWidget;
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    if (layoutOut)
        *layoutOut = layout;
    return pane;
}

} // namespace

HeaderAnalyserWindow::HeaderAnalyserWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("headerAnalyserWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);

    m_input = new QPlainTextEdit;
    m_input->setObjectName(QStringLiteral("headerInput"));
    m_input->setAcceptDrops(false); // files dropped on it reach the window
    m_input->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_openButton = new QPushButton;
    m_openButton->setObjectName(QStringLiteral("openButton"));
    m_analyseButton = new QPushButton;
    m_analyseButton->setObjectName(QStringLiteral("analyseButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("headerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_timeline = new HopTimelineView;
    m_findings = new FindingsView;
    m_detail = new FindingDetailView;
    m_timelineLabel = new QLabel;
    m_findingsLabel = new QLabel;

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_analyseButton);
    buttons->addStretch();
    QVBoxLayout *inputLayout = nullptr;
    QWidget *inputPane = stackedPane({m_input, m_status}, &inputLayout);
    inputLayout->insertLayout(0, buttons);

    QWidget *timelinePane = stackedPane({m_timelineLabel, m_timeline});

    auto *findingsSplit = new QSplitter(Qt::Horizontal);
    findingsSplit->addWidget(m_findings);
    findingsSplit->addWidget(m_detail);
    QWidget *findingsPane = stackedPane({m_findingsLabel, findingsSplit});

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(inputPane);
    split->addWidget(timelinePane);
    split->addWidget(findingsPane);
    setCentralWidget(split);
    resize(1000, 760);

    m_reanalyse.setSingleShot(true);
    m_reanalyse.setInterval(reanalyseDelayMs);
    connect(&m_reanalyse, &QTimer::timeout, this, &HeaderAnalyserWindow::analyse);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] { m_reanalyse.start(); });
    connect(m_openButton, &QPushButton::clicked, this, &HeaderAnalyserWindow::chooseFile);
    connect(m_analyseButton, &QPushButton::clicked, this, &HeaderAnalyserWindow::analyse);
    connect(m_findings, &FindingsView::currentFindingChanged, this,
            [this] { m_detail->showFinding(m_findings->currentFinding(), nullptr); });
    retranslateUi();
}

void HeaderAnalyserWindow::setMessageText(const QString &text)
{
    {
        const QSignalBlocker blocker(m_input);
        m_input->setPlainText(text);
    }
    m_loadError.clear();
    analyse();
}

bool HeaderAnalyserWindow::openFile(const QString &path)
{
    QByteArray bytes;
    QString error;
    if (!HeaderInput::readMessageFile(path, bytes, &error)) {
        m_loadError = error;
        showStatus();
        return false;
    }
    setMessageText(QString::fromUtf8(bytes));
    return true;
}

void HeaderAnalyserWindow::analyse()
{
    m_reanalyse.stop();
    const QString text = m_input->toPlainText();
    m_analysis = text.trimmed().isEmpty() ? HeaderAnalysis {} : analyseHeaders(text.toUtf8());
    m_timeline->setHops(m_analysis.hops);
    m_findings->setFindings(m_analysis.findings);
    m_detail->showFinding(m_findings->currentFinding(), nullptr);
    showStatus();
}

void HeaderAnalyserWindow::chooseFile()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a message"), QString(),
                                       tr("Mail messages (*.eml *.msg *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void HeaderAnalyserWindow::showStatus()
{
    QString text;
    if (!m_loadError.isEmpty())
        text = m_loadError;
    else if (m_input->toPlainText().trimmed().isEmpty())
        text = tr("Paste a received message's header above, open an .eml file, or drop one on "
                  "this window.");
    else if (!m_analysis.ok())
        text = tr("The header could not be read: %1").arg(m_analysis.errors.join(QLatin1Char(' ')));
    else
        text = tr("%n header field(s), ", nullptr, int(m_analysis.block.fields.size()))
            + tr("%n hop(s), ", nullptr, int(m_analysis.hops.size()))
            + tr("%n finding(s).", nullptr, int(m_analysis.findings.size()));
    if (m_analysis.ok() && !m_analysis.warnings.isEmpty())
        text += QLatin1Char(' ') + m_analysis.warnings.join(QLatin1Char(' '));
    m_status->setText(text);
}

void HeaderAnalyserWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QMimeData *mime = event->mimeData();
    if (mime->hasUrls() || mime->hasText())
        event->acceptProposedAction();
}

void HeaderAnalyserWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    const QList<QUrl> urls = mime->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        openFile(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    } else if (mime->hasText()) {
        setMessageText(mime->text());
        event->acceptProposedAction();
    }
}

void HeaderAnalyserWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void HeaderAnalyserWindow::retranslateUi()
{
    setWindowTitle(tr("Header analyser"));
    m_input->setPlaceholderText(
        tr("Paste the header of a message received through the server under test."));
    m_openButton->setText(tr("&Open .eml…"));
    m_analyseButton->setText(tr("&Analyse"));
    m_timelineLabel->setText(tr("Received chain, oldest hop first:"));
    m_findingsLabel->setText(tr("What the header discloses:"));
    showStatus();
}

} // namespace mxscope
