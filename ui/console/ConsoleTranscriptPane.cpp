// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleTranscriptPane.h"

#include "console/ConsoleHexView.h"
#include "console/ConsoleTranscriptExport.h"
#include "console/ConsoleTranscriptModel.h"
#include "transcript/TranscriptView.h"

#include <QEvent>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace mxscope {

ConsoleTranscriptPane::ConsoleTranscriptPane(QWidget *parent)
    : QWidget(parent)
    , m_model(new ConsoleTranscriptModel(this))
    , m_tools(new QHBoxLayout)
    , m_lineEndings(new QToolButton(this))
    , m_hexToggle(new QToolButton(this))
    , m_save(new QToolButton(this))
    , m_clear(new QToolButton(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_view(new TranscriptView(m_splitter))
    , m_hex(new ConsoleHexView(m_splitter))
{
    m_lineEndings->setObjectName(QStringLiteral("lineEndingsButton"));
    m_lineEndings->setCheckable(true);
    m_hexToggle->setObjectName(QStringLiteral("hexViewButton"));
    m_hexToggle->setCheckable(true);
    m_save->setObjectName(QStringLiteral("saveTranscriptButton"));
    m_clear->setObjectName(QStringLiteral("clearTranscriptButton"));
    m_view->setObjectName(QStringLiteral("consoleTranscriptView"));
    m_view->setTranscriptModel(m_model);
    // Control Pictures are missing from many monospace fonts; a box helps nobody.
    const QFontMetrics metrics(m_view->font());
    if (!metrics.inFontUcs4(0x240D) || !metrics.inFontUcs4(0x240A))
        m_model->setLineEndingMark(QStringLiteral("<CR><LF>"));
    // Below the table, like Wireshark's bytes pane: the table keeps its full width.
    m_hex->setMinimumHeight(m_hex->fontMetrics().lineSpacing() * 4 + 2 * m_hex->frameWidth());
    m_hex->hide();
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);

    m_tools->addStretch(1);
    for (QToolButton *button : {m_lineEndings, m_hexToggle, m_save, m_clear})
        m_tools->addWidget(button);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_tools);
    // The model keeps the newest lines only; say so rather than lose the rest silently.
    auto *dropped = new QLabel(this);
    dropped->setObjectName(QStringLiteral("consoleDroppedLinesLabel"));
    dropped->hide();
    layout->addWidget(dropped);
    layout->addWidget(m_splitter, 1);
    connect(m_model, &TranscriptModel::droppedCountChanged, dropped, [dropped](qsizetype count) {
        dropped->setVisible(count > 0);
        dropped->setText(tr("%1 older line(s) not shown.", nullptr,
                            int(std::min<qsizetype>(count, 1'000'000'000)))
                             .arg(QLocale().toString(count)));
    });

    connect(m_lineEndings, &QToolButton::toggled, m_model,
            &ConsoleTranscriptModel::setShowLineEndings);
    connect(m_hexToggle, &QToolButton::toggled, this, [this](bool on) {
        m_hex->setVisible(on);
        if (on) { // room for a few dump rows; the table keeps the rest
            const int hexHeight = m_hex->fontMetrics().lineSpacing() * 9;
            m_splitter->setSizes({std::max(0, m_splitter->height() - hexHeight), hexHeight});
        }
        updateHexView();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ConsoleTranscriptPane::updateHexView);
    connect(m_save, &QToolButton::clicked, this, &ConsoleTranscriptPane::exportWithDialog);
    connect(m_clear, &QToolButton::clicked, this, [this] {
        m_model->clear();
        updateHexView();
    });
    retranslateUi();
}

void ConsoleTranscriptPane::append(const TranscriptEntry &entry)
{
    m_model->append(entry);
}

QList<TranscriptEntry> ConsoleTranscriptPane::entries() const
{
    m_model->flush();
    QList<TranscriptEntry> out;
    out.reserve(m_model->rowCount());
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.append(m_model->entry(row));
    return out;
}

void ConsoleTranscriptPane::setLeadingWidget(QWidget *widget)
{
    m_tools->insertWidget(0, widget, 1);
}

void ConsoleTranscriptPane::exportWithDialog()
{
    auto *dialog = new QFileDialog(this, tr("Save console transcript"), QString(),
                                   tr("Text files (*.txt);;All files (*)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("txt"));
    dialog->selectFile(QStringLiteral("mxscope-console.txt"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the session keeps running while the dialog is up.
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        if (ConsoleTranscriptExport::save(path, entries(), &error))
            Q_EMIT saved(path);
        else
            Q_EMIT saveFailed(error);
    });
    dialog->open();
}

void ConsoleTranscriptPane::updateHexView()
{
    if (!m_hex->isVisible())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        m_hex->showEntry(m_model->entry(current.row()));
    else
        m_hex->showNothing();
}

void ConsoleTranscriptPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
}

void ConsoleTranscriptPane::retranslateUi()
{
    m_lineEndings->setText(tr("Show CR LF"));
    m_lineEndings->setToolTip(tr("Mark the CR LF that ends every line sent or received."));
    m_hexToggle->setText(tr("Hex"));
    m_hexToggle->setToolTip(tr("Show the selected line's bytes in hex."));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the transcript as a text file."));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Clear the transcript shown here."));
}

} // namespace mxscope
