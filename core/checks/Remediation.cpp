// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "checks/Remediation.h"

namespace mxscope {

QString Remediation::hideSoftwareBanner()
{
    return tr("Postfix: smtpd_banner = $myhostname ESMTP. Exim: smtp_banner = "
              "$smtp_active_hostname ESMTP. "
              "Sendmail: define(`confSMTP_LOGIN_MSG', `$j ESMTP'). Exchange: Set-ReceiveConnector "
              "-Banner "
              "\"220 mail.example.com ESMTP\". Disable or trim HELP where the MTA allows it.");
}

QString Remediation::publicHostName()
{
    return tr("Announce the public name of the server: Postfix myhostname, Exim primary_hostname, "
              "Sendmail confDOMAIN_NAME, Exchange Set-ReceiveConnector -Fqdn.");
}

QString Remediation::enableStartTls()
{
    return tr(
        "Postfix: smtpd_tls_security_level = may with smtpd_tls_cert_file and smtpd_tls_key_file. "
        "Exim: tls_advertise_hosts = * with tls_certificate and tls_privatekey. "
        "Exchange: assign a certificate to the SMTP service (Enable-ExchangeCertificate -Services "
        "SMTP).");
}

QString Remediation::authOnlyAfterTls()
{
    return tr("Postfix: smtpd_tls_auth_only = yes. Exim: auth_advertise_hosts = ${if "
              "eq{$tls_in_cipher}{}{}{*}}. "
              "Exchange: Set-ReceiveConnector -AuthMechanism "
              "Tls,Integrated,BasicAuth,BasicAuthRequireTLS.");
}

QString Remediation::trustedCertificate()
{
    return tr(
        "Install a certificate from a trusted authority whose names include the host name clients "
        "connect to, and renew it before it expires.");
}

} // namespace mxscope
