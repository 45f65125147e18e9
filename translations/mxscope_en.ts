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
        <extracomment>Protocol keyword (RFC 3207); usually left as is.</extracomment>
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
        <source>Save HTML report</source>
        <translation></translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
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
        <source>Run banner check</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation></translation>
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
