// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The TLS and sender policy checks against a real Postfix on 127.0.0.1: TLS on and off,
// implicit TLS, AUTH (Cyrus SASL) with smtpd_tls_auth_only no and yes, TLS required or
// not, and sender restrictions on and off.
#include "PolicyCheckRun.h"
#include "PostfixFixture.h"
#include "QtPrinters.h"
#include "checks/SenderPolicyCheck.h"
#include "checks/TlsPolicyCheck.h"

#include <QJsonArray>

#include <gtest/gtest.h>

using namespace mxscope;
using namespace mxscope::testing;

namespace {

constexpr int checkTimeoutMs = 30'000;

// Cyrus SASL through Postfix's own config directory: AUTH PLAIN LOGIN is offered. No
// account exists; the checks never log in.
void enableSasl(PostfixFixture::Options &options)
{
    options.files.append({QStringLiteral("smtpd.conf"),
                          "pwcheck_method: auxprop\nauxprop_plugin: sasldb\n"
                          "mech_list: PLAIN LOGIN\n"});
    options.mainCf.append({QStringLiteral("smtpd_sasl_auth_enable"), QStringLiteral("yes")});
    options.mainCf.append({QStringLiteral("smtpd_sasl_type"), QStringLiteral("cyrus")});
    options.mainCf.append({QStringLiteral("smtpd_sasl_path"), QStringLiteral("smtpd")});
    options.mainCf.append(
        {QStringLiteral("cyrus_sasl_config_path"), QStringLiteral("$config_directory")});
}

// STARTTLS and a wrapper-mode listener, TLS 1.2 or later only, AUTH PLAIN LOGIN, and
// smtpd_tls_auth_only as given.
PostfixFixture::Options tlsPostfix(const QString &authOnly)
{
    PostfixFixture::Options options;
    options.tls = true;
    options.implicitTls = true;
    options.users = {QStringLiteral("alice")};
    enableSasl(options);
    options.mainCf.append({QStringLiteral("smtpd_tls_auth_only"), authOnly});
    options.mainCf.append({QStringLiteral("smtpd_tls_protocols"), QStringLiteral(">=TLSv1.2")});
    options.mainCf.append(
        {QStringLiteral("smtpd_tls_mandatory_protocols"), QStringLiteral(">=TLSv1.2")});
    return options;
}

// Postfix's defaults: smtpd_tls_protocols = >=TLSv1, so TLS 1.0 and 1.1 are still agreed.
PostfixFixture::Options legacyTlsPostfix()
{
    PostfixFixture::Options options;
    options.tls = true;
    return options;
}

// A server left with TLS 1.0 and 1.1 only: current clients cannot agree with it at all.
PostfixFixture::Options onlyLegacyTlsPostfix()
{
    PostfixFixture::Options options;
    options.tls = true;
    const QString oldOnly = QStringLiteral("!SSLv2, !SSLv3, !TLSv1.2, !TLSv1.3");
    options.mainCf.append({QStringLiteral("smtpd_tls_protocols"), oldOnly});
    options.mainCf.append({QStringLiteral("smtpd_tls_mandatory_protocols"), oldOnly});
    return options;
}

PostfixFixture::Options plainPostfix()
{
    PostfixFixture::Options options;
    options.users = {QStringLiteral("alice")};
    return options;
}

PostfixFixture::Options encryptPostfix()
{
    PostfixFixture::Options options;
    options.tls = true;
    options.mainCf.append({QStringLiteral("smtpd_tls_security_level"), QStringLiteral("encrypt")});
    return options;
}

// Own-domain senders need a login (each address of postfix.test belongs to the login of
// the same name), unqualified senders are refused.
PostfixFixture::Options restrictedSendersPostfix()
{
    PostfixFixture::Options options = plainPostfix();
    enableSasl(options);
    options.files.append({QStringLiteral("sender_logins"), "/^(.+)@postfix\\.test$/ $1\n"});
    options.mainCf.append({QStringLiteral("smtpd_sender_login_maps"),
                           QStringLiteral("regexp:$config_directory/sender_logins")});
    options.mainCf.append(
        {QStringLiteral("smtpd_sender_restrictions"),
         QStringLiteral("reject_non_fqdn_sender, reject_unauthenticated_sender_login_mismatch")});
    return options;
}

CheckContext contextFor(const PostfixFixture &postfix, TlsMode tls = TlsMode::None)
{
    CheckContext context;
    context.target = postfix.sessionOptions(tls);
    context.domain = postfix.options().myDomain;
    context.localRecipient = QStringLiteral("alice@") + postfix.options().myDomain;
    return context;
}

class PolicyPostfixTest : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }
};

} // namespace

