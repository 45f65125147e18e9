<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>mxscope::BannerFindings</name>
    <message>
        <source>The server discloses its software version</source>
        <translation>サーバーがソフトウェアのバージョンを公開している</translation>
    </message>
    <message>
        <source>Seen: %1. A version lets an attacker look up exactly which vulnerabilities apply.</source>
        <translation>検出: %1。バージョンが分かると、攻撃者は該当する脆弱性を正確に調べられます。</translation>
    </message>
    <message>
        <source>The server names its mail software</source>
        <translation>サーバーがメールソフトウェア名を公開している</translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <translation>検出: %1。</translation>
    </message>
    <message>
        <source>The server names its operating system</source>
        <translation>サーバーがオペレーティングシステム名を公開している</translation>
    </message>
    <message>
        <source>Operating system named: %1.</source>
        <translation>公開されている OS: %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The server announces an internal host name</source>
        <translation>サーバーが内部ホスト名を名乗っている</translation>
    </message>
    <message>
        <source>Announced: %1. Internal names map the private network behind the mail server.</source>
        <translation>名乗っている名前: %1。内部の名前から、メールサーバーの背後にあるプライベートネットワークの構成を推測できます。</translation>
    </message>
    <message>
        <source>The server discloses private network addresses</source>
        <translation>サーバーがプライベートネットワークのアドレスを公開している</translation>
    </message>
    <message>
        <source>Addresses seen: %1.</source>
        <translation>検出されたアドレス: %1。</translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation>STARTTLS が提供されていない</translation>
    </message>
    <message>
        <source>The EHLO reply has no STARTTLS, so mail to this server travels unencrypted.</source>
        <translation>EHLO 応答に STARTTLS がないため、このサーバー宛てのメールは暗号化されずに送られます。</translation>
    </message>
    <message>
        <source>Password authentication is offered without TLS</source>
        <translation>TLS なしでパスワード認証が提供されている</translation>
    </message>
    <message>
        <source>AUTH %1 is offered on an unencrypted connection; passwords would cross the network readable.</source>
        <translation>暗号化されていない接続で AUTH %1 が提供されています。パスワードが読み取れる状態でネットワークを流れます。</translation>
    </message>
    <message>
        <source>The TLS certificate does not verify</source>
        <translation>TLS 証明書を検証できない</translation>
    </message>
    <message>
        <source>The server refused the session in its greeting</source>
        <translation>サーバーがグリーティングでセッションを拒否した</translation>
    </message>
    <message>
        <source>HELP is answered</source>
        <translation>HELP に応答する</translation>
    </message>
    <message numerus="yes">
        <source>HELP returned %n line(s).</source>
        <translation>
            <numerusform>HELP が %n 行を返しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server does not support EHLO</source>
        <translation>サーバーが EHLO に対応していない</translation>
    </message>
    <message>
        <source>EHLO was refused and HELO accepted: no extensions (no STARTTLS, no SIZE).</source>
        <translation>EHLO が拒否され、HELO が受け付けられました。拡張機能は使えません（STARTTLS も SIZE もなし）。</translation>
    </message>
    <message>
        <source>The greeting is delayed</source>
        <translation>グリーティングが遅い</translation>
    </message>
    <message>
        <source>The greeting came after %1 s (a greet-delay or pregreet test, or an overloaded server).</source>
        <translation>グリーティングまで %1 秒かかりました（greet-delay や pregreet テスト、またはサーバーの過負荷）。</translation>
    </message>
</context>
<context>
    <name>mxscope::BannerHtmlReport</name>
    <message>
        <source>mxscope banner check: %1</source>
        <translation>mxscope バナーチェック: %1</translation>
    </message>
    <message>
        <source>Banner check of %1 port %2</source>
        <translation>%1 ポート %2 のバナーチェック</translation>
    </message>
    <message>
        <source>Generated %1 by mxscope %2.</source>
        <translation>%1 に mxscope %2 で作成。</translation>
    </message>
    <message>
        <source>The check could not complete:</source>
        <translation>チェックを完了できませんでした:</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>検出事項（%1 件）</translation>
    </message>
    <message>
        <source>Nothing to report.</source>
        <translation>報告事項はありません。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>対策:</translation>
    </message>
    <message>
        <source>Greeting (after %1 ms)</source>
        <translation>グリーティング（%1 ミリ秒後）</translation>
    </message>
    <message>
        <source>HELO reply</source>
        <translation>HELO 応答</translation>
    </message>
    <message>
        <source>EHLO reply</source>
        <translation>EHLO 応答</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>通信記録</translation>
    </message>
