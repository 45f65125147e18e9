<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mxscope::BannerFindings</name>
    <message>
        <source>The server discloses its software version</source>
        <translation></translation>
    </message>
    <message>
        <source>Seen: %1. A version lets an attacker look up exactly which vulnerabilities apply.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server names its mail software</source>
        <translation></translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server names its operating system</source>
        <translation></translation>
    </message>
    <message>
        <source>Operating system named: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The server announces an internal host name</source>
        <translation></translation>
    </message>
    <message>
        <source>Announced: %1. Internal names map the private network behind the mail server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server discloses private network addresses</source>
        <translation></translation>
    </message>
    <message>
        <source>Addresses seen: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation></translation>
    </message>
    <message>
        <source>The EHLO reply has no STARTTLS, so mail to this server travels unencrypted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Password authentication is offered without TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>AUTH %1 is offered on an unencrypted connection; passwords would cross the network readable.</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS certificate does not verify</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the session in its greeting</source>
        <translation></translation>
    </message>
    <message>
        <source>HELP is answered</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>HELP returned %n line(s).</source>
        <translation>
            <numerusform>HELP returned %n line.</numerusform>
            <numerusform>HELP returned %n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not support EHLO</source>
        <translation></translation>
    </message>
    <message>
        <source>EHLO was refused and HELO accepted: no extensions (no STARTTLS, no SIZE).</source>
        <translation></translation>
    </message>
    <message>
        <source>The greeting is delayed</source>
        <translation></translation>
    </message>
    <message>
        <source>The greeting came after %1 s (a greet-delay or pregreet test, or an overloaded server).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::BannerHtmlReport</name>
    <message>
        <source>mxscope banner check: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Banner check of %1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated %1 by mxscope %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The check could not complete:</source>
        <translation></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation></translation>
    </message>
    <message>
        <source>Greeting (after %1 ms)</source>
        <translation></translation>
    </message>
    <message>
        <source>HELO reply</source>
        <translation></translation>
    </message>
    <message>
        <source>EHLO reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::DisclosureAnalyzer</name>
    <message>
        <source>a private address</source>
        <translation></translation>
    </message>
    <message>
        <source>the name localhost</source>
        <translation></translation>
    </message>
    <message>
        <source>a single-label (unqualified) name</source>
        <translation></translation>
    </message>
    <message>
        <source>a name in the internal domain %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::FindingDetailView</name>
    <message>
        <source>How to fix it:</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence (transcript):</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a finding to see what was seen, how to fix it and the transcript lines behind it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::FindingsView</name>
    <message>
        <source>Info</source>
        <translation></translation>
    </message>
    <message>
        <source>Low</source>
        <translation></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation></translation>
    </message>
    <message>
        <source>High</source>
        <translation></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::GuiCommandLine</name>
    <message>
        <source>mxscope: test a mail server for relaying, disclosure and TLS weaknesses.</source>
        <translation></translation>
    </message>
    <message>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation></translation>
    </message>
    <message>
        <source>code</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail server to fill in.</source>
        <translation></translation>
    </message>
    <message>
        <source>host</source>
        <translation></translation>
    </message>
    <message>
        <source>Port to fill in (default 25).</source>
        <translation></translation>
    </message>
    <message>
        <source>port</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection security: none, starttls or implicit.</source>
        <translation></translation>
    </message>
    <message>
        <source>mode</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the banner check at once (needs --host).</source>
        <translation></translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit (after the check when --run is given, at most 20 seconds).</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or ja.
</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;; use none, starttls or implicit.
</source>
        <translation></translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;; use 1 to 65535.
