// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "smtp/SessionOptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

namespace mxscope::testing {

// A real Postfix from the distribution, private to one test: its own main.cf, master.cf,
// queue and log under a temporary directory, listening on a free 127.0.0.1 port only.
// Every transport is "discard" and master.cf has no smtp/relay/local service, so nothing
// it accepts can ever leave the machine. By default it is a closed relay (mynetworks is a
// TEST-NET address, so the loopback client is not trusted).
//
//   PostfixFixture::Options options;
//   options.users = {QStringLiteral("alice")};
//   PostfixFixture postfix(options);
//   if (!postfix.start())
//       FAIL() << postfix.diagnostics().toStdString();
//   SessionOptions session = postfix.sessionOptions();   // 127.0.0.1:postfix.port()
//
// Starting takes about half a second; share one instance per configuration across a suite:
//
//   class PostfixBannerTest : public ::testing::Test {
//   protected:
//       static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }
//   };
//   TEST_F(PostfixBannerTest, Greeting) {
//       PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("leaky"), leaky());
//       MXSCOPE_REQUIRE_POSTFIX(postfix);   // skips or fails with diagnostics
//
// Instances start lazily, so a test run on its own (ctest runs one test per process)
// starts only the configuration it uses. Needs root and /usr/sbin/postfix;
// unavailableReason() says why not, and tests skip then. The master is stopped by stop(),
// the destructor, an atexit handler, and, for a test binary that was killed, by the next
// fixture that starts (its directory records the owning process). Set MXSCOPE_KEEP_POSTFIX=1
// to keep the directories (config, maillog) for a look after the run.
class PostfixFixture
{
public:
    enum class Banner {
        Neutral, // "$myhostname ESMTP"
        Leaky, // "$myhostname ESMTP $mail_name $mail_version"
    };

    struct Options {
        QString myHostname = QStringLiteral("mx.postfix.test");
        QString myDomain = QStringLiteral("postfix.test"); // mydestination includes it
        Banner banner = Banner::Neutral;
        // Loopback clients become trusted (mynetworks = 127.0.0.0/8): an open relay.
        bool openRelay = false;
        // Local users (local parts) -> local_recipient_maps = hash:users, $alias_maps.
        // Others are rejected at RCPT with 550 5.1.1.
        QStringList users;
        // Aliases (e.g. mailing lists): name -> members. "postmaster" is added if missing.
        QList<std::pair<QString, QStringList>> aliases;
        // A self-signed EC certificate and smtpd_tls_security_level = may (STARTTLS).
        bool tls = false;
        // A second listener with smtpd_tls_wrappermode=yes (needs tls).
        bool implicitTls = false;
        // A third listener on [::1] (same service, its own port).
        bool ipv6 = false;
        // Files written into configDir() before start, e.g. a regexp table; main.cf can
        // name them as $config_directory/NAME.
        QList<std::pair<QString, QByteArray>> files;
        // main.cf key/values applied last, overriding everything above.
        QList<std::pair<QString, QString>> mainCf;
        int startTimeoutMs = 15'000;
    };

    PostfixFixture();
    explicit PostfixFixture(Options options);
    ~PostfixFixture();
    PostfixFixture(const PostfixFixture &) = delete;
    PostfixFixture &operator=(const PostfixFixture &) = delete;

    // Empty when Postfix can run here (installed, and we are root); otherwise why not.
    static QString unavailableReason();
    // mail_version of the installed Postfix ("3.7.11"), empty when unknown.
    static QString installedVersion();

    // Writes the instance, starts it and waits until the port answers 220. Bounded by
    // Options::startTimeoutMs; on false see errorString() and diagnostics().
    bool start();
    // postfix stop, then SIGTERM/SIGKILL of the master if it is still there. Idempotent.
    void stop();
    bool isRunning() const;

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    quint16 implicitTlsPort() const { return m_implicitTlsPort; } // 0 unless implicitTls
    quint16 ipv6Port() const { return m_ipv6Port; } // 0 unless ipv6, on ::1
    QString configDir() const;
    QString queueDir() const;
    QString certificatePath() const; // empty unless tls
    qint64 masterPid() const { return m_masterPid; }
    const Options &options() const { return m_options; }

    // Session options for this instance: host, port (the wrapper-mode port for Implicit),
    // TLS mode and short per-state timeouts.
    SessionOptions sessionOptions(TlsMode tls = TlsMode::None) const;

    QString errorString() const { return m_error; }
    // The instance's own log file (Postfix writes it, not syslog).
    QString maillog() const;
    // Error, command outputs and the last lines of the maillog, for failure messages.
    QString diagnostics() const;
    // Waits (bounded, processing events) until the maillog contains text.
    bool waitForLog(const QString &text, int timeoutMs = 10'000) const;

    // A running instance shared by every caller using the same name, started on first use
    // (the first caller's options count) and kept until releaseShared() (call it from
    // TearDownTestSuite) or process exit. Never null; check it with MXSCOPE_REQUIRE_POSTFIX.
    static PostfixFixture *shared(const QString &name, const Options &options);
    static void releaseShared(const QString &name);
    static void releaseAllShared();

private:
    bool prepare();
    bool writeConfig();
    bool buildMaps();
    bool createCertificate();
    bool pickPorts();
    bool launch();
    bool waitForGreeting(quint16 port, int timeoutMs);
    bool run(const QString &program, const QStringList &arguments, int timeoutMs);
    QString path(const QString &relative) const;
    qint64 readMasterPid() const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    quint16 m_implicitTlsPort = 0;
    quint16 m_ipv6Port = 0;
    qint64 m_masterPid = 0;
    bool m_started = false;
    QString m_error;
    QString m_commandLog;
};

} // namespace mxscope::testing

// In a test body: skips when Postfix cannot run here, fails with the diagnostics when it
// could but did not start.
#define MXSCOPE_REQUIRE_POSTFIX(fixture)                                                           \
    do {                                                                                           \
        if (const QString reason = ::mxscope::testing::PostfixFixture::unavailableReason();        \
            !reason.isEmpty())                                                                     \
            GTEST_SKIP() << reason.toStdString();                                                  \
        if (!(fixture) || !(fixture)->isRunning())                                                 \
            FAIL() << "Postfix did not start: "                                                    \
                   << ((fixture) ? (fixture)->diagnostics().toStdString() : std::string("null"));  \
    } while (false)