</context>
<context>
    <name>mxscope::DisclosureAnalyzer</name>
    <message>
        <source>a private address</source>
        <translation>プライベートアドレス</translation>
    </message>
    <message>
        <source>the name localhost</source>
        <translation>localhost という名前</translation>
    </message>
    <message>
        <source>a single-label (unqualified) name</source>
        <translation>ドメインを含まない単一ラベルの名前</translation>
    </message>
    <message>
        <source>a name in the internal domain %1</source>
        <translation>内部ドメイン %1 の名前</translation>
    </message>
</context>
<context>
    <name>mxscope::FindingDetailView</name>
    <message>
        <source>How to fix it:</source>
        <translation>対策:</translation>
    </message>
    <message>
        <source>Evidence (transcript):</source>
        <translation>根拠（通信記録）:</translation>
    </message>
    <message>
        <source>Select a finding to see what was seen, how to fix it and the transcript lines behind it.</source>
        <translation>検出事項を選ぶと、確認された内容、対策、根拠となる通信記録の行が表示されます。</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>重大度: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::FindingsView</name>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>mxscope::GuiCommandLine</name>
    <message>
        <source>mxscope: test a mail server for relaying, disclosure and TLS weaknesses.</source>
        <translation>mxscope: メールサーバーの不正中継、情報の漏えい、TLS の弱点を検査します。</translation>
    </message>
    <message>
        <source>User interface language: en or ja (default: the system&apos;s).</source>
        <translation>表示言語: en または ja（既定はシステムの言語）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Mail server to fill in.</source>
        <translation>入力欄に設定するメールサーバー。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Port to fill in (default 25).</source>
        <translation>入力欄に設定するポート（既定は 25）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Connection security: none, starttls or implicit.</source>
        <translation>接続の保護: none、starttls、implicit のいずれか。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Start the banner check at once (needs --host).</source>
        <translation>起動後すぐにバナーチェックを開始します（--host が必要）。</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit (after the check when --run is given, at most 20 seconds).</source>
        <translation>ウィンドウの画像をこの PNG ファイルに保存して終了します（--run を指定した場合はチェック完了後。最長 20 秒）。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use en or ja.
</source>
        <translation>不明な言語「%1」です。en または ja を指定してください。
</translation>
    </message>
    <message>
        <source>Unknown security mode &quot;%1&quot;; use none, starttls or implicit.
</source>
        <translation>不明な接続の保護モード「%1」です。none、starttls、implicit のいずれかを指定してください。
</translation>
    </message>
    <message>
        <source>Invalid port &quot;%1&quot;; use 1 to 65535.
</source>
        <translation>無効なポート「%1」です。1～65535 を指定してください。
</translation>
    </message>
    <message>
        <source>--run needs --host.
</source>
        <translation>--run には --host が必要です。
</translation>
    </message>
</context>
<context>
    <name>mxscope::InputValidation</name>
    <message>
        <source>a carriage return (CR)</source>
        <translation>復帰文字 (CR) </translation>
    </message>
    <message>
        <source>a line feed (LF)</source>
        <translation>改行文字 (LF) </translation>
    </message>
    <message>
        <source>a NUL byte</source>
        <translation>NUL バイト</translation>
    </message>
    <message>
        <source>%1 contains %2; refusing to send it, because it would inject an extra SMTP command.</source>
        <translation>%1に%2が含まれています。余分な SMTP コマンドが挿入されるおそれがあるため、送信しません。</translation>
    </message>
    <message>
        <source>The command contains %1; refusing to send it, because it would inject an extra SMTP command.</source>
        <translation>コマンドに%1が含まれています。余分な SMTP コマンドが挿入されるおそれがあるため、送信しません。</translation>
    </message>
