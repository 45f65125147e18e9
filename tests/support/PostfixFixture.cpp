// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "PostfixFixture.h"

#include "PostfixMasters.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSslSocket>
#include <QTcpServer>
#include <QTest>

#include <cstdlib>
#include <map>
#include <mutex>
#include <vector>

#include <grp.h>
#include <pwd.h>
#include <signal.h>
#include <time.h>
#include <unistd.h>

namespace mxscope::testing {

namespace {

const QString postfixProgram = QStringLiteral("/usr/sbin/postfix");
const QString postconfProgram = QStringLiteral("/usr/sbin/postconf");
const QString postmapProgram = QStringLiteral("/usr/sbin/postmap");
const QString postaliasProgram = QStringLiteral("/usr/sbin/postalias");
const QString dirPrefix = QStringLiteral("mxscope-postfix-");
constexpr int commandTimeoutMs = 30'000;
constexpr int stopTimeoutMs = 10'000;

// The internal services of a private instance: no smtp, relay, local, virtual or pipe
// transport, so nothing can be delivered anywhere; "discard" takes every message.
const char internalServices[] = R"(pickup    unix  n - n 60    1 pickup
cleanup   unix  n - n -     0 cleanup
qmgr      unix  n - n 300   1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n -     - trivial-rewrite
bounce    unix  - - n -     0 bounce
defer     unix  - - n -     0 bounce
trace     unix  - - n -     0 bounce
verify    unix  - - n -     1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n -     - proxymap
proxywrite unix - - n -     1 proxymap
showq     unix  n - n -     - showq
error     unix  - - n -     - error
retry     unix  - - n -     - error
discard   unix  - - n -     - discard
anvil     unix  - - n -     1 anvil
scache    unix  - - n -     1 scache
postlog   unix-dgram n - n - 1 postlogd
)";

// main.cf of a private, silent instance (toolchain.md section 12); Options::mainCf lines
// are appended after it and win. mynetworks is TEST-NET-1 unless an open relay is wanted,
// so the loopback client is not trusted.
const char mainCfTemplate[] = R"(# Written by mxscope's PostfixFixture: a private test instance.
compatibility_level = 3.6
queue_directory = @DIR@/queue
data_directory = @DIR@/data
maillog_file = @DIR@/maillog
maillog_file_prefixes = @DIR@
inet_interfaces = loopback-only
inet_protocols = @PROTOCOLS@
myhostname = @HOSTNAME@
mydomain = @DOMAIN@
myorigin = $myhostname
mydestination = $myhostname, localhost.$mydomain, localhost, $mydomain
mynetworks = @MYNETWORKS@
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
relayhost =
default_transport = discard
relay_transport = discard
local_transport = discard
virtual_transport = discard
smtp_dns_support_level = disabled
smtpd_peername_lookup = no
biff = no
readme_directory = no
alias_maps = hash:$config_directory/aliases
alias_database = hash:$config_directory/aliases
local_recipient_maps = hash:$config_directory/users, $alias_maps
smtpd_banner = @BANNER@
)";

// Postfix refuses to read a main.cf or master.cf modified within the current second: it
// waits in 300 ms steps until the file is older (about 1.5 s per command). Files are
// therefore dated 10 s back; the maps built from them stay newer than their sources.
bool writeFile(const QString &fileName, const QByteArray &contents, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(contents) != contents.size() || !file.flush()
        || !file.setFileTime(QDateTime::currentDateTime().addSecs(-10),
                             QFileDevice::FileModificationTime)) {
        *error = QStringLiteral("Cannot write %1: %2").arg(fileName, file.errorString());
        return false;
    }
    return true;
}

std::map<QString, std::unique_ptr<PostfixFixture>> &sharedInstances()
{
    static std::map<QString, std::unique_ptr<PostfixFixture>> instances;
    return instances;
}

} // namespace

PostfixFixture::PostfixFixture()
    : PostfixFixture(Options {})
{ }

PostfixFixture::PostfixFixture(Options options)
    : m_options(std::move(options))
{ }

PostfixFixture::~PostfixFixture()
{
    stop();
}

