// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "practice/PracticeDirectory.h"
#include "practice/PracticeLimits.h"
#include "practice/PracticeProfile.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QSslCertificate>

namespace mxscope {

class PracticeCertificate;
class PracticeConnection;
class PracticeListener;

// A real SMTP server on the loopback interface that behaves like a chosen kind of mail
// server (hardened, leaky, open relay, ...), so every check can be tried and tested with no
// outside server. It never delivers mail: message bodies are counted and thrown away.
//
//   auto *server = new PracticeServer(*PracticeProfile::byName(QStringLiteral("leaky")), parent);
//   if (!server->listen(QHostAddress::LocalHost, 0))   // port 0: any free port
//       qWarning() << server->errorString();
//   options.port = server->serverPort();
//
// STARTTLS uses a self-signed certificate made once per process (see PracticeCertificate);
// without openssl the server runs without TLS and tlsUnavailableReason() says why.
class PracticeServer : public QObject
{
    Q_OBJECT

public:
    explicit PracticeServer(PracticeProfile profile, QObject *parent = nullptr);
    ~PracticeServer() override;

    // These apply to connections accepted afterwards.
    void setDirectory(const PracticeDirectory &directory) { m_directory = directory; }
    const PracticeDirectory &directory() const { return m_directory; }
    void setLimits(const PracticeLimits &limits) { m_limits = limits; }
    const PracticeLimits &limits() const { return m_limits; }
    const PracticeProfile &profile() const { return m_profile; }
    // Before listen(): TLS from the first byte (like port 465) instead of STARTTLS.
    void setImplicitTls(bool on) { m_implicitTls = on; }
    bool implicitTls() const { return m_implicitTls; }

    // Refuses any address that is not loopback (127.0.0.0/8, ::1).
    bool listen(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                quint16 port = 0);
    // Stops listening and drops every connection at once.
    void close();
    bool isListening() const;
    QHostAddress serverAddress() const;
    quint16 serverPort() const;
    QString errorString() const { return m_error; }

    // Valid after listen().
    bool tlsAvailable() const { return m_certificate != nullptr; }
    QString tlsUnavailableReason() const { return m_tlsReason; }
    // The self-signed certificate clients may choose to trust; null without TLS.
    QSslCertificate certificate() const;
    int connectionCount() const { return int(m_connections.size()); }

Q_SIGNALS:
    void sessionOpened(quint64 connectionId, const QString &peer);
    void commandReceived(quint64 connectionId, const QString &line);
    void messageReceived(quint64 connectionId, qint64 bytes);
    void sessionClosed(quint64 connectionId);
    // A client beyond the connection limit got 421 at connect.
    void connectionRefused(const QString &peer);

private:
    void onNewConnection();
    void onConnectionFinished(quint64 id);

    PracticeProfile m_profile;
    PracticeDirectory m_directory;
    PracticeLimits m_limits;
    bool m_implicitTls = false;
    PracticeListener *m_listener;
    QObject *m_refused; // parent of sockets being turned away
    const PracticeCertificate *m_certificate = nullptr;
    QString m_tlsReason;
    QString m_error;
    QHash<quint64, PracticeConnection *> m_connections;
    quint64 m_nextId = 1;
};

} // namespace mxscope
