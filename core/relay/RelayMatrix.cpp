// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayMatrix.h"

#include "relay/RelayAddress.h"

namespace mxscope {

namespace {

// Collects variants in order; an envelope seen before only adds its sources.
class Builder
{
public:
    void add(const QString &id, const QString &mailFrom, const QString &rcptTo,
             const QString &description, const QStringList &sources)
    {
        for (RelayVariant &existing : m_variants) {
            if (existing.mailFrom == mailFrom && existing.rcptTo == rcptTo) {
                for (const QString &source : sources) {
                    if (!existing.sources.contains(source))
                        existing.sources.append(source);
                }
                return;
            }
        }
        m_variants.append({id, mailFrom, rcptTo, description, sources});
    }
    QList<RelayVariant> take() { return std::move(m_variants); }

private:
    QList<RelayVariant> m_variants;
};

QString angle(const QString &path)
{
    return QLatin1Char('<') + path + QLatin1Char('>');
}

QString numbered(const char *tool, int number)
{
    return QStringLiteral("%1 %2").arg(QLatin1String(tool)).arg(number);
}

} // namespace

QString RelayMatrix::targetName(const std::optional<SmtpReply> &greeting, const QString &ehloName,
                                const QString &typedHost)
{
    if (greeting && !greeting->lines.isEmpty()) {
        const QString first = QString::fromUtf8(greeting->lines.constFirst())
                                  .section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty);
        if (RelayAddress::isHostName(first))
            return first;
    }
    if (RelayAddress::isHostName(ehloName))
        return ehloName;
    const QString literal = RelayAddress::literal(typedHost);
    return literal.isEmpty() ? typedHost : literal;
}

