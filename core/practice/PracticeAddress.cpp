// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeAddress.h"

#include <QList>

namespace mxscope::PracticeAddress {

namespace {

// Index of the '>' closing a path that starts with '<', skipping quoted strings.
qsizetype closingBracket(QByteArrayView text)
{
    bool quoted = false;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted && c == '\\') {
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == '>' && !quoted) {
            return i;
        }
    }
    return -1;
}

} // namespace

std::optional<Path> parse(QByteArrayView argument, QByteArrayView keyword)
{
    if (!argument.toByteArray().toUpper().startsWith(keyword))
        return std::nullopt;
    const QByteArray text = argument.sliced(keyword.size()).toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    Path path;
    QByteArray address;
    if (text.startsWith('<')) {
        const qsizetype end = closingBracket(text);
        if (end < 0)
            return std::nullopt;
        address = text.mid(1, end - 1);
        path.parameters = text.mid(end + 1).trimmed();
    } else {
        // Unbracketed paths break RFC 5321, but most MTAs take them (strict_rfc821_envelopes=no).
        const qsizetype space = text.indexOf(' ');
        address = space < 0 ? text : text.left(space);
        path.parameters = space < 0 ? QByteArray() : text.mid(space + 1).trimmed();
    }
    if (address.startsWith('@')) {
        // RFC 5321 4.1.2: a source route ("@a,@b:user@c") is ignored.
        const qsizetype colon = address.indexOf(':');
        if (colon < 0)
            return std::nullopt;
        address = address.mid(colon + 1);
    }
    path.address = QString::fromUtf8(address);
    return path;
}

qint64 sizeParameter(QByteArrayView parameters)
{
    const QList<QByteArray> words = parameters.toByteArray().split(' ');
    for (const QByteArray &word : words) {
        if (word.toUpper().startsWith("SIZE="))
            return word.mid(5).toLongLong();
    }
    return 0;
}

QString unbracket(QByteArrayView argument)
{
    QByteArray text = argument.toByteArray().trimmed();
    if (text.startsWith('<') && text.endsWith('>'))
        text = text.mid(1, text.size() - 2);
    return QString::fromUtf8(text);
}

Parts split(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    Parts parts;
    parts.local = at < 0 ? address : address.left(at);
    parts.domain = at < 0 ? QString() : address.mid(at + 1);
    if (parts.local.size() >= 2 && parts.local.startsWith(QLatin1Char('"'))
        && parts.local.endsWith(QLatin1Char('"')))
        parts.local = parts.local.mid(1, parts.local.size() - 2);
    return parts;
}

bool hasRouting(const QString &localPart)
{
    return localPart.contains(QLatin1Char('%')) || localPart.contains(QLatin1Char('!'))
        || localPart.contains(QLatin1Char('@'));
}

} // namespace mxscope::PracticeAddress
