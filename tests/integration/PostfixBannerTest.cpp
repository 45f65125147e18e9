// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
//
// The banner check against a real Postfix on 127.0.0.1: neutral and leaky banners,
// STARTTLS, implicit TLS, and a server without TLS.
#include "PostfixFixture.h"
#include "QtPrinters.h"
#include "SignalWait.h"
#include "checks/BannerCheck.h"
#include "transcript/Transcript.h"

#include <gtest/gtest.h>

namespace mxscope::testing {
namespace {

constexpr int checkTimeoutMs = 30'000;

PostfixFixture::Options neutralPostfix()
{
    return {};
}

PostfixFixture::Options leakyPostfix()
{
    PostfixFixture::Options options;
    options.banner = PostfixFixture::Banner::Leaky;
    return options;
}

PostfixFixture::Options tlsPostfix()
{
    PostfixFixture::Options options;
    options.tls = true;
    options.implicitTls = true;
    return options;
}

// Runs the banner check with the real SocketTransport; every wait is bounded.
BannerResult runBannerCheck(const SessionOptions &options, Transcript *transcript)
{
    BannerCheck check(options, transcript);
    QSignalSpy finished(&check, &BannerCheck::finished);
    check.start();
    EXPECT_TRUE(waitForSignals(finished, 1, checkTimeoutMs)) << "the banner check did not finish";
    if (check.isRunning())
        check.cancel();
    return check.result();
}

const Finding *findingById(const BannerResult &result, const QString &id)
{
    for (const Finding &finding : result.findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

QStringList findingIds(const BannerResult &result)
{
    QStringList ids;
    for (const Finding &finding : result.findings)
        ids.append(finding.id);
    return ids;
}

// Index of the first transcript entry in direction whose text contains text, or -1.
qsizetype findEntry(const Transcript &transcript, TranscriptDirection direction,
                    const QString &text, qsizetype from = 0)
{
    const auto &entries = transcript.entries();
    for (qsizetype i = from; i < entries.size(); ++i) {
        if (entries.at(i).direction == direction && entries.at(i).text.contains(text))
            return i;
    }
    return -1;
}

std::string describe(const BannerResult &result, const Transcript &transcript,
                     const PostfixFixture &postfix)
{
    QString text = QStringLiteral("error: %1 (%2)\nfindings: %3\ntranscript:\n")
                       .arg(toString(result.error), result.errorMessage,
                            findingIds(result).join(QStringLiteral(", ")));
    for (const TranscriptEntry &entry : transcript.entries())
        text += QStringLiteral("  %1%2 %3\n")
                    .arg(toString(entry.direction),
                         entry.tls ? QStringLiteral(" [tls]") : QString(), entry.text);
    return QString(text + postfix.diagnostics()).toStdString();
}

class PostfixBannerTest : public ::testing::Test
{
protected:
    static void TearDownTestSuite() { PostfixFixture::releaseAllShared(); }
};

TEST_F(PostfixBannerTest, NeutralBannerNamesTheHostAndExtensionsButNoSoftware)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("neutral"), neutralPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(), &transcript);

    ASSERT_TRUE(r.completed) << describe(r, transcript, *postfix);
    EXPECT_EQ(r.error, SessionError::None);
    EXPECT_EQ(r.peerAddress, QStringLiteral("127.0.0.1"));
    ASSERT_TRUE(r.greeting.has_value());
    EXPECT_EQ(r.greeting->code, 220);
    EXPECT_EQ(r.greeting->firstLine(), QStringLiteral("mx.postfix.test ESMTP"));
    EXPECT_EQ(r.capabilities.serverName(), QStringLiteral("mx.postfix.test"));
    for (const QString &keyword :
         {QStringLiteral("PIPELINING"), QStringLiteral("SIZE"),
          QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("8BITMIME")})
        EXPECT_TRUE(r.capabilities.has(keyword))
            << keyword.toStdString() << " missing from "
            << r.capabilities.lines().join(QLatin1Char(',')).toStdString();
    EXPECT_EQ(r.capabilities.sizeLimit(), 10'240'000); // Postfix's default message_size_limit
    // Postfix does not implement HELP: "500 5.5.2 Error: command not recognized".
    ASSERT_TRUE(r.helpReply.has_value());
    EXPECT_EQ(r.helpReply->code, 500);

    const QStringList ids = findingIds(r);
    EXPECT_FALSE(ids.contains(QStringLiteral("disclosure.software-version")))
        << qPrintable(ids.join(QLatin1Char(',')));
    EXPECT_FALSE(ids.contains(QStringLiteral("disclosure.software")))
        << qPrintable(ids.join(QLatin1Char(',')));
    EXPECT_FALSE(ids.contains(QStringLiteral("banner.help-enabled")))
        << qPrintable(ids.join(QLatin1Char(',')));
    EXPECT_FALSE(ids.contains(QStringLiteral("tls.auth-before-tls")))
        << qPrintable(ids.join(QLatin1Char(','))); // no SASL configured
    // The greeting, the EHLO and QUIT all travelled in the clear.
    EXPECT_GE(findEntry(transcript, TranscriptDirection::Received, QStringLiteral("221 2.0.0 Bye")),
              0);
}

TEST_F(PostfixBannerTest, LeakyBannerReportsTheVersionWithTheGreetingAsEvidence)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("leaky"), leakyPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    const QString version = PostfixFixture::installedVersion();
    ASSERT_FALSE(version.isEmpty());
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(), &transcript);

