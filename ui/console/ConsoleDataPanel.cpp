// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleDataPanel.h"

#include <QDateTime>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

namespace mxscope {

ConsoleDataPanel::ConsoleDataPanel(QWidget *parent)
    : QFrame(parent)
    , m_hint(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_send(new QPushButton(this))
    , m_cancel(new QPushButton(this))
{
    setObjectName(QStringLiteral("dataPanel"));
    setFrameShape(StyledPanel);
    m_editor->setObjectName(QStringLiteral("dataEditor"));
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_editor->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_send->setObjectName(QStringLiteral("sendDataButton"));
    m_cancel->setObjectName(QStringLiteral("cancelDataButton"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_editor, 1);
    layout->addLayout(buttons);

    connect(m_send, &QPushButton::clicked, this, [this] {
        const QByteArray message = m_editor->toPlainText().toUtf8();
        hide();
        Q_EMIT sendRequested(message);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT cancelled();
    });
    retranslateUi();
    hide();
}

void ConsoleDataPanel::open(const QString &sender, const QString &recipient,
                            const QString &heloName)
{
    if (m_editor->toPlainText().isEmpty()) {
        // Header field names are protocol, not prose; only the body is translated.
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_editor->setPlainText(
            QStringLiteral("From: <%1>\nTo: <%2>\nSubject: mxscope console test %3\nDate: "
                           "%4\nMessage-ID: <%3@%5>\n\n%6\n")
                .arg(sender, recipient, id, QDateTime::currentDateTime().toString(Qt::RFC2822Date),
                     heloName, tr("A test message typed in the mxscope console.")));
    }
    show();
    m_editor->setFocus();
}

void ConsoleDataPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

void ConsoleDataPanel::retranslateUi()
{
    m_hint->setText(tr("DATA mode: type the message, header lines first, then an empty line and "
                       "the body. Send message sends DATA, and after the server's 354 the "
                       "message with every line that starts with a dot doubled, then the lone "
                       "\".\" line."));
    m_send->setText(tr("&Send message"));
    m_cancel->setText(tr("Back to commands"));
}

} // namespace mxscope
