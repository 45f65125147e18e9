// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "console/ConsoleHexView.h"

#include <QEvent>
#include <QFontDatabase>

namespace mxscope {

namespace {

constexpr int bytesPerRow = 16;
// Enough for any line the reply parser lets through (4 KiB) and then some.
constexpr qsizetype maxDumpedBytes = 16 * 1024;

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

ConsoleHexView::ConsoleHexView(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setObjectName(QStringLiteral("hexView"));
    setReadOnly(true);
    setLineWrapMode(NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    showNothing();
}

void ConsoleHexView::showEntry(const TranscriptEntry &entry)
{
    m_entry = entry;
    const QByteArray bytes = wireBytes(entry);
    QString text = tr("%n byte(s)", nullptr, int(bytes.size()));
    if (entry.direction == TranscriptDirection::Event)
        text += QLatin1Char(' ') + tr("(an event noted by mxscope, not bytes on the wire)");
    else
        text += QLatin1Char(' ') + tr("(CR LF included)");
    if (bytes.size() > maxDumpedBytes)
        text += QLatin1Char('\n')
            + tr("Showing the first %n byte(s).", nullptr, int(maxDumpedBytes));
    setPlainText(text + QStringLiteral("\n\n")
                 + hexDump(bytes.first(std::min(bytes.size(), maxDumpedBytes))));
}

void ConsoleHexView::showNothing()
{
    m_entry.reset();
    setPlainText(tr("Select a transcript line to see its bytes."));
}

QByteArray ConsoleHexView::wireBytes(const TranscriptEntry &entry)
{
    const QString &text = entry.text;
    QByteArray bytes;
    bytes.reserve(text.size() + 2);
    qsizetype start = 0;
    for (qsizetype i = 0; i + 3 < text.size(); ++i) {
        if (text.at(i) != u'\\' || text.at(i + 1) != u'x')
            continue;
        const int high = hexValue(text.at(i + 2));
        const int low = hexValue(text.at(i + 3));
        if (high < 0 || low < 0)
            continue;
        bytes += QStringView(text).sliced(start, i - start).toUtf8();
        bytes += char(high * 16 + low);
        start = i + 4;
        i += 3;
    }
    bytes += QStringView(text).sliced(start).toUtf8();
    if (entry.direction != TranscriptDirection::Event)
        bytes += "\r\n";
    return bytes;
}

QString ConsoleHexView::hexDump(const QByteArray &bytes)
{
    QString out;
    for (qsizetype row = 0; row < bytes.size(); row += bytesPerRow) {
        const QByteArrayView chunk = QByteArrayView(bytes).sliced(
            row, std::min<qsizetype>(bytesPerRow, bytes.size() - row));
        out += QStringLiteral("%1  ").arg(row, 4, 16, QLatin1Char('0'));
        QString printable;
        for (int i = 0; i < bytesPerRow; ++i) {
            if (i < chunk.size()) {
                const auto byte = static_cast<unsigned char>(chunk[i]);
                out += QStringLiteral("%1 ").arg(uint(byte), 2, 16, QLatin1Char('0'));
                printable
                    += byte >= 0x20 && byte < 0x7f ? QLatin1Char(char(byte)) : QLatin1Char('.');
            } else {
                out += QStringLiteral("   ");
            }
            if (i == 7)
                out += QLatin1Char(' ');
        }
        out += QLatin1Char(' ') + printable + QLatin1Char('\n');
    }
    return out;
}

void ConsoleHexView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        if (m_entry)
            showEntry(*m_entry);
        else
            showNothing();
    }
}

} // namespace mxscope
