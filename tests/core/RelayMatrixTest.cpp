// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "relay/RelayMatrix.h"
#include "QtPrinters.h"
#include "relay/RelayAddress.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace mxscope;

namespace {

const RelayMatrixInput typical {QStringLiteral("tester@client.example"),
                                QStringLiteral("victim@outside.example"),
                                QStringLiteral("mx.example.org"), QStringLiteral("192.0.2.25")};

const RelayVariant *byId(const QList<RelayVariant> &variants, const QString &id)
{
    for (const RelayVariant &v : variants) {
        if (v.id == id)
            return &v;
    }
    return nullptr;
}

const RelayVariant *byEnvelope(const QList<RelayVariant> &variants, const QString &from,
                               const QString &to)
{
    for (const RelayVariant &v : variants) {
        if (v.mailFrom == from && v.rcptTo == to)
            return &v;
    }
    return nullptr;
}

} // namespace

TEST(RelayMatrixTest, AtLeastThirtyDistinctVariants)
{
    const QList<RelayVariant> variants = RelayMatrix::build(typical);
    EXPECT_GE(variants.size(), 30);
    EXPECT_EQ(variants.size(), 42);
    QSet<QString> ids, envelopes;
    for (const RelayVariant &v : variants) {
        ids.insert(v.id);
        envelopes.insert(v.mailFrom + QLatin1Char('\n') + v.rcptTo);
        EXPECT_FALSE(v.description.isEmpty()) << v.id.toStdString();
        EXPECT_FALSE(v.sources.isEmpty()) << v.id.toStdString();
    }
    EXPECT_EQ(ids.size(), variants.size());
    EXPECT_EQ(envelopes.size(), variants.size());
}

TEST(RelayMatrixTest, EveryNmapAndAbuseNetTestIsCovered)
{
    const QList<RelayVariant> variants = RelayMatrix::build(typical);
    QSet<QString> sources;
    for (const RelayVariant &v : variants) {
        for (const QString &source : v.sources)
            sources.insert(source);
    }
    for (int n = 1; n <= 16; ++n)
        EXPECT_TRUE(sources.contains(QStringLiteral("nmap %1").arg(n))) << n;
    for (int n = 1; n <= 17; ++n)
        EXPECT_TRUE(sources.contains(QStringLiteral("abuse.net %1").arg(n))) << n;
    EXPECT_TRUE(sources.contains(QStringLiteral("mailradar 18")));
    EXPECT_TRUE(sources.contains(QStringLiteral("MAPS quote")));
}

TEST(RelayMatrixTest, ExactForms)
{
    const QList<RelayVariant> v = RelayMatrix::build(typical);
    const struct {
        const char *id;
        const char *from;
        const char *to;
    } expected[] = {
        {"nmap-01", "<>", "<victim@outside.example>"},
        {"nmap-02", "<tester@outside.example>", "<victim@outside.example>"},
        {"nmap-03", "<tester@mx.example.org>", "<victim@outside.example>"},
        {"nmap-05", "<tester@[192.0.2.25]>", "<victim%outside.example@[192.0.2.25]>"},
        {"nmap-07", "<tester@[192.0.2.25]>", "<\"victim@outside.example\">"},
        {"nmap-10", "<tester@[192.0.2.25]>", "<\"victim@outside.example\"@[192.0.2.25]>"},
        {"nmap-12", "<tester@[192.0.2.25]>", "<@[192.0.2.25]:victim@outside.example>"},
        {"nmap-13", "<tester@[192.0.2.25]>", "<@mx.example.org:victim@outside.example>"},
        {"nmap-14", "<tester@[192.0.2.25]>", "<outside.example!victim>"},
        {"nmap-16", "<tester@[192.0.2.25]>", "<outside.example!victim@mx.example.org>"},
        {"abuse-02", "<tester>", "<victim@outside.example>"},
        {"abuse-11", "<tester@mx.example.org>", "<\"victim@outside.example\"@mx.example.org>"},
        {"abuse-17", "<tester@mx.example.org>", "<outside.example!victim@[192.0.2.25]>"},
        {"own-sender", "<tester@client.example>", "<victim@outside.example>"},
        {"own-domain-sender", "<tester@example.org>", "<victim@outside.example>"},
        {"localhost-sender", "<tester@localhost>", "<victim@outside.example>"},
        {"loopback-sender", "<tester@[127.0.0.1]>", "<victim@outside.example>"},
        {"bang-sender", "<client.example!tester>", "<victim@outside.example>"},
        {"unbracketed-sender", "tester@client.example", "<victim@outside.example>"},
        {"unbracketed-recipient", "<tester@client.example>", "victim@outside.example"},
        {"trailing-at", "<tester@[192.0.2.25]>", "<victim@outside.example@>"},
        {"quoted-recipient", "<tester@client.example>", "<\"victim@outside.example\">"},
        {"quoted-local-part", "<tester@client.example>", "<\"victim\"@outside.example>"},
        {"loopback-percent", "<tester@[127.0.0.1]>", "<victim%outside.example@[127.0.0.1]>"},
    };
    for (const auto &e : expected) {
        const RelayVariant *variant = byId(v, QLatin1String(e.id));
        ASSERT_NE(variant, nullptr) << e.id;
        EXPECT_EQ(variant->mailFrom, QString::fromUtf8(e.from)) << e.id;
        EXPECT_EQ(variant->rcptTo, QString::fromUtf8(e.to)) << e.id;
    }
}

