// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "capacity/CapacityFindings.h"

namespace mxscope {

namespace {

// RFC 5321 4.5.3.2.7: at least 5 minutes for the next command; below one minute is unusual
// enough to mention (Postfix under stress drops to 10 s on purpose).
constexpr double shortIdleSeconds = 60.0;

QList<qsizetype> evidenceOf(const QList<RefusalGroup> &groups)
{
    QList<qsizetype> evidence;
    for (const RefusalGroup &g : groups) {
        if (g.evidence >= 0)
            evidence.append(g.evidence);
    }
    return evidence;
}

int countOf(const QList<RefusalGroup> &groups, ConnectionOutcome kind)
{
    int count = 0;
    for (const RefusalGroup &g : groups)
        count += g.kind == kind ? g.count : 0;
    return count;
}

} // namespace

QString CapacityFindings::perClientLimitRemediation()
{
    return tr("Limit concurrent sessions per client address. Postfix: "
              "smtpd_client_connection_count_limit (default 50, enforced by the anvil service; "
              "smtpd_client_event_limit_exceptions exempts $mynetworks). Exim: "
              "smtp_accept_max_per_host (unset by default) besides smtp_accept_max. Exchange: "
              "Set-ReceiveConnector -MaxInboundConnectionPerSource (default 20) and "
              "-MaxInboundConnectionPercentagePerSource. Sendmail: "
              "define(`confCONNECTION_RATE_THROTTLE') and FEATURE(`conncontrol').");
}

QString CapacityFindings::idleText(const IdleMeasurement &idle)
{
    if (!idle.attempted)
        return tr("not measured");
    if (!idle.error.isEmpty())
        return tr("not measured (%1)").arg(idle.error);
    if (idle.closedByServer)
        return tr("%1 s").arg(idle.seconds, 0, 'f', 1);
    return tr("more than %1 s").arg(idle.seconds, 0, 'f', 0);
}

QList<Finding> CapacityFindings::evaluate(const CapacityResult &r)
{
    QList<Finding> findings;
    const QList<RefusalGroup> groups = r.refusalGroups();
    const int attempted = int(r.attempts.size());

    if (groups.isEmpty() && !r.stoppedByLocalError && attempted > 0
        && r.acceptedMax >= r.maxConnections) {
        Finding f;
        f.id = QStringLiteral("capacity.no-per-client-limit");
        const bool beyondDefaults = r.maxConnections > commonDefaultLimit;
        f.severity = beyondDefaults ? Severity::Medium : Severity::Info;
        f.title = tr("No per-client connection limit up to %n connection(s)", nullptr,
                     r.maxConnections);
        f.detail = tr("All %n connection(s) from this client were greeted with 220 and held open "
                      "at the same time; the server never refused one.",
                      nullptr, r.acceptedMax);
        if (r.idle.attempted && r.idle.error.isEmpty() && !r.idle.closedByServer)
            f.detail += QLatin1Char(' ')
                + tr("A silent session stayed open for %1, so one client can hold these slots "
                     "for minutes.")
                      .arg(idleText(r.idle));
        if (!beyondDefaults)
            f.detail += QLatin1Char(' ')
                + tr("Common defaults allow up to %1 sessions per client, so a ramp this small "
                     "cannot tell a missing limit from a default one; repeat with more "
                     "connections to decide.")
                      .arg(commonDefaultLimit);
        f.remediation = perClientLimitRemediation();
        for (const ConnectionAttempt &a : r.attempts) {
            if (a.evidence >= 0 && f.evidence.size() < 3)
                f.evidence.append(a.evidence);
        }
        findings.append(f);
    }

    // Connected but never greeted: the kernel queued the connection and no server process
    // took it. A connect that never completes is a dropped SYN instead (a firewall).
    int timeouts = 0;
    int unanswered = 0;
    for (const ConnectionAttempt &a : r.attempts) {
        if (a.outcome == ConnectionOutcome::Timeout)
            ++(a.connectMs >= 0 ? timeouts : unanswered);
    }
    if (timeouts > 0 && r.acceptedMax > 0) {
        findings.append(
            {QStringLiteral("capacity.exhausted-by-one-client"), Severity::Medium,
             tr("One client used up the server's capacity"),
             tr("With %1 session(s) of this client open, %n further connection(s) got no "
                "greeting at all before the time limit, instead of a 421 for this client. "
                "The server (or its listener) had no free session left, so other clients "
                "would have waited too.",
                nullptr, timeouts)
                 .arg(r.acceptedMax),
             perClientLimitRemediation() + QLatin1Char(' ')
                 + tr("Keep the per-client limit well below the total process or session limit "
                      "(Postfix default_process_limit, Exim smtp_accept_max, Exchange "
                      "MaxInboundConnection)."),
             evidenceOf(groups)});
    }

    const int silent = countOf(groups, ConnectionOutcome::Reset)
        + countOf(groups, ConnectionOutcome::TcpRefused) + unanswered;
    if (silent > 0 && r.acceptedMax > 0) {
        findings.append(
            {QStringLiteral("capacity.refusal-without-reply"), Severity::Info,
             tr("Excess connections were dropped without an SMTP reply"),
             tr("After %1 open session(s), %n connection(s) were refused, reset or left "
                "unanswered at the TCP level instead of receiving 421. That still protects "
                "the server (a "
                "firewall connection limit behaves like this), but the client learns no "
                "reason.",
                nullptr, silent)
                 .arg(r.acceptedMax),
             tr("Prefer the MTA's own per-client limit, which answers 421 4.7.0, to a "
                "silent drop. ")
                 + perClientLimitRemediation(),
             evidenceOf(groups)});
    }

    if (r.idle.closedByServer && r.idle.seconds < shortIdleSeconds) {
        Finding f;
        f.id = QStringLiteral("capacity.short-idle-timeout");
        f.severity = Severity::Info;
        f.title = tr("Idle sessions are closed after %1").arg(idleText(r.idle));
        f.detail
            = tr("After EHLO the server closed a silent session after %1%2. RFC 5321 "
                 "(4.5.3.2.7) asks servers to wait at least 5 minutes for the next command; "
                 "a much shorter timeout resists slow-connection attacks but may cut off "
                 "slow legitimate clients.")
                  .arg(idleText(r.idle),
                       r.idle.closingReply.isEmpty() ? QString()
                                                     : tr(" with \"%1\"").arg(r.idle.closingReply));
        f.remediation = tr("Usually intended. Postfix: smtpd_timeout (300 s, 10 s under stress). "
                           "Exim: smtp_receive_timeout. Exchange: Set-ReceiveConnector "
                           "-ConnectionInactivityTimeout.");
        if (r.idle.evidence >= 0)
            f.evidence.append(r.idle.evidence);
        findings.append(f);
    }
    return findings;
}

QString CapacityFindings::summary(const CapacityResult &r)
{
    const QString idle = tr("idle sessions kept %1").arg(idleText(r.idle));
    if (r.stoppedByLocalError)
        return tr("Stopped after %n connection(s): this computer could not open more (%1); %2.",
                  nullptr, int(r.attempts.size()))
            .arg(r.localError, idle);
    if (r.refusalsBeganAt) {
        const QList<RefusalGroup> groups = r.refusalGroups();
        const RefusalGroup &first = groups.constFirst();
        if (first.kind == ConnectionOutcome::Timeout)
            return tr("The server stopped greeting new connections beyond %n concurrent "
                      "session(s) of this client; %1.",
                      nullptr, r.acceptedMax)
                .arg(idle);
        const QString how = first.code != 0
            ? QString::number(first.code) + QLatin1Char(' ') + first.text
            : toString(first.kind);
        return tr("The server refused this client beyond %n concurrent session(s) (%1); %2.",
                  nullptr, r.acceptedMax)
            .arg(how, idle);
    }
    if (r.attempts.size() < r.maxConnections)
        return tr("The time limit ended the ramp after %n connection(s), all accepted; %1.",
                  nullptr, int(r.attempts.size()))
            .arg(idle);
    return tr("All %n concurrent connection(s) were accepted without a refusal; %1.", nullptr,
              r.acceptedMax)
        .arg(idle);
}

} // namespace mxscope