    ASSERT_TRUE(r.completed) << describe(r, transcript, *postfix);
    ASSERT_TRUE(r.greeting.has_value());
    EXPECT_EQ(r.greeting->firstLine(), QStringLiteral("mx.postfix.test ESMTP Postfix ") + version);

    const Finding *finding = findingById(r, QStringLiteral("disclosure.software-version"));
    ASSERT_NE(finding, nullptr) << qPrintable(findingIds(r).join(QLatin1Char(',')));
    EXPECT_EQ(finding->severity, Severity::Medium);
    EXPECT_TRUE(finding->detail.contains(QStringLiteral("Postfix ") + version))
        << qPrintable(finding->detail);
    EXPECT_FALSE(finding->remediation.isEmpty());
    ASSERT_GE(r.greetingEvidence, 0);
    EXPECT_TRUE(finding->evidence.contains(r.greetingEvidence))
        << describe(r, transcript, *postfix);
    ASSERT_LT(r.greetingEvidence, transcript.entries().size());
    const TranscriptEntry &cited = transcript.entries().at(r.greetingEvidence);
    EXPECT_EQ(cited.direction, TranscriptDirection::Received);
    EXPECT_EQ(cited.text, QStringLiteral("220 mx.postfix.test ESMTP Postfix ") + version);
    EXPECT_FALSE(findingIds(r).contains(QStringLiteral("disclosure.software")));
}

TEST_F(PostfixBannerTest, StartTlsUpgradesAndRereadsTheCapabilities)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("tls"), tlsPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(TlsMode::StartTls), &transcript);

    ASSERT_TRUE(r.completed) << describe(r, transcript, *postfix);
    ASSERT_TRUE(r.tls.has_value());
    EXPECT_TRUE(r.tls->encrypted);
    EXPECT_TRUE(r.tls->protocol == QLatin1String("TLSv1.3")
                || r.tls->protocol == QLatin1String("TLSv1.2"))
        << qPrintable(r.tls->protocol);
    EXPECT_FALSE(r.tls->cipher.isEmpty());
    EXPECT_TRUE(r.tls->selfSigned);
    EXPECT_EQ(r.tls->subject, QStringLiteral("mx.postfix.test"));
    EXPECT_TRUE(r.tls->subjectAltNames.contains(QStringLiteral("mx.postfix.test")))
        << qPrintable(r.tls->subjectAltNames.join(QLatin1Char(',')));

    // STARTTLS was offered in the clear; the EHLO after the upgrade no longer offers it and
    // the capabilities are the ones read inside TLS.
    const qsizetype offered
        = findEntry(transcript, TranscriptDirection::Received, QStringLiteral("250-STARTTLS"));
    ASSERT_GE(offered, 0) << describe(r, transcript, *postfix);
    EXPECT_FALSE(transcript.entries().at(offered).tls);
    const qsizetype ehloInTls
        = findEntry(transcript, TranscriptDirection::Sent, QStringLiteral("EHLO"), offered);
    ASSERT_GE(ehloInTls, 0);
    EXPECT_TRUE(transcript.entries().at(ehloInTls).tls);
    EXPECT_FALSE(r.capabilities.has(QStringLiteral("STARTTLS")))
        << qPrintable(r.capabilities.lines().join(QLatin1Char(',')));
    EXPECT_TRUE(r.capabilities.has(QStringLiteral("PIPELINING")));
    ASSERT_TRUE(r.helloReply.has_value());
    EXPECT_GE(r.helloEvidence, ehloInTls);

    const QStringList ids = findingIds(r);
    EXPECT_TRUE(ids.contains(QStringLiteral("tls.certificate-untrusted")))
        << qPrintable(ids.join(QLatin1Char(',')));
    EXPECT_FALSE(ids.contains(QStringLiteral("tls.starttls-missing")))
        << qPrintable(ids.join(QLatin1Char(',')));
}