</context>
<context>
    <name>mxscope::MainWindow</name>
    <message>
        <source>mxscope — mail-server security tester</source>
        <translation>mxscope — メールサーバー セキュリティテスター</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About mxscope</source>
        <translation>mxscope について(&amp;A)</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>通信記録</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 ポート %2</translation>
    </message>
    <message>
        <source>Enter a mail server and run the banner check.</source>
        <translation>メールサーバーを入力して、バナーチェックを実行してください。</translation>
    </message>
    <message>
        <source>Banner check of %1 running…</source>
        <translation>%1 のバナーチェックを実行中…</translation>
    </message>
    <message>
        <source>Banner check of %1 cancelled.</source>
        <translation>%1 のバナーチェックを中止しました。</translation>
    </message>
    <message>
        <source>Banner check of %1 failed: %2</source>
        <translation>%1 のバナーチェックに失敗しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>Banner check of %1 finished: %n finding(s).</source>
        <translation>
            <numerusform>%1 のバナーチェックが完了しました: 検出事項 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>About mxscope</source>
        <translation>mxscope について</translation>
    </message>
    <message>
        <source>mxscope %1

A mail-server security tester: banner and version disclosure, relay, STARTTLS and more.

Test only servers you are authorised to test.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>mxscope %1

メールサーバーのセキュリティテスター: バナーやバージョンの公開、不正中継、STARTTLS などを検査します。

テストする権限のあるサーバーだけを検査してください。

GNU 一般公衆利用許諾書 (GPL) バージョン 3 以降の下で提供されています。</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeCertificate</name>
    <message>
        <source>this Qt has no working TLS backend</source>
        <translation>この Qt には動作する TLS バックエンドがありません</translation>
    </message>
    <message>
        <source>the openssl command was not found, so no certificate could be made</source>
        <translation>openssl コマンドが見つからないため、証明書を作成できませんでした</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot run openssl: %1</source>
        <translation>openssl を実行できません: %1</translation>
    </message>
    <message>
        <source>openssl did not finish within 10 s</source>
        <translation>openssl が 10 秒以内に終了しませんでした</translation>
    </message>
    <message>
        <source>openssl failed: %1</source>
        <translation>openssl が失敗しました: %1</translation>
    </message>
    <message>
        <source>openssl produced a certificate or key Qt cannot read</source>
        <translation>openssl が作成した証明書または鍵を Qt で読み込めません</translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeDirectory</name>
    <message>
        <source>Cannot read the user list %1: %2</source>
        <translation>ユーザー一覧 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The user list %1 is larger than 4 MiB.</source>
        <translation>ユーザー一覧 %1 が 4 MiB を超えています。</translation>
    </message>
    <message>
        <source>The user list %1 names nobody.</source>
        <translation>ユーザー一覧 %1 にユーザーが 1 人も書かれていません。</translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeProfile</name>
    <message>
        <source>A well-configured Postfix: neutral banner, STARTTLS, AUTH only after TLS, VRFY answers 252 to everyone, no EXPN, unknown users and relaying refused, 421 after 20 errors.</source>
        <translation>適切に設定された Postfix: 中立的なバナー、STARTTLS あり、AUTH は TLS 確立後のみ、VRFY は誰に対しても 252、EXPN なし、未知のユーザーと中継は拒否、エラー 20 回で 421。</translation>
    </message>
    <message>
        <source>An old Sendmail that gives everything away: software, version and an internal host in the banner, VRFY and EXPN on, HELP with the version, AUTH before TLS, unknown recipients accepted (backscatter).</source>
        <translation>すべてをさらけ出す古い Sendmail: バナーにソフトウェア名・バージョン・内部ホスト名、VRFY と EXPN が有効、HELP にバージョン、TLS 前の AUTH、未知の宛先も受け付ける（バックスキャッター）。</translation>
    </message>
    <message>
        <source>Accepts mail for any recipient in any domain from anyone; VRFY tells known from unknown users the way Postfix does (252 or 550).</source>
        <translation>誰からでも、どのドメインのどの宛先へのメールも受け付ける。VRFY は Postfix と同じく既知と未知のユーザーを区別する（252 または 550）。</translation>
    </message>
    <message>
        <source>Accepts any local part at its own domains and answers VRFY with 252 for everyone, so enumeration cannot tell real users from made-up ones.</source>
        <translation>自ドメインのどのローカルパートも受け付け、VRFY には誰に対しても 252 を返すため、列挙しても実在のユーザーと架空のユーザーを区別できない。</translation>
    </message>
    <message>
        <source>Delays each error reply longer than the last (0.2 s, 0.4 s, 0.8 s, ...) and closes with 421 after 5 errors.</source>
        <translation>エラー応答のたびに前回より長く待たせ（0.2 秒、0.4 秒、0.8 秒…）、エラー 5 回で 421 を返して切断する。</translation>
    </message>
    <message>
        <source>Greets normally, then attacks the client: endless reply to EHLO, a 1 MiB line to HELO, binary garbage to HELP, VRFY and EXPN, a reset during DATA.</source>
        <translation>通常どおりグリーティングした後、クライアントを攻撃する: EHLO に終わらない応答、HELO に 1 MiB の行、HELP・VRFY・EXPN にバイナリのゴミ、DATA の途中で接続リセット。</translation>
    </message>
    <message>
        <source>Greets with a multi-line reply that never ends.</source>
        <translation>終わらない複数行応答でグリーティングする。</translation>
    </message>
    <message>
        <source>Greets with binary garbage and NUL bytes, then hangs up.</source>
        <translation>バイナリのゴミと NUL バイトでグリーティングし、切断する。</translation>
    </message>
    <message>
        <source>Sends every reply one byte at a time, one byte every 200 ms.</source>
        <translation>すべての応答を 200 ミリ秒ごとに 1 バイトずつ送る。</translation>
    </message>
    <message>
        <source>Behaves normally until DATA, then resets the connection in the middle of the message.</source>
        <translation>DATA までは通常どおり動作し、メッセージの途中で接続をリセットする。</translation>
    </message>
    <message>
        <source>Greets with a single reply line 1 MiB long.</source>
        <translation>1 MiB の長さの応答行 1 行でグリーティングする。</translation>
    </message>
