// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "headers/HeaderRemediation.h"

namespace mxscope {

QString HeaderRemediation::internalReceived()
{
    return tr("Strip the internal hops on the outbound gateway. Postfix: smtp_header_checks = "
              "regexp:/etc/postfix/smtp_header_checks with a line such as "
              "\"/^Received: from .*\\[(10|127|192\\.168|172\\.(1[6-9]|2[0-9]|3[01]))\\./ "
              "IGNORE\" (or IGNORE the Received line your submission service adds for "
              "authenticated senders). Exim: in the remote_smtp transport, headers_remove = "
              "Received is too blunt; set received_header_text so the submission hop omits "
              "$sender_fullhost for authenticated clients, e.g. ${if def:authenticated_id{}"
              "{from $sender_rcvhost}}. Exchange: remove the routing headers on the Internet "
              "send connector with Remove-ADPermission -Identity \"<connector>\" -User \"NT "
              "AUTHORITY\\Anonymous Logon\" -ExtendedRights Ms-Exch-Send-Headers-Routing. Give "
              "relays public, qualified names (Postfix myhostname, Exim primary_hostname).");
}

QString HeaderRemediation::mtaVersion()
{
    return tr("Postfix adds no version to Received; check that no content filter does. Exim: "
              "set received_header_text without $version_number (the default writes \"(Exim "
              "$version_number)\"). Sendmail: define(`confRECEIVED_HEADER', ...) without $v and "
              "$Z. Exchange: the \"id 15.x\" build number goes with the routing headers; remove "
              "them with Remove-ADPermission ... -ExtendedRights Ms-Exch-Send-Headers-Routing on "
              "the send connector.");
}

QString HeaderRemediation::clientHeaders()
{
    return tr("Postfix: smtp_header_checks (or header_checks on the submission service) with "
              "\"/^(X-Mailer|User-Agent|X-Originating-IP|X-Forwarded-For):/ IGNORE\". Exim: "
              "headers_remove = X-Mailer : User-Agent : X-Originating-IP in the remote_smtp "
              "transport. Exchange: New-TransportRule -SentToScope NotInOrganization "
              "-RemoveHeader \"X-Originating-IP\" (one rule per header), which also works in "
              "Exchange Online.");
}

QString HeaderRemediation::exchangeHeaders()
{
    return tr("X-MS-Exchange-Organization-* headers should never leave the organisation. "
              "Exchange: Remove-ADPermission -Identity \"<Internet send connector>\" -User \"NT "
              "AUTHORITY\\Anonymous Logon\" -ExtendedRights Ms-Exch-Send-Headers-Organization, "
              "Ms-Exch-Send-Headers-Routing; or New-TransportRule -SentToScope "
              "NotInOrganization -RemoveHeader \"<header name>\". When a Postfix or Exim gateway "
              "sits in front: \"/^X-MS-Exchange-Organization-/ IGNORE\" in smtp_header_checks, "
              "or headers_remove = X-MS-Exchange-Organization-* in Exim's remote_smtp "
              "transport.");
}

QString HeaderRemediation::filterHeaders()
{
    return tr("SpamAssassin: remove_header all Checker-Version (and report_safe 0 keeps reports "
              "out of the body). amavisd-new: $X_HEADER_LINE = \"\" or "
              "$allowed_added_header_fields{lc('X-Virus-Scanned')} = 0. Postfix: "
              "smtp_header_checks with \"/^X-(Spam|Virus)-[A-Za-z-]+:/ IGNORE\" on outbound "
              "mail. Exim: headers_remove = X-Spam-Checker-Version : X-Virus-Scanned in the "
              "remote_smtp transport.");
}

QString HeaderRemediation::clockSkew()
{
    return tr("Keep every relay's clock synchronised (chrony or systemd-timesyncd on Unix, "
              "w32time from the domain hierarchy on Windows); skewed clocks make the timeline "
              "and the logs of an incident disagree.");
}

} // namespace mxscope