</source>
        <translation></translation>
    </message>
    <message>
        <source>--run needs --host.
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::InputValidation</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation></translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation></translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 contains %2; refusing to send it, because it would inject an extra SMTP command.</source>
        <translation></translation>
    </message>
    <message>
        <source>The command contains %1; refusing to send it, because it would inject an extra SMTP command.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::MainWindow</name>
    <message>
        <source>mxscope — mail-server security tester</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About mxscope</source>
        <translation></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter a mail server and run the banner check.</source>
        <translation></translation>
    </message>
    <message>
        <source>Banner check of %1 running…</source>
        <translation></translation>
    </message>
    <message>
        <source>Banner check of %1 cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Banner check of %1 failed: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Banner check of %1 finished: %n finding(s).</source>
        <translation>
            <numerusform>Banner check of %1 finished: %n finding.</numerusform>
            <numerusform>Banner check of %1 finished: %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>About mxscope</source>
        <translation></translation>
    </message>
    <message>
        <source>mxscope %1

A mail-server security tester: banner and version disclosure, relay, STARTTLS and more.

Test only servers you are authorised to test.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeCertificate</name>
    <message>
        <source>this Qt has no working TLS backend</source>
        <translation></translation>
    </message>
    <message>
        <source>the openssl command was not found, so no certificate could be made</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>cannot run openssl: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>openssl did not finish within 10 s</source>
        <translation></translation>
    </message>
    <message>
        <source>openssl failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>openssl produced a certificate or key Qt cannot read</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeDirectory</name>
    <message>
        <source>Cannot read the user list %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The user list %1 is larger than 4 MiB.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user list %1 names nobody.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeProfile</name>
    <message>
        <source>A well-configured Postfix: neutral banner, STARTTLS, AUTH only after TLS, VRFY answers 252 to everyone, no EXPN, unknown users and relaying refused, 421 after 20 errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>An old Sendmail that gives everything away: software, version and an internal host in the banner, VRFY and EXPN on, HELP with the version, AUTH before TLS, unknown recipients accepted (backscatter).</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepts mail for any recipient in any domain from anyone; VRFY tells known from unknown users the way Postfix does (252 or 550).</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepts any local part at its own domains and answers VRFY with 252 for everyone, so enumeration cannot tell real users from made-up ones.</source>
        <translation></translation>
    </message>
    <message>
        <source>Delays each error reply longer than the last (0.2 s, 0.4 s, 0.8 s, ...) and closes with 421 after 5 errors.</source>
        <translation></translation>
    </message>
    <message>
        <source>Greets normally, then attacks the client: endless reply to EHLO, a 1 MiB line to HELO, binary garbage to HELP, VRFY and EXPN, a reset during DATA.</source>
        <translation></translation>
    </message>
    <message>
        <source>Greets with a multi-line reply that never ends.</source>
        <translation></translation>
    </message>
    <message>
        <source>Greets with binary garbage and NUL bytes, then hangs up.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sends every reply one byte at a time, one byte every 200 ms.</source>
        <translation></translation>
    </message>
    <message>
        <source>Behaves normally until DATA, then resets the connection in the middle of the message.</source>
        <translation></translation>
    </message>
    <message>
        <source>Greets with a single reply line 1 MiB long.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeServer</name>
    <message>
        <source>The practice server is already listening.</source>
        <translation></translation>
    </message>
    <message>
        <source>The practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>the %1 profile does not offer TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>Implicit TLS needs a certificate, and there is none: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::Remediation</name>
    <message>
        <source>Postfix: smtpd_banner = $myhostname ESMTP. Exim: smtp_banner = $smtp_active_hostname ESMTP. Sendmail: define(`confSMTP_LOGIN_MSG&apos;, `$j ESMTP&apos;). Exchange: Set-ReceiveConnector -Banner &quot;220 mail.example.com ESMTP&quot;. Disable or trim HELP where the MTA allows it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Announce the public name of the server: Postfix myhostname, Exim primary_hostname, Sendmail confDOMAIN_NAME, Exchange Set-ReceiveConnector -Fqdn.</source>
        <translation></translation>
    </message>
    <message>
        <source>Postfix: smtpd_tls_security_level = may with smtpd_tls_cert_file and smtpd_tls_key_file. Exim: tls_advertise_hosts = * with tls_certificate and tls_privatekey. Exchange: assign a certificate to the SMTP service (Enable-ExchangeCertificate -Services SMTP).</source>
        <translation></translation>
    </message>
    <message>
        <source>Postfix: smtpd_tls_auth_only = yes. Exim: auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}. Exchange: Set-ReceiveConnector -AuthMechanism Tls,Integrated,BasicAuth,BasicAuthRequireTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>Install a certificate from a trusted authority whose names include the host name clients connect to, and renew it before it expires.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes (starts &quot;%2&quot;).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines; it was cut off.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 bytes; it was cut off.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: &quot;%1&quot;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ScreenshotTaker</name>
    <message>
        <source>mxscope: the window was not ready in time; taking the screenshot anyway.