</context>
<context>
    <name>mxscope::PracticeServer</name>
    <message>
        <source>The practice server is already listening.</source>
        <translation>練習用サーバーはすでに待ち受けています。</translation>
    </message>
    <message>
        <source>The practice server listens only on a loopback address (127.0.0.1 or ::1), not on %1.</source>
        <translation>練習用サーバーはループバックアドレス（127.0.0.1 または ::1）でのみ待ち受けます。%1 では待ち受けません。</translation>
    </message>
    <message>
        <source>the %1 profile does not offer TLS</source>
        <translation>プロファイル %1 は TLS を提供しません</translation>
    </message>
    <message>
        <source>Implicit TLS needs a certificate, and there is none: %1.</source>
        <translation>暗黙的 TLS には証明書が必要ですが、ありません: %1。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 ポート %2 で待ち受けできません: %3</translation>
    </message>
</context>
<context>
    <name>mxscope::Remediation</name>
    <message>
        <source>Postfix: smtpd_banner = $myhostname ESMTP. Exim: smtp_banner = $smtp_active_hostname ESMTP. Sendmail: define(`confSMTP_LOGIN_MSG&apos;, `$j ESMTP&apos;). Exchange: Set-ReceiveConnector -Banner &quot;220 mail.example.com ESMTP&quot;. Disable or trim HELP where the MTA allows it.</source>
        <translation>バナーからソフトウェア名とバージョンを外してください。Postfix: smtpd_banner = $myhostname ESMTP. Exim: smtp_banner = $smtp_active_hostname ESMTP. Sendmail: define(`confSMTP_LOGIN_MSG&apos;, `$j ESMTP&apos;). Exchange: Set-ReceiveConnector -Banner &quot;220 mail.example.com ESMTP&quot;. MTA が対応していれば、HELP を無効にするか内容を減らしてください。</translation>
    </message>
    <message>
        <source>Announce the public name of the server: Postfix myhostname, Exim primary_hostname, Sendmail confDOMAIN_NAME, Exchange Set-ReceiveConnector -Fqdn.</source>
        <translation>サーバーの公開名を名乗るように設定してください。Postfix: myhostname、Exim: primary_hostname、Sendmail: confDOMAIN_NAME、Exchange: Set-ReceiveConnector -Fqdn。</translation>
    </message>
    <message>
        <source>Postfix: smtpd_tls_security_level = may with smtpd_tls_cert_file and smtpd_tls_key_file. Exim: tls_advertise_hosts = * with tls_certificate and tls_privatekey. Exchange: assign a certificate to the SMTP service (Enable-ExchangeCertificate -Services SMTP).</source>
        <translation>Postfix: smtpd_tls_cert_file と smtpd_tls_key_file を設定し、smtpd_tls_security_level = may。Exim: tls_certificate と tls_privatekey を設定し、tls_advertise_hosts = *。Exchange: SMTP サービスに証明書を割り当てます（Enable-ExchangeCertificate -Services SMTP）。</translation>
    </message>
    <message>
        <source>Postfix: smtpd_tls_auth_only = yes. Exim: auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}. Exchange: Set-ReceiveConnector -AuthMechanism Tls,Integrated,BasicAuth,BasicAuthRequireTLS.</source>
        <translation>AUTH は TLS 確立後だけ提供するように設定してください。Postfix: smtpd_tls_auth_only = yes. Exim: auth_advertise_hosts = ${if eq{$tls_in_cipher}{}{}{*}}. Exchange: Set-ReceiveConnector -AuthMechanism Tls,Integrated,BasicAuth,BasicAuthRequireTLS.</translation>
    </message>
    <message>
        <source>Install a certificate from a trusted authority whose names include the host name clients connect to, and renew it before it expires.</source>
        <translation>クライアントが接続するホスト名を含む、信頼された認証局の証明書をインストールし、有効期限が切れる前に更新してください。</translation>
    </message>