QString PostfixFixture::unavailableReason()
{
    if (::geteuid() != 0)
        return QStringLiteral("Postfix tests need root (postfix start/stop); skipped.");
    for (const QString &program :
         {postfixProgram, postconfProgram, postmapProgram, postaliasProgram}) {
        if (!QFileInfo(program).isExecutable())
            return QStringLiteral("Postfix is not installed (%1 missing; apt-get install postfix); "
                                  "skipped.")
                .arg(program);
    }
    if (!::getpwnam("postfix") || !::getgrnam("postdrop"))
        return QStringLiteral("The postfix user or postdrop group is missing; skipped.");
    return {};
}

QString PostfixFixture::installedVersion()
{
    static const QString version = [] {
        QProcess process;
        process.start(postconfProgram,
                      {QStringLiteral("-d"), QStringLiteral("-h"), QStringLiteral("mail_version")});
        if (!process.waitForFinished(commandTimeoutMs))
            return QString();
        return QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    }();
    return version;
}

QString PostfixFixture::path(const QString &relative) const
{
    return m_dir ? m_dir->filePath(relative) : QString();
}

QString PostfixFixture::configDir() const
{
    return path(QStringLiteral("etc"));
}

QString PostfixFixture::queueDir() const
{
    return path(QStringLiteral("queue"));
}

QString PostfixFixture::certificatePath() const
{
    return m_options.tls ? path(QStringLiteral("etc/cert.pem")) : QString();
}

bool PostfixFixture::start()
{
    if (m_started)
        return isRunning();
    if (const QString reason = unavailableReason(); !reason.isEmpty()) {
        m_error = reason;
        return false;
    }
    if (m_options.implicitTls && !m_options.tls) {
        m_error = QStringLiteral("Options::implicitTls needs Options::tls.");
        return false;
    }
    PostfixMasters::reapOrphans(dirPrefix);
    QElapsedTimer clock;
    clock.start();
    if (!prepare() || (m_options.tls && !createCertificate()) || !pickPorts() || !writeConfig()
        || !buildMaps()
        || !run(postfixProgram, {QStringLiteral("-c"), configDir(), QStringLiteral("check")},
                commandTimeoutMs)
        || !launch())
        return false;
    const int budget = std::max(1000, m_options.startTimeoutMs - int(clock.elapsed()));
    QDeadlineTimer deadline(budget);
    if (!waitForGreeting(m_port, int(deadline.remainingTime()))
        || (m_implicitTlsPort && !waitForGreeting(m_implicitTlsPort, int(deadline.remainingTime())))
        || (m_ipv6Port && !waitForGreeting(m_ipv6Port, int(deadline.remainingTime())))) {
        stop();
        return false;
    }
    return true;
}

// The directory tree: DIR/etc (main.cf, master.cf, maps, certificate), DIR/queue (root),
// DIR/data (owned by postfix), DIR/maillog. Queue and data stay outside etc, or
// "postfix check" complains that etc holds files not owned by root.
bool PostfixFixture::prepare()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QLatin1Char('/') + dirPrefix
                                            + QStringLiteral("XXXXXX"));
    if (!m_dir->isValid()) {
        m_error
            = QStringLiteral("Cannot create a temporary directory: %1").arg(m_dir->errorString());
        return false;
    }
    if (qEnvironmentVariableIsSet("MXSCOPE_KEEP_POSTFIX"))
        m_dir->setAutoRemove(false);
    // Postfix daemons run as user postfix and must reach the maps and the data directory.
    QFile::setPermissions(m_dir->path(),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther);
    if (!writeFile(path(QStringLiteral("owner.pid")), QByteArray::number(qint64(::getpid())),
                   &m_error))
        return false;
    const QDir root(m_dir->path());
    for (const QString &sub :
         {QStringLiteral("etc"), QStringLiteral("queue"), QStringLiteral("data")}) {
        if (!root.mkdir(sub)) {
            m_error = QStringLiteral("Cannot create %1").arg(path(sub));
            return false;
        }
    }
    const passwd *postfixUser = ::getpwnam("postfix");
    if (!postfixUser
        || ::chown(QFile::encodeName(path(QStringLiteral("data"))).constData(), postfixUser->pw_uid,
                   postfixUser->pw_gid)
            != 0) {
        m_error
            = QStringLiteral("Cannot give %1 to user postfix").arg(path(QStringLiteral("data")));
        return false;
    }
    for (const auto &[name, contents] : m_options.files) {
        if (!writeFile(path(QStringLiteral("etc/") + name), contents, &m_error))
            return false;
    }
    return true;
}