TEST_F(PolicyPostfixTest, StartTlsWithSelfSignedCertificateAndAuthOnlyAfterTls)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("tls-auth-only"),
                                                     tlsPostfix(QStringLiteral("yes")));
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*postfix), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const TlsPolicyResult &r = run.check->result();
    ASSERT_TRUE(r.tls.has_value()) << postfix->diagnostics().toStdString();
    EXPECT_TRUE(r.tls->encrypted);
    EXPECT_EQ(r.tls->subject, QStringLiteral("mx.postfix.test"));
    EXPECT_TRUE(r.tls->subjectAltNames.contains(QStringLiteral("127.0.0.1")));
    EXPECT_TRUE(r.capabilitiesBeforeTls.authMechanisms().isEmpty());
    EXPECT_TRUE(r.capabilitiesAfterTls.authMechanisms().contains(QStringLiteral("PLAIN")))
        << r.capabilitiesAfterTls.lines().join(QLatin1Char('|')).toStdString();
    EXPECT_EQ(run.findingIds(), QStringList {QStringLiteral("tls.certificate-self-signed")});
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST_F(PolicyPostfixTest, RetiredTlsVersionsOnlyWhereTheServerAllowsThem)
{
    PostfixFixture *modern = PostfixFixture::shared(QStringLiteral("tls-auth-only"),
                                                    tlsPostfix(QStringLiteral("yes")));
    MXSCOPE_REQUIRE_POSTFIX(modern);
    const auto strict = runPolicyCheck<TlsPolicyCheck>(contextFor(*modern), checkTimeoutMs);
    ASSERT_EQ(strict.outcome().status, CheckStatus::Completed);
    EXPECT_EQ(strict.check->result().legacyProbe, TlsPolicyResult::LegacyProbe::Refused)
        << strict.check->result().legacyMessage.toStdString();
    EXPECT_EQ(strict.finding(QStringLiteral("tls.weak-protocol")), nullptr);

    PostfixFixture *legacy
        = PostfixFixture::shared(QStringLiteral("tls-legacy"), legacyTlsPostfix());
    MXSCOPE_REQUIRE_POSTFIX(legacy);
    const auto weak = runPolicyCheck<TlsPolicyCheck>(contextFor(*legacy), checkTimeoutMs);
    ASSERT_EQ(weak.outcome().status, CheckStatus::Completed);
    const TlsPolicyResult &r = weak.check->result();
    ASSERT_EQ(r.legacyProbe, TlsPolicyResult::LegacyProbe::Negotiated)
        << r.legacyMessage.toStdString() << legacy->diagnostics().toStdString();
    EXPECT_EQ(r.legacyProtocol, QStringLiteral("TLSv1.1"));
    // The main connection still gets the best the server has.
    EXPECT_EQ(r.tls->protocol, QStringLiteral("TLSv1.3"));
    const Finding *weakProtocol = weak.finding(QStringLiteral("tls.weak-protocol"));
    ASSERT_NE(weakProtocol, nullptr);
    EXPECT_TRUE(weakProtocol->detail.contains(QLatin1String("TLSv1.1")));
    EXPECT_EQ(weak.outcome()
                  .details.value(QStringLiteral("legacy_tls"))
                  .toObject()
                  .value(QStringLiteral("result"))
                  .toString(),
              QStringLiteral("negotiated"));
    EXPECT_TRUE(weak.evidenceIsValid());
}

TEST_F(PolicyPostfixTest, HandshakeFailsWhenTheServerKnowsOnlyRetiredVersions)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("tls-only-legacy"), onlyLegacyTlsPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*postfix), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const TlsPolicyResult &r = run.check->result();
    EXPECT_FALSE(r.tls.has_value());
    EXPECT_TRUE(r.handshakeFailed);
    EXPECT_EQ(r.legacyProbe, TlsPolicyResult::LegacyProbe::Negotiated)
        << r.legacyMessage.toStdString();
    EXPECT_EQ(run.findingIds(),
              (QStringList {QStringLiteral("tls.handshake-failed"),
                            QStringLiteral("tls.weak-protocol")}));
    const Finding *failed = run.finding(QStringLiteral("tls.handshake-failed"));
    ASSERT_NE(failed, nullptr);
    EXPECT_TRUE(failed->detail.contains(QLatin1String("TLSv1.1"))) << failed->detail.toStdString();
    EXPECT_TRUE(run.outcome().summary.contains(QLatin1String("speaks only")));
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST_F(PolicyPostfixTest, AuthOfferedBeforeTlsWhenAuthOnlyIsOff)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("tls-auth-any"), tlsPostfix(QStringLiteral("no")));
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*postfix), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const Finding *auth = run.finding(QStringLiteral("tls.auth-before-tls"));
    ASSERT_NE(auth, nullptr) << run.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_EQ(auth->severity, Severity::High);
    EXPECT_TRUE(auth->detail.contains(QLatin1String("PLAIN"))) << auth->detail.toStdString();
    EXPECT_TRUE(run.check->result().tls.has_value());
}

