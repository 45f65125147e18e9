// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/BannerHtmlReport.h"

#include "report/HtmlPage.h"
#include "transcript/SafeText.h"

namespace mxscope {

namespace {

QString replyBlock(const SmtpReply &reply)
{
    QStringList lines;
    for (const QByteArray &line : reply.lines)
        lines.append(QString::number(reply.code) + QLatin1Char(' ')
                     + HtmlPage::escape(safeText(line)));
    return QStringLiteral("<pre>") + lines.join(QLatin1Char('\n')) + QStringLiteral("</pre>");
}

} // namespace

bool BannerHtmlReport::write(const BannerResult &r, const QList<TranscriptEntry> &transcript,
                             QIODevice &device)
{
    HtmlPage page(tr("Banner check of %1 port %2").arg(r.host).arg(r.port));
    page.generatedLine();
    if (!r.completed)
        page.paragraph(tr("The check could not complete: %1").arg(r.errorMessage));
    page.findings(r.findings);
    if (r.greeting) {
        page.heading(tr("Greeting (after %1 ms)").arg(r.greetingDelayMs));
        page.raw(replyBlock(*r.greeting));
    }
    if (r.helloReply) {
        page.heading(r.usedHelo ? tr("HELO reply") : tr("EHLO reply"));
        page.raw(replyBlock(*r.helloReply));
    }
    if (r.tls && r.tls->encrypted) {
        page.heading(QStringLiteral("TLS"));
        page.paragraph(QStringLiteral("%1 %2 — %3 / %4")
                           .arg(r.tls->protocol, r.tls->cipher, r.tls->subject, r.tls->issuer),
                       QStringLiteral("mono"));
    }
    if (r.helpReply) {
        page.heading(QStringLiteral("HELP"));
        page.raw(replyBlock(*r.helpReply));
    }
    page.transcript(transcript);
    return page.writeTo(device);
}

} // namespace mxscope