bool PostfixFixture::createCertificate()
{
    const QString host = m_options.myHostname;
    QStringList arguments = QStringLiteral("req -x509 -newkey ec -pkeyopt "
                                           "ec_paramgen_curve:prime256v1 -nodes -days 2")
                                .split(QLatin1Char(' '));
    arguments << QStringLiteral("-keyout") << path(QStringLiteral("etc/key.pem"))
              << QStringLiteral("-out") << path(QStringLiteral("etc/cert.pem"))
              << QStringLiteral("-subj") << QStringLiteral("/CN=") + host
              << QStringLiteral("-addext")
              << QStringLiteral("subjectAltName=DNS:%1,IP:127.0.0.1").arg(host);
    return run(QStringLiteral("openssl"), arguments, commandTimeoutMs);
}

// Free ports right now: bound to port 0, read back, released. Another process can take one
// before Postfix binds it; launch() then retries with new ports.
bool PostfixFixture::pickPorts()
{
    QTcpServer v4, tls, v6;
    if (!v4.listen(QHostAddress::LocalHost, 0)
        || (m_options.implicitTls && !tls.listen(QHostAddress::LocalHost, 0))
        || (m_options.ipv6 && !v6.listen(QHostAddress::LocalHostIPv6, 0))) {
        m_error = QStringLiteral("Cannot find a free loopback port (IPv6 %1): %2")
                      .arg(m_options.ipv6 ? QStringLiteral("requested") : QStringLiteral("off"),
                           v4.errorString() + QLatin1Char(' ') + tls.errorString()
                               + QLatin1Char(' ') + v6.errorString());
        return false;
    }
    m_port = v4.serverPort();
    m_implicitTlsPort = m_options.implicitTls ? tls.serverPort() : 0;
    m_ipv6Port = m_options.ipv6 ? v6.serverPort() : 0;
    return true;
}

bool PostfixFixture::writeConfig()
{
    const Options &o = m_options;
    QByteArray mainCf = mainCfTemplate;
    mainCf.replace("@DIR@", QFile::encodeName(m_dir->path()))
        .replace("@HOSTNAME@", o.myHostname.toUtf8())
        .replace("@DOMAIN@", o.myDomain.toUtf8())
        .replace("@PROTOCOLS@", o.ipv6 ? "all" : "ipv4")
        .replace("@MYNETWORKS@", o.openRelay ? "127.0.0.0/8" : "192.0.2.1/32")
        .replace("@BANNER@",
                 o.banner == Banner::Leaky ? "$myhostname ESMTP $mail_name $mail_version"
                                           : "$myhostname ESMTP");
    mainCf += o.tls ? "smtpd_tls_security_level = may\n"
                      "smtpd_tls_cert_file = $config_directory/cert.pem\n"
                      "smtpd_tls_key_file = $config_directory/key.pem\n"
                    : "smtpd_tls_security_level = none\n";
    // Overrides replace the line they override: Postfix warns about every duplicate key.
    for (const auto &[key, value] : o.mainCf) {
        const QByteArray line = key.toUtf8() + " = " + value.toUtf8();
        const QByteArray prefix = '\n' + key.toUtf8() + " =";
        const qsizetype at = mainCf.indexOf(prefix);
        if (at < 0) {
            mainCf += line + '\n';
        } else {
            const qsizetype end = mainCf.indexOf('\n', at + 1);
            mainCf.replace(at + 1, end - at - 1, line);
        }
    }

    QByteArray masterCf = "# Written by mxscope's PostfixFixture: loopback listeners only.\n";
    masterCf += "127.0.0.1:" + QByteArray::number(m_port) + " inet n - n - - smtpd\n";
    if (m_implicitTlsPort) {
        masterCf += "127.0.0.1:" + QByteArray::number(m_implicitTlsPort)
            + " inet n - n - - smtpd\n  -o smtpd_tls_wrappermode=yes\n";
    }
    if (m_ipv6Port)
        masterCf += "[::1]:" + QByteArray::number(m_ipv6Port) + " inet n - n - - smtpd\n";
    masterCf += internalServices;

    return writeFile(path(QStringLiteral("etc/main.cf")), mainCf, &m_error)
        && writeFile(path(QStringLiteral("etc/master.cf")), masterCf, &m_error);
}

