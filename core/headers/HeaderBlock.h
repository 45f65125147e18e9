// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace mxscope {

// Caps that keep a pasted or dropped file from growing memory or time without bound.
struct HeaderLimits {
    qsizetype maxBlockBytes = 1024 * 1024; // the header block, up to its blank line
    qsizetype maxLineBytes = 64 * 1024; // RFC 5322 says 998; real mail stays far below this
    int maxFields = 5000;
};

// One header field after unfolding, made display-safe.
struct HeaderField {
    QString name; // as written, e.g. "Received"
    QString value; // unfolded; runs of folding white space kept as written
    int line = 0; // 1-based line where the field starts

    bool is(QLatin1String other) const { return name.compare(other, Qt::CaseInsensitive) == 0; }
};

struct HeaderBlock {
    QList<HeaderField> fields;
    QStringList errors; // the block could not be read; fields may be incomplete
    QStringList warnings; // lines that were skipped, the rest was read

    bool ok() const { return errors.isEmpty(); }
    QList<HeaderField> all(QLatin1String name) const;
    QString first(QLatin1String name) const; // empty when absent
};

// RFC 5322 section 2.2 header block: "Name: value" fields, continuation lines starting
// with a space or tab, ending at the first empty line. CRLF and bare LF both end a line.
// An mbox "From " separator on the first line is skipped. Never throws, never reads past
// limits.maxBlockBytes.
class HeaderBlockParser
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::HeaderBlockParser)

public:
    static HeaderBlock parse(QByteArrayView message, const HeaderLimits &limits = {});
};

} // namespace mxscope