TEST_F(PostfixBannerTest, PlainSessionSeesStartTlsOffered)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("tls"), tlsPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(TlsMode::None), &transcript);

    ASSERT_TRUE(r.completed) << describe(r, transcript, *postfix);
    EXPECT_FALSE(r.tls.has_value());
    EXPECT_TRUE(r.capabilities.has(QStringLiteral("STARTTLS")));
    EXPECT_FALSE(findingIds(r).contains(QStringLiteral("tls.starttls-missing")))
        << qPrintable(findingIds(r).join(QLatin1Char(',')));
}

TEST_F(PostfixBannerTest, ImplicitTlsOnTheWrapperModePort)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("tls"), tlsPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    ASSERT_NE(postfix->implicitTlsPort(), 0);
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(TlsMode::Implicit), &transcript);

    ASSERT_TRUE(r.completed) << describe(r, transcript, *postfix);
    EXPECT_EQ(r.port, postfix->implicitTlsPort());
    ASSERT_TRUE(r.tls.has_value());
    EXPECT_TRUE(r.tls->encrypted);
    EXPECT_TRUE(r.tls->selfSigned);
    ASSERT_TRUE(r.greeting.has_value());
    EXPECT_EQ(r.greeting->code, 220);
    ASSERT_GE(r.greetingEvidence, 0);
    EXPECT_TRUE(transcript.entries().at(r.greetingEvidence).tls) << "the greeting came inside TLS";
    EXPECT_FALSE(r.capabilities.has(QStringLiteral("STARTTLS"))); // already encrypted
    EXPECT_TRUE(r.capabilities.has(QStringLiteral("ENHANCEDSTATUSCODES")));
    const QStringList ids = findingIds(r);
    EXPECT_TRUE(ids.contains(QStringLiteral("tls.certificate-untrusted")))
        << qPrintable(ids.join(QLatin1Char(',')));
    EXPECT_FALSE(ids.contains(QStringLiteral("tls.starttls-missing")))
        << qPrintable(ids.join(QLatin1Char(',')));
}

TEST_F(PostfixBannerTest, WithoutTlsStartTlsIsReportedMissing)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("neutral"), neutralPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(), &transcript);

    ASSERT_TRUE(r.completed) << describe(r, transcript, *postfix);
    EXPECT_FALSE(r.capabilities.has(QStringLiteral("STARTTLS")));
    const Finding *finding = findingById(r, QStringLiteral("tls.starttls-missing"));
    ASSERT_NE(finding, nullptr) << qPrintable(findingIds(r).join(QLatin1Char(',')));
    EXPECT_EQ(finding->severity, Severity::Medium);
    EXPECT_TRUE(finding->evidence.contains(r.helloEvidence));
}

TEST_F(PostfixBannerTest, WithoutTlsStartTlsModeFailsUnavailable)
{
    PostfixFixture *postfix = PostfixFixture::shared(QStringLiteral("neutral"), neutralPostfix());
    MXSCOPE_REQUIRE_POSTFIX(postfix);
    Transcript transcript;
    const BannerResult r = runBannerCheck(postfix->sessionOptions(TlsMode::StartTls), &transcript);

    EXPECT_FALSE(r.completed);
    EXPECT_EQ(r.error, SessionError::StartTlsUnavailable) << describe(r, transcript, *postfix);
    EXPECT_FALSE(r.tls.has_value());
    // The check stops before sending STARTTLS to a server that does not offer it.
    EXPECT_LT(findEntry(transcript, TranscriptDirection::Sent, QStringLiteral("STARTTLS")), 0);
}

} // namespace
} // namespace mxscope::testing
