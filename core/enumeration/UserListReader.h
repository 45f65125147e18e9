// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QStringList>

namespace mxscope {

// Reads user lists in the smtp-user-enum format: one name per line; blank lines and lines
// starting with '#' are ignored; surrounding spaces, CRLF line ends and a UTF-8 BOM are
// tolerated. Refuses, with a sentence saying why, files that cannot be read, binary files
// (NUL or control bytes, invalid UTF-8) and huge ones.
//
//   const UserListReader::Result list = UserListReader::readFile(path);
//   if (!list.ok()) showError(list.error);
//   plan.names = list.names;
class UserListReader
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::UserListReader)

public:
    static constexpr qint64 maxFileBytes = qint64(64) * 1024 * 1024;
    static constexpr qsizetype maxNames = 1'000'000;
    static constexpr qsizetype maxNameLength = 256;

    struct Result {
        QStringList names; // in file order, exact duplicates removed
        int duplicates = 0;
        int skipped = 0; // names with spaces or angle brackets, or too long
        QStringList warnings; // about skipped lines, the first few
        QString error; // empty when the list was read

        bool ok() const { return error.isEmpty(); }
    };

    static Result readFile(const QString &path);
    // The bytes of a file (UTF-8 expected).
    static Result parse(QByteArrayView bytes);
    // Text pasted into a form.
    static Result parseText(const QString &text);
};

} // namespace mxscope
