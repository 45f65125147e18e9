// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/UserListReader.h"

#include "transcript/SafeText.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace mxscope {

namespace {

constexpr int maxWarnings = 5;

bool unusableName(const QString &name)
{
    for (const QChar c : name) {
        if (c.isSpace() || c == QLatin1Char('<') || c == QLatin1Char('>'))
            return true;
    }
    return name.size() > UserListReader::maxNameLength;
}

} // namespace

UserListReader::Result UserListReader::readFile(const QString &path)
{
    Result result;
    const QFileInfo info(path);
    if (info.isDir()) {
        result.error = tr("%1 is a directory, not a user list.").arg(path);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read the user list %1: %2").arg(path, file.errorString());
        return result;
    }
    // Read one byte past the cap: a FIFO or /dev/zero has no size to check up front.
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (bytes.size() > maxFileBytes) {
        result.error = tr("The user list %1 is larger than %2 MiB; split it.")
                           .arg(path)
                           .arg(maxFileBytes / (qint64(1024) * 1024));
        return result;
    }
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read the user list %1: %2").arg(path, file.errorString());
        return result;
    }
    result = parse(bytes);
    if (!result.ok())
        result.error = tr("%1: %2").arg(path, result.error);
    return result;
}

UserListReader::Result UserListReader::parse(QByteArrayView bytes)
{
    Result result;
    if (bytes.size() > maxFileBytes) {
        result.error
            = tr("The list is larger than %1 MiB.").arg(maxFileBytes / (qint64(1024) * 1024));
        return result;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    if (bytes.contains('\0')) {
        result.error = tr("This is a binary file (it holds NUL bytes), not a list of names.");
        return result;
    }
    QSet<QString> seen;
    qsizetype lineNumber = 0;
    for (qsizetype start = 0; start < bytes.size();) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArrayView line = bytes.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (hasUnprintableBytes(line)) {
            result.names.clear();
            result.error = tr("Line %1 holds control characters or bytes that are not UTF-8: "
                              "this does not look like a list of names.")
                               .arg(lineNumber);
            return result;
        }
        const QString name = QString::fromUtf8(line).trimmed();
        if (name.isEmpty() || name.startsWith(QLatin1Char('#')))
            continue;
        if (unusableName(name)) {
            ++result.skipped;
            if (result.warnings.size() < maxWarnings)
                result.warnings.append(
                    tr("Line %1 skipped: a name cannot hold spaces or angle brackets or be "
                       "longer than %2 characters.")
                        .arg(lineNumber)
                        .arg(maxNameLength));
            continue;
        }
        if (seen.contains(name)) {
            ++result.duplicates;
            continue;
        }
        if (result.names.size() >= maxNames) {
            result.names.clear();
            result.error = tr("The list has more than %1 names; split it.").arg(maxNames);
            return result;
        }
        seen.insert(name);
        result.names.append(name);
    }
    return result;
}

UserListReader::Result UserListReader::parseText(const QString &text)
{
    return parse(text.toUtf8());
}

} // namespace mxscope
