// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "practice/PracticeProfile.h"

namespace mxscope {

namespace {

// What Sendmail 8.15 answers to HELP, version and all.
constexpr char sendmailHelp[]
    = "2.0.0 This is sendmail version 8.15.2\n"
      "2.0.0 Topics:\n"
      "2.0.0 \tHELO\tEHLO\tMAIL\tRCPT\tDATA\n"
      "2.0.0 \tRSET\tNOOP\tQUIT\tHELP\tVRFY\n"
      "2.0.0 \tEXPN\tVERB\tETRN\tDSN\tAUTH\n"
      "2.0.0 \tSTARTTLS\n"
      "2.0.0 For more info use \"HELP <topic>\".\n"
      "2.0.0 To report bugs in the implementation contact the vendor.\n"
      "2.0.0 For local information send email to Postmaster at your site.\n"
      "2.0.0 End of HELP info";

PracticeProfile hardened()
{
    PracticeProfile p;
    p.name = QStringLiteral("hardened");
    return p;
}

PracticeProfile leaky()
{
    PracticeProfile p;
    p.name = QStringLiteral("leaky");
    p.hostName = "mail01.corp.internal";
    p.bannerText = "ESMTP Sendmail 8.15.2/8.15.2";
    p.bannerDate = true;
    p.chattyHello = true;
    p.authBeforeTls = true;
    p.vrfy = PracticeVrfy::Reveal;
    p.expn = true;
    p.helpText = sendmailHelp;
    p.acceptUnknownLocal = true;
    p.errorLimit = 0;
    return p;
}

PracticeProfile openRelay()
{
    PracticeProfile p;
    p.name = QStringLiteral("open-relay");
    p.openRelay = true;
    p.vrfy = PracticeVrfy::PostfixStyle;
    p.errorLimit = 0;
    return p;
}

PracticeProfile catchAll()
{
    PracticeProfile p;
    p.name = QStringLiteral("catch-all");
    p.acceptUnknownLocal = true;
    p.vrfy = PracticeVrfy::CannotVerify;
    return p;
}

PracticeProfile tarpit()
{
    PracticeProfile p;
    p.name = QStringLiteral("tarpit");
    p.tarpitBaseMs = 200;
    p.tarpitMaxMs = 3200;
    p.errorLimit = 5;
    p.errorLimitText = "4.7.0 Too many errors";
    return p;
}

PracticeProfile filtering()
{
    PracticeProfile p;
    p.name = QStringLiteral("filtering");
    p.contentFilter = true;
    return p;
}

PracticeProfile hostile(const char *name)
{
    PracticeProfile p;
    p.name = QString::fromLatin1(name);
    p.offerStartTls = false;
    return p;
}

PracticeProfile hostileMix()
{
    PracticeProfile p = hostile("hostile");
    p.onCommand = {
        {"EHLO", PracticeMisbehaviour::EndlessReply}, {"HELO", PracticeMisbehaviour::LongLine},
        {"HELP", PracticeMisbehaviour::Garbage},      {"VRFY", PracticeMisbehaviour::Garbage},
        {"EXPN", PracticeMisbehaviour::Garbage},      {"DATA", PracticeMisbehaviour::ResetInData}};
    return p;
}

PracticeProfile hostileFromGreeting(const char *name, PracticeMisbehaviour misbehaviour)
{
    PracticeProfile p = hostile(name);
    p.fromGreeting = misbehaviour;
    return p;
}

PracticeProfile hostileResetData()
{
    PracticeProfile p = hostile("hostile-reset-data");
    p.onCommand = {{"DATA", PracticeMisbehaviour::ResetInData}};
    return p;
}

QList<PracticeProfile> allProfiles()
{
    return {hardened(),
            leaky(),
            openRelay(),
            catchAll(),
            tarpit(),
            filtering(),
            hostileMix(),
            hostileFromGreeting("hostile-long-line", PracticeMisbehaviour::LongLine),
            hostileFromGreeting("hostile-endless", PracticeMisbehaviour::EndlessReply),
            hostileFromGreeting("hostile-garbage", PracticeMisbehaviour::Garbage),
            hostileFromGreeting("hostile-drip", PracticeMisbehaviour::Drip),
            hostileResetData()};
}

} // namespace

QString PracticeProfile::description() const
{
    if (name == QLatin1String("hardened"))
        return tr("A well-configured Postfix: neutral banner, STARTTLS, AUTH only after TLS, VRFY "
                  "answers 252 to everyone, no EXPN, unknown users and relaying refused, 421 after "
                  "20 errors.");
    if (name == QLatin1String("leaky"))
        return tr("An old Sendmail that gives everything away: software, version and an internal "
                  "host in the banner, VRFY and EXPN on, HELP with the version, AUTH before TLS, "
                  "unknown recipients accepted (backscatter).");
    if (name == QLatin1String("open-relay"))
        return tr("Accepts mail for any recipient in any domain from anyone; VRFY tells known "
                  "from unknown users the way Postfix does (252 or 550).");
    if (name == QLatin1String("catch-all"))
        return tr("Accepts any local part at its own domains and answers VRFY with 252 for "
                  "everyone, so enumeration cannot tell real users from made-up ones.");
    if (name == QLatin1String("tarpit"))
        return tr("Delays each error reply longer than the last (0.2 s, 0.4 s, 0.8 s, ...) and "
                  "closes with 421 after 5 errors.");
    if (name == QLatin1String("filtering"))
        return tr("Like hardened, with a content filter that refuses the EICAR test file (in the "
                  "body or as an attachment) with 554 5.7.1 and GTUBE with 550 5.7.1.");
    if (name == QLatin1String("hostile"))
        return tr("Greets normally, then attacks the client: endless reply to EHLO, a 1 MiB line "
                  "to HELO, binary garbage to HELP, VRFY and EXPN, a reset during DATA.");
    if (name == QLatin1String("hostile-long-line"))
        return tr("Greets with a single reply line 1 MiB long.");
    if (name == QLatin1String("hostile-endless"))
        return tr("Greets with a multi-line reply that never ends.");
    if (name == QLatin1String("hostile-garbage"))
        return tr("Greets with binary garbage and NUL bytes, then hangs up.");
    if (name == QLatin1String("hostile-drip"))
        return tr("Sends every reply one byte at a time, one byte every 200 ms.");
    if (name == QLatin1String("hostile-reset-data"))
        return tr("Behaves normally until DATA, then resets the connection in the middle of the "
                  "message.");
    return {};
}

std::optional<PracticeProfile> PracticeProfile::byName(const QString &name)
{
    for (PracticeProfile &profile : allProfiles()) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return std::move(profile);
    }
    return std::nullopt;
}

QStringList PracticeProfile::names()
{
    QStringList list;
    for (const PracticeProfile &profile : allProfiles())
        list.append(profile.name);
    return list;
}

} // namespace mxscope
