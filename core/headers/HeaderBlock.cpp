// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderBlock.h"

#include "transcript/SafeText.h"

namespace mxscope {

namespace {

constexpr int maxWarnings = 20;

bool isFieldNameChar(char c)
{
    // RFC 5322 ftext: printable US-ASCII except the colon.
    return c >= 33 && c <= 126 && c != ':';
}

// The length of "Name" in "Name: value", or -1 when the line is not a field.
qsizetype fieldNameLength(QByteArrayView line)
{
    qsizetype i = 0;
    while (i < line.size() && isFieldNameChar(line[i]))
        ++i;
    const qsizetype nameEnd = i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i; // obsolete syntax allows white space before the colon
    if (nameEnd == 0 || i >= line.size() || line[i] != ':')
        return -1;
    return nameEnd;
}

QString lineExcerpt(QByteArrayView line)
{
    return safeText(line.first(std::min<qsizetype>(line.size(), 60)));
}

} // namespace

QList<HeaderField> HeaderBlock::all(QLatin1String name) const
{
    QList<HeaderField> found;
    for (const HeaderField &field : fields) {
        if (field.is(name))
            found.append(field);
    }
    return found;
}

QString HeaderBlock::first(QLatin1String name) const
{
    for (const HeaderField &field : fields) {
        if (field.is(name))
            return field.value;
    }
    return {};
}

HeaderBlock HeaderBlockParser::parse(QByteArrayView message, const HeaderLimits &limits)
{
    HeaderBlock block;
    // Pasted text often starts with an empty line or two; they do not end an empty block.
    qsizetype pos = 0;
    while (pos < message.size() && (message[pos] == '\n' || message[pos] == '\r'))
        ++pos;
    if (pos >= message.size()) {
        block.errors.append(tr("The message is empty."));
        return block;
    }

    QByteArray name;
    QByteArray value;
    int fieldLine = 0;
    int lineNumber = 0;
    bool ended = false;
    auto flush = [&] {
        if (name.isEmpty())
            return;
        block.fields.append({safeText(name), safeText(value.trimmed()), fieldLine});
        name.clear();
        value.clear();
    };
    auto warn = [&](const QString &text) {
        if (block.warnings.size() < maxWarnings)
            block.warnings.append(text);
    };

    while (pos < message.size()) {
        if (pos > limits.maxBlockBytes) {
            block.errors.append(tr("The header block is larger than %1 KiB; no empty line ends "
                                   "it within that limit.")
                                    .arg(limits.maxBlockBytes / 1024));
            return block;
        }
        // Look for the line end only within the line limit, so a huge file costs little.
        const QByteArrayView window = message.sliced(
            pos, std::min<qsizetype>(message.size() - pos, limits.maxLineBytes + 2));
        const qsizetype newline = window.indexOf('\n');
        const qsizetype end = newline >= 0         ? pos + newline
            : window.size() < message.size() - pos ? pos + window.size()
                                                   : message.size();
        QByteArrayView line = message.sliced(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.size() > limits.maxLineBytes) {
            block.errors.append(tr("Line %1 is longer than %2 bytes (starts \"%3\").")
                                    .arg(lineNumber)
                                    .arg(limits.maxLineBytes)
                                    .arg(lineExcerpt(line)));
            return block;
        }
        if (line.isEmpty()) {
            ended = true;
            break;
        }
        if (line.contains('\0')) {
            block.errors.append(
                tr("Line %1 contains NUL bytes; this is not a message header.").arg(lineNumber));
            return block;
        }
        if (line[0] == ' ' || line[0] == '\t') {
            if (name.isEmpty()) {
                warn(tr("Line %1 continues a field that does not exist: \"%2\".")
                         .arg(lineNumber)
                         .arg(lineExcerpt(line)));
                continue;
            }
            if (value.size() + line.size() > limits.maxBlockBytes)
                continue; // cannot happen within the block limit; keeps the sum bounded
            value += line; // unfolding removes only the line break (RFC 5322 2.2.3)
            continue;
        }
        if (lineNumber == 1 && line.startsWith("From "))
            continue; // mbox separator
        const qsizetype nameLength = fieldNameLength(line);
        if (nameLength < 0) {
            warn(tr("Line %1 is not a header field: \"%2\".")
                     .arg(lineNumber)
                     .arg(lineExcerpt(line)));
            continue;
        }
        flush();
        if (block.fields.size() >= limits.maxFields) {
            block.errors.append(tr("The header has more than %1 fields.").arg(limits.maxFields));
            return block;
        }
        name = line.first(nameLength).toByteArray();
        value = line.sliced(line.indexOf(':') + 1).toByteArray();
        fieldLine = lineNumber;
    }
    flush();
    if (!ended && message.size() > limits.maxBlockBytes) {
        block.errors.append(tr("The header block is larger than %1 KiB; no empty line ends it "
                               "within that limit.")
                                .arg(limits.maxBlockBytes / 1024));
    }
    if (block.fields.isEmpty() && block.errors.isEmpty())
        block.errors.append(tr("No header fields were found; this does not look like a mail "
                               "message."));
    return block;
}

} // namespace mxscope