</source>
        <translation></translation>
    </message>
    <message>
        <source>mxscope: cannot write %1
</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::SmtpSession</name>
    <message>
        <source>Not connected</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation></translation>
    </message>
    <message>
        <source>Negotiating TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected, ready for a command</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>The HELO name</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to %1 port %2%3</source>
        <translation></translation>
    </message>
    <message>
        <source> (implicit TLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>The user name or password</source>
        <translation></translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n more message line(s) sent</source>
        <translation>
            <numerusform>%n more message line sent</numerusform>
            <numerusform>%n more message lines sent</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS; those bytes could be injected into the encrypted session.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation></translation>
    </message>
    <message>
        <source>waiting for the reply to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection to %1 port %2 refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Timed out: %1 took longer than %2 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Timed out waiting for the reply to %1 (%2 s).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server had sent only: &quot;%1&quot;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::TargetBar</name>
    <message>
        <source>Enter the host name or IP address of the mail server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The host name</source>
        <translation></translation>
    </message>
    <message>
        <source>The host name must not contain spaces.</source>
        <translation></translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation></translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation></translation>
    </message>
    <message>
        <source>Host name or IP address of the mail server to test</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Protocol keyword (RFC 3207); usually left as is.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>None: plain SMTP. STARTTLS: upgrade after EHLO. Implicit TLS: TLS from the first byte (port 465).</source>
        <translation></translation>
    </message>
    <message>
        <source>Run banner check</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation></translation>
    </message>
    <message>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent (TLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Received (TLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>Received</source>
        <translation></translation>
    </message>
    <message>
        <source>Event</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Reads the greeting, EHLO capabilities, TLS details and HELP of a mail server and reports what they disclose.</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>Also write an HTML report to FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>Greeting, EHLO capabilities, TLS details and disclosure findings</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the built-in practice SMTP server on loopback</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: mxscope-cli &lt;command&gt; [options]</source>
        <translation></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation></translation>
    </message>
    <message>
        <source>Run &apos;mxscope-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation></translation>
    </message>
    <message>
        <source>mxscope-cli: unknown command &apos;%1&apos; (see mxscope-cli --help)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::BannerReportPrinter</name>
    <message>
        <source>TLS: %1, %2 (%3 bits)</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation></translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation></translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Banner check of %1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Greeting (after %1 ms):</source>
        <translation></translation>
    </message>
    <message>
        <source>HELO reply:</source>
        <translation></translation>
    </message>
    <message>
        <source>EHLO reply:</source>
        <translation></translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>HELP reply:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>Findings: %n</numerusform>
            <numerusform>Findings: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::TargetOptions</name>
    <message>
        <source>Mail server to test (name or address).</source>
        <translation></translation>
    </message>
    <message>
        <source>host</source>
        <translation></translation>
    </message>
    <message>
        <source>TCP port (default 25; 465 for implicit TLS).</source>
        <translation></translation>
    </message>
    <message>
        <source>port</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection security: none, starttls or implicit (default none).</source>
        <translation></translation>
    </message>
    <message>
        <source>mode</source>
        <translation></translation>
    </message>
    <message>
        <source>Name to announce in EHLO/HELO (default mxscope.invalid).</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>Seconds to wait in each protocol step (default 30).</source>
        <translation></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation></translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>--tls must be none, starttls or implicit, not &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>--timeout must be between 0 and 600 seconds, not &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>--host</source>
        <translation></translation>
    </message>
    <message>
        <source>--helo</source>
        <translation></translation>
    </message>
</context>
</TS>
