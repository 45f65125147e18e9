// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "BannerReportPrinter.h"

#include "transcript/SafeText.h"

namespace mxscope::cli {

namespace {

void printReply(const QString &label, const SmtpReply &reply, QTextStream &out)
{
    out << label << '\n';
    for (const QByteArray &line : reply.lines)
        out << "  " << reply.code << ' ' << safeText(line) << '\n';
}

void printTls(const TlsDetails &tls, QTextStream &out)
{
    out << BannerReportPrinter::tr("TLS: %1, %2 (%3 bits)")
               .arg(tls.protocol, tls.cipher)
               .arg(tls.cipherBits)
        << '\n';
    out << "  "
        << BannerReportPrinter::tr("Certificate: %1, issued by %2%3")
               .arg(tls.subject, tls.issuer,
                    tls.selfSigned ? BannerReportPrinter::tr(" (self-signed)") : QString())
        << '\n';
    if (!tls.subjectAltNames.isEmpty())
        out << "  "
            << BannerReportPrinter::tr("Names: %1")
                   .arg(tls.subjectAltNames.join(QStringLiteral(", ")))
            << '\n';
    out << "  "
        << BannerReportPrinter::tr("Valid: %1 to %2")
               .arg(tls.notBefore.toString(Qt::ISODate), tls.notAfter.toString(Qt::ISODate))
        << '\n';
    for (const QString &error : tls.verificationErrors)
        out << "  " << BannerReportPrinter::tr("Verification: %1").arg(error) << '\n';
}

} // namespace

void BannerReportPrinter::print(const BannerResult &r, QTextStream &out)
{
    out << tr("Banner check of %1 port %2").arg(r.host).arg(r.port);
    if (!r.peerAddress.isEmpty())
        out << " (" << r.peerAddress << ')';
    out << "\n\n";
    if (r.greeting)
        printReply(tr("Greeting (after %1 ms):").arg(r.greetingDelayMs), *r.greeting, out);
    if (r.tls && r.tls->encrypted)
        printTls(*r.tls, out);
    if (r.helloReply)
        printReply(r.usedHelo ? tr("HELO reply:") : tr("EHLO reply:"), *r.helloReply, out);
    if (!r.capabilities.isEmpty())
        out << tr("Extensions: %1").arg(r.capabilities.lines().join(QStringLiteral(", "))) << '\n';
    if (r.helpReply)
        printReply(tr("HELP reply:"), *r.helpReply, out);
    out << '\n' << tr("Findings: %n", nullptr, int(r.findings.size())) << '\n';
    for (const Finding &finding : r.findings) {
        out << "  [" << toString(finding.severity) << "] " << finding.title << '\n';
        if (!finding.detail.isEmpty())
            out << "      " << finding.detail << '\n';
        if (!finding.remediation.isEmpty())
            out << "      " << tr("Fix: %1").arg(finding.remediation) << '\n';
    }
    out.flush();
}

} // namespace mxscope::cli
