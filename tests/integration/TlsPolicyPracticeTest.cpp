// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The TLS policy check against practice servers: each weakness is found where the profile
// has it and not where it does not.
#include "PolicyCheckRun.h"
#include "QtPrinters.h"
#include "SessionRun.h"
#include "checks/TlsPolicyCheck.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

std::unique_ptr<PracticeServer> startServer(PracticeProfile profile, bool implicitTls = false)
{
    auto server = std::make_unique<PracticeServer>(std::move(profile));
    server->setImplicitTls(implicitTls);
    EXPECT_TRUE(server->listen(QHostAddress::LocalHost, 0)) << server->errorString().toStdString();
    return server;
}

PracticeProfile profile(const char *name)
{
    return PracticeProfile::byName(QString::fromLatin1(name)).value();
}

CheckContext contextFor(const PracticeServer &server, TlsMode tls = TlsMode::None)
{
    CheckContext context;
    context.target = practiceOptions(server, tls);
    return context;
}

qsizetype countSent(const QStringList &lines, const QString &prefix)
{
    return std::count_if(lines.cbegin(), lines.cend(),
                         [&](const QString &line) { return line.startsWith(prefix); });
}

} // namespace

TEST(TlsPolicyPracticeTest, HardenedUpgradesAndAuthOnlyAfterTls)
{
    const auto server = startServer(profile("hardened"));
    ASSERT_TRUE(server->tlsAvailable()) << server->tlsUnavailableReason().toStdString();
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*server));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const TlsPolicyResult &r = run.check->result();
    ASSERT_TRUE(r.tls.has_value());
    EXPECT_TRUE(r.tls->encrypted);
    EXPECT_TRUE(r.tls->protocol.startsWith(QLatin1String("TLSv1.")))
        << r.tls->protocol.toStdString();
    EXPECT_TRUE(r.capabilitiesBeforeTls.authMechanisms().isEmpty());
    EXPECT_TRUE(r.capabilitiesAfterTls.authMechanisms().contains(QStringLiteral("PLAIN")));
    EXPECT_FALSE(r.capabilitiesAfterTls.has(QStringLiteral("STARTTLS")));
    // EHLO again after the upgrade: the clear-text capabilities no longer count.
    EXPECT_EQ(countSent(run.sentLines(0), QStringLiteral("EHLO")), 2);
    EXPECT_EQ(run.finding(QStringLiteral("tls.auth-before-tls")), nullptr);
    EXPECT_EQ(run.finding(QStringLiteral("tls.starttls-missing")), nullptr);
    EXPECT_EQ(run.finding(QStringLiteral("tls.handshake-failed")), nullptr);
    EXPECT_EQ(run.finding(QStringLiteral("tls.mail-without-tls")), nullptr);
    // The practice certificate is self-signed but names 127.0.0.1.
    ASSERT_NE(run.finding(QStringLiteral("tls.certificate-self-signed")), nullptr)
        << run.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(run.finding(QStringLiteral("tls.certificate-name-mismatch")), nullptr);
    EXPECT_EQ(run.finding(QStringLiteral("tls.certificate-expired")), nullptr);
    // A second connection offering only TLS 1.0 and 1.1 is refused.
    EXPECT_EQ(r.legacyProbe, TlsPolicyResult::LegacyProbe::Refused)
        << r.legacyMessage.toStdString();
    EXPECT_EQ(run.finding(QStringLiteral("tls.weak-protocol")), nullptr);
    EXPECT_TRUE(run.evidenceIsValid());

    const QJsonObject details = run.outcome().details;
    EXPECT_EQ(details.value(QStringLiteral("mode")).toString(), QStringLiteral("starttls"));
    EXPECT_TRUE(details.value(QStringLiteral("starttls_offered")).toBool());
    EXPECT_TRUE(details.value(QStringLiteral("tls"))
                    .toObject()
                    .value(QStringLiteral("encrypted"))
                    .toBool());
    EXPECT_FALSE(details.value(QStringLiteral("capabilities_before_tls")).toArray().isEmpty());
    ASSERT_EQ(run.outcome().tables.size(), 1);
    const ResultTable &table = run.outcome().tables.constFirst();
    EXPECT_EQ(table.rows.size(), table.evidence.size());
    const bool hasProtocolRow
        = std::any_of(table.rows.cbegin(), table.rows.cend(), [](const QStringList &row) {
              return row.value(0) == QLatin1String("Protocol");
          });
    EXPECT_TRUE(hasProtocolRow);
}

