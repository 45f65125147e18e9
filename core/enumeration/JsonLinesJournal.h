// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QList>

namespace mxscope {

// An append-only file of JSON objects, one per line (JSON Lines), so a long job keeps
// what it measured when it is cancelled or crashes: records are buffered by append() and
// reach the file at each flush(), which callers do once per batch. Nothing already in
// the file is ever rewritten; a reader skips a torn last line.
//
//   JsonLinesJournal journal(path);
//   if (!journal.open(&error)) ...
//   journal.append({{"type", "probe"}, ...});
//   journal.flush();                       // after each batch, and before finishing
//
// Not specific to enumeration: any check with per-item results can use it.
class JsonLinesJournal
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::JsonLinesJournal)

public:
    explicit JsonLinesJournal(QString path);
    ~JsonLinesJournal(); // flushes

    bool open(QString *error);
    bool isOpen() const { return m_file.isOpen(); }
    const QString &path() const { return m_path; }
    void append(const QJsonObject &record);
    // Writes the buffered records and hands them to the operating system; false (and
    // errorString()) when the disk refused.
    bool flush();
    QString errorString() const { return m_error; }
    qsizetype recordsWritten() const { return m_written; }

    // Every complete record of a journal; a last line cut short by a crash is ignored.
    static QList<QJsonObject> read(const QString &path, QString *error = nullptr);

private:
    QString m_path;
    QFile m_file;
    QByteArray m_buffer;
    qsizetype m_buffered = 0;
    qsizetype m_written = 0;
    QString m_error;
};

} // namespace mxscope
