// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "enumeration/JsonLinesJournal.h"

#include <QJsonDocument>

namespace mxscope {

JsonLinesJournal::JsonLinesJournal(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{ }

JsonLinesJournal::~JsonLinesJournal()
{
    flush();
}

bool JsonLinesJournal::open(QString *error)
{
    if (m_file.isOpen())
        return true;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        m_error = tr("Cannot open the journal %1: %2").arg(m_path, m_file.errorString());
        if (error)
            *error = m_error;
        return false;
    }
    // A previous run cut short may have left a torn line: start on a fresh one.
    if (m_file.size() > 0) {
        QFile tail(m_path);
        if (tail.open(QIODevice::ReadOnly) && tail.seek(tail.size() - 1) && tail.read(1) != "\n")
            m_buffer += '\n';
    }
    return true;
}

void JsonLinesJournal::append(const QJsonObject &record)
{
    if (!m_file.isOpen())
        return;
    m_buffer += QJsonDocument(record).toJson(QJsonDocument::Compact);
    m_buffer += '\n';
    ++m_buffered;
}

bool JsonLinesJournal::flush()
{
    if (!m_file.isOpen() || m_buffer.isEmpty())
        return m_error.isEmpty();
    if (m_file.write(m_buffer) != m_buffer.size() || !m_file.flush()) {
        m_error = tr("Cannot write the journal %1: %2").arg(m_path, m_file.errorString());
        return false;
    }
    m_buffer.clear();
    m_written += m_buffered;
    m_buffered = 0;
    return true;
}

QList<QJsonObject> JsonLinesJournal::read(const QString &path, QString *error)
{
    QList<QJsonObject> records;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the journal %1: %2").arg(path, file.errorString());
        return records;
    }
    const QByteArray bytes = file.readAll();
    for (const QByteArray &line : bytes.split('\n')) {
        const QJsonDocument document = QJsonDocument::fromJson(line);
        if (document.isObject())
            records.append(document.object());
    }
    return records;
}

} // namespace mxscope