TEST(TlsPolicyPracticeTest, LeakyOffersPasswordAuthInClearText)
{
    const auto server = startServer(profile("leaky"));
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*server));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const Finding *auth = run.finding(QStringLiteral("tls.auth-before-tls"));
    ASSERT_NE(auth, nullptr);
    EXPECT_EQ(auth->severity, Severity::High);
    EXPECT_TRUE(auth->detail.contains(QLatin1String("AUTH PLAIN LOGIN")))
        << auth->detail.toStdString();
    EXPECT_TRUE(auth->remediation.contains(QLatin1String("smtpd_tls_auth_only")));
    ASSERT_EQ(auth->evidence.size(), 1);
    EXPECT_TRUE(run.transcript->entries()
                    .at(auth->evidence.constFirst())
                    .text.contains(QLatin1String("mail01.corp.internal")));
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST(TlsPolicyPracticeTest, MissingStartTlsIsFound)
{
    PracticeProfile p = profile("hardened");
    p.offerStartTls = false;
    const auto server = startServer(p);
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*server));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.findingIds(), QStringList {QStringLiteral("tls.starttls-missing")});
    EXPECT_FALSE(run.check->result().tls.has_value());
    EXPECT_EQ(countSent(run.sentLines(), QStringLiteral("STARTTLS")), 0);
    EXPECT_FALSE(run.outcome().details.value(QStringLiteral("starttls_offered")).toBool());
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST(TlsPolicyPracticeTest, MailWithoutTlsOnlyWhenThePolicyRequiresTls)
{
    const auto server = startServer(profile("hardened"));
    CheckContext context = contextFor(*server);
    const auto relaxed = runPolicyCheck<TlsPolicyCheck>(context);
    EXPECT_EQ(relaxed.finding(QStringLiteral("tls.mail-without-tls")), nullptr);
    EXPECT_EQ(countSent(relaxed.sentLines(), QStringLiteral("MAIL")), 0);

    context.requireTls = true;
    const auto strict = runPolicyCheck<TlsPolicyCheck>(context);
    ASSERT_EQ(strict.outcome().status, CheckStatus::Completed);
    const Finding *mail = strict.finding(QStringLiteral("tls.mail-without-tls"));
    ASSERT_NE(mail, nullptr);
    EXPECT_EQ(mail->severity, Severity::Medium);
    EXPECT_TRUE(mail->detail.contains(QLatin1String("MAIL FROM:<>"))) << mail->detail.toStdString();
    // MAIL FROM then RSET, before STARTTLS; never a recipient, never DATA.
    const QStringList sent = strict.sentLines();
    const qsizetype mailAt = sent.indexOf(QStringLiteral("MAIL FROM:<>"));
    ASSERT_GE(mailAt, 0) << sent.join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(sent.value(mailAt + 1), QStringLiteral("RSET"));
    EXPECT_EQ(sent.value(mailAt + 2), QStringLiteral("STARTTLS"));
    EXPECT_EQ(countSent(sent, QStringLiteral("RCPT")), 0);
    EXPECT_EQ(countSent(sent, QStringLiteral("DATA")), 0);
    EXPECT_TRUE(strict.evidenceIsValid());
}

TEST(TlsPolicyPracticeTest, ImplicitTlsTarget)
{
    const auto server = startServer(profile("hardened"), true);
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*server, TlsMode::Implicit));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const TlsPolicyResult &r = run.check->result();
    EXPECT_TRUE(r.implicitTls);
    ASSERT_TRUE(r.tls.has_value());
    EXPECT_TRUE(r.tls->encrypted);
    EXPECT_TRUE(r.capabilitiesBeforeTls.isEmpty());
    EXPECT_TRUE(r.capabilitiesAfterTls.authMechanisms().contains(QStringLiteral("PLAIN")));
    EXPECT_EQ(countSent(run.sentLines(), QStringLiteral("STARTTLS")), 0);
    EXPECT_EQ(run.outcome().details.value(QStringLiteral("mode")).toString(),
              QStringLiteral("implicit"));
    EXPECT_EQ(run.finding(QStringLiteral("tls.starttls-missing")), nullptr);
    EXPECT_NE(run.finding(QStringLiteral("tls.certificate-self-signed")), nullptr);
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST(TlsPolicyPracticeTest, ImplicitTlsAgainstAPlainServerFailsTheHandshake)
{
    const auto server = startServer(profile("hardened"));
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*server, TlsMode::Implicit));

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const Finding *failed = run.finding(QStringLiteral("tls.handshake-failed"));
    ASSERT_NE(failed, nullptr) << run.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(failed->severity, Severity::High);
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST(TlsPolicyPracticeTest, UnreachableServerFailsTheCheck)
{
    const auto server = startServer(profile("hardened"));
    CheckContext context = contextFor(*server);
    server->close();
    const auto run = runPolicyCheck<TlsPolicyCheck>(context);
    EXPECT_EQ(run.outcome().status, CheckStatus::Failed);
    EXPECT_FALSE(run.outcome().error.isEmpty());
    EXPECT_TRUE(run.outcome().findings.isEmpty());
}
