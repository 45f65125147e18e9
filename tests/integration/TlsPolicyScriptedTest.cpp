// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The TLS policy check against scripted servers (what no practice profile does: bytes
// after the 220 to STARTTLS, a refused STARTTLS) and its pure verdict rules on certificates.
#include "FakeTransport.h"
#include "PolicyCheckRun.h"
#include "QtPrinters.h"
#include "checks/TlsPolicyCheck.h"
#include "checks/TlsPolicyFindings.h"

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

const QByteArray ehloWithStartTls = "250-mx.example.org\r\n250-PIPELINING\r\n250 STARTTLS\r\n";

// A server that answers STARTTLS with startTlsReply and every other command plainly.
PolicyCheckRun<TlsPolicyCheck> runScripted(const QByteArray &startTlsReply,
                                           FakeTransport **transport = nullptr)
{
    CheckContext context;
    context.target.host = QStringLiteral("mx.example.org");
    return runPolicyCheck<TlsPolicyCheck>(context, [&](TlsPolicyCheck &check) {
        check.setTransportFactory([startTlsReply, transport] {
            auto *fake = new FakeTransport;
            fake->setGreeting("220 mx.example.org ESMTP\r\n");
            fake->setResponder([startTlsReply](const QByteArray &line) -> QByteArray {
                if (line.startsWith("EHLO"))
                    return ehloWithStartTls;
                if (line == "STARTTLS")
                    return startTlsReply;
                if (line == "QUIT")
                    return "221 2.0.0 Bye\r\n";
                return "250 2.0.0 Ok\r\n";
            });
            if (transport)
                *transport = fake;
            return fake;
        });
    });
}

TlsDetails goodCertificate(const QDateTime &now)
{
    TlsDetails tls;
    tls.encrypted = true;
    tls.protocol = QStringLiteral("TLSv1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.cipherBits = 256;
    tls.subject = QStringLiteral("mx.example.org");
    tls.issuer = QStringLiteral("Example CA");
    tls.subjectAltNames = {QStringLiteral("mx.example.org"), QStringLiteral("*.mail.example.org")};
    tls.notBefore = now.addDays(-30);
    tls.notAfter = now.addDays(60);
    return tls;
}

TlsPolicyResult resultWith(const TlsDetails &tls, const QString &host)
{
    TlsPolicyResult r;
    r.host = host;
    r.port = 25;
    r.helloDone = true;
    r.capabilitiesBeforeTls = Capabilities::fromEhloReply({250, {"mx", "STARTTLS"}, {}, true});
    r.tls = tls;
    r.tlsEvidence = 3;
    return r;
}

QStringList idsOf(const QList<Finding> &findings)
{
    QStringList ids;
    for (const Finding &f : findings)
        ids.append(f.id);
    return ids;
}

} // namespace

TEST(TlsPolicyScriptedTest, BytesAfterTheStartTls220AreAnInjectionFinding)
{
    FakeTransport *transport = nullptr;
    const auto run = runScripted("220 2.0.0 Ready to start TLS\r\n250 injected\r\n", &transport);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const Finding *injection = run.finding(QStringLiteral("tls.starttls-injection"));
    ASSERT_NE(injection, nullptr) << run.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(injection->severity, Severity::High);
    EXPECT_EQ(run.finding(QStringLiteral("tls.handshake-failed")), nullptr);
    ASSERT_NE(transport, nullptr);
    EXPECT_FALSE(transport->tlsStarted());
    EXPECT_TRUE(run.outcome().details.value(QStringLiteral("injection_detected")).toBool());
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST(TlsPolicyScriptedTest, CleanUpgradeHasNoInjectionFinding)
{
    FakeTransport *transport = nullptr;
    const auto run = runScripted("220 2.0.0 Ready to start TLS\r\n", &transport);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.finding(QStringLiteral("tls.starttls-injection")), nullptr);
    ASSERT_NE(transport, nullptr);
    EXPECT_TRUE(transport->tlsStarted());
    ASSERT_TRUE(run.check->result().tls.has_value());
    EXPECT_EQ(run.check->result().tls->protocol, QStringLiteral("TLSv1.3"));
}

TEST(TlsPolicyScriptedTest, RefusedStartTlsIsAFinding)
{
    const auto run = runScripted("454 4.7.0 TLS not available due to local problem\r\n");

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const Finding *refused = run.finding(QStringLiteral("tls.starttls-refused"));
    ASSERT_NE(refused, nullptr) << run.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(refused->detail.contains(QLatin1String("454"))) << refused->detail.toStdString();
    EXPECT_FALSE(run.check->result().tls.has_value());
}

TEST(TlsPolicyFindingsTest, GoodCertificateHasNoFindings)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EXPECT_TRUE(TlsPolicyFindings::evaluate(
                    resultWith(goodCertificate(now), QStringLiteral("mx.example.org")), now)
                    .isEmpty());
}