</context>
<context>
    <name>mxscope::ReplyParser</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes (starts &quot;%2&quot;).</source>
        <translation>サーバーが %1 バイトを超える応答行を送ってきました（先頭:「%2」）。</translation>
    </message>
    <message>
        <source>The server sent a reply of more than %1 lines; it was cut off.</source>
        <translation>サーバーが %1 行を超える応答を送ってきたため、切り捨てました。</translation>
    </message>
    <message>
        <source>The server sent a reply larger than %1 bytes; it was cut off.</source>
        <translation>サーバーが %1 バイトを超える応答を送ってきたため、切り捨てました。</translation>
    </message>
    <message>
        <source>The server sent a line that is not an SMTP reply: &quot;%1&quot;.</source>
        <translation>サーバーが SMTP 応答ではない行を送ってきました:「%1」。</translation>
    </message>
</context>
<context>
    <name>mxscope::ScreenshotTaker</name>
    <message>
        <source>mxscope: the window was not ready in time; taking the screenshot anyway.
</source>
        <translation>mxscope: ウィンドウの準備が時間内に整わなかったため、そのままスクリーンショットを撮ります。
</translation>
    </message>
    <message>
        <source>mxscope: cannot write %1
</source>
        <translation>mxscope: %1 に書き込めません
</translation>
    </message>