bool PostfixFixture::buildMaps()
{
    QByteArray users;
    for (const QString &user : std::as_const(m_options.users))
        users += user.toUtf8() + " OK\n";
    QByteArray aliases;
    bool havePostmaster = false;
    for (const auto &[name, members] : std::as_const(m_options.aliases)) {
        havePostmaster = havePostmaster || name == QLatin1String("postmaster");
        aliases += name.toUtf8() + ": " + members.join(QStringLiteral(", ")).toUtf8() + '\n';
    }
    if (!havePostmaster)
        aliases += "postmaster: root\n";
    const QString usersFile = path(QStringLiteral("etc/users"));
    const QString aliasesFile = path(QStringLiteral("etc/aliases"));
    return writeFile(usersFile, users, &m_error) && writeFile(aliasesFile, aliases, &m_error)
        && run(postmapProgram,
               {QStringLiteral("-c"), configDir(), QStringLiteral("hash:") + usersFile},
               commandTimeoutMs)
        && run(postaliasProgram,
               {QStringLiteral("-c"), configDir(), QStringLiteral("hash:") + aliasesFile},
               commandTimeoutMs);
}

bool PostfixFixture::launch()
{
    const QStringList startArgs = {QStringLiteral("-c"), configDir(), QStringLiteral("start")};
    for (int attempt = 1;; ++attempt) {
        if (run(postfixProgram, startArgs, commandTimeoutMs))
            break;
        // Someone took a port between pickPorts() and the master's bind(): try new ones.
        if (attempt >= 3 || !maillog().contains(QLatin1String("Address already in use")))
            return false;
        m_commandLog += QStringLiteral("(port taken; retrying with other ports)\n");
        if (!pickPorts() || !writeConfig())
            return false;
    }
    m_started = true;
    // "postfix start" returns once the master is up (master -w), so the pid file is there.
    if (!QTest::qWaitFor([this] { return PostfixMasters::processAlive(readMasterPid()); }, 5000)) {
        m_error = QStringLiteral("postfix start succeeded but no master is running (%1).")
                      .arg(queueDir() + QStringLiteral("/pid/master.pid"));
        return false;
    }
    m_masterPid = readMasterPid();
    PostfixMasters::registerMaster(m_masterPid, queueDir(), m_dir->path());
    return true;
}

