// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "findings/Finding.h"
#include "transcript/TranscriptEntry.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace mxscope {

// The parts every self-contained HTML report shares: the page frame and its print-ready
// stylesheet, the findings table and the transcript appendix. Every string passed in is
// escaped here; callers escape nothing themselves except markup they build.
class HtmlPage
{
    Q_DECLARE_TR_FUNCTIONS(mxscope::HtmlPage)

public:
    explicit HtmlPage(const QString &title);
    // kicker: a small line above the title ("mxscope mail server security audit").
    HtmlPage(const QString &title, const QString &kicker);

    static QString escape(const QString &text) { return text.toHtmlEscaped(); }
    // "C:" before a sent line, "S:" before a received one, eventMarker before mxscope's notes;
    // the same prefixes in every report's transcript.
    static QString transcriptMarker(TranscriptDirection direction, const QString &eventMarker);

    void heading(const QString &text);
    void paragraph(const QString &text, const QString &cssClass = {});
    // Markup the caller built (and escaped) itself.
    void raw(const QString &markup) { m_html += markup; }
    // "Generated <time> by mxscope <version>."
    void generatedLine();
    // Severity, title, detail and fix; "Nothing to report." when empty.
    void findings(const QList<Finding> &findings);
    // Every line with an anchor "t<index>", so findings and tables can link to evidence.
    void transcript(const QList<TranscriptEntry> &entries);

    // The whole page, closed.
    QString html() const { return m_html + QStringLiteral("</body></html>\n"); }
    // Closes the page and writes it; false when the device refused the bytes.
    bool writeTo(QIODevice &device);

private:
    QString m_html;
};

} // namespace mxscope