TEST(RelayMatrixTest, IdenticalEnvelopesMergeTheirSources)
{
    const QList<RelayVariant> v = RelayMatrix::build(typical);
    // abuse.net 1, 3, 4 and 5 are nmap 1 to 4.
    const RelayVariant *nullSender = byId(v, QStringLiteral("nmap-01"));
    ASSERT_NE(nullSender, nullptr);
    EXPECT_TRUE(nullSender->sources.contains(QStringLiteral("abuse.net 1")));
    EXPECT_TRUE(nullSender->sources.contains(QStringLiteral("MAPS 5")));
    EXPECT_TRUE(
        byId(v, QStringLiteral("nmap-04"))->sources.contains(QStringLiteral("abuse.net 5")));
    EXPECT_EQ(byId(v, QStringLiteral("abuse-01")), nullptr);
    EXPECT_EQ(byId(v, QStringLiteral("abuse-05")), nullptr);

    // A sender in the recipient's own domain makes the "own sender" test nmap 2.
    RelayMatrixInput sameDomain = typical;
    sameDomain.sender = QStringLiteral("tester@outside.example");
    const QList<RelayVariant> merged = RelayMatrix::build(sameDomain);
    EXPECT_EQ(merged.size(), v.size() - 1);
    EXPECT_EQ(byId(merged, QStringLiteral("own-sender")), nullptr);
    EXPECT_TRUE(
        byId(merged, QStringLiteral("nmap-02"))->sources.contains(QStringLiteral("MAPS 2")));

    // On loopback, the [127.0.0.1] sender is the [IP] sender.
    RelayMatrixInput loopback = typical;
    loopback.targetAddress = QStringLiteral("127.0.0.1");
    const QList<RelayVariant> local = RelayMatrix::build(loopback);
    EXPECT_EQ(byId(local, QStringLiteral("loopback-sender")), nullptr);
    EXPECT_TRUE(byId(local, QStringLiteral("nmap-04"))->sources.contains(QStringLiteral("DSBL")));
    EXPECT_GE(local.size(), 30);
}

TEST(RelayMatrixTest, SameInputSameList)
{
    const QList<RelayVariant> a = RelayMatrix::build(typical);
    const QList<RelayVariant> b = RelayMatrix::build(typical);
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a.at(i).id, b.at(i).id);
        EXPECT_EQ(a.at(i).rcptTo, b.at(i).rcptTo);
    }
    EXPECT_EQ(a.constFirst().id, QStringLiteral("nmap-01"));
}