</context>
<context>
    <name>mxscope::SmtpSession</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Negotiating TLS</source>
        <translation>TLS をネゴシエーション中</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s greeting</source>
        <translation>サーバーのグリーティング待ち</translation>
    </message>
    <message>
        <source>Connected, ready for a command</source>
        <translation>接続済み、コマンド送信可能</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s reply</source>
        <translation>サーバーの応答待ち</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>切断中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>切断済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>The HELO name</source>
        <translation>HELO 名</translation>
    </message>
    <message>
        <source>Connecting to %1 port %2%3</source>
        <translation>%1 ポート %2 に接続しています%3</translation>
    </message>
    <message>
        <source> (implicit TLS)</source>
        <translation>（暗黙的 TLS）</translation>
    </message>
    <message>
        <source>The user name or password</source>
        <translation>ユーザー名またはパスワード</translation>
    </message>
    <message>
        <source>The session is closed.</source>
        <translation>セッションは終了しています。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1 に接続しました</translation>
    </message>
    <message>
        <source>TLS established: %1, %2</source>
        <translation>TLS を確立しました: %1、%2</translation>
    </message>
    <message>
        <source>The server sent a reply nobody asked for.</source>
        <translation>サーバーが要求していない応答を送ってきました。</translation>
    </message>
    <message>
        <source>The server refused the session: %1</source>
        <translation>サーバーがセッションを拒否しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more message line(s) sent</source>
        <translation>
            <numerusform>メッセージをさらに %n 行送信</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused %1: %2</source>
        <translation>サーバーが %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS.</source>
        <translation>サーバーは STARTTLS を提供していません。</translation>
    </message>
    <message>
        <source>The server refused STARTTLS: %1</source>
        <translation>サーバーが STARTTLS を拒否しました: %1</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>認証に失敗しました: %1</translation>
    </message>
    <message>
        <source>The server sent more data right after agreeing to STARTTLS; those bytes could be injected into the encrypted session.</source>
        <translation>サーバーが STARTTLS に同意した直後に余分なデータを送ってきました。このデータは暗号化されたセッションに注入されるおそれがあります。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>サーバーが接続を切断しました。</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>接続を切断しました</translation>
    </message>
    <message>
        <source>waiting for the reply to %1</source>
        <translation>%1 の応答待ち</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>サーバーが接続を切断しました（%1）。</translation>
    </message>
    <message>
        <source>Host %1 not found: %2</source>
        <translation>ホスト %1 が見つかりません: %2</translation>
    </message>
    <message>
        <source>Connection to %1 port %2 refused.</source>
        <translation>%1 ポート %2 への接続が拒否されました。</translation>
    </message>
    <message>
        <source>The TLS handshake failed: %1</source>
        <translation>TLS ハンドシェイクに失敗しました: %1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>ネットワークエラー: %1</translation>
    </message>
    <message>
        <source>Timed out: %1 took longer than %2 s.</source>
        <translation>タイムアウト: %1 が %2 秒を超えました。</translation>
    </message>
    <message>
        <source>Timed out waiting for the reply to %1 (%2 s).</source>
        <translation>%1 の応答待ちでタイムアウトしました（%2 秒）。</translation>
    </message>
    <message>
        <source>The server had sent only: &quot;%1&quot;.</source>
        <translation>サーバーから受信したのは次の内容だけです:「%1」。</translation>
    </message>
</context>
<context>
    <name>mxscope::TargetBar</name>
    <message>
        <source>Enter the host name or IP address of the mail server.</source>
        <translation>メールサーバーのホスト名または IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>The host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>The host name must not contain spaces.</source>
        <translation>ホスト名に空白は使えません。</translation>
    </message>
    <message>
        <source>The host name is longer than 253 characters.</source>
        <translation>ホスト名が 253 文字を超えています。</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>mail.example.com</source>
        <translation>mail.example.com</translation>
    </message>
    <message>
        <source>Host name or IP address of the mail server to test</source>
        <translation>テストするメールサーバーのホスト名または IP アドレス</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>セキュリティ(&amp;S):</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <extracomment>Protocol keyword (RFC 3207); usually left as is.</extracomment>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>暗黙的 TLS</translation>
    </message>
    <message>
        <source>None: plain SMTP. STARTTLS: upgrade after EHLO. Implicit TLS: TLS from the first byte (port 465).</source>
        <translation>なし: 平文の SMTP。STARTTLS: EHLO の後に TLS へ切り替え。暗黙的 TLS: 最初のバイトから TLS（ポート 465）。</translation>
    </message>
    <message>
        <source>Run banner check</source>
        <translation>バナーチェックを実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>mxscope::TranscriptModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Sent (TLS)</source>
        <translation>送信 (TLS)</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Received (TLS)</source>
        <translation>受信 (TLS)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
