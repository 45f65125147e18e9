// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "compare/ReportCompareDialog.h"

#include "common/AlarmColour.h"
#include "report/ReportFiles.h"

#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace mxscope {

namespace {

QString severityWord(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return ReportCompareDialog::tr("info");
    case Severity::Low:
        return ReportCompareDialog::tr("low");
    case Severity::Medium:
        return ReportCompareDialog::tr("medium");
    case Severity::High:
        return ReportCompareDialog::tr("high");
    case Severity::Critical:
        return ReportCompareDialog::tr("critical");
    }
    return {};
}

} // namespace

ReportCompareDialog::ReportCompareDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_before(new QLineEdit(this))
    , m_after(new QLineEdit(this))
    , m_browseBefore(new QPushButton(this))
    , m_browseAfter(new QPushButton(this))
    , m_beforeLabel(new QLabel(this))
    , m_afterLabel(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_fixedBox(new QGroupBox(this))
    , m_newBox(new QGroupBox(this))
    , m_unchangedBox(new QGroupBox(this))
    , m_fixed(new QListWidget(m_fixedBox))
    , m_new(new QListWidget(m_newBox))
    , m_unchanged(new QListWidget(m_unchangedBox))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("reportCompareDialog"));
    m_before->setObjectName(QStringLiteral("beforePathEdit"));
    m_after->setObjectName(QStringLiteral("afterPathEdit"));
    m_browseBefore->setObjectName(QStringLiteral("browseBeforeButton"));
    m_browseAfter->setObjectName(QStringLiteral("browseAfterButton"));
    m_summary->setObjectName(QStringLiteral("compareSummaryLabel"));
    m_fixed->setObjectName(QStringLiteral("fixedList"));
    m_new->setObjectName(QStringLiteral("newList"));
    m_unchanged->setObjectName(QStringLiteral("unchangedList"));
    m_intro->setWordWrap(true);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_beforeLabel->setBuddy(m_before);
    m_afterLabel->setBuddy(m_after);

    auto *files = new QGridLayout;
    files->addWidget(m_beforeLabel, 0, 0);
    files->addWidget(m_before, 0, 1);
    files->addWidget(m_browseBefore, 0, 2);
    files->addWidget(m_afterLabel, 1, 0);
    files->addWidget(m_after, 1, 1);
    files->addWidget(m_browseAfter, 1, 2);
    auto *lists = new QHBoxLayout;
    for (const auto &[box, list] : {std::pair {m_fixedBox, m_fixed}, std::pair {m_newBox, m_new},
                                    std::pair {m_unchangedBox, m_unchanged}}) {
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(list);
        list->setWordWrap(true);
        lists->addWidget(box, 1);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(files);
    layout->addWidget(m_summary);
    layout->addLayout(lists, 1);
    layout->addLayout(buttons);

    connect(m_browseBefore, &QPushButton::clicked, this, [this] { browse(m_before); });
    connect(m_browseAfter, &QPushButton::clicked, this, [this] { browse(m_after); });
    connect(m_before, &QLineEdit::editingFinished, this, &ReportCompareDialog::compareIfReady);
    connect(m_after, &QLineEdit::editingFinished, this, &ReportCompareDialog::compareIfReady);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    resize(980, 560);
    retranslateUi();
}

bool ReportCompareDialog::compareFiles(const QString &before, const QString &after)
{
    m_before->setText(before);
    m_after->setText(after);
    m_compared = false;
    m_error.clear();
    const auto earlier = ReportFiles::loadJson(before, &m_error);
    const auto later = earlier ? ReportFiles::loadJson(after, &m_error) : std::nullopt;
    if (earlier && later) {
        m_comparison = ReportComparison::compare(*earlier, *later);
        m_compared = true;
    } else {
        m_comparison = {};
    }
    fill(m_fixed, m_comparison.fixed);
    fill(m_new, m_comparison.introduced);
    fill(m_unchanged, m_comparison.unchanged);
    showSummary();
    return m_compared;
}

void ReportCompareDialog::browse(QLineEdit *into)
{
    auto *dialog = new QFileDialog(this, tr("Open JSON report"));
    dialog->setObjectName(QStringLiteral("openReportDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilter(tr("mxscope JSON reports (*.json)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, into](const QString &path) {
        into->setText(path);
        compareIfReady();
    });
    dialog->open();
}

void ReportCompareDialog::compareIfReady()
{
    if (!m_before->text().trimmed().isEmpty() && !m_after->text().trimmed().isEmpty())
        compareFiles(m_before->text().trimmed(), m_after->text().trimmed());
}

void ReportCompareDialog::fill(QListWidget *list, const QList<FindingChange> &changes)
{
    list->clear();
    for (const FindingChange &change : changes) {
        const Finding &f = change.after.id.isEmpty() ? change.before : change.after;
        //: A finding in the comparison lists: severity, title, check.
        auto *item = new QListWidgetItem(
            tr("[%1] %2 — %3")
                .arg(severityWord(f.severity), f.title,
                     change.checkTitle.isEmpty() ? change.checkId : change.checkTitle),
            list);
        QString tip = f.id + QLatin1Char('\n') + f.detail;
        if (change.detailChanged)
            tip += QLatin1Char('\n') + tr("Before: %1").arg(change.before.detail);
        item->setToolTip(tip);
        if (f.severity >= Severity::High && list == m_new)
            item->setForeground(alarmColour(hasDarkPalette(list)));
    }
}

void ReportCompareDialog::showSummary()
{
    markAsProblem(m_summary, !m_compared && !m_error.isEmpty());
    if (!m_compared) {
        m_summary->setText(m_error.isEmpty() ? tr("Choose the earlier and the later report.")
                                             : m_error);
        return;
    }
    QStringList lines {m_comparison.summary()};
    if (!m_comparison.sameTarget())
        lines.append(tr("Note: the two reports are of different servers (%1 and %2).")
                         .arg(m_comparison.targetBefore.host, m_comparison.targetAfter.host));
    for (const FindingChange &c : m_comparison.notRetested)
        lines.append(tr("Not retested: %1 (%2)").arg(c.before.title, c.checkId));
    m_summary->setText(lines.join(QLatin1Char('\n')));
}

void ReportCompareDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ReportCompareDialog::retranslateUi()
{
    setWindowTitle(tr("Compare reports"));
    m_intro->setText(tr("Compare two JSON reports of the same server, for example before and "
                        "after hardening it."));
    m_beforeLabel->setText(tr("&Before:"));
    m_afterLabel->setText(tr("&After:"));
    m_browseBefore->setText(tr("Browse…"));
    m_browseAfter->setText(tr("Browse…"));
    m_fixedBox->setTitle(tr("Fixed"));
    m_newBox->setTitle(tr("New"));
    m_unchangedBox->setTitle(tr("Unchanged"));
    m_close->setText(tr("Close"));
    if (m_compared || !m_error.isEmpty()) {
        fill(m_fixed, m_comparison.fixed);
        fill(m_new, m_comparison.introduced);
        fill(m_unchanged, m_comparison.unchanged);
    }
    showSummary();
}

} // namespace mxscope
