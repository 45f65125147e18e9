// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QDnsLookup>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mxscope {

// How a lookup ended. NoRecords (the name exists, without records of that type) and
// NxDomain (the name does not exist) are answers; the rest mean the answer is unknown.
enum class DnsStatus { Ok, NoRecords, NxDomain, ServerFailure, Refused, Timeout, Error };

QString toString(DnsStatus status); // "ok", "no_records", "nxdomain", "server_failure", ...
QString toString(QDnsLookup::Type type); // "MX", "A", "AAAA", "PTR", "TXT", ...
bool isAnswer(DnsStatus status); // Ok, NoRecords or NxDomain

struct DnsMx {
    quint16 preference = 0;
    QString host; // without the trailing dot; empty for a null MX (RFC 7505)
};

// One lookup and what came back. Names and texts are display-safe.
struct DnsAnswer {
    QString name;
    QDnsLookup::Type type = QDnsLookup::A;
    DnsStatus status = DnsStatus::Error;
    QString error; // the resolver's words when status is not Ok
    QList<DnsMx> mx;
    QList<QHostAddress> addresses;
    QStringList names; // PTR targets
    QStringList texts; // one per TXT record, its strings joined (RFC 7208 3.3)
    qint64 ms = 0;
    qsizetype evidence = -1;

    // "10 mx1.example.org", "192.0.2.1", ... one per record.
    QStringList values() const;
};

// "4.3.2.1.in-addr.arpa" / nibbles under ip6.arpa for a PTR lookup.
QString reverseName(const QHostAddress &address);

// One DNS lookup with a time bound, against a chosen name server or the system resolver.
class DnsQuery : public QObject
{
    Q_OBJECT

public:
    DnsQuery(QDnsLookup::Type type, const QString &name, const QHostAddress &nameServer,
             int timeoutMs, QObject *parent = nullptr);

    void start();
    // Stops waiting; finished() is not emitted.
    void cancel();
    const DnsAnswer &answer() const { return m_answer; }

Q_SIGNALS:
    void finished();

private:
    void onFinished();
    void onTimeout();

    QPointer<QDnsLookup> m_lookup;
    QTimer m_timer;
    QElapsedTimer m_clock;
    DnsAnswer m_answer;
    bool m_timedOut = false;
    bool m_done = false;
};

} // namespace mxscope