</context>
<context>
    <name>mxscope::cli</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Reads the greeting, EHLO capabilities, TLS details and HELP of a mail server and reports what they disclose.</source>
        <translation>メールサーバーのグリーティング、EHLO の機能一覧、TLS の詳細、HELP を読み取り、そこから漏れている情報を報告します。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>Also write an HTML report to FILE.</source>
        <translation>HTML レポートを &lt;ファイル&gt; にも書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Greeting, EHLO capabilities, TLS details and disclosure findings</source>
        <translation>グリーティング、EHLO の機能一覧、TLS の詳細、情報漏えいの検出事項</translation>
    </message>
    <message>
        <source>Run the built-in practice SMTP server on loopback</source>
        <translation>組み込みの練習用 SMTP サーバーをループバックで起動します</translation>
    </message>
    <message>
        <source>Usage: mxscope-cli &lt;command&gt; [options]</source>
        <translation>使い方: mxscope-cli &lt;コマンド&gt; [オプション]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;mxscope-cli &lt;command&gt; --help&apos; for the options of a command.</source>
        <translation>各コマンドのオプションは &apos;mxscope-cli &lt;コマンド&gt; --help&apos; で表示できます。</translation>
    </message>
    <message>
        <source>mxscope-cli: unknown command &apos;%1&apos; (see mxscope-cli --help)</source>
        <translation>mxscope-cli: 不明なコマンド &apos;%1&apos; です（mxscope-cli --help を参照）</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::BannerReportPrinter</name>
    <message>
        <source>TLS: %1, %2 (%3 bits)</source>
        <translation>TLS: %1、%2（%3 ビット）</translation>
    </message>
    <message>
        <source>Certificate: %1, issued by %2%3</source>
        <translation>証明書: %1、発行者 %2%3</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation>（自己署名）</translation>
    </message>
    <message>
        <source>Names: %1</source>
        <translation>名前: %1</translation>
    </message>
    <message>
        <source>Valid: %1 to %2</source>
        <translation>有効期間: %1 ～ %2</translation>
    </message>
    <message>
        <source>Verification: %1</source>
        <translation>検証: %1</translation>
    </message>
    <message>
        <source>Banner check of %1 port %2</source>
        <translation>%1 ポート %2 のバナーチェック</translation>
    </message>
    <message>
        <source>Greeting (after %1 ms):</source>
        <translation>グリーティング（%1 ミリ秒後）:</translation>
    </message>
    <message>
        <source>HELO reply:</source>
        <translation>HELO 応答:</translation>
    </message>
    <message>
        <source>EHLO reply:</source>
        <translation>EHLO 応答:</translation>
    </message>
    <message>
        <source>Extensions: %1</source>
        <translation>拡張機能: %1</translation>
    </message>
    <message>
        <source>HELP reply:</source>
        <translation>HELP 応答:</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>検出事項: %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対策: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::TargetOptions</name>
    <message>
        <source>Mail server to test (name or address).</source>
        <translation>テストするメールサーバー（名前またはアドレス）。</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>TCP port (default 25; 465 for implicit TLS).</source>
        <translation>TCP ポート（既定は 25、暗黙的 TLS では 465）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Connection security: none, starttls or implicit (default none).</source>
        <translation>接続の保護: none、starttls、implicit のいずれか（既定は none）。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Name to announce in EHLO/HELO (default mxscope.invalid).</source>
        <translation>EHLO/HELO で名乗る名前（既定は mxscope.invalid）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Seconds to wait in each protocol step (default 30).</source>
        <translation>プロトコルの各段階で待つ秒数（既定は 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>--host is required.</source>
        <translation>--host は必須です。</translation>
    </message>
    <message>
        <source>--tls must be none, starttls or implicit, not &apos;%1&apos;.</source>
        <translation>--tls には none、starttls、implicit のいずれかを指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;.</source>
        <translation>--port には 1～65535 の数値を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--timeout must be between 0 and 600 seconds, not &apos;%1&apos;.</source>
        <translation>--timeout には 0～600 秒を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--host</source>
        <translation>--host</translation>
    </message>
    <message>
        <source>--helo</source>
        <translation>--helo</translation>
    </message>
</context>
</TS>
