// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "PracticeServerCommand.h"

#include "CliCommand.h"
#include "CliText.h"
#include "StopSignals.h"
#include "practice/PracticeServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTextStream>

using namespace mxscope;
using namespace mxscope::cli;

namespace {

const QString errorPrefix = QStringLiteral("mxscope-cli practice-server: ");

QString hostAndPort(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return host + QLatin1Char(':') + QString::number(port);
}

void listProfiles(QTextStream &out)
{
    for (const QString &name : PracticeProfile::names())
        out << name.leftJustified(20) << PracticeProfile::byName(name)->description() << '\n';
}

bool isPlainDomain(const QString &domain)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$"));
    return pattern.match(domain).hasMatch();
}

} // namespace

int runPracticeServerCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Runs a practice SMTP server on the loopback interface that behaves like the chosen "
        "kind of mail server. It never delivers mail. Stop it with Ctrl+C."));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"),
                                           CliText::tr("Behaviour to play (see --list-profiles); "
                                                       "default: hardened."),
                                           CliText::tr("name"), QStringLiteral("hardened"));
    const QCommandLineOption portOption(QStringLiteral("port"),
                                        CliText::tr("TCP port; 0 picks a free one. Default: 2525."),
                                        CliText::tr("port"), QStringLiteral("2525"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
                                        CliText::tr("Loopback address to listen on: 127.0.0.1 "
                                                    "(default) or ::1."),
                                        CliText::tr("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption implicitTlsOption(
        QStringLiteral("implicit-tls"),
        CliText::tr("Speak TLS from the first byte, like "
                    "port 465, instead of offering STARTTLS."));
    const QCommandLineOption usersOption(QStringLiteral("users"),
                                         CliText::tr("Mailboxes the server knows, one name per "
                                                     "line; \"list: member member\" makes a list."),
                                         CliText::tr("file"));
    const QCommandLineOption domainOption(QStringLiteral("domain"),
                                          CliText::tr("Local mail domain (repeatable); default: "
                                                      "practice.test."),
                                          CliText::tr("domain"));
    const QCommandLineOption listOption(QStringLiteral("list-profiles"),
                                        CliText::tr("List the profiles and exit."));
    parser.addOptions({profileOption, portOption, bindOption, implicitTlsOption, usersOption,
                       domainOption, listOption});
    if (!parser.parse(arguments)) {
        err << errorPrefix << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // Name the subcommand in the usage line, not just the executable.
        QString help = parser.helpText();
        const QString executable = QCoreApplication::arguments().value(0);
        if (!executable.isEmpty() && !arguments.isEmpty())
            help.replace(help.indexOf(executable), executable.size(), arguments.constFirst());
        out << help;
        return ExitOk;
    }
    if (parser.isSet(listOption)) {
        listProfiles(out);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << errorPrefix
            << CliText::tr("unexpected argument '%1'")
                   .arg(parser.positionalArguments().constFirst())
            << Qt::endl;
        return ExitUsage;
    }
    const auto profile = PracticeProfile::byName(parser.value(profileOption));
    if (!profile) {
        err << errorPrefix
            << CliText::tr("unknown profile '%1' (see --list-profiles)")
                   .arg(parser.value(profileOption))
            << Qt::endl;
        return ExitUsage;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        err << errorPrefix << CliText::tr("--port needs a number from 0 to 65535") << Qt::endl;
        return ExitUsage;
    }
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull() || !address.isLoopback()) {
        err << errorPrefix
            << CliText::tr("--bind must be a loopback address (127.0.0.1 or ::1), not '%1'")
                   .arg(parser.value(bindOption))
            << Qt::endl;
        return ExitUsage;
    }
    PracticeDirectory directory;
    if (parser.isSet(domainOption)) {
        QStringList domains = parser.values(domainOption);
        for (const QString &domain : std::as_const(domains)) {
            if (!isPlainDomain(domain)) {
                err << errorPrefix << CliText::tr("'%1' is not a domain name").arg(domain)
                    << Qt::endl;
                return ExitUsage;
            }
        }
        if (!domains.contains(QLatin1String("localhost"), Qt::CaseInsensitive))
            domains.append(QStringLiteral("localhost"));
        directory.domains = domains;
    }
    QString error;
    if (parser.isSet(usersOption) && !directory.loadUsersFile(parser.value(usersOption), &error)) {
        err << errorPrefix << error << Qt::endl;
        return ExitUsage;
    }

    // Before the "listening" line: a script may send SIGTERM as soon as it has read it.
    const mxscope::cli::StopSignals stopSignals([] { QCoreApplication::quit(); });
    PracticeServer server(*profile);
    server.setDirectory(directory);
    server.setImplicitTls(parser.isSet(implicitTlsOption));
    if (!server.listen(address, quint16(port))) {
        err << errorPrefix << server.errorString() << Qt::endl;
        return ExitCheckFailed;
    }
    if (server.implicitTls())
        err << CliText::tr("Implicit TLS: clients must start with a TLS handshake.") << Qt::endl;
    else if (!server.tlsAvailable())
        err << CliText::tr("TLS is off: %1.").arg(server.tlsUnavailableReason()) << Qt::endl;
    // One flushed line on stdout, so a script can read the port chosen for --port 0.
    out << "mxscope practice server (" << profile->name << ") listening on "
        << hostAndPort(server.serverAddress(), server.serverPort()) << Qt::endl;

    QObject::connect(
        &server, &PracticeServer::sessionOpened, &server, [&err](quint64 id, const QString &peer) {
            err << '#' << id << ' ' << CliText::tr("connection from %1").arg(peer) << Qt::endl;
        });
    QObject::connect(
        &server, &PracticeServer::commandReceived, &server,
        [&err](quint64 id, const QString &line) { err << '#' << id << " < " << line << Qt::endl; });
    QObject::connect(&server, &PracticeServer::messageReceived, &server,
                     [&err](quint64 id, qint64 bytes) {
                         err << '#' << id << ' '
                             << CliText::tr("message of %1 bytes discarded").arg(bytes) << Qt::endl;
                     });
    QObject::connect(&server, &PracticeServer::sessionClosed, &server, [&err](quint64 id) {
        err << '#' << id << ' ' << CliText::tr("closed") << Qt::endl;
    });
    QObject::connect(
        &server, &PracticeServer::connectionRefused, &server, [&err](const QString &peer) {
            err << CliText::tr("refused %1: too many connections").arg(peer) << Qt::endl;
        });

    QCoreApplication::exec();
    server.close();
    err << CliText::tr("Practice server stopped.") << Qt::endl;
    return ExitOk;
}