TEST(RelayMatrixTest, Ipv6PeerBecomesAnIpv6Literal)
{
    RelayMatrixInput input = typical;
    input.targetAddress = QStringLiteral("2001:db8::25");
    const QList<RelayVariant> v = RelayMatrix::build(input);
    EXPECT_NE(byEnvelope(v, QStringLiteral("<tester@[IPv6:2001:db8::25]>"),
                         QStringLiteral("<victim@outside.example>")),
              nullptr);
    EXPECT_EQ(RelayAddress::literal(QStringLiteral("::ffff:192.0.2.1")),
              QStringLiteral("[192.0.2.1]"));
    EXPECT_EQ(RelayAddress::literal(QStringLiteral("::1")), QStringLiteral("[IPv6:::1]"));
    EXPECT_TRUE(RelayAddress::literal(QStringLiteral("mx.example.org")).isEmpty());
}

TEST(RelayMatrixTest, TargetNameFromGreetingEhloOrTypedHost)
{
    SmtpReply greeting;
    greeting.code = 220;
    greeting.lines = {"mx.example.org ESMTP Postfix"};
    EXPECT_EQ(RelayMatrix::targetName(greeting, QStringLiteral("other.example.org"),
                                      QStringLiteral("192.0.2.25")),
              QStringLiteral("mx.example.org"));
    greeting.lines = {"ESMTP ready"};
    EXPECT_EQ(RelayMatrix::targetName(greeting, QStringLiteral("mail.example.org"),
                                      QStringLiteral("192.0.2.25")),
              QStringLiteral("mail.example.org"));
    EXPECT_EQ(RelayMatrix::targetName(greeting, QString(), QStringLiteral("192.0.2.25")),
              QStringLiteral("[192.0.2.25]"));
    EXPECT_EQ(RelayMatrix::targetName(std::nullopt, QStringLiteral("localhost"),
                                      QStringLiteral("smtp.example.net")),
              QStringLiteral("smtp.example.net"));
    // Without a parent domain there is no own-domain sender.
    RelayMatrixInput input = typical;
    input.targetName = QStringLiteral("[192.0.2.25]");
    EXPECT_EQ(byId(RelayMatrix::build(input), QStringLiteral("own-domain-sender")), nullptr);
}

TEST(RelayAddressTest, ChecksSyntaxBeforeAnythingIsSent)
{
    const QString field = QStringLiteral("--to");
    EXPECT_FALSE(RelayAddress::check(QStringLiteral("victim@outside.example"), field));
    EXPECT_FALSE(RelayAddress::check(QStringLiteral("\"odd name\"@outside.example"), field));
    EXPECT_FALSE(RelayAddress::check(QStringLiteral("postmaster@[192.0.2.1]"), field));
    EXPECT_TRUE(RelayAddress::check(QString(), field));
    EXPECT_TRUE(RelayAddress::check(QStringLiteral("victim"), field));
    EXPECT_TRUE(RelayAddress::check(QStringLiteral("@outside.example"), field));
    EXPECT_TRUE(RelayAddress::check(QStringLiteral("<victim@outside.example>"), field));
    EXPECT_TRUE(RelayAddress::check(QStringLiteral("vic tim@outside.example"), field));
    EXPECT_TRUE(RelayAddress::check(QStringLiteral("victim@outside..example"), field));
    const auto injected
        = RelayAddress::check(QStringLiteral("victim@outside.example\r\nRSET"), field);
    ASSERT_TRUE(injected);
    EXPECT_TRUE(injected->contains(field));
    const RelayAddress::Parts parts = RelayAddress::split(QStringLiteral("\"a@b\"@c.example"));
    EXPECT_EQ(parts.local, QStringLiteral("\"a@b\""));
    EXPECT_EQ(parts.domain, QStringLiteral("c.example"));
    EXPECT_EQ(RelayAddress::parentDomain(QStringLiteral("mx.example.org")),
              QStringLiteral("example.org"));
    EXPECT_TRUE(RelayAddress::parentDomain(QStringLiteral("example.org")).isEmpty());
}
