// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "transcript/TranscriptEntry.h"

#include <QByteArray>
#include <QPlainTextEdit>

#include <optional>

namespace mxscope {

// A panel with the bytes of one transcript line as a classic hex dump (offset, 16
// bytes in hex, the printable ones as text). The transcript holds display-safe text, so the
// bytes are rebuilt from it: "\xNN" escapes turn back into the byte they stand for, and a
// line that crossed the wire gets the CR LF that ended it. Object name: hexView.
class ConsoleHexView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ConsoleHexView(QWidget *parent = nullptr);

    void showEntry(const TranscriptEntry &entry);
    void showNothing();

    // The bytes a line stood for: escapes decoded, CR LF appended for sent and received lines.
    static QByteArray wireBytes(const TranscriptEntry &entry);
    // "0000  45 48 4c 4f ...  EHLO..." lines, 16 bytes each.
    static QString hexDump(const QByteArray &bytes);

protected:
    void changeEvent(QEvent *event) override;

private:
    std::optional<TranscriptEntry> m_entry;
};

} // namespace mxscope