QList<RelayVariant> RelayMatrix::build(const RelayMatrixInput &input)
{
    const RelayAddress::Parts rcpt = RelayAddress::split(input.recipient);
    const QString u = rcpt.local;
    const QString x = rcpt.domain;
    const RelayAddress::Parts from = RelayAddress::split(input.sender);
    const QString s = from.local.isEmpty() ? QStringLiteral("relaytest") : from.local;
    const QString sd = from.domain.isEmpty() ? x : from.domain;
    QString ip = RelayAddress::literal(input.targetAddress);
    const QString t = input.targetName.isEmpty() ? ip : input.targetName;
    if (ip.isEmpty())
        ip = t;
    const QString parent = RelayAddress::parentDomain(t);

    const QString at = QStringLiteral("@");
    const QString ext = u + at + x; // u@x
    const QString own = s + at + sd; // the user's sender as given

    // Senders (MAIL FROM paths) and what they try.
    const QString nullSender = QStringLiteral("<>");
    const QString fromExt = angle(s + at + x);
    const QString fromHost = angle(s + at + t);
    const QString fromIp = angle(s + at + ip);
    const QString fromOwn = angle(own);
    const QString nullPhrase = tr("null sender <> (the bounce address)");
    const QString extPhrase = tr("in the recipient's external domain");
    const QString hostPhrase = tr("at the server's own host name");
    const QString ipPhrase = tr("at the server's IP address literal");
    const QString ownPhrase = tr("your sender address");

    // Recipient forms, as nmap and abuse.net number them.
    struct Form {
        QString path;
        QString phrase;
    };
    const Form plain {angle(ext), tr("External recipient")};
    const Form percentIp {angle(u + QLatin1Char('%') + x + at + ip),
                          tr("Percent hack via the server's IP literal")};
    const Form percentHost {angle(u + QLatin1Char('%') + x + at + t),
                            tr("Percent hack via the server's host name")};
    const Form quotedWhole {angle(QLatin1Char('"') + ext + QLatin1Char('"')),
                            tr("Whole address quoted as one local part")};
    const Form quotedPercent {angle(QLatin1Char('"') + u + QLatin1Char('%') + x + QLatin1Char('"')),
                              tr("Quoted percent hack with no domain")};
    const Form doubleAtIp {angle(ext + at + ip), tr("Two @ signs, the server's IP literal last")};
    const Form quotedAtIp {angle(QLatin1Char('"') + ext + QLatin1Char('"') + at + ip),
                           tr("Quoted address at the server's IP literal")};
    const Form doubleAtHost {angle(ext + at + t), tr("Two @ signs, the server's host name last")};
    const Form quotedAtHost {angle(QLatin1Char('"') + ext + QLatin1Char('"') + at + t),
                             tr("Quoted address at the server's host name")};
    const Form routeIp {angle(at + ip + QLatin1Char(':') + ext),
                        tr("Source route via the server's IP literal")};
    const Form routeHost {angle(at + t + QLatin1Char(':') + ext),
                          tr("Source route via the server's host name")};
    const Form bang {angle(x + QLatin1Char('!') + u), tr("UUCP bang path with no domain")};
    const Form bangIp {angle(x + QLatin1Char('!') + u + at + ip),
                       tr("Bang path at the server's IP literal")};
    const Form bangHost {angle(x + QLatin1Char('!') + u + at + t),
                         tr("Bang path at the server's host name")};

    auto describe = [](const QString &recipientPhrase, const QString &senderPhrase) {
        //: %1 describes the recipient form, %2 the sender, e.g. "External recipient; sender at
        //: localhost".
        return tr("%1; sender %2").arg(recipientPhrase, senderPhrase);
    };

    Builder b;
    // nmap smtp-open-relay, in its order: four senders to the plain recipient, then every
    // recipient trick from the server's own IP literal.
    b.add(QStringLiteral("nmap-01"), nullSender, plain.path, describe(plain.phrase, nullPhrase),
          {numbered("nmap", 1), numbered("abuse.net", 1), numbered("MAPS", 5),
           QStringLiteral("DSBL")});
    b.add(QStringLiteral("nmap-02"), fromExt, plain.path, describe(plain.phrase, extPhrase),
          {numbered("nmap", 2), numbered("abuse.net", 3), numbered("MAPS", 1),
           QStringLiteral("DSBL"), numbered("mailradar", 0)});
    b.add(QStringLiteral("nmap-03"), fromHost, plain.path, describe(plain.phrase, hostPhrase),
          {numbered("nmap", 3), numbered("abuse.net", 4), numbered("MAPS", 6)});
    b.add(QStringLiteral("nmap-04"), fromIp, plain.path, describe(plain.phrase, ipPhrase),
          {numbered("nmap", 4), numbered("abuse.net", 5)});
    const Form nmapForms[]
        = {percentIp,    percentHost, quotedWhole, quotedPercent, doubleAtIp, quotedAtIp,
           doubleAtHost, routeIp,     routeHost,   bang,          bangIp,     bangHost};
    for (int i = 0; i < 12; ++i) {
        const int number = 5 + i;
        QStringList sources {numbered("nmap", number)};
        if (number == 8)
            sources.append(numbered("mailradar", 8));
        b.add(QStringLiteral("nmap-%1").arg(number, 2, 10, QLatin1Char('0')), fromIp,
              nmapForms[i].path, describe(nmapForms[i].phrase, ipPhrase), sources);
    }

    // The abuse.net list (Metasploit PR #105 numbering): five senders, then every trick
    // from the server's own host name.
    b.add(QStringLiteral("abuse-02"), angle(s), plain.path,
          describe(plain.phrase, tr("unqualified (no domain)")),
          {numbered("abuse.net", 2), numbered("MAPS", 4), QStringLiteral("DSBL")});
    const Form abuseForms[]
        = {percentHost, percentIp, quotedWhole, quotedPercent, doubleAtHost, quotedAtHost,
           doubleAtIp,  routeHost, routeIp,     bang,          bangHost,     bangIp};
    for (int i = 0; i < 12; ++i) {
        const int number = 6 + i;
        b.add(QStringLiteral("abuse-%1").arg(number, 2, 10, QLatin1Char('0')), fromHost,
              abuseForms[i].path, describe(abuseForms[i].phrase, hostPhrase),
              {numbered("abuse.net", number)});
    }

    // MAPS, DSBL and mailradar extras: other senders to the plain recipient.
    b.add(QStringLiteral("own-sender"), fromOwn, plain.path, describe(plain.phrase, ownPhrase),
          {numbered("MAPS", 2)});
    b.add(QStringLiteral("localhost-sender"), angle(s + QStringLiteral("@localhost")), plain.path,
          describe(plain.phrase, tr("at localhost")),
          {numbered("MAPS", 3), QStringLiteral("DSBL")});
    b.add(QStringLiteral("loopback-sender"), angle(s + QStringLiteral("@[127.0.0.1]")), plain.path,
          describe(plain.phrase, tr("at the loopback literal [127.0.0.1]")),
          {QStringLiteral("DSBL")});
    b.add(QStringLiteral("bang-sender"), angle(sd + QLatin1Char('!') + s), plain.path,
          describe(plain.phrase, tr("as a bang path (domain!user)")), {QStringLiteral("DSBL")});
    if (!parent.isEmpty()) {
        b.add(QStringLiteral("own-domain-sender"), angle(s + at + parent), plain.path,
              describe(plain.phrase, tr("at the server's own domain")),
              {numbered("MAPS", 6), QStringLiteral("DSBL")});
    }
    b.add(QStringLiteral("unbracketed-sender"), own, plain.path,
          describe(plain.phrase, tr("without angle brackets")), {QStringLiteral("mxscope")});
    b.add(QStringLiteral("quoted-sender"), angle(QLatin1Char('"') + own + QLatin1Char('"')),
          plain.path, describe(plain.phrase, tr("quoted as one local part")),
          {QStringLiteral("mxscope")});

    // ...and other recipient forms from the user's own sender.
    b.add(QStringLiteral("unbracketed-recipient"), fromOwn, ext,
          describe(tr("External recipient without angle brackets"), ownPhrase),
          {QStringLiteral("DSBL"), numbered("mailradar", 1)});
    b.add(QStringLiteral("trailing-at"), fromIp, angle(ext + at),
          describe(tr("Trailing @ after the external address"), ipPhrase),
          {numbered("mailradar", 18)});
    b.add(QStringLiteral("quoted-recipient"), fromOwn, quotedWhole.path,
          describe(quotedWhole.phrase, ownPhrase),
          {QStringLiteral("MAPS quote"), QStringLiteral("DSBL")});
    b.add(QStringLiteral("quoted-local-part"), fromOwn,
          angle(QLatin1Char('"') + u + QLatin1Char('"') + at + x),
          describe(tr("Quoted local part at the external domain"), ownPhrase),
          {QStringLiteral("mxscope")});
    b.add(QStringLiteral("localhost-percent"), angle(s + QStringLiteral("@localhost")),
          angle(u + QLatin1Char('%') + x + QStringLiteral("@localhost")),
          describe(tr("Percent hack via localhost"), tr("at localhost")), {QStringLiteral("DSBL")});
    b.add(QStringLiteral("loopback-percent"), angle(s + QStringLiteral("@[127.0.0.1]")),
          angle(u + QLatin1Char('%') + x + QStringLiteral("@[127.0.0.1]")),
          describe(tr("Percent hack via [127.0.0.1]"), tr("at the loopback literal [127.0.0.1]")),
          {QStringLiteral("DSBL")});
    return b.take();
}

} // namespace mxscope