TEST_F(PolicyPostfixTest, ImplicitTlsListener)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("tls-auth-only"),
                                                     tlsPostfix(QStringLiteral("yes")));
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run
        = runPolicyCheck<TlsPolicyCheck>(contextFor(*postfix, TlsMode::Implicit), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    ASSERT_TRUE(run.check->result().tls.has_value());
    EXPECT_EQ(run.outcome().details.value(QStringLiteral("mode")).toString(),
              QStringLiteral("implicit"));
    EXPECT_TRUE(run.check->result().capabilitiesAfterTls.authMechanisms().contains(
        QStringLiteral("LOGIN")));
    EXPECT_EQ(run.findingIds(), QStringList {QStringLiteral("tls.certificate-self-signed")});
}

TEST_F(PolicyPostfixTest, NoTlsMeansNoStartTls)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("plain"), plainPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run = runPolicyCheck<TlsPolicyCheck>(contextFor(*postfix), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.findingIds(), QStringList {QStringLiteral("tls.starttls-missing")});
}

TEST_F(PolicyPostfixTest, RequiredTlsAgainstMayAndEncrypt)
{
    PostfixFixture *may = PostfixFixture::shared(QStringLiteral("tls-auth-only"),
                                                 tlsPostfix(QStringLiteral("yes")));
    MXSCOPE_REQUIRE_POSTFIX(may);
    CheckContext context = contextFor(*may);
    context.requireTls = true;
    const auto open = runPolicyCheck<TlsPolicyCheck>(context, checkTimeoutMs);
    const Finding *mail = open.finding(QStringLiteral("tls.mail-without-tls"));
    ASSERT_NE(mail, nullptr) << open.findingIds().join(QLatin1Char(' ')).toStdString();
    EXPECT_TRUE(mail->detail.contains(QLatin1String("250"))) << mail->detail.toStdString();

    PostfixFixture *encrypt
        = PostfixFixture::shared(QStringLiteral("tls-encrypt"), encryptPostfix());
    MXSCOPE_REQUIRE_POSTFIX(encrypt);
    context = contextFor(*encrypt);
    context.requireTls = true;
    const auto closed = runPolicyCheck<TlsPolicyCheck>(context, checkTimeoutMs);
    ASSERT_EQ(closed.outcome().status, CheckStatus::Completed)
        << closed.outcome().error.toStdString();
    EXPECT_EQ(closed.finding(QStringLiteral("tls.mail-without-tls")), nullptr);
    ASSERT_TRUE(closed.check->result().plainMailReply.has_value());
    EXPECT_EQ(closed.check->result().plainMailReply->code, 530);
    EXPECT_TRUE(closed.check->result().tls.has_value());
}

TEST_F(PolicyPostfixTest, DefaultPostfixTakesOwnDomainSendersFromAnyone)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("plain"), plainPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run = runPolicyCheck<SenderPolicyCheck>(contextFor(*postfix), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    EXPECT_EQ(run.findingIds(),
              (QStringList {QStringLiteral("sender.own-domain-spoofing"),
                            QStringLiteral("sender.unqualified-accepted"),
                            QStringLiteral("sender.unknown-domain-accepted")}));
    EXPECT_EQ(run.check->result().probe(SenderVariant::NullSender)->outcome(),
              SenderOutcome::Accepted);
    EXPECT_TRUE(run.evidenceIsValid());
}

TEST_F(PolicyPostfixTest, SenderLoginMismatchRestrictionRefusesSpoofedOwnDomain)
{
    PostfixFixture *postfix
        = PostfixFixture::shared(QStringLiteral("sender-restrictions"), restrictedSendersPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const auto run = runPolicyCheck<SenderPolicyCheck>(contextFor(*postfix), checkTimeoutMs);

    ASSERT_EQ(run.outcome().status, CheckStatus::Completed) << run.outcome().error.toStdString();
    const SenderPolicyResult &r = run.check->result();
    const SenderProbe *own = r.probe(SenderVariant::OwnDomain);
    ASSERT_TRUE(own && own->rcptReply) << postfix->diagnostics().toStdString();
    EXPECT_EQ(own->outcome(), SenderOutcome::RefusedAtRcpt)
        << own->rcptReply->summary().toStdString();
    EXPECT_EQ(own->rcptReply->code, 553) << own->rcptReply->summary().toStdString();
    EXPECT_EQ(r.probe(SenderVariant::Unqualified)->outcome(), SenderOutcome::RefusedAtRcpt);
    EXPECT_EQ(r.probe(SenderVariant::NullSender)->outcome(), SenderOutcome::Accepted);
    // No DNS check configured: the .invalid domain still gets through.
    EXPECT_EQ(run.findingIds(), QStringList {QStringLiteral("sender.unknown-domain-accepted")});
}