TEST(TlsPolicyFindingsTest, CertificateDatesAndSelfSigning)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    TlsDetails expired = goodCertificate(now);
    expired.notBefore = now.addDays(-400);
    expired.notAfter = now.addDays(-2);
    expired.selfSigned = true;
    const QList<Finding> findings
        = TlsPolicyFindings::evaluate(resultWith(expired, QStringLiteral("mx.example.org")), now);
    EXPECT_EQ(idsOf(findings),
              (QStringList {QStringLiteral("tls.certificate-expired"),
                            QStringLiteral("tls.certificate-self-signed")}));
    EXPECT_EQ(findings.constFirst().severity, Severity::High);
    EXPECT_TRUE(findings.constFirst().detail.contains(expired.notAfter.toString(Qt::ISODate)));

    TlsDetails future = goodCertificate(now);
    future.notBefore = now.addDays(3);
    EXPECT_EQ(idsOf(TlsPolicyFindings::evaluate(
                  resultWith(future, QStringLiteral("mx.example.org")), now)),
              QStringList {QStringLiteral("tls.certificate-not-yet-valid")});
}

TEST(TlsPolicyFindingsTest, NamesAndWildcards)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const TlsDetails tls = goodCertificate(now);
    EXPECT_TRUE(TlsPolicyFindings::certificateNamesCover(tls, QStringLiteral("MX.Example.org.")));
    EXPECT_TRUE(
        TlsPolicyFindings::certificateNamesCover(tls, QStringLiteral("in.mail.example.org")));
    EXPECT_FALSE(TlsPolicyFindings::certificateNamesCover(tls, QStringLiteral("mail.example.org")));
    EXPECT_FALSE(
        TlsPolicyFindings::certificateNamesCover(tls, QStringLiteral("a.b.mail.example.org")));
    EXPECT_FALSE(TlsPolicyFindings::certificateNamesCover(tls, QStringLiteral("192.0.2.25")));
    TlsDetails withIp = tls;
    withIp.subjectAltNames.append(QStringLiteral("192.0.2.25"));
    EXPECT_TRUE(TlsPolicyFindings::certificateNamesCover(withIp, QStringLiteral("192.0.2.25")));
    // The common name counts only when there are no alternative names.
    TlsDetails cnOnly = tls;
    cnOnly.subjectAltNames.clear();
    EXPECT_TRUE(TlsPolicyFindings::certificateNamesCover(cnOnly, QStringLiteral("mx.example.org")));
    TlsDetails cnIgnored = tls;
    cnIgnored.subject = QStringLiteral("other.example.org");
    EXPECT_FALSE(
        TlsPolicyFindings::certificateNamesCover(cnIgnored, QStringLiteral("other.example.org")));

    const QList<Finding> mismatch
        = TlsPolicyFindings::evaluate(resultWith(tls, QStringLiteral("smtp.example.net")), now);
    ASSERT_EQ(idsOf(mismatch), QStringList {QStringLiteral("tls.certificate-name-mismatch")});
    EXPECT_TRUE(mismatch.constFirst().detail.contains(QLatin1String("smtp.example.net")));
    EXPECT_TRUE(mismatch.constFirst().detail.contains(QLatin1String("*.mail.example.org")));
}

TEST(TlsPolicyFindingsTest, DeprecatedProtocolsAndUntrustedChains)
{
    EXPECT_TRUE(TlsPolicyFindings::isDeprecatedProtocol(QStringLiteral("TLSv1.0")));
    EXPECT_TRUE(TlsPolicyFindings::isDeprecatedProtocol(QStringLiteral("TLSv1.1")));
    EXPECT_TRUE(TlsPolicyFindings::isDeprecatedProtocol(QStringLiteral("SSLv3")));
    EXPECT_FALSE(TlsPolicyFindings::isDeprecatedProtocol(QStringLiteral("TLSv1.2")));
    EXPECT_FALSE(TlsPolicyFindings::isDeprecatedProtocol(QStringLiteral("TLSv1.3")));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    TlsDetails untrusted = goodCertificate(now);
    untrusted.verificationErrors = {QStringLiteral("The issuer certificate could not be found")};
    TlsPolicyResult r = resultWith(untrusted, QStringLiteral("mx.example.org"));
    r.legacyProbe = TlsPolicyResult::LegacyProbe::Negotiated;
    r.legacyProtocol = QStringLiteral("TLSv1.1");
    r.legacyEvidence = 9;
    const QList<Finding> findings = TlsPolicyFindings::evaluate(r, now);
    EXPECT_EQ(idsOf(findings),
              (QStringList {QStringLiteral("tls.weak-protocol"),
                            QStringLiteral("tls.certificate-untrusted")}));
    EXPECT_TRUE(findings.constFirst().detail.contains(QLatin1String("TLSv1.1")));
    EXPECT_EQ(findings.constFirst().evidence, QList<qsizetype> {9});
    r.legacyProbe = TlsPolicyResult::LegacyProbe::Refused;
    EXPECT_EQ(idsOf(TlsPolicyFindings::evaluate(r, now)),
              QStringList {QStringLiteral("tls.certificate-untrusted")});
}