qint64 PostfixFixture::readMasterPid() const
{
    QFile file(path(QStringLiteral("queue/pid/master.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

// Connects until the port answers with a complete 220 line (through TLS for the wrapper
// port), then says QUIT. Polls through QTest::qWaitFor: no sleeps, bounded.
bool PostfixFixture::waitForGreeting(quint16 port, int timeoutMs)
{
    const bool tls = port == m_implicitTlsPort;
    const QHostAddress address = port == m_ipv6Port ? QHostAddress(QHostAddress::LocalHostIPv6)
                                                    : QHostAddress(QHostAddress::LocalHost);
    QSslSocket socket;
    QObject::connect(&socket, &QSslSocket::sslErrors, &socket,
                     [&socket](const QList<QSslError> &errors) { socket.ignoreSslErrors(errors); });
    QByteArray received;
    QString lastProblem;
    QElapsedTimer sinceAttempt;
    auto attempt = [&] {
        socket.abort();
        received.clear();
        sinceAttempt.start();
        if (tls)
            socket.connectToHostEncrypted(address.toString(), port);
        else
            socket.connectToHost(address, port);
    };
    attempt();
    const bool greeted = QTest::qWaitFor(
        [&] {
            if (socket.state() == QAbstractSocket::ConnectedState
                && (!tls || socket.isEncrypted())) {
                received += socket.readAll();
                if (!received.contains('\n'))
                    return false;
                if (received.startsWith("220 ") || received.startsWith("220-"))
                    return true;
                lastProblem = QStringLiteral("greeting was \"%1\"")
                                  .arg(QString::fromLatin1(received.trimmed()));
                attempt();
            } else if (socket.state() == QAbstractSocket::UnconnectedState
                       && sinceAttempt.elapsed() >= 100) {
                lastProblem = socket.errorString();
                attempt();
            }
            return false;
        },
        timeoutMs);
    if (!greeted) {
        m_error = QStringLiteral("Postfix on %1 port %2 gave no 220 greeting within %3 ms (%4).")
                      .arg(address.toString())
                      .arg(port)
                      .arg(timeoutMs)
                      .arg(lastProblem);
        return false;
    }
    // Wait for the 221, so the probe shows in the maillog as a clean session.
    received.clear();
    socket.write("QUIT\r\n");
    (void)QTest::qWaitFor(
        [&] {
            received += socket.readAll();
            return received.contains('\n') || socket.state() != QAbstractSocket::ConnectedState;
        },
        2000);
    socket.disconnectFromHost();
    (void)QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                          1000);
    return true;
}

bool PostfixFixture::run(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/sbin:/usr/bin:/sbin:/bin"));
    env.remove(QStringLiteral("MAIL_CONFIG"));
    process.setProcessEnvironment(env);
    m_commandLog += QStringLiteral("$ %1 %2\n").arg(program, arguments.join(QLatin1Char(' ')));
    process.start(program, arguments);
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished)
        process.kill();
    process.waitForFinished(1000);
    const QString output = QString::fromLocal8Bit(process.readAll());
    m_commandLog += output;
    if (!output.isEmpty() && !output.endsWith(QLatin1Char('\n')))
        m_commandLog += QLatin1Char('\n');
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("%1 %2 failed (%3).")
                      .arg(QFileInfo(program).fileName(), arguments.constLast(),
                           !finished ? QStringLiteral("no exit within %1 ms").arg(timeoutMs)
                               : process.error() == QProcess::FailedToStart
                               ? process.errorString()
                               : QStringLiteral("exit code %1").arg(process.exitCode()));
        m_commandLog += QStringLiteral("(%1)\n").arg(m_error);
        return false;
    }
    return true;
}

void PostfixFixture::stop()
{
    if (!m_dir)
        return;
    const QString queue = queueDir();
    if (m_started && PostfixMasters::isMasterOf(m_masterPid, queue)) {
        // Politely first, while Qt is still there; signals are the fallback and the only
        // way once main() has returned.
        if (QCoreApplication::instance()) {
            run(postfixProgram, {QStringLiteral("-c"), configDir(), QStringLiteral("stop")},
                stopTimeoutMs);
            (void)QTest::qWaitFor([this] { return !PostfixMasters::processAlive(m_masterPid); },
                                  stopTimeoutMs);
        }
        PostfixMasters::terminateMaster(m_masterPid, queue, stopTimeoutMs);
    }
    if (m_masterPid)
        PostfixMasters::unregisterMaster(m_masterPid);
    m_started = false;
    m_masterPid = 0;
    m_dir.reset();
}

bool PostfixFixture::isRunning() const
{
    return m_started && PostfixMasters::processAlive(m_masterPid);
}

SessionOptions PostfixFixture::sessionOptions(TlsMode tls) const
{
    SessionOptions options;
    options.host = host();
    options.port = tls == TlsMode::Implicit ? m_implicitTlsPort : m_port;
    options.tls = tls;
    options.heloName = QStringLiteral("client.mxscope.test");
    options.timeouts.connectMs = 5000;
    options.timeouts.tlsHandshakeMs = 5000;
    options.timeouts.greetingMs = 10'000;
    options.timeouts.commandMs = 10'000;
    options.timeouts.dataEndMs = 15'000;
    return options;
}

QString PostfixFixture::maillog() const
{
    QFile file(path(QStringLiteral("maillog")));
    if (!m_dir || !file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString PostfixFixture::diagnostics() const
{
    QStringList log = maillog().split(QLatin1Char('\n'));
    if (log.size() > 60)
        log = log.mid(log.size() - 60);
    return QStringLiteral("%1\n--- commands (%2) ---\n%3--- maillog (last lines) ---\n%4")
        .arg(m_error.isEmpty() ? QStringLiteral("(no error)") : m_error,
             m_dir ? m_dir->path() : QStringLiteral("no directory"), m_commandLog,
             log.join(QLatin1Char('\n')));
}

bool PostfixFixture::waitForLog(const QString &text, int timeoutMs) const
{
    return QTest::qWaitFor([&] { return maillog().contains(text); }, timeoutMs);
}

PostfixFixture *PostfixFixture::shared(const QString &name, const Options &options)
{
    auto &instances = sharedInstances();
    auto it = instances.find(name);
    if (it == instances.end()) {
        it = instances.emplace(name, std::make_unique<PostfixFixture>(options)).first;
        it->second->start();
    }
    return it->second.get();
}

void PostfixFixture::releaseShared(const QString &name)
{
    sharedInstances().erase(name);
}

void PostfixFixture::releaseAllShared()
{
    sharedInstances().clear();
}

} // namespace mxscope::testing
