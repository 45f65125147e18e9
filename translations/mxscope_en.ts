<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>mxscope::AuditCheck</name>
    <message>
        <source>This check sends mail or loads the server, so it runs only after you confirm you are authorised to test this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the results so far are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped at the time limit of %n second(s); the results so far are kept.</source>
        <translation>
            <numerusform>Stopped at the time limit of %n second; the results so far are kept.</numerusform>
            <numerusform>Stopped at the time limit of %n seconds; the results so far are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::AuditGrade</name>
    <message>
        <source>No check completed, so the server cannot be graded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s).</source>
        <translation>
            <numerusform>%n critical finding.</numerusform>
            <numerusform>%n critical findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s).</source>
        <translation>
            <numerusform>%n high-severity finding.</numerusform>
            <numerusform>%n high-severity findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium-severity finding(s).</source>
        <translation>
            <numerusform>%n medium-severity finding.</numerusform>
            <numerusform>%n medium-severity findings.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low-severity finding(s).</source>
        <translation>
            <numerusform>%n low-severity finding.</numerusform>
            <numerusform>%n low-severity findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding above informational.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n check(s) completed; the grade covers those alone.</source>
        <translation>
            <numerusform>Only %1 of %n check completed; the grade covers those alone.</numerusform>
            <numerusform>Only %1 of %n checks completed; the grade covers those alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not start (they need your authorisation or more input) and are not graded.</source>
        <translation>
            <numerusform>%n check did not start (they need your authorisation or more input) and are not graded.</numerusform>
            <numerusform>%n checks did not start (they need your authorisation or more input) and are not graded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: F with any critical finding, D with any high, C with any medium, B with any low, A with informational findings only or none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::AuditHtmlReport</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish; this report shows what was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded before the check ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail server security audit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mxscope security report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1 by mxscope %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test only servers you are authorised to test.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::AuditHtmlSections</name>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cited lines are not in the saved transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1 (%n row)</numerusform>
            <numerusform>%1 (%n rows)</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:) during the run, and mxscope&apos;s own notes (**), numbered as the findings cite them; #n is the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n further line(s) exceeded the transcript&apos;s limit and are not shown.</source>
        <translation>
            <numerusform>%n further line exceeded the transcript&apos;s limit and are not shown.</numerusform>
            <numerusform>%n further lines exceeded the transcript&apos;s limit and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::AuditRunner</name>
    <message>
        <source>mxscope has no check called &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::BannerAuditCheck</name>
    <message>
        <source>Advertised extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) advertised.</source>
        <extracomment>The server answered EHLO (or HELO) listing this many extensions.</extracomment>
        <translation>
            <numerusform>%n extension advertised.</numerusform>
            <numerusform>%n extensions advertised.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure finding(s).</source>
        <translation>
            <numerusform>%n disclosure finding.</numerusform>
            <numerusform>%n disclosure findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Three sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Banner check of %1 port %2</source>
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
        <source>The check could not complete: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::BaselineJudge</name>
    <message>
        <source>MAIL FROM needs authentication first (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server answered MAIL FROM only with temporary failures (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the sender (%1), so RCPT probes cannot run; try another sender address.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server answered %1 only with temporary failures (%2), even after retries.</source>
        <translation></translation>
    </message>
    <message>
        <source>No reply to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No reply to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is disabled on this server (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs authentication first (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the probes&apos; domain as not its own (%1); give a domain it receives mail for.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the form of the probe address (%1); try giving the domain to append.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused %1 as out of sequence (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepts made-up recipients (%1): it is a catch-all, so RCPT cannot tell real users from invented ones.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server answers %1 with %2 for made-up names too, so it cannot tell real users from invented ones.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 answers 252 (cannot verify) to every name, made-up ones included: the reply says nothing about whether a user exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 tells users apart: made-up names got %2</source>
        <translation></translation>
    </message>
    <message>
        <source>, postmaster got %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refuses every %1 probe (%2), postmaster included: the refusal is not about the user.</source>
        <translation></translation>
    </message>
    <message>
        <source>Made-up names got different kinds of answer (%1), so %2 cannot tell users apart reliably.</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto chose RCPT TO, the fastest method here (pipelined): %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto chose %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not tested.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 can tell users apart on this server; use it instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>No method can tell users apart on this server.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::CapacityCheck</name>
    <message>
        <source>At most %1 connections are opened; %2 were asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opening up to %n concurrent connection(s) in steps, holding each one silent.</source>
        <translation>
            <numerusform>Opening up to %n concurrent connection in steps, holding each one silent.</numerusform>
            <numerusform>Opening up to %n concurrent connections in steps, holding each one silent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) attempted</source>
        <translation>
            <numerusform>%n concurrent connection attempted</numerusform>
            <numerusform>%n concurrent connections attempted</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the server closed the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ramp over after %1 ms: at most %n session(s) open at once.</source>
        <translation>
            <numerusform>Ramp over after %1 ms: at most %n session open at once.</numerusform>
            <numerusform>Ramp over after %1 ms: at most %n sessions open at once.</numerusform>
        </translation>
    </message>
    <message>
        <source>no time left within the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measuring how long a silent session is kept (up to %n s)</source>
        <translation>
            <numerusform>Measuring how long a silent session is kept (up to %n s)</numerusform>
            <numerusform>Measuring how long a silent session is kept (up to %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>One more session: EHLO, then silence until the server closes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection was greeted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::CapacityFindings</name>
    <message>
        <source>Limit concurrent sessions per client address. Postfix: smtpd_client_connection_count_limit (default 50, enforced by the anvil service; smtpd_client_event_limit_exceptions exempts $mynetworks). Exim: smtp_accept_max_per_host (unset by default) besides smtp_accept_max. Exchange: Set-ReceiveConnector -MaxInboundConnectionPerSource (default 20) and -MaxInboundConnectionPercentagePerSource. Sendmail: define(`confCONNECTION_RATE_THROTTLE&apos;) and FEATURE(`conncontrol&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No per-client connection limit up to %n connection(s)</source>
        <translation>
            <numerusform>No per-client connection limit up to %n connection</numerusform>
            <numerusform>No per-client connection limit up to %n connections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) from this client were greeted with 220 and held open at the same time; the server never refused one.</source>
        <translation>
            <numerusform>All %n connection from this client were greeted with 220 and held open at the same time; the server never refused one.</numerusform>
            <numerusform>All %n connections from this client were greeted with 220 and held open at the same time; the server never refused one.</numerusform>
        </translation>
    </message>
    <message>
        <source>A silent session stayed open for %1, so one client can hold these slots for minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common defaults allow up to %1 sessions per client, so a ramp this small cannot tell a missing limit from a default one; repeat with more connections to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One client used up the server&apos;s capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>With %1 session(s) of this client open, %n further connection(s) got no greeting at all before the time limit, instead of a 421 for this client. The server (or its listener) had no free session left, so other clients would have waited too.</source>
        <translation>
            <numerusform>With %1 session(s) of this client open, %n further connection got no greeting at all before the time limit, instead of a 421 for this client. The server (or its listener) had no free session left, so other clients would have waited too.</numerusform>
            <numerusform>With %1 session(s) of this client open, %n further connections got no greeting at all before the time limit, instead of a 421 for this client. The server (or its listener) had no free session left, so other clients would have waited too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the per-client limit well below the total process or session limit (Postfix default_process_limit, Exim smtp_accept_max, Exchange MaxInboundConnection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excess connections were dropped without an SMTP reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>After %1 open session(s), %n connection(s) were refused, reset or left unanswered at the TCP level instead of receiving 421. That still protects the server (a firewall connection limit behaves like this), but the client learns no reason.</source>
        <translation>
            <numerusform>After %1 open session(s), %n connection was refused, reset or left unanswered at the TCP level instead of receiving 421. That still protects the server (a firewall connection limit behaves like this), but the client learns no reason.</numerusform>
            <numerusform>After %1 open session(s), %n connections were refused, reset or left unanswered at the TCP level instead of receiving 421. That still protects the server (a firewall connection limit behaves like this), but the client learns no reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prefer the MTA&apos;s own per-client limit, which answers 421 4.7.0, to a silent drop. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle sessions are closed after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After EHLO the server closed a silent session after %1%2. RFC 5321 (4.5.3.2.7) asks servers to wait at least 5 minutes for the next command; a much shorter timeout resists slow-connection attacks but may cut off slow legitimate clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually intended. Postfix: smtpd_timeout (300 s, 10 s under stress). Exim: smtp_receive_timeout. Exchange: Set-ReceiveConnector -ConnectionInactivityTimeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idle sessions kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n connection(s): this computer could not open more (%1); %2.</source>
        <translation>
            <numerusform>Stopped after %n connection: this computer could not open more (%1); %2.</numerusform>
            <numerusform>Stopped after %n connections: this computer could not open more (%1); %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped greeting new connections beyond %n concurrent session(s) of this client; %1.</source>
        <translation>
            <numerusform>The server stopped greeting new connections beyond %n concurrent session of this client; %1.</numerusform>
            <numerusform>The server stopped greeting new connections beyond %n concurrent sessions of this client; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused this client beyond %n concurrent session(s) (%1); %2.</source>
        <translation>
            <numerusform>The server refused this client beyond %n concurrent session (%1); %2.</numerusform>
            <numerusform>The server refused this client beyond %n concurrent sessions (%1); %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time limit ended the ramp after %n connection(s), all accepted; %1.</source>
        <translation>
            <numerusform>The time limit ended the ramp after %n connection, all accepted; %1.</numerusform>
            <numerusform>The time limit ended the ramp after %n connections, all accepted; %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n concurrent connection(s) were accepted without a refusal; %1.</source>
        <translation>
            <numerusform>All %n concurrent connection was accepted without a refusal; %1.</numerusform>
            <numerusform>All %n concurrent connections were accepted without a refusal; %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::CapacityReport</name>
    <message>
        <source>no answer yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused with 421</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected at connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed before the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>local error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections of the ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greeting (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server reply or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(closed by the server while held)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted and refused connections over the ramp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent connections attempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, held open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::CheckCatalogue</name>
    <message>
        <source>Banner and information disclosure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the greeting, EHLO and HELP replies and reports software versions and internal names they disclose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS and STARTTLS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks that STARTTLS is offered and works, reads the protocol, cipher and certificate, tries TLS 1.0 and 1.1, and reports password AUTH or mail accepted before TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries every known relay trick from an unauthenticated client and judges at RCPT TO; no message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account enumeration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks with VRFY, EXPN or RCPT TO whether common account names exist, after a baseline of made-up names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tries your own domain, the null sender, an unqualified sender and a non-existent domain as an anonymous client to a local recipient, judged at RCPT TO; no message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware and spam filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the EICAR test file (in the body and as an attachment) and GTUBE, and reports whether the server refuses them at the end of DATA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS and sender authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s MX hosts and their addresses, reverse DNS of the server, SPF, DMARC and MTA-STS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection exhaustion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens a bounded ramp of silent concurrent connections to find the per-client limit, and measures how long an idle session is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::CheckPickerDialog</name>
    <message>
        <source>I am authorised to test this server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run checks on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sends mail or loads the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checks are available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the &amp;full audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test only servers you are authorised to test. Checks marked as sending mail or loading the server need your confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::CheckResultPanel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::CheckRunView</name>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleAuthPanel</name>
    <message>
        <source>PLAIN sends one line: AUTH PLAIN and base64(\0user\0password).</source>
        <translation></translation>
    </message>
    <message>
        <source>LOGIN answers two 334 prompts: base64(user), then base64(password).</source>
        <translation></translation>
    </message>
    <message>
        <source>CRAM-MD5 answers the server&apos;s challenge with the user and an HMAC-MD5 of it; the password itself is never sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Base64 is an encoding, not encryption: without TLS anyone on the path can read the password. The transcript shows &lt;redacted&gt; instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>AUTH helper</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>Used for this one AUTH command and then forgotten.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Authenticate</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleConnectionBar</name>
    <message>
        <source>None (STARTTLS by hand)</source>
        <translation></translation>
    </message>
    <message>
        <source>STARTTLS at once</source>
        <extracomment>Upgrade with STARTTLS right after the greeting; keep the word STARTTLS as is.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>None: a plain connection; upgrade it whenever you like with Start TLS or by typing STARTTLS. STARTTLS at once: mxscope sends EHLO and STARTTLS right after the greeting. Implicit TLS: TLS from the first byte (port 465).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation></translation>
    </message>
    <message>
        <source>Start &amp;TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>Send STARTTLS now and upgrade the connection when the server answers 220. The server forgets the EHLO: send EHLO again.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation></translation>
    </message>
    <message>
        <source>Drop the connection at once (type QUIT to say goodbye).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleDataPanel</name>
    <message>
        <source>A test message typed in the mxscope console.</source>
        <translation></translation>
    </message>
    <message>
        <source>DATA mode: type the message, header lines first, then an empty line and the body. Send message sends DATA, and after the server&apos;s 354 the message with every line that starts with a dot doubled, then the lone &quot;.&quot; line.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to commands</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleHexView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>(an event noted by mxscope, not bytes on the wire)</source>
        <translation></translation>
    </message>
    <message>
        <source>(CR LF included)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n byte(s).</source>
        <translation>
            <numerusform>Showing the first %n byte.</numerusform>
            <numerusform>Showing the first %n bytes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a transcript line to see its bytes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleTranscriptExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleTranscriptPane</name>
    <message>
        <source>Save console transcript</source>
        <translation></translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Show CR LF</source>
        <translation></translation>
    </message>
    <message>
        <source>Mark the CR LF that ends every line sent or received.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hex</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the selected line&apos;s bytes in hex.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the transcript as a text file.</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the transcript shown here.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 older line(s) not shown.</source>
        <translation>
            <numerusform>%1 older line not shown.</numerusform>
            <numerusform>%1 older lines not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleVerbBar</name>
    <message>
        <source>AUTH…</source>
        <translation></translation>
    </message>
    <message>
        <source>Puts the command into the command line; edit it if you like and press Enter to send it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Opens DATA mode: type the whole message, then send it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Opens the AUTH helper, which encodes the user name and password and keeps the password out of the transcript.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleWidget</name>
    <message>
        <source>Transcript saved to %1</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS is on. The server has forgotten your EHLO: send EHLO again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not connected: click Connect first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the credentials in the AUTH helper.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation></translation>
    </message>
    <message>
        <source>The session ended: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Last reply: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation></translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type an SMTP command, e.g. EHLO client.example, and press Enter</source>
        <translation></translation>
    </message>
    <message>
        <source>Send</source>
        <translation></translation>
    </message>
    <message>
        <source>Not sent: an AUTH line with credentials would put them into the transcript. Enter them in the AUTH helper, which sends them as &lt;redacted&gt;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleWindow</name>
    <message>
        <source>SMTP console</source>
        <translation></translation>
    </message>
    <message>
        <source>SMTP console — %1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation></translation>
    </message>
    <message>
        <source>Save to run &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::CsvExport</name>
    <message>
        <source>Transcript line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
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
    <name>mxscope::DnsCheck</name>
    <message>
        <source>The DNS check needs the mail domain (--domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups for %1 through the system resolver.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS lookups for %1 through the name server %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MX, SPF, DMARC and MTA-STS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses of the MX hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS of the server addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward confirmation of reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name server gave no usable answer for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::DnsFindings</name>
    <message>
        <source>The domain does not exist in DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name server answered NXDOMAIN for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the domain&apos;s spelling and its delegation at the registrar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain has no MX record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no MX record, so senders fall back to its A/AAAA address (RFC 5321 5.1), which is rarely the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish an MX record, e.g. &quot;%1. MX 10 mail.%1.&quot;, or a null MX (&quot;MX 0 .&quot;, RFC 7505) when the domain receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes a null MX (&quot;%2 .&quot;, RFC 7505).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do if the domain really receives no mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MX host has no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MX host %1 of %2 has neither an A nor an AAAA record, so mail for it cannot be delivered there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 an A (and AAAA) record, or remove it from the MX set. MX targets must be host names with addresses, not CNAMEs (RFC 2181 10.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask whoever runs the address block (often the hosting provider) for a PTR record naming the server&apos;s host name, and give that name an A/AAAA record with the same address. Postfix: myhostname; Exim: primary_hostname; Exchange: the connector&apos;s FQDN should match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server address has no reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no PTR record. Many receivers refuse or distrust mail from addresses without reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse DNS does not resolve back to the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points to %2, but that name does not resolve to %1 (forward-confirmed reverse DNS fails).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The greeting names another host than reverse DNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server greets as &quot;%1&quot;, but %2 has the PTR name %3. Receivers compare the announced name with reverse DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish one TXT record at %1 such as &quot;v=spf1 mx -all&quot; listing every host that sends the domain&apos;s mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes no TXT record starting with &quot;v=spf1&quot;, so anyone can send mail in its name without an SPF failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one SPF record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records: %3. RFC 7208 (4.5) makes that a permanent error, so receivers ignore SPF for the domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge them into a single &quot;v=spf1&quot; record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF authorises every host on the Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record %1 ends in &quot;+all&quot;: any sender passes SPF for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF is neutral about unlisted senders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record %1 ends in &quot;?all&quot;, so mail from any other host is neither passed nor failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPF has no &quot;all&quot; mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SPF record %1 has neither &quot;all&quot; nor &quot;redirect=&quot;; unlisted senders get a neutral result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1 such as &quot;v=DMARC1; p=quarantine; rua=mailto:dmarc@%1&quot;, then move to p=reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record, so receivers have no policy for mail that fails SPF and DKIM in the domain&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one DMARC record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_dmarc.%1 has %2 DMARC records: %3. Receivers then apply no DMARC policy (RFC 7489 6.6.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a single &quot;v=DMARC1&quot; record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record has no policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record %1 lacks the required p= tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DMARC record %1 asks receivers to deliver failing mail anyway; it gives reports but no protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No MTA-STS policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_mta-sts.%1 has no &quot;v=STSv1&quot; record, so sending servers cannot insist on TLS to this domain&apos;s MX hosts and a network attacker can strip STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish &quot;v=STSv1; id=&lt;date&gt;&quot; at _mta-sts.%1, the policy at https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461), and a TLS-RPT record at _smtp._tls.%1 for failure reports (RFC 8460).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n records (an error)</source>
        <translation>
            <numerusform>%n records (an error)</numerusform>
            <numerusform>%n records (an error)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s), SPF %2, DMARC %3; %4 finding(s).</source>
        <translation>
            <numerusform>%1: %n MX host, SPF %2, DMARC %3; %4 finding(s).</numerusform>
            <numerusform>%1: %n MX hosts, SPF %2, DMARC %3; %4 finding(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::DnsQuery</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::DnsReport</name>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no records of this type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name does not exist (NXDOMAIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name server refused to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationAuditCheck</name>
    <message>
        <source>Exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict per name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply time per probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No user could be told apart: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n name(s) found to exist with %2.</source>
        <translation>
            <numerusform>%1 of %n name found to exist with %2.</numerusform>
            <numerusform>%1 of %n names found to exist with %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline with made-up names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationCharts</name>
    <message>
        <source>Verdicts</source>
        <translation></translation>
    </message>
    <message>
        <source>Names</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency per probe</source>
        <translation></translation>
    </message>
    <message>
        <source>Probe (in order of reply)</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationFindings</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Users found: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Members disclosed: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Postfix: disable_vrfy_command = yes. Sendmail: define(`confPRIVACY_FLAGS&apos;, `goaway&apos;) or at least novrfy. Exim: leave acl_smtp_vrfy unset (VRFY is refused by default). Exchange answers 252 to VRFY by default; keep it that way.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sendmail: define(`confPRIVACY_FLAGS&apos;, `goaway&apos;) or at least noexpn. Exim: leave acl_smtp_expn unset (EXPN is refused by default). Postfix and Exchange do not implement EXPN.</source>
        <translation></translation>
    </message>
    <message>
        <source>RCPT must refuse unknown users, so limit how fast a client may guess. Postfix: smtpd_soft_error_limit, smtpd_hard_error_limit (e.g. 10), smtpd_error_sleep_time, smtpd_client_recipient_rate_limit, postscreen, and fail2ban on &quot;User unknown&quot;. Exim: a ratelimit ACL on failed recipients. Sendmail: confBAD_RCPT_THROTTLE. Exchange: the receive connector&apos;s TarpitInterval and recipient validation.</source>
        <translation></translation>
    </message>
    <message>
        <source>Refuse unknown recipients during the SMTP dialogue instead of bouncing later. Postfix: never leave local_recipient_maps empty; smtpd_reject_unlisted_recipient = yes; relay_recipient_maps for relayed domains. Exim: verify = recipient in acl_smtp_rcpt. Sendmail: no catch-all in virtusertable. Exchange: enable recipient filtering for recipients not in the directory.</source>
        <translation></translation>
    </message>
    <message>
        <source>VRFY tells real users from made-up ones</source>
        <translation></translation>
    </message>
    <message>
        <source>EXPN tells real users apart and lists members</source>
        <translation></translation>
    </message>
    <message>
        <source>RCPT TO tells real users from made-up ones</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown recipients are accepted (backscatter)</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail to them will bounce later, to whatever sender a spammer forged: the server becomes a source of backscatter.</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed guesses are not throttled</source>
        <translation></translation>
    </message>
    <message>
        <source>A harvester can guess about %1 names per minute.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>During the enumeration the server throttled %n time(s); mxscope spread the probes over more sessions.</source>
        <translation>
            <numerusform>During the enumeration the server throttled %n time; mxscope spread the probes over more sessions.</numerusform>
            <numerusform>During the enumeration the server throttled %n times; mxscope spread the probes over more sessions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved: about %1 guesses per minute.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server slows down or stops harvesters</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationInputPanel</name>
    <message>
        <source>The domain</source>
        <translation></translation>
    </message>
    <message>
        <source>The sender</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm that you are authorised to test this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Import user list</source>
        <translation></translation>
    </message>
    <message>
        <source>User lists (*.txt *.lst)</source>
        <translation></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not import the list: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1.</source>
        <translation>
            <numerusform>%n name from %1.</numerusform>
            <numerusform>%n names from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s).</source>
        <translation>
            <numerusform>%n name.</numerusform>
            <numerusform>%n names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) dropped.</source>
        <translation>
            <numerusform>%n duplicate dropped.</numerusform>
            <numerusform>%n duplicates dropped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n line skipped.</numerusform>
            <numerusform>%n lines skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User names, one per line:</source>
        <translation></translation>
    </message>
    <message>
        <source>admin
root
sales</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation></translation>
    </message>
    <message>
        <source>Auto (pick the method that works)</source>
        <translation></translation>
    </message>
    <message>
        <source>VRFY</source>
        <extracomment>SMTP command names; usually left as is.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>EXPN</source>
        <translation></translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation></translation>
    </message>
    <message>
        <source>example.org (optional: probes name@example.org)</source>
        <translation></translation>
    </message>
    <message>
        <source>empty: the null sender &lt;&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation></translation>
    </message>
    <message>
        <source> per second</source>
        <translation></translation>
    </message>
    <message>
        <source>At most %1 parallel sessions.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rate cap:</source>
        <translation></translation>
    </message>
    <message>
        <source>I am &amp;authorised to test this server</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationPlan</name>
    <message>
        <source>No mail server was given.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user list is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connections must be between 1 and %1, not %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The rate cap must be zero (none) or a positive number of probes per second.</source>
        <translation></translation>
    </message>
    <message>
        <source>The baseline needs between 1 and %1 made-up names.</source>
        <translation></translation>
    </message>
    <message>
        <source>The session error budget, attempts and time limit must be positive.</source>
        <translation></translation>
    </message>
    <message>
        <source>The domain</source>
        <translation></translation>
    </message>
    <message>
        <source>The sender</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must not contain spaces or angle brackets.</source>
        <translation></translation>
    </message>
    <message>
        <source>The domain must not contain &apos;@&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name %1 (&quot;%2&quot;) is empty or holds spaces, angle brackets or control characters.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationResultsModel</name>
    <message>
        <source>exists</source>
        <extracomment>Verdict of one probed user name.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>absent</source>
        <extracomment>Verdict of one probed user name.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Verdict of one probed user name: the reply could not tell.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation></translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Method</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation></translation>
    </message>
    <message>
        <source>Latency</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationResultsView</name>
    <message>
        <source>Filter by name or reply</source>
        <translation></translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationRun</name>
    <message>
        <source>The server did not answer.</source>
        <translation></translation>
    </message>
    <message>
        <source>No SMTP session got as far as a probe: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationWindow</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can tell users apart.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot: %2</source>
        <extracomment>%1 is a method (VRFY, EXPN, RCPT TO), %2 the reason from the server&apos;s replies.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Testing the methods with made-up names…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>Estimated time left, e.g. &quot;about 2 min 10 s left&quot;.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The enumeration failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No users can be told apart on this server: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Found %n user(s) of %1 with %2.</source>
        <translation>
            <numerusform>Found %n user of %1 with %2.</numerusform>
            <numerusform>Found %n users of %1 with %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n name(s).</source>
        <translation>
            <numerusform>Cancelled after %n name.</numerusform>
            <numerusform>Cancelled after %n names.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at the time limit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Account enumeration</source>
        <translation></translation>
    </message>
    <message>
        <source>Account enumeration — %1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation></translation>
    </message>
    <message>
        <source>A baseline of made-up names decides first which methods can tell users apart on this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation></translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::EnvelopeValidation</name>
    <message>
        <source>The sending domain</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the domain your test mail comes from, e.g. example.net.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sending domain must not contain spaces.</source>
        <translation></translation>
    </message>
    <message>
        <source>The sending domain must be a domain name such as example.net, or an address literal such as [192.0.2.1].</source>
        <translation></translation>
    </message>
    <message>
        <source>The user name</source>
        <translation></translation>
    </message>
    <message>
        <source>The password</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::FilterFindings</name>
    <message>
        <source>- %1: %2 (token %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing acted while the message was received. A filter that runs after queueing (a post-queue content filter, a quarantine) may still catch it: look for the token in the recipient&apos;s mailbox and in the quarantine. Refusing at the end of DATA is better: the sender learns at once and no bounce is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EICAR test file in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EICAR test file as an attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GTUBE spam test string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan messages before accepting them and refuse malware with a 5xx reply. Postfix: a milter (smtpd_milters = unix:/run/clamav/clamav-milter.ctl with OnInfected Reject, or rspamd&apos;s milter) or amavis as a before-queue filter (smtpd_proxy_filter). Exim: av_scanner = clamd:/run/clamav/clamd.ctl and in acl_check_data: deny malware = * message = malware detected ($malware_name). Exchange: enable the anti-malware policy (Set-MalwareFilteringServer -BypassFiltering $false; Exchange Online: the anti-malware policy with the common attachments filter). Scanners must decode MIME attachments, not only the body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score messages before accepting them and refuse clear spam with a 5xx reply. Postfix: rspamd or spamass-milter via smtpd_milters. Exim: spamd_address and in acl_check_data: deny spam = nobody:true condition = ${if &gt;{$spam_score_int}{100}}. Exchange: the content filter agent (Set-ContentFilterConfig -SCLRejectEnabled $true -SCLRejectThreshold 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server accepted the EICAR anti-virus test file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) carrying the EICAR test file got a success reply at the end of DATA:</source>
        <translation>
            <numerusform>%n message carrying the EICAR test file got a success reply at the end of DATA:</numerusform>
            <numerusform>%n messages carrying the EICAR test file got a success reply at the end of DATA:</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the GTUBE spam test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spam filters score GTUBE as certain spam, yet the server answered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server dropped the connection after a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 5321 requires a reply after the final &quot;.&quot;. Without one a sending server cannot tell whether the message was taken and retries it later:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the content filter&apos;s logs for crashes or time-outs (amavis, clamd, the milter) and let the MTA refuse (5xx) or defer (4xx) instead of hanging up; Postfix: milter_default_action = tempfail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server deferred a test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 4xx reply at the end of DATA asks the sender to try again later. Greylisting does this once; a scanner that is down does it every time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every message is deferred, check that the scanner (clamd, amavis, rspamd) is running and reachable by the MTA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::FilterTestCheck</name>
    <message>
        <source>This check needs a recipient the server delivers locally (--to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending test message %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[test string of the %1 payload, %n byte(s), not shown]</source>
        <translation>
            <numerusform>[test string of the %1 payload, %n byte, not shown]</numerusform>
            <numerusform>[test string of the %1 payload, %n bytes, not shown]</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender, so the message never reached a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the recipient, so the message never reached a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered DATA with %1 instead of 354, so the message was never sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused DATA, so the message never reached a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered the end of the message with a reply that is neither success nor failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection ended before the server answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test message reached the content filter: %1</source>
        <translation type="unfinished"></translation>
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
    <name>mxscope::FindingsPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s) shown</source>
        <translation>
            <numerusform>%1 of %n finding shown</numerusform>
            <numerusform>%1 of %n findings shown</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the transcript lines that prove this finding</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
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
    <name>mxscope::HarvestProbe</name>
    <message numerus="yes">
        <source>The server refused %n made-up name(s) in one %1 session promptly, with no delay and no disconnect.</source>
        <translation>
            <numerusform>The server refused %n made-up name in one %1 session promptly, with no delay and no disconnect.</numerusform>
            <numerusform>The server refused %n made-up names in one %1 session promptly, with no delay and no disconnect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n invalid name(s) in one %1 session the server slowed its replies down (up to %2 ms).</source>
        <translation>
            <numerusform>After %n invalid name in one %1 session the server slowed its replies down (up to %2 ms).</numerusform>
            <numerusform>After %n invalid names in one %1 session the server slowed its replies down (up to %2 ms).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n invalid name(s) in one %1 session the server answered with temporary failures.</source>
        <translation>
            <numerusform>After %n invalid name in one %1 session the server answered with temporary failures.</numerusform>
            <numerusform>After %n invalid names in one %1 session the server answered with temporary failures.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n invalid name(s) in one %1 session the server ended the session.</source>
        <translation>
            <numerusform>After %n invalid name in one %1 session the server ended the session.</numerusform>
            <numerusform>After %n invalid names in one %1 session the server ended the session.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured: the server accepted some of the made-up names.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderAnalyserWindow</name>
    <message>
        <source>Open a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a received message&apos;s header above, open an .eml file, or drop one on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), </source>
        <translation>
            <numerusform>%n header field, </numerusform>
            <numerusform>%n header fields, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), </source>
        <translation>
            <numerusform>%n hop, </numerusform>
            <numerusform>%n hops, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>%n finding.</numerusform>
            <numerusform>%n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the header of a message received through the server under test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received chain, oldest hop first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the header discloses:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderBlockParser</name>
    <message>
        <source>The message is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header block is larger than %1 KiB; no empty line ends it within that limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes (starts &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 contains NUL bytes; this is not a message header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 continues a field that does not exist: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 is not a header field: &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has more than %1 fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header fields were found; this does not look like a mail message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderFindings</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; and %n more</numerusform>
            <numerusform>%1; and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in Received (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header discloses private network addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: %1. They map the network behind the mail server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) in %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names internal hosts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Sendmail) by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Exchange build) by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Received chain discloses mail software versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: %1. A version lets an attacker look up exactly which vulnerabilities apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Received chain names the mail software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header names the sender&apos;s mail program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header discloses the sender&apos;s own IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: %1. It locates the sender&apos;s workstation or home connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange organisation headers left the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header carries Exchange routing headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n X-MS-Exchange field(s): %1.</source>
        <translation>
            <numerusform>%n X-MS-Exchange field: %1.</numerusform>
            <numerusform>%n X-MS-Exchange fields: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The header names the spam and virus filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: %1. Knowing the filter and its version helps craft mail that slips past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2 is stamped %3 s before the hop it follows: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relay clocks disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Received fields have no readable date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen: %1. RFC 5321 requires a date after the &quot;;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderInput</name>
    <message>
        <source>Only the newest %1 of %2 Received fields were read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderRemediation</name>
    <message>
        <source>Strip the internal hops on the outbound gateway. Postfix: smtp_header_checks = regexp:/etc/postfix/smtp_header_checks with a line such as &quot;/^Received: from .*\[(10|127|192\.168|172\.(1[6-9]|2[0-9]|3[01]))\./ IGNORE&quot; (or IGNORE the Received line your submission service adds for authenticated senders). Exim: in the remote_smtp transport, headers_remove = Received is too blunt; set received_header_text so the submission hop omits $sender_fullhost for authenticated clients, e.g. ${if def:authenticated_id{}{from $sender_rcvhost}}. Exchange: remove the routing headers on the Internet send connector with Remove-ADPermission -Identity &quot;&lt;connector&gt;&quot; -User &quot;NT AUTHORITY\Anonymous Logon&quot; -ExtendedRights Ms-Exch-Send-Headers-Routing. Give relays public, qualified names (Postfix myhostname, Exim primary_hostname).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix adds no version to Received; check that no content filter does. Exim: set received_header_text without $version_number (the default writes &quot;(Exim $version_number)&quot;). Sendmail: define(`confRECEIVED_HEADER&apos;, ...) without $v and $Z. Exchange: the &quot;id 15.x&quot; build number goes with the routing headers; remove them with Remove-ADPermission ... -ExtendedRights Ms-Exch-Send-Headers-Routing on the send connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix: smtp_header_checks (or header_checks on the submission service) with &quot;/^(X-Mailer|User-Agent|X-Originating-IP|X-Forwarded-For):/ IGNORE&quot;. Exim: headers_remove = X-Mailer : User-Agent : X-Originating-IP in the remote_smtp transport. Exchange: New-TransportRule -SentToScope NotInOrganization -RemoveHeader &quot;X-Originating-IP&quot; (one rule per header), which also works in Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-MS-Exchange-Organization-* headers should never leave the organisation. Exchange: Remove-ADPermission -Identity &quot;&lt;Internet send connector&gt;&quot; -User &quot;NT AUTHORITY\Anonymous Logon&quot; -ExtendedRights Ms-Exch-Send-Headers-Organization, Ms-Exch-Send-Headers-Routing; or New-TransportRule -SentToScope NotInOrganization -RemoveHeader &quot;&lt;header name&gt;&quot;. When a Postfix or Exim gateway sits in front: &quot;/^X-MS-Exchange-Organization-/ IGNORE&quot; in smtp_header_checks, or headers_remove = X-MS-Exchange-Organization-* in Exim&apos;s remote_smtp transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpamAssassin: remove_header all Checker-Version (and report_safe 0 keeps reports out of the body). amavisd-new: $X_HEADER_LINE = &quot;&quot; or $allowed_added_header_fields{lc(&apos;X-Virus-Scanned&apos;)} = 0. Postfix: smtp_header_checks with &quot;/^X-(Spam|Virus)-[A-Za-z-]+:/ IGNORE&quot; on outbound mail. Exim: headers_remove = X-Spam-Checker-Version : X-Virus-Scanned in the remote_smtp transport.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep every relay&apos;s clock synchronised (chrony or systemd-timesyncd on Unix, w32time from the domain hierarchy on Windows); skewed clocks make the timeline and the logs of an incident disagree.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::HopTimelineView</name>
    <message>
        <source>first hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (clock skew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::HtmlPage</name>
    <message>
        <source>Generated %1 by mxscope %2.</source>
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
        <source>Evidence:</source>
        <translation></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation></translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the reports&apos; HTML lang attribute.</extracomment>
        <translation type="unfinished"></translation>
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
    <name>mxscope::JsonLinesJournal</name>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
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
    <message>
        <source>&amp;Tools</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Relay test wizard…</source>
        <translation></translation>
    </message>
    <message>
        <source>Check step by step whether the server is an open relay</source>
        <translation></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation></translation>
    </message>
    <message>
        <source>SMTP &amp;console…</source>
        <translation></translation>
    </message>
    <message>
        <source>Talk to the server by hand, as with telnet, with every reply explained</source>
        <translation></translation>
    </message>
    <message>
        <source>Account &amp;enumeration…</source>
        <translation></translation>
    </message>
    <message>
        <source>Find out which user names exist, and whether the server can tell at all</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a target and run checks on it, or run a quick banner check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mail server to test (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;practice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A built-in mail server on this computer, safe to test while learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose checks and run them on the selected target (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running checks; what arrived is kept (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console session was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to mxscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mxscope tests mail servers you are authorised to test.

To try it safely first, start the built-in practice server (it listens on this computer only) and add it as a target. The relay test wizard walks you through the most important test step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;relay wizard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %1 of %n check(s) on %2…</source>
        <translation>
            <numerusform>Running %1 of %n check on %2…</numerusform>
            <numerusform>Running %1 of %n checks on %2…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %1 was interrupted: %n finding(s) saved.</source>
        <translation>
            <numerusform>Run on %1 was interrupted: %n finding saved.</numerusform>
            <numerusform>Run on %1 was interrupted: %n findings saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %1 finished: %n finding(s).</source>
        <translation>
            <numerusform>Run on %1 finished: %n finding.</numerusform>
            <numerusform>Run on %1 finished: %n findings.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Header analyser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find internal addresses, host names and versions in a received message&apos;s header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare reports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed, new and unchanged findings between two JSON reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::ManualRelayRunner</name>
    <message>
        <source>The connection is closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The command could not be sent.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ManualStepText</name>
    <message>
        <source>Connect and read the banner</source>
        <translation></translation>
    </message>
    <message>
        <source>Say hello (EHLO)</source>
        <translation></translation>
    </message>
    <message>
        <source>Say hello the old way (HELO)</source>
        <translation></translation>
    </message>
    <message>
        <source>Switch to TLS (STARTTLS)</source>
        <translation></translation>
    </message>
    <message>
        <source>Say hello again, encrypted (EHLO)</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in (AUTH)</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the sender (MAIL FROM)</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the recipient (RCPT TO)</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the message (DATA)</source>
        <translation></translation>
    </message>
    <message>
        <source>Send the header and body</source>
        <translation></translation>
    </message>
    <message>
        <source>End the message (a lone dot)</source>
        <translation></translation>
    </message>
    <message>
        <source>Abandon the transaction (RSET)</source>
        <translation></translation>
    </message>
    <message>
        <source>Say goodbye (QUIT)</source>
        <translation></translation>
    </message>
    <message>
        <source>connect to %1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 … (the test message)</source>
        <translation></translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation></translation>
    </message>
    <message>
        <source>skipped: safe mode sends RSET instead</source>
        <translation></translation>
    </message>
    <message>
        <source>skipped: the server refused an earlier step</source>
        <translation></translation>
    </message>
    <message>
        <source>not sent: the connection ended</source>
        <translation></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>sent after the 354; the server answers after the dot</source>
        <translation></translation>
    </message>
    <message>
        <source>Safe mode judges the server by its answer to RCPT TO and never sends a message. Choose &quot;Send a real test message&quot; on the previous page to include DATA.</source>
        <translation></translation>
    </message>
    <message>
        <source>The header and body lines go out right after the 354 reply, followed by a line holding a single dot. The server answers only once it has read the dot.</source>
        <translation></translation>
    </message>
    <message>
        <source>Press &quot;Send next command&quot; to connect, or &quot;Run all steps&quot; to watch the whole conversation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted %1 after you logged in. That is expected and is not an open relay.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the external recipient %1 from a client that did not log in: it is willing to relay, which makes it an open relay.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused to relay for this sender/recipient (%1). That is what a closed relay does.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the recipient for now (%1). Run the test again later to be sure.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the sender (%1), so this pair could not be tested. Try another sender address.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the test message for delivery. Look for %1 in the recipient&apos;s mailbox.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the message (%1). If it accepted the recipient first, it checks relayed mail only after reading it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the session at its greeting (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The login failed (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
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
    <message>
        <source>Like hardened, with a content filter that refuses the EICAR test file (in the body or as an attachment) with 554 5.7.1 and GTUBE with 550 5.7.1.</source>
        <translation type="unfinished"></translation>
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
    <name>mxscope::ProbeDispatcher</name>
    <message>
        <source>Not answered: the server stopped answering.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayAddress</name>
    <message>
        <source>%1 is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 must be written without angle brackets (mxscope adds them).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs an @ followed by a domain, as in name@example.net.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 needs a name before the @.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has characters that are not allowed before the @ (spaces, brackets or a second @ need quotes).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has an invalid domain &apos;%2&apos;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayAuditCheck</name>
    <message>
        <source>Relay variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome per variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayAuthorisationPage</name>
    <message>
        <source>mxscope will connect to %1 port %2 and ask it to relay mail from %3 to %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authorisation and safety</source>
        <translation></translation>
    </message>
    <message>
        <source>Relay tests talk to a real server. Run them only where you are allowed to.</source>
        <translation></translation>
    </message>
    <message>
        <source>I am &amp;authorised to test this server</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Safe mode (recommended)</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s answer to RCPT TO decides the test. mxscope then sends RSET to abandon the transaction, so no message is ever sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>Send a real &amp;test message</source>
        <translation></translation>
    </message>
    <message>
        <source>Also sends DATA, a short message and the final dot. This shows whether the server refuses relayed mail only after reading it. The Subject and the body carry a unique token (such as mxscope-3f9a…) so you can find the message in your mailbox and tell it from any other.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayConnection</name>
    <message>
        <source>The server ended the session: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Temporary failure at MAIL FROM: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Temporary failure at RCPT TO: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server gave no verdict.</source>
        <translation></translation>
    </message>
    <message>
        <source>Moved to a fresh session (the server slowed down).</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection ended before the server answered.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayEnvelopePage</name>
    <message>
        <source>The sender address</source>
        <translation></translation>
    </message>
    <message>
        <source>The recipient address</source>
        <translation></translation>
    </message>
    <message>
        <source>The name mxscope announces after EHLO, usually your own domain.</source>
        <translation></translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM), best at a domain the server does not serve.</source>
        <translation></translation>
    </message>
    <message>
        <source>An external mailbox you own, at a domain this server does not serve: the test asks the server to relay mail there.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only to check relaying after login. Kept in memory for this wizard only, never saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation></translation>
    </message>
    <message>
        <source>Who the test mail claims to come from, and where it should go.</source>
        <translation></translation>
    </message>
    <message>
        <source>These are the values of the manual test: the domain after EHLO, the address after MAIL FROM and the address after RCPT TO.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sending &amp;domain (HELO):</source>
        <translation></translation>
    </message>
    <message>
        <source>example.net</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;ender address:</source>
        <translation></translation>
    </message>
    <message>
        <source>tester@example.net</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Recipient address:</source>
        <translation></translation>
    </message>
    <message>
        <source>your.mailbox@example.org</source>
        <translation></translation>
    </message>
    <message>
        <source>Log in first (optional)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayFindings</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... and %n more.</numerusform>
            <numerusform>... and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is an open relay</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Without authentication, the server accepted mail for the outside address %1 in %n variant(s). Spammers find such servers within hours; the server&apos;s address then lands on block lists.</source>
        <translation>
            <numerusform>Without authentication, the server accepted mail for the outside address %1 in %n variant. Spammers find such servers within hours; the server&apos;s address then lands on block lists.</numerusform>
            <numerusform>Without authentication, the server accepted mail for the outside address %1 in %n variants. Spammers find such servers within hours; the server&apos;s address then lands on block lists.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside recipients pass RCPT TO and are refused only after DATA</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>In %n variant(s) the server accepted the outside recipient at RCPT TO and refused the message only at the end of DATA. It did not relay the test message, but only its content check stopped it: another message may pass, and every attempt costs a full transfer.</source>
        <translation>
            <numerusform>In %n variant the server accepted the outside recipient at RCPT TO and refused the message only at the end of DATA. It did not relay the test message, but only its content check stopped it: another message may pass, and every attempt costs a full transfer.</numerusform>
            <numerusform>In %n variants the server accepted the outside recipient at RCPT TO and refused the message only at the end of DATA. It did not relay the test message, but only its content check stopped it: another message may pass, and every attempt costs a full transfer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuse outside recipients at RCPT TO. </source>
        <translation></translation>
    </message>
    <message>
        <source>Relaying after authentication was not tested</source>
        <translation></translation>
    </message>
    <message>
        <source>The session with the given credentials did not run.</source>
        <translation></translation>
    </message>
    <message>
        <source>The session with the given credentials failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Authenticated users may relay (expected)</source>
        <translation></translation>
    </message>
    <message>
        <source>After AUTH as %1 the server accepted the outside address %2: %3. This is how a submission service should behave; it is not an open relay.</source>
        <translation></translation>
    </message>
    <message>
        <source>Keep relaying limited to authenticated users, and tie sender addresses to logins (Postfix: smtpd_sender_login_maps with reject_sender_login_mismatch; Exim: check $authenticated_id against the sender in the RCPT ACL).</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refuses relaying even after authentication</source>
        <translation></translation>
    </message>
    <message>
        <source>After AUTH as %1 the outside address %2 got: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept mail for outside domains only from your own hosts or authenticated users, and refuse routing tricks. Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, with mynetworks limited to your hosts and allow_untrusted_routing = no. Exim: in acl_check_rcpt accept only domains = +local_domains, hosts = +relay_from_hosts or authenticated = *, then deny. Sendmail: no FEATURE(`promiscuous_relay&apos;) or FEATURE(`loose_relay_check&apos;); RELAY in /etc/mail/access only for your networks. Exchange: remove ms-Exch-SMTP-Accept-Any-Recipient from Anonymous Logon on every receive connector.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Open relay: without authentication the server took test messages for the outside address %1 in %n of %2 variant(s).</source>
        <translation>
            <numerusform>Open relay: without authentication the server took test messages for the outside address %1 in %n of %2 variants.</numerusform>
            <numerusform>Open relay: without authentication the server took test messages for the outside address %1 in %n of %2 variants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open relay: without authentication the server accepted the outside address %1 in %n of %2 variant(s).</source>
        <translation>
            <numerusform>Open relay: without authentication the server accepted the outside address %1 in %n of %2 variants.</numerusform>
            <numerusform>Open relay: without authentication the server accepted the outside address %1 in %n of %2 variants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not an open relay: the server refused all %n attempt(s) to relay to the outside address %1.</source>
        <translation>
            <numerusform>Not an open relay: the server refused the %n attempt to relay to the outside address %1.</numerusform>
            <numerusform>Not an open relay: the server refused all %n attempts to relay to the outside address %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them passed RCPT TO and were refused only after the message was sent.</source>
        <translation>
            <numerusform>%n of them passed RCPT TO and was refused only after the message was sent.</numerusform>
            <numerusform>%n of them passed RCPT TO and were refused only after the message was sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation></translation>
    </message>
    <message>
        <source>Inconclusive: the relay test could not run (%1).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Inconclusive: no variant was accepted, but %n of %1 variant(s) could not be tried (%2).</source>
        <translation>
            <numerusform>Inconclusive: no variant was accepted, but %n of %1 variants could not be tried (%2).</numerusform>
            <numerusform>Inconclusive: no variant was accepted, but %n of %1 variants could not be tried (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>The open-relay test is inconclusive</source>
        <translation></translation>
    </message>
    <message>
        <source>Run the test again later, or from another address if this one is being throttled or blocked.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server slows down or drops clients that make errors</source>
        <translation></translation>
    </message>
    <message>
        <source>Inconclusive: the recipient %1 seems to be in the server&apos;s own domain, so accepting it proves nothing. Use a mailbox in an outside domain.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>It answered slowly after refusals (a tarpit or deliberate delays) or ended sessions after repeated errors. mxscope spread the variants over %n session(s) instead of waiting out the delays.</source>
        <translation>
            <numerusform>It answered slowly after refusals (a tarpit or deliberate delays) or ended sessions after repeated errors. mxscope spread the variants over %n session instead of waiting out the delays.</numerusform>
            <numerusform>It answered slowly after refusals (a tarpit or deliberate delays) or ended sessions after repeated errors. mxscope spread the variants over %n sessions instead of waiting out the delays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::RelayHtmlReport</name>
    <message>
        <source>Sender %1, recipient %2, sending domain %3; %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>a real test message was sent (token %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>safe mode (RSET before DATA)</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled before every variant was tried.</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation></translation>
    </message>
    <message>
        <source>Variants (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Relay test of %1 port %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayMatrix</name>
    <message>
        <source>null sender &lt;&gt; (the bounce address)</source>
        <translation></translation>
    </message>
    <message>
        <source>in the recipient&apos;s external domain</source>
        <translation></translation>
    </message>
    <message>
        <source>at the server&apos;s own host name</source>
        <translation></translation>
    </message>
    <message>
        <source>at the server&apos;s IP address literal</source>
        <translation></translation>
    </message>
    <message>
        <source>your sender address</source>
        <translation></translation>
    </message>
    <message>
        <source>External recipient</source>
        <translation></translation>
    </message>
    <message>
        <source>Percent hack via the server&apos;s IP literal</source>
        <translation></translation>
    </message>
    <message>
        <source>Percent hack via the server&apos;s host name</source>
        <translation></translation>
    </message>
    <message>
        <source>Whole address quoted as one local part</source>
        <translation></translation>
    </message>
    <message>
        <source>Quoted percent hack with no domain</source>
        <translation></translation>
    </message>
    <message>
        <source>Two @ signs, the server&apos;s IP literal last</source>
        <translation></translation>
    </message>
    <message>
        <source>Quoted address at the server&apos;s IP literal</source>
        <translation></translation>
    </message>
    <message>
        <source>Two @ signs, the server&apos;s host name last</source>
        <translation></translation>
    </message>
    <message>
        <source>Quoted address at the server&apos;s host name</source>
        <translation></translation>
    </message>
    <message>
        <source>Source route via the server&apos;s IP literal</source>
        <translation></translation>
    </message>
    <message>
        <source>Source route via the server&apos;s host name</source>
        <translation></translation>
    </message>
    <message>
        <source>UUCP bang path with no domain</source>
        <translation></translation>
    </message>
    <message>
        <source>Bang path at the server&apos;s IP literal</source>
        <translation></translation>
    </message>
    <message>
        <source>Bang path at the server&apos;s host name</source>
        <translation></translation>
    </message>
    <message>
        <source>%1; sender %2</source>
        <extracomment>%1 describes the recipient form, %2 the sender, e.g. &quot;External recipient; sender at localhost&quot;.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>unqualified (no domain)</source>
        <translation></translation>
    </message>
    <message>
        <source>at localhost</source>
        <translation></translation>
    </message>
    <message>
        <source>at the loopback literal [127.0.0.1]</source>
        <translation></translation>
    </message>
    <message>
        <source>as a bang path (domain!user)</source>
        <translation></translation>
    </message>
    <message>
        <source>at the server&apos;s own domain</source>
        <translation></translation>
    </message>
    <message>
        <source>without angle brackets</source>
        <translation></translation>
    </message>
    <message>
        <source>quoted as one local part</source>
        <translation></translation>
    </message>
    <message>
        <source>External recipient without angle brackets</source>
        <translation></translation>
    </message>
    <message>
        <source>Trailing @ after the external address</source>
        <translation></translation>
    </message>
    <message>
        <source>Quoted local part at the external domain</source>
        <translation></translation>
    </message>
    <message>
        <source>Percent hack via localhost</source>
        <translation></translation>
    </message>
    <message>
        <source>Percent hack via [127.0.0.1]</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayMatrixPage</name>
    <message numerus="yes">
        <source>Cancelled after %n variant(s). The results show what was tried.</source>
        <translation>
            <numerusform>Cancelled after %n variant. The results show what was tried.</numerusform>
            <numerusform>Cancelled after %n variants. The results show what was tried.</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Next shows the verdict and every variant&apos;s outcome.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Variant %1 of %2</source>
        <extracomment>%1 variants done, %2 of all variants; accepted and refused counts follow.</extracomment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>%n refused</numerusform>
            <numerusform>%n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Every relay trick</source>
        <translation></translation>
    </message>
    <message>
        <source>mxscope now tries every known way of asking a server to relay.</source>
        <translation></translation>
    </message>
    <message>
        <source>Each variant writes the sender or the recipient in another form that some servers mistake for local mail: percent hacks, bang paths, quoted addresses, address literals and more. Variants share connections, with RSET between them.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayOutcomeModel</name>
    <message>
        <source>Variant</source>
        <translation></translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation></translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayResultsPage</name>
    <message>
        <source>The relay matrix did not run.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled before every variant was tried.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) tried</source>
        <translation>
            <numerusform>%n variant tried</numerusform>
            <numerusform>%n variants tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a variant to see its lines in the transcript.</source>
        <translation></translation>
    </message>
    <message>
        <source>After logging in: %1 (%2); relaying for a logged-in user is expected.</source>
        <extracomment>%1 the stage reached (e.g. &quot;Accepted at RCPT TO&quot;), %2 the server&apos;s reply.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Continue by hand on the same server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The interactive console is coming soon.</source>
        <translation></translation>
    </message>
    <message>
        <source>Results</source>
        <translation></translation>
    </message>
    <message>
        <source>The verdict, every variant&apos;s outcome and the evidence behind it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome per variant</source>
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
        <source>Save &amp;HTML report…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;console on this target</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>%1 &quot;40 variants tried&quot;, %2 &quot;39 accepted&quot;.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Other &amp;formats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayStage</name>
    <message>
        <source>Rejected at MAIL FROM</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected at RCPT TO</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted at RCPT TO</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted after DATA</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted at RCPT TO, refused after DATA</source>
        <translation></translation>
    </message>
    <message>
        <source>Error</source>
        <translation></translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayStepByStepPage</name>
    <message>
        <source>%1. %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Next runs every known relay trick automatically.</source>
        <translation></translation>
    </message>
    <message>
        <source>The manual test, step by step</source>
        <translation></translation>
    </message>
    <message>
        <source>What you would type after &quot;telnet %1 %2&quot;, one command at a time.</source>
        <translation></translation>
    </message>
    <message>
        <source>Each step shows the exact command, the server&apos;s reply and what the reply means. The answer to RCPT TO decides whether the server relays.</source>
        <translation></translation>
    </message>
    <message>
        <source>Step</source>
        <translation></translation>
    </message>
    <message>
        <source>Command sent</source>
        <translation></translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Command sent:</source>
        <translation></translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation></translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Send next command</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Run all steps</source>
        <translation></translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayTargetPage</name>
    <message>
        <source>The practice server is running on %1 port %2. It never delivers mail.</source>
        <translation></translation>
    </message>
    <message>
        <source>Test only servers you are authorised to test.</source>
        <translation></translation>
    </message>
    <message>
        <source>Which mail server?</source>
        <translation></translation>
    </message>
    <message>
        <source>The server whose relay policy you want to check.</source>
        <translation></translation>
    </message>
    <message>
        <source>An open relay forwards mail from anyone to anyone, so spammers can send through it. This wizard runs the classic manual test step by step, then dozens of known relay tricks automatically.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation></translation>
    </message>
    <message>
        <source>None (plain SMTP)</source>
        <translation></translation>
    </message>
    <message>
        <source>Implicit TLS (port 465)</source>
        <translation></translation>
    </message>
    <message>
        <source>Use the &amp;built-in practice server</source>
        <translation></translation>
    </message>
    <message>
        <source>A real SMTP server inside mxscope, on 127.0.0.1 only, that behaves like a chosen kind of server. Nothing leaves your computer.</source>
        <translation></translation>
    </message>
    <message>
        <source>Behaves &amp;like:</source>
        <translation></translation>
    </message>
    <message>
        <source>Connection s&amp;ecurity:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayTest</name>
    <message>
        <source>The sender address</source>
        <translation></translation>
    </message>
    <message>
        <source>The recipient address</source>
        <translation></translation>
    </message>
    <message>
        <source>Sending a real test message needs your confirmation that you may test this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>Your envelope, after AUTH with the given credentials</source>
        <translation></translation>
    </message>
    <message>
        <source>the server kept deferring (4xx) or ending sessions; it may be greylisting or rate-limiting this client</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in a row ended before any variant could be judged</source>
        <translation>
            <numerusform>%n session ended before any variant could be judged</numerusform>
            <numerusform>%n sessions in a row ended before any variant could be judged</numerusform>
        </translation>
    </message>
    <message>
        <source>too many sessions were needed</source>
        <translation></translation>
    </message>
    <message>
        <source>no session was left to run the remaining variants</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayWizard</name>
    <message>
        <source>Relay test wizard</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayWizardPage</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::RelayWizardState</name>
    <message>
        <source>There is no practice server profile named %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
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
    <name>mxscope::ReplyClassifier</name>
    <message>
        <source>No reply.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only temporary failures, even after retries.</source>
        <translation></translation>
    </message>
    <message>
        <source>The command was refused as not available.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server asked for authentication.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the form of the address.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the domain.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the command&apos;s order (was MAIL FROM refused?).</source>
        <translation></translation>
    </message>
    <message>
        <source>The reply does not match how this server answers for made-up names.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::ReplyExplainer</name>
    <message>
        <source>A 2xx code means success.</source>
        <translation></translation>
    </message>
    <message>
        <source>A 3xx code means the server accepted the command and waits for more.</source>
        <translation></translation>
    </message>
    <message>
        <source>A 4xx code is a temporary refusal: not done this time, trying later may work.</source>
        <translation></translation>
    </message>
    <message>
        <source>A 5xx code is a permanent refusal: repeating the same command will not help.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is not a valid SMTP reply code.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a valid SMTP reply code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Code %1 is not defined by RFC 5321. %2</source>
        <translation></translation>
    </message>
    <message>
        <source>other</source>
        <translation></translation>
    </message>
    <message>
        <source>addressing</source>
        <translation></translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation></translation>
    </message>
    <message>
        <source>mail system</source>
        <translation></translation>
    </message>
    <message>
        <source>network and routing</source>
        <translation></translation>
    </message>
    <message>
        <source>mail delivery protocol</source>
        <translation></translation>
    </message>
    <message>
        <source>message content</source>
        <translation></translation>
    </message>
    <message>
        <source>security or policy</source>
        <translation></translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Success</source>
        <translation></translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation></translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a valid enhanced status code (the class must be 2, 4 or 5).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4.</source>
        <extracomment>%1 enhanced code such as 5.7.1, %2 &quot;Permanent failure&quot;, %3 &quot;security or policy&quot;, %4 the detail, e.g. &quot;delivery not authorised, message refused&quot;.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 (%3); this detail code is not defined in RFC 3463.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted your greeting; after EHLO the following lines list the extensions it offers.</source>
        <translation></translation>
    </message>
    <message>
        <source>This server does not understand EHLO; a client falls back to HELO.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server is ready for TLS; everything after the handshake is encrypted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mail relayed after a successful login is expected and is not an open relay.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the sender. That says nothing about relaying yet: the decision comes at RCPT TO.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this sender, so the relay test cannot go further with it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this sender for now.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted this recipient. If the recipient&apos;s domain is not one the server serves and you did not log in, the server is willing to relay: an open relay.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this recipient. For an external recipient this is what a server that does not relay should answer.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this recipient for now (greylisting, a rate limit or a temporary policy); test again later to be sure.</source>
        <translation></translation>
    </message>
    <message>
        <source>mxscope now sends the test message and the lone dot that ends it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server accepted the message for delivery.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the message after reading it (a content or policy check at the end of DATA).</source>
        <translation></translation>
    </message>
    <message>
        <source>The transaction was abandoned: no message was sent.</source>
        <translation></translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation></translation>
    </message>
    <message>
        <source>Help message, meant for a human reader.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service ready: the server is willing to talk to you.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server is closing the connection, as asked.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication succeeded: you are logged in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested action completed: the server did what the command asked.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user is not local, but the server will forward the message.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server cannot verify the user, but will accept a message and try to deliver it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server asks for the next part of the login (AUTH).</source>
        <translation></translation>
    </message>
    <message>
        <source>Start the message: send the header and body, then a line with a single dot.</source>
        <translation></translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection (overload, too many errors or a policy). Try again later.</source>
        <translation></translation>
    </message>
    <message>
        <source>A password transition is needed before you can log in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy, or temporarily blocked by a policy such as greylisting). Not done this time; trying later may work.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server aborted the action because of a local error. Trying later may work.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not enough storage on the server, or too many recipients for now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Temporary failure of authentication or TLS. Trying later may work.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server cannot accommodate the parameters for now.</source>
        <translation></translation>
    </message>
    <message>
        <source>Syntax error: the server does not recognise the command.</source>
        <translation></translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation></translation>
    </message>
    <message>
        <source>Command not implemented, or switched off on this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bad sequence of commands: this command is not allowed at this point.</source>
        <translation></translation>
    </message>
    <message>
        <source>A parameter of the command is not implemented.</source>
        <translation></translation>
    </message>
    <message>
        <source>This server does not accept mail at all.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication required: log in (AUTH) before this command.</source>
        <translation></translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Authentication failed: the user name or password was not accepted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Encryption (TLS) is required for this authentication mechanism.</source>
        <translation></translation>
    </message>
    <message>
        <source>Action not taken: mailbox unavailable (it does not exist, access is denied, or a policy refuses the command). Repeating it will not help.</source>
        <translation></translation>
    </message>
    <message>
        <source>The user is not local; the server will not forward the message.</source>
        <translation></translation>
    </message>
    <message>
        <source>The message exceeds the storage allocation of the mailbox or the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Mailbox name not allowed: the address is malformed or refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>Transaction failed: the server refused it, usually for a policy reason (in a greeting: no SMTP service here).</source>
        <translation></translation>
    </message>
    <message>
        <source>The MAIL FROM or RCPT TO parameters are not recognised or not implemented.</source>
        <translation></translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <translation></translation>
    </message>
    <message>
        <source>other address status</source>
        <translation></translation>
    </message>
    <message>
        <source>bad destination mailbox address: the mailbox does not exist</source>
        <translation></translation>
    </message>
    <message>
        <source>bad destination system address: the domain does not exist or accept mail</source>
        <translation></translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <translation></translation>
    </message>
    <message>
        <source>destination mailbox address is ambiguous</source>
        <translation></translation>
    </message>
    <message>
        <source>destination address valid</source>
        <translation></translation>
    </message>
    <message>
        <source>destination mailbox has moved, no forwarding address</source>
        <translation></translation>
    </message>
    <message>
        <source>bad sender&apos;s mailbox address syntax</source>
        <translation></translation>
    </message>
    <message>
        <source>bad sender&apos;s system address</source>
        <translation></translation>
    </message>
    <message>
        <source>message relayed to a non-compliant mailer</source>
        <translation></translation>
    </message>
    <message>
        <source>the recipient&apos;s domain has a null MX: it accepts no mail</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined mailbox status</source>
        <translation></translation>
    </message>
    <message>
        <source>mailbox disabled, not accepting messages</source>
        <translation></translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation></translation>
    </message>
    <message>
        <source>message length exceeds an administrative limit</source>
        <translation></translation>
    </message>
    <message>
        <source>mailing list expansion problem</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined mail system status</source>
        <translation></translation>
    </message>
    <message>
        <source>mail system full</source>
        <translation></translation>
    </message>
    <message>
        <source>system not accepting network messages</source>
        <translation></translation>
    </message>
    <message>
        <source>system not capable of the selected features</source>
        <translation></translation>
    </message>
    <message>
        <source>message too big for the system</source>
        <translation></translation>
    </message>
    <message>
        <source>system incorrectly configured</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined network or routing status</source>
        <translation></translation>
    </message>
    <message>
        <source>no answer from host</source>
        <translation></translation>
    </message>
    <message>
        <source>bad connection</source>
        <translation></translation>
    </message>
    <message>
        <source>directory server failure</source>
        <translation></translation>
    </message>
    <message>
        <source>unable to route</source>
        <translation></translation>
    </message>
    <message>
        <source>mail system congestion</source>
        <translation></translation>
    </message>
    <message>
        <source>routing loop detected</source>
        <translation></translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined protocol status</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation></translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation></translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation></translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation></translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <translation></translation>
    </message>
    <message>
        <source>authentication exchange line is too long</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined media error</source>
        <translation></translation>
    </message>
    <message>
        <source>media not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>conversion required and prohibited</source>
        <translation></translation>
    </message>
    <message>
        <source>conversion required but not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>conversion with loss performed</source>
        <translation></translation>
    </message>
    <message>
        <source>conversion failed</source>
        <translation></translation>
    </message>
    <message>
        <source>message content not available</source>
        <translation></translation>
    </message>
    <message>
        <source>non-ASCII addresses not permitted for that sender or recipient</source>
        <translation></translation>
    </message>
    <message>
        <source>other or undefined security status (also used for &quot;authentication required&quot;)</source>
        <translation></translation>
    </message>
    <message>
        <source>delivery not authorised, message refused</source>
        <translation></translation>
    </message>
    <message>
        <source>mailing list expansion prohibited</source>
        <translation></translation>
    </message>
    <message>
        <source>security conversion required but not possible</source>
        <translation></translation>
    </message>
    <message>
        <source>security features not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation></translation>
    </message>
    <message>
        <source>cryptographic algorithm not supported</source>
        <translation></translation>
    </message>
    <message>
        <source>message integrity failure</source>
        <translation></translation>
    </message>
    <message>
        <source>authentication credentials invalid</source>
        <translation></translation>
    </message>
    <message>
        <source>authentication mechanism is too weak</source>
        <translation></translation>
    </message>
    <message>
        <source>encryption needed</source>
        <translation></translation>
    </message>
    <message>
        <source>encryption required for the requested authentication mechanism</source>
        <translation></translation>
    </message>
    <message>
        <source>a password transition is needed</source>
        <translation></translation>
    </message>
    <message>
        <source>user account disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>trust relationship required</source>
        <translation></translation>
    </message>
    <message>
        <source>mailbox owner has changed</source>
        <translation></translation>
    </message>
    <message>
        <source>domain owner has changed</source>
        <translation></translation>
    </message>
    <message>
        <source>no passing DKIM signature found</source>
        <translation></translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation></translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation></translation>
    </message>
    <message>
        <source>reverse DNS validation failed</source>
        <translation></translation>
    </message>
    <message>
        <source>multiple authentication checks failed</source>
        <translation></translation>
    </message>
    <message>
        <source>the sender&apos;s domain has a null MX: it sends no mail</source>
        <translation></translation>
    </message>
    <message>
        <source>The server wants the commands in order: a recipient only follows an accepted MAIL FROM. This says nothing about relaying.</source>
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
    <name>mxscope::ReportActions</name>
    <message>
        <source>There are no results to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved as CSV in %1.</source>
        <translation>
            <numerusform>%n table saved as CSV in %1.</numerusform>
            <numerusform>%n tables saved as CSV in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the CSV tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;HTML report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;JSON report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tables as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A self-contained report to hand over: grade, findings, evidence, charts and the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine-readable report; two of them can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every result table as a CSV file in a folder of your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::ReportCompareDialog</name>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open JSON report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mxscope JSON reports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <extracomment>A finding in the comparison lists: severity, title, check.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the earlier and the later report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the two reports are of different servers (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retested: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two JSON reports of the same server, for example before and after hardening it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::ReportComparison</name>
    <message>
        <source>%1 fixed, %2 new, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Grade %2 → %3.</source>
        <extracomment>%1 and %2 are grades A to F: before and after.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) not retested (the check did not complete in the later run).</source>
        <translation>
            <numerusform>%n finding not retested (the check did not complete in the later run).</numerusform>
            <numerusform>%n findings not retested (the check did not complete in the later run).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be an mxscope report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::RunController</name>
    <message>
        <source>SMTP console session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) typed and received by hand.</source>
        <translation>
            <numerusform>%n line typed and received by hand.</numerusform>
            <numerusform>%n lines typed and received by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::RunHistoryModel</name>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::RunRecordJson</name>
    <message>
        <source>This is not an mxscope run or report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report has schema version %1; this mxscope reads up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::RunStore</name>
    <message>
        <source>The run has no valid id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run is saved under that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
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
    <name>mxscope::SenderPolicyCheck</name>
    <message>
        <source>The sender policy check needs the server&apos;s own mail domain and a local recipient it delivers to (for example postmaster@%1); give both and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended before any sender was tried.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::SenderPolicyFindings</name>
    <message>
        <source>Require authentication for senders in your own domains. Postfix: smtpd_sender_login_maps (e.g. a regexp map giving each address its login) with reject_unauthenticated_sender_login_mismatch in smtpd_sender_restrictions (or reject_sender_login_mismatch, which also binds logins to their addresses); without SASL, check_sender_access listing your domains with REJECT after permit_mynetworks. Exim: in acl_smtp_rcpt, deny sender_domains = +local_domains with !authenticated = *. Exchange: remove ms-Exch-SMTP-Accept-Authoritative-Domain-Sender for NT AUTHORITY\ANONYMOUS LOGON on the anonymous (internet-facing) receive connectors (Remove-ADPermission). SPF -all and DMARC p=reject help receivers elsewhere, not this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix: reject_non_fqdn_sender in smtpd_sender_restrictions. Exim: keep sender_unqualified_hosts empty (the default refuses unqualified senders from remote hosts). Exchange refuses them by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postfix: reject_unknown_sender_domain in smtpd_sender_restrictions. Exim: verify = sender in acl_smtp_rcpt. Exchange: a sender-domain check in the anti-spam agents or the filtering service in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the null sender &lt;&gt; for existing recipients (RFC 5321 4.5.5): delivery status notifications use it. Postfix: do not list &lt;&gt; in a check_sender_access REJECT table. Exim: do not deny senders = : in acl_smtp_mail or acl_smtp_rcpt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Null sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-existent domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested (the session ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused at MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred at MAIL (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused at RCPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred at RCPT (temporary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive: the recipient was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted (normal: RFC 5321 requires it for bounces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail from your own domain is accepted without authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An anonymous client sent MAIL FROM:%1 and RCPT TO:&lt;%2&gt;; the server answered &quot;%3&quot;. Anyone can send your users mail that claims to come from a colleague.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local recipient was refused, so the sender policy is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO:&lt;%1&gt; got &quot;%2&quot;. Give a mailbox the server delivers to and run the check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender without a domain is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM:%1 was taken for &lt;%2&gt; (&quot;%3&quot;). Many servers complete such an address with their own domain, which makes it an own-domain sender in disguise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender at a non-existent domain is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM:%1 names a domain that cannot exist, yet RCPT got &quot;%2&quot;. No reply could ever reach such a sender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The null sender is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;&gt; to &lt;%1&gt; got &quot;%2&quot;. Bounces and other delivery notifications for your users will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender forms to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to RCPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoofed mail from %1 is accepted from anonymous clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders in %1 are refused unless the client authenticates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Senders in %1 are deferred (temporary refusal) for anonymous clients.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive: the local recipient %1 was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The own-domain sender could not be tested: %1</source>
        <translation type="unfinished"></translation>
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
        <source>Run banner check</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::TargetDialog</name>
    <message>
        <source>New target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tester@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postmaster@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mailbox of yours elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xternal recipient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords are never saved with a target.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::TargetFields</name>
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
</context>
<context>
    <name>mxscope::TargetListPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a mail server to test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::TargetStore</name>
    <message>
        <source>Enter the mail server&apos;s host name or address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External recipient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::TlsPolicyCheck</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the clear-text capabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the capabilities after TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended before EHLO was answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering only TLS 1.0 and 1.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second connection: offering only TLS 1.0 and 1.1 (RFC 8996 retired them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::TlsPolicyFindings</name>
    <message>
        <source>Postfix: smtpd_tls_security_level = encrypt (for a public MX on port 25 only where every sending peer is known: RFC 3207 4 forbids requiring TLS of the whole Internet; on submission, -o smtpd_tls_security_level=encrypt in master.cf). Exim: in acl_smtp_mail, deny !encrypted = *. Exchange: Set-ReceiveConnector -RequireTLS $true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS log for the reason (certificate or key unreadable, no protocol or cipher in common). Postfix: smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_protocols = &gt;=TLSv1.2. Exim: tls_certificate, tls_privatekey, tls_require_ciphers. Exchange: Get-ExchangeCertificate and the SMTP service binding. Stop offering STARTTLS while it cannot work: senders defer or fall back to clear text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After its 220 to STARTTLS a server must send nothing until the client&apos;s TLS handshake begins (RFC 3207 5). Look for a proxy, firewall SMTP inspection (for example an SMTP fixup) or filter in the path that answers on the server&apos;s behalf, and update the MTA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable TLS 1.0 and 1.1 (RFC 8996). Postfix: smtpd_tls_protocols = &gt;=TLSv1.2 and smtpd_tls_mandatory_protocols = &gt;=TLSv1.2. Exim: openssl_options = +no_tlsv1 +no_tlsv1_1. Exchange: disable TLS 1.0/1.1 in SCHANNEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused EHLO and took HELO, so it offers no extensions at all: mail to it travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The EHLO reply lists no STARTTLS, so mail to this server travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS is offered but refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO lists STARTTLS, yet the server answered &quot;%1&quot; to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data arrived right after the server agreed to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More bytes followed the 220 reply to STARTTLS in clear text. A client that kept them would treat them as replies inside the encrypted session: an injection route for anyone in the path. The connection was dropped without the TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password authentication is offered without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before STARTTLS the EHLO reply offers &quot;AUTH %1&quot;: a client may send its user name and password readable to anyone on the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail is accepted without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your policy requires TLS, yet &quot;MAIL FROM:%1&quot; on the unencrypted connection was answered &quot;%2&quot;. (The transaction was reset before any recipient was named.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weak cipher was negotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The session uses %1 with %n-bit keys.</source>
        <translation>
            <numerusform>The session uses %1 with %n-bit keys.</numerusform>
            <numerusform>The session uses %1 with %n-bit keys.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate is not valid yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It becomes valid on %1; check the server&apos;s clock too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate is self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject &quot;%1&quot; signed its own certificate: senders that verify certificates (MTA-STS, or DANE without a DANE-EE TLSA record for it) refuse it or fall back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate does not name the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;, but the certificate is for: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS certificate does not verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server never completed the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered only TLS 1.0 and 1.1, the server agreed to %1: it speaks none of the versions current clients use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake fails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server still agrees to a retired TLS version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second connection offering only TLS 1.0 and 1.1 was accepted with %1. RFC 8996 retires both; a client or a man in the middle can hold the session to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::TlsPolicyReport</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused (TLS 1.2 or later required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconclusive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Property</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS on port %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM:%1 before TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes after the 220 to STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes: connection dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH after TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS 1.0 or 1.1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS works (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; no problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1; %n problem(s) found.</source>
        <translation>
            <numerusform>%1; %n problem found.</numerusform>
            <numerusform>%1; %n problems found.</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS handshake fails: the server speaks only %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS was abandoned: the server sent data right after agreeing to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STARTTLS: mail to this server travels unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No TLS session was established; %n problem(s) found.</source>
        <translation>
            <numerusform>No TLS session was established; %n problem found.</numerusform>
            <numerusform>No TLS session was established; %n problems found.</numerusform>
        </translation>
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
    <name>mxscope::TranscriptPane</name>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 older line(s) not shown (the view keeps the newest %2).</source>
        <translation>
            <numerusform>%1 older line not shown (the view keeps the newest %2).</numerusform>
            <numerusform>%1 older lines not shown (the view keeps the newest %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the next line containing the text (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the previous line containing the text (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::UserListReader</name>
    <message>
        <source>%1 is a directory, not a user list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot read the user list %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The user list %1 is larger than %2 MiB; split it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The list is larger than %1 MiB.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is a binary file (it holds NUL bytes), not a list of names.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1 holds control characters or bytes that are not UTF-8: this does not look like a list of names.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1 skipped: a name cannot hold spaces or angle brackets or be longer than %2 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The list has more than %1 names; split it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>mxscope::WorkbenchSidebar</name>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run history</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Account enumeration (VRFY, EXPN, RCPT) and directory-harvest resilience</source>
        <translation></translation>
    </message>
    <message>
        <source>Open-relay matrix: every known relay trick, judged stage by stage</source>
        <translation></translation>
    </message>
    <message>
        <source>this check is not built in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vrfy, expn, rcpt or auto (default auto: the fastest method that tells users apart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User list: one name per line, &apos;#&apos; comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain to append to every name (name@domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender for RCPT probes (default: the null sender &lt;&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parallel connections, 1 to %1 (default %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many probes per second (default 0: no cap).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the session that measures how many errors the server tolerates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after this many seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Append every result to FILE as JSON lines as soon as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--method must be vrfy, expn, rcpt or auto, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--users is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--connections must be a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be zero or a positive number, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit must be a positive number of seconds, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users found with %1: %2 of %3 names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent: %1, unknown: %2, not probed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users reported: no method can tell them apart here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Harvest: %1 About %2 guesses per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sessions in %2 s%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (time limit reached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds which accounts exist on a mail server with VRFY, EXPN or RCPT TO, after a baseline of made-up names shows which method can tell, and measures how the server resists directory harvesting. Only for servers you are authorised to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enumerating %1 names on %2 port %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a practice SMTP server on the loopback interface that behaves like the chosen kind of mail server. It never delivers mail. Stop it with Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour to play (see --list-profiles); default: hardened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one. Default: 2525.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback address to listen on: 127.0.0.1 (default) or ::1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak TLS from the first byte, like port 465, instead of offering STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes the server knows, one name per line; &quot;list: member member&quot; makes a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local mail domain (repeatable); default: practice.test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the profiles and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (see --list-profiles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bind must be a loopback address (127.0.0.1 or ::1), not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS: clients must start with a TLS handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message of %1 bytes discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused %1: too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice server stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full audit: all checks, graded HTML, JSON and CSV reports, CI gating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection exhaustion: a bounded ramp of concurrent connections and the idle timeout (loads the server; needs --yes-i-am-authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare two JSON reports: fixed, new and unchanged findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS and sender authentication: MX, reverse DNS, SPF, DMARC, MTA-STS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malware and spam filter: EICAR in the body and as an attachment, GTUBE (sends mail; needs --yes-i-am-authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse a received message&apos;s header: hop timeline and disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender policy: own-domain, null, unqualified and unknown-domain senders from an anonymous client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS and STARTTLS policy: handshake, certificate, retired TLS versions, AUTH and MAIL before TLS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::AuditCommand</name>
    <message>
        <source>(needs --yes-i-am-authorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only when listed in --checks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the checks of a security audit against one mail server and writes a graded report. Exit status: 0 done, 1 a check failed or the run was cancelled, 2 bad arguments, 3 a finding at or above --fail-on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated checks to run (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the checks and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox the server delivers locally (sender-policy checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the HTML report to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write every result table as CSV into DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit with status 3 when a finding of this severity or higher is found: info, low, medium, high or critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the output and reports: en or ja (default: the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lang must be en or ja, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checks: no check is called &apos;%1&apos; (see --list-checks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--checks names no check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>CSV tables: %n file(s) in %1</source>
        <translation>
            <numerusform>CSV tables: %n file in %1</numerusform>
            <numerusform>CSV tables: %n files in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping; the reports keep what was measured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::AuditSummaryPrinter</name>
    <message numerus="yes">
        <source>%1: %2 (%n finding(s))</source>
        <extracomment>Check status, the check&apos;s one-sentence result, and how many findings it made.</extracomment>
        <translation>
            <numerusform>%1: %2 (%n finding)</numerusform>
            <numerusform>%1: %2 (%n findings)</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of %1 port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation type="unfinished"></translation>
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
    <name>mxscope::cli::CheckPrinter</name>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>Findings: %n</numerusform>
            <numerusform>Findings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n more row(s); --json lists them all.</source>
        <translation>
            <numerusform>... %n more row; --json lists them all.</numerusform>
            <numerusform>... %n more rows; --json lists them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::cli::CompareCommand</name>
    <message>
        <source>[detail changed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before: %1 port %2, run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After:  %1 port %2, run %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the two reports are of different servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not retested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares two JSON reports of mxscope-cli audit (before and after a change): which findings were fixed, which are new, which remain. Exits 0 whatever changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier JSON report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The later JSON report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give two JSON reports: the earlier one, then the later one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::ContextOptions</name>
    <message>
        <source>The mail domain the server answers for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender address for MAIL FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox the server delivers locally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An external mailbox you own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS server to ask (an IP address; default: the system resolver).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most concurrent connections to open (1-%1, default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm you are authorised to send test mail to, or load, this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your policy requires TLS: mail accepted without it is a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the check after this many seconds (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File with one user name per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--domain must be a domain name, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--nameserver must be an IP address, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time-limit must be a number of seconds from 1 to 86400, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::HeadersCommand</name>
    <message>
        <source>first hop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delay unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s (clock skew)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received chain, oldest first: %n hop(s)</source>
        <translation>
            <numerusform>Received chain, oldest first: %n hop</numerusform>
            <numerusform>Received chain, oldest first: %n hops</numerusform>
        </translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable date &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analyse the header of a received message: the Received hop timeline and what the header discloses (private addresses, internal names, software versions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message (.eml); &quot;-&quot; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one message file (or &quot;-&quot; for standard input)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mxscope::cli::RelayCommand</name>
    <message>
        <source>Variant</source>
        <translation></translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation></translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation></translation>
    </message>
    <message>
        <source>Relay test of %1 port %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Mode: sending a test message (token %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Mode: safe (judged at RCPT TO, RSET before DATA)</source>
        <translation></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>Findings: %n</numerusform>
            <numerusform>Findings: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) in %1 ms over %2 session(s).</source>
        <translation>
            <numerusform>%n variant in %1 ms over %2 session(s).</numerusform>
            <numerusform>%n variants in %1 ms over %2 session(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Tries every known way of asking a mail server to relay to an outside address (nmap&apos;s 16 tests, the abuse.net list and more) and says whether it is an open relay. Safe mode judges at RCPT TO and sends RSET before DATA.</source>
        <translation></translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation></translation>
    </message>
    <message>
        <source>address</source>
        <translation></translation>
    </message>
    <message>
        <source>External recipient address (a mailbox you own).</source>
        <translation></translation>
    </message>
    <message>
        <source>Send a real test message (with a unique token) after each accepted RCPT TO.</source>
        <translation></translation>
    </message>
    <message>
        <source>Confirm that you are allowed to test this server (required by --send-data).</source>
        <translation></translation>
    </message>
    <message>
        <source>Also test relaying after AUTH as this user; the password is read from %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>Most sessions at once (1 to 8, default 4).</source>
        <translation></translation>
    </message>
    <message>
        <source>count</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>--send-data sends real mail; add --yes-i-am-authorised to confirm you may test this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>--auth-user needs a user name and the password in %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>--connections must be a number from 1 to 8, not &apos;%1&apos;.</source>
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
