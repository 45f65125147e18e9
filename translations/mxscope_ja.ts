<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>mxscope::AuditCheck</name>
    <message>
        <source>This check sends mail or loads the server, so it runs only after you confirm you are authorised to test this server.</source>
        <translation>このチェックはメールを送信したりサーバーに負荷をかけたりするため、このサーバーをテストする許可を得ていることを確認した後でのみ実行されます。</translation>
    </message>
    <message>
        <source>Cancelled; the results so far are kept.</source>
        <translation>中止しました。ここまでの結果は保持されます。</translation>
    </message>
    <message numerus="yes">
        <source>Stopped at the time limit of %n second(s); the results so far are kept.</source>
        <translation>
            <numerusform>制限時間の %n 秒に達したため停止しました。ここまでの結果は保持されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::AuditGrade</name>
    <message>
        <source>No check completed, so the server cannot be graded.</source>
        <translation>完了したチェックがないため、サーバーを評価できません。</translation>
    </message>
    <message numerus="yes">
        <source>%n critical finding(s).</source>
        <translation>
            <numerusform>重大度「緊急」の検出事項が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n high-severity finding(s).</source>
        <translation>
            <numerusform>重大度「高」の検出事項が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medium-severity finding(s).</source>
        <translation>
            <numerusform>重大度「中」の検出事項が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n low-severity finding(s).</source>
        <translation>
            <numerusform>重大度「低」の検出事項が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding above informational.</source>
        <translation>重大度が「情報」より高い検出事項はありません。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>Only %1 of %n check(s) completed; the grade covers those alone.</source>
        <translation>
            <numerusform>%n 件のチェックのうち、完了したのは %1 件だけです。評価はそれらのチェックだけを対象としています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) did not start (they need your authorisation or more input) and are not graded.</source>
        <translation>
            <numerusform>%n 件のチェックは開始されなかったため（許可の確認または追加の入力が必要です）、評価の対象外です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Grade: F with any critical finding, D with any high, C with any medium, B with any low, A with informational findings only or none.</source>
        <translation>評価: 「緊急」の検出事項が 1 件でもあれば F、「高」があれば D、「中」があれば C、「低」があれば B、検出事項が「情報」のみか、検出事項がなければ A。</translation>
    </message>
</context>
<context>
    <name>mxscope::AuditHtmlReport</name>
    <message>
        <source>not recorded</source>
        <translation>記録なし</translation>
    </message>
    <message>
        <source>Plain SMTP</source>
        <translation>平文の SMTP</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>暗黙的 TLS</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>%1 port %2</source>
        <translation>%1 ポート %2</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>The run did not finish; this report shows what was saved.</source>
        <translation>実行は完了しませんでした。このレポートには保存された分の結果が表示されています。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Overall grade</source>
        <translation>総合評価</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
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
        <source>None recorded before the check ended.</source>
        <translation>チェックの終了までに記録されたものはありません。</translation>
    </message>
    <message>
        <source>Mail server security audit of %1</source>
        <translation>%1 のメールサーバー セキュリティ監査</translation>
    </message>
    <message>
        <source>mxscope security report</source>
        <translation>mxscope セキュリティレポート</translation>
    </message>
    <message>
        <source>Generated %1 by mxscope %2.</source>
        <translation>%1 に mxscope %2 で作成。</translation>
    </message>
    <message>
        <source>Test only servers you are authorised to test.</source>
        <translation>テストは、許可を得ているサーバーに対してのみ行ってください。</translation>
    </message>
</context>
<context>
    <name>mxscope::AuditHtmlSections</name>
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
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>Remediation</source>
        <translation>対策</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>The cited lines are not in the saved transcript.</source>
        <translation>引用された行は、保存された通信記録にありません。</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n row(s))</source>
        <translation>
            <numerusform>%1（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>通信記録</translation>
    </message>
    <message>
        <source>Appendix: transcript</source>
        <translation>付録: 通信記録</translation>
    </message>
    <message>
        <source>Every line sent (C:) and received (S:) during the run, and mxscope&apos;s own notes (**), numbered as the findings cite them; #n is the connection.</source>
        <translation>実行中に送信したすべての行（C:）と受信したすべての行（S:）、および mxscope 自身のメモ（**）です。行番号は検出事項での引用に対応し、#n は接続を表します。</translation>
    </message>
    <message numerus="yes">
        <source>%n further line(s) exceeded the transcript&apos;s limit and are not shown.</source>
        <translation>
            <numerusform>さらに %n 行が通信記録の上限を超えたため、表示されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::AuditRunner</name>
    <message>
        <source>mxscope has no check called &quot;%1&quot;.</source>
        <translation>mxscope に「%1」という名前のチェックはありません。</translation>
    </message>
</context>
<context>
    <name>mxscope::BannerAuditCheck</name>
    <message>
        <source>Advertised extensions</source>
        <translation>提供されている拡張機能</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>パラメーター</translation>
    </message>
    <message>
        <source>Greeting after %1 ms.</source>
        <translation>%1 ミリ秒後にグリーティングを受信しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n extension(s) advertised.</source>
        <extracomment>The server answered EHLO (or HELO) listing this many extensions.</extracomment>
        <translation>
            <numerusform>%n 個の拡張機能が提供されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing disclosed.</source>
        <translation>漏えいしている情報はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure finding(s).</source>
        <translation>
            <numerusform>情報漏えいに関する検出事項が %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Three sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation>%1%2%3</translation>
    </message>
    <message>
        <source>Reading the greeting</source>
        <translation>グリーティングを読み取り中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
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
        <source>Banner check of %1 port %2</source>
        <translation>%1 ポート %2 のバナーチェック</translation>
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
        <source>The check could not complete: %1</source>
        <translation>チェックを完了できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::BaselineJudge</name>
    <message>
        <source>MAIL FROM needs authentication first (%1).</source>
        <translation>MAIL FROM の前に認証が必要です（%1）。</translation>
    </message>
    <message>
        <source>The server answered MAIL FROM only with temporary failures (%1).</source>
        <translation>サーバーは MAIL FROM に一時的な失敗しか返しませんでした（%1）。</translation>
    </message>
    <message>
        <source>The server refused the sender (%1), so RCPT probes cannot run; try another sender address.</source>
        <translation>サーバーが送信者を拒否したため（%1）、RCPT のプローブを実行できません。別の送信者アドレスを試してください。</translation>
    </message>
    <message>
        <source>The server answered %1 only with temporary failures (%2), even after retries.</source>
        <translation>サーバーは再試行しても %1 に一時的な失敗しか返しませんでした（%2）。</translation>
    </message>
    <message>
        <source>No reply to %1.</source>
        <translation>%1 に応答がありませんでした。</translation>
    </message>
    <message>
        <source>No reply to %1: %2</source>
        <translation>%1 に応答がありませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is disabled on this server (%2).</source>
        <translation>このサーバーでは %1 が無効になっています（%2）。</translation>
    </message>
    <message>
        <source>%1 needs authentication first (%2).</source>
        <translation>%1 の前に認証が必要です（%2）。</translation>
    </message>
    <message>
        <source>The server refused the probes&apos; domain as not its own (%1); give a domain it receives mail for.</source>
        <translation>サーバーは、プローブのドメインを自ドメインではないとして拒否しました（%1）。このサーバーがメールを受信するドメインを指定してください。</translation>
    </message>
    <message>
        <source>The server refused the form of the probe address (%1); try giving the domain to append.</source>
        <translation>サーバーはプローブのアドレスの形式を拒否しました（%1）。付加するドメインを指定してみてください。</translation>
    </message>
    <message>
        <source>The server refused %1 as out of sequence (%2).</source>
        <translation>サーバーは %1 をコマンドの順序が正しくないとして拒否しました（%2）。</translation>
    </message>
    <message>
        <source>The server accepts made-up recipients (%1): it is a catch-all, so RCPT cannot tell real users from invented ones.</source>
        <translation>サーバーは架空の受信者を受け付けます（%1）。キャッチオールになっているため、RCPT では実在のユーザーと架空のユーザーを区別できません。</translation>
    </message>
    <message>
        <source>The server answers %1 with %2 for made-up names too, so it cannot tell real users from invented ones.</source>
        <translation>サーバーは架空の名前に対しても %1 に %2 を返すため、実在のユーザーと架空のユーザーを区別できません。</translation>
    </message>
    <message>
        <source>%1 answers 252 (cannot verify) to every name, made-up ones included: the reply says nothing about whether a user exists.</source>
        <translation>%1 には、架空の名前も含めてどの名前にも 252（確認できない）が返されます。この応答からは、ユーザーが存在するかどうかは分かりません。</translation>
    </message>
    <message>
        <source>%1 tells users apart: made-up names got %2</source>
        <translation>%1 でユーザーを区別できます: 架空の名前への応答は %2</translation>
    </message>
    <message>
        <source>, postmaster got %1</source>
        <translation>、postmaster への応答は %1</translation>
    </message>
    <message>
        <source>The server refuses every %1 probe (%2), postmaster included: the refusal is not about the user.</source>
        <translation>サーバーは postmaster も含めて、すべての %1 プローブを拒否します（%2）。拒否はユーザーの有無によるものではありません。</translation>
    </message>
    <message>
        <source>Made-up names got different kinds of answer (%1), so %2 cannot tell users apart reliably.</source>
        <translation>架空の名前に対する応答が一定しないため（%1）、%2 ではユーザーを確実には区別できません。</translation>
    </message>
    <message>
        <source>Auto chose RCPT TO, the fastest method here (pipelined): %1</source>
        <translation>自動選択で RCPT TO を選びました（パイプライン化により、このサーバーで最も速い方法）。%1</translation>
    </message>
    <message>
        <source>Auto chose %1: %2</source>
        <translation>自動選択で %1 を選びました。%2</translation>
    </message>
    <message>
        <source>%1 was not tested.</source>
        <translation>%1 はテストしていません。</translation>
    </message>
    <message>
        <source>%1 can tell users apart on this server; use it instead.</source>
        <translation>このサーバーでは %1 でユーザーを区別できます。代わりにそちらを使ってください。</translation>
    </message>
    <message>
        <source>No method can tell users apart on this server.</source>
        <translation>このサーバーでは、どの方法でもユーザーを区別できません。</translation>
    </message>
</context>
<context>
    <name>mxscope::CapacityCheck</name>
    <message>
        <source>At most %1 connections are opened; %2 were asked for.</source>
        <translation>開く接続は最大 %1 個です（要求されたのは %2 個）。</translation>
    </message>
    <message numerus="yes">
        <source>Opening up to %n concurrent connection(s) in steps, holding each one silent.</source>
        <translation>
            <numerusform>最大 %n 個の同時接続を段階的に開き、各接続を無通信のまま保持します。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concurrent connection(s) attempted</source>
        <translation>
            <numerusform>%n 個の同時接続を試行</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped before the server closed the session</source>
        <translation>サーバーがセッションを閉じる前に停止</translation>
    </message>
    <message numerus="yes">
        <source>Ramp over after %1 ms: at most %n session(s) open at once.</source>
        <translation>
            <numerusform>%1 ミリ秒後にランプアップを終了: 同時に開いたセッションは最大 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>no time left within the time limit</source>
        <translation>制限時間内に残り時間がありません</translation>
    </message>
    <message numerus="yes">
        <source>Measuring how long a silent session is kept (up to %n s)</source>
        <translation>
            <numerusform>無通信のセッションが維持される時間を測定中（最大 %n 秒）</numerusform>
        </translation>
    </message>
    <message>
        <source>One more session: EHLO, then silence until the server closes it.</source>
        <translation>もう 1 つのセッション: EHLO を送った後、サーバーが閉じるまで何も送りません。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>No connection was greeted: %1</source>
        <translation>グリーティングを受けた接続がありません: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::CapacityFindings</name>
    <message>
        <source>Limit concurrent sessions per client address. Postfix: smtpd_client_connection_count_limit (default 50, enforced by the anvil service; smtpd_client_event_limit_exceptions exempts $mynetworks). Exim: smtp_accept_max_per_host (unset by default) besides smtp_accept_max. Exchange: Set-ReceiveConnector -MaxInboundConnectionPerSource (default 20) and -MaxInboundConnectionPercentagePerSource. Sendmail: define(`confCONNECTION_RATE_THROTTLE&apos;) and FEATURE(`conncontrol&apos;).</source>
        <translation>クライアントのアドレスごとに同時セッション数を制限してください。Postfix: smtpd_client_connection_count_limit（既定は 50。anvil サービスが適用し、smtpd_client_event_limit_exceptions により $mynetworks は除外されます）。Exim: smtp_accept_max に加えて smtp_accept_max_per_host（既定では未設定）。Exchange: Set-ReceiveConnector -MaxInboundConnectionPerSource（既定は 20）と -MaxInboundConnectionPercentagePerSource。Sendmail: define(`confCONNECTION_RATE_THROTTLE&apos;) と FEATURE(`conncontrol&apos;)。</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>未測定</translation>
    </message>
    <message>
        <source>not measured (%1)</source>
        <translation>未測定（%1）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>more than %1 s</source>
        <translation>%1 秒超</translation>
    </message>
    <message numerus="yes">
        <source>No per-client connection limit up to %n connection(s)</source>
        <translation>
            <numerusform>%n 個の接続まで、クライアントごとの接続数制限がない</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n connection(s) from this client were greeted with 220 and held open at the same time; the server never refused one.</source>
        <translation>
            <numerusform>このクライアントからの %n 個の接続すべてが 220 のグリーティングを受け、同時に開いたまま保持されました。サーバーは 1 つも拒否しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>A silent session stayed open for %1, so one client can hold these slots for minutes.</source>
        <translation>無通信のセッションが %1 の間開いたままだったため、1 つのクライアントがこれらの枠を何分も占有できます。</translation>
    </message>
    <message>
        <source>Common defaults allow up to %1 sessions per client, so a ramp this small cannot tell a missing limit from a default one; repeat with more connections to decide.</source>
        <translation>一般的な既定値ではクライアントあたり最大 %1 セッションが許可されるため、この程度の小さなランプアップでは、制限がないのか既定の制限なのかを区別できません。判断するには、接続数を増やしてもう一度実行してください。</translation>
    </message>
    <message>
        <source>One client used up the server&apos;s capacity</source>
        <translation>1 つのクライアントがサーバーの処理能力を使い切った</translation>
    </message>
    <message numerus="yes">
        <source>With %1 session(s) of this client open, %n further connection(s) got no greeting at all before the time limit, instead of a 421 for this client. The server (or its listener) had no free session left, so other clients would have waited too.</source>
        <translation>
            <numerusform>このクライアントのセッションを %1 個開いた状態で、さらに %n 個の接続が、このクライアントに対する 421 を受け取る代わりに、制限時間までグリーティングをまったく受けられませんでした。サーバー（またはそのリスナー）に空きセッションが残っていなかったため、他のクライアントも待たされていたはずです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the per-client limit well below the total process or session limit (Postfix default_process_limit, Exim smtp_accept_max, Exchange MaxInboundConnection).</source>
        <translation>クライアントごとの制限は、全体のプロセス数またはセッション数の上限（Postfix: default_process_limit、Exim: smtp_accept_max、Exchange: MaxInboundConnection）よりも十分に低くしてください。</translation>
    </message>
    <message>
        <source>Excess connections were dropped without an SMTP reply</source>
        <translation>超過した接続が SMTP 応答なしで切断された</translation>
    </message>
    <message numerus="yes">
        <source>After %1 open session(s), %n connection(s) were refused, reset or left unanswered at the TCP level instead of receiving 421. That still protects the server (a firewall connection limit behaves like this), but the client learns no reason.</source>
        <translation>
            <numerusform>%1 個のセッションが開いた後、%n 個の接続が 421 を受け取る代わりに、TCP レベルで拒否またはリセットされるか、応答のないまま放置されました。これでもサーバーは保護されます（ファイアウォールの接続数制限はこのように動作します）が、クライアントには理由が伝わりません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Prefer the MTA&apos;s own per-client limit, which answers 421 4.7.0, to a silent drop. </source>
        <translation>黙って切断するよりも、421 4.7.0 で応答する MTA 自身のクライアントごとの制限を使ってください。 </translation>
    </message>
    <message>
        <source>Idle sessions are closed after %1</source>
        <translation>アイドル状態のセッションが %1 後に閉じられる</translation>
    </message>
    <message>
        <source>After EHLO the server closed a silent session after %1%2. RFC 5321 (4.5.3.2.7) asks servers to wait at least 5 minutes for the next command; a much shorter timeout resists slow-connection attacks but may cut off slow legitimate clients.</source>
        <translation>EHLO の後、サーバーは無通信のセッションを %1 後に%2閉じました。RFC 5321（4.5.3.2.7）では、サーバーは次のコマンドを少なくとも 5 分間待つよう求められています。これよりはるかに短いタイムアウトは低速接続攻撃への耐性を高めますが、低速な正規のクライアントを切断してしまうおそれがあります。</translation>
    </message>
    <message>
        <source> with &quot;%1&quot;</source>
        <translation> 「%1」を返して</translation>
    </message>
    <message>
        <source>Usually intended. Postfix: smtpd_timeout (300 s, 10 s under stress). Exim: smtp_receive_timeout. Exchange: Set-ReceiveConnector -ConnectionInactivityTimeout.</source>
        <translation>通常は意図された設定です。Postfix: smtpd_timeout（300 秒、高負荷時は 10 秒）。Exim: smtp_receive_timeout。Exchange: Set-ReceiveConnector -ConnectionInactivityTimeout。</translation>
    </message>
    <message>
        <source>idle sessions kept %1</source>
        <translation>アイドルセッションの維持時間: %1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n connection(s): this computer could not open more (%1); %2.</source>
        <translation>
            <numerusform>%n 個の接続で停止しました: このコンピューターではこれ以上接続を開けませんでした（%1）。%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server stopped greeting new connections beyond %n concurrent session(s) of this client; %1.</source>
        <translation>
            <numerusform>このクライアントの同時セッションが %n 個を超えると、サーバーは新しい接続にグリーティングを返さなくなりました。%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server refused this client beyond %n concurrent session(s) (%1); %2.</source>
        <translation>
            <numerusform>このクライアントの同時セッションが %n 個を超えると、サーバーは接続を拒否しました（%1）。%2。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The time limit ended the ramp after %n connection(s), all accepted; %1.</source>
        <translation>
            <numerusform>%n 個の接続（すべて受理）の時点で、制限時間によりランプアップが終了しました。%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n concurrent connection(s) were accepted without a refusal; %1.</source>
        <translation>
            <numerusform>%n 個の同時接続がすべて拒否されずに受け付けられました。%1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::CapacityReport</name>
    <message>
        <source>no answer yet</source>
        <translation>未応答</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>refused with 421</source>
        <translation>421 で拒否</translation>
    </message>
    <message>
        <source>rejected at connect</source>
        <translation>接続時に拒否</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>接続拒否</translation>
    </message>
    <message>
        <source>closed before the greeting</source>
        <translation>グリーティング前に切断</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>タイムアウト</translation>
    </message>
    <message>
        <source>local error</source>
        <translation>ローカルエラー</translation>
    </message>
    <message>
        <source>Connections of the ramp</source>
        <translation>ランプアップの接続</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Concurrent attempted</source>
        <translation>試行した同時接続数</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Connect (ms)</source>
        <translation>接続（ミリ秒）</translation>
    </message>
    <message>
        <source>Greeting (ms)</source>
        <translation>グリーティング（ミリ秒）</translation>
    </message>
    <message>
        <source>Server reply or error</source>
        <translation>サーバーの応答またはエラー</translation>
    </message>
    <message>
        <source>(closed by the server while held)</source>
        <translation>（保持中にサーバーが切断）</translation>
    </message>
    <message>
        <source>Accepted and refused connections over the ramp</source>
        <translation>ランプアップ中に受理・拒否された接続</translation>
    </message>
    <message>
        <source>Concurrent connections attempted</source>
        <translation>試行した同時接続数</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続数</translation>
    </message>
    <message>
        <source>Accepted, held open</source>
        <translation>受理して保持</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
</context>
<context>
    <name>mxscope::CheckCatalogue</name>
    <message>
        <source>Banner and information disclosure</source>
        <translation>バナーと情報漏えい</translation>
    </message>
    <message>
        <source>Reads the greeting, EHLO and HELP replies and reports software versions and internal names they disclose.</source>
        <translation>グリーティング、EHLO と HELP の応答を読み取り、そこから漏れているソフトウェアのバージョンや内部の名前を報告します。</translation>
    </message>
    <message>
        <source>TLS and STARTTLS policy</source>
        <translation>TLS と STARTTLS のポリシー</translation>
    </message>
    <message>
        <source>Checks that STARTTLS is offered and works, reads the protocol, cipher and certificate, tries TLS 1.0 and 1.1, and reports password AUTH or mail accepted before TLS.</source>
        <translation>STARTTLS が提供され正しく動作するかを確認し、プロトコル、暗号スイート、証明書を読み取り、TLS 1.0 と 1.1 を試して、TLS 確立前のパスワード AUTH やメールの受け付けを報告します。</translation>
    </message>
    <message>
        <source>Open relay</source>
        <translation>オープンリレー</translation>
    </message>
    <message>
        <source>Tries every known relay trick from an unauthenticated client and judges at RCPT TO; no message is sent.</source>
        <translation>認証されていないクライアントから既知のリレー手法をすべて試し、RCPT TO で判定します。メッセージは送信しません。</translation>
    </message>
    <message>
        <source>Account enumeration</source>
        <translation>アカウント列挙</translation>
    </message>
    <message>
        <source>Asks with VRFY, EXPN or RCPT TO whether common account names exist, after a baseline of made-up names.</source>
        <translation>架空の名前でベースラインを取った後、よく使われるアカウント名が存在するかを VRFY、EXPN、RCPT TO で問い合わせます。</translation>
    </message>
    <message>
        <source>Sender policy</source>
        <translation>送信者ポリシー</translation>
    </message>
    <message>
        <source>Tries your own domain, the null sender, an unqualified sender and a non-existent domain as an anonymous client to a local recipient, judged at RCPT TO; no message is sent.</source>
        <translation>匿名のクライアントとしてローカルの受信者宛てに、自分のドメイン、null sender、ドメインなしの送信者、存在しないドメインを試し、RCPT TO で判定します。メッセージは送信しません。</translation>
    </message>
    <message>
        <source>Malware and spam filter</source>
        <translation>マルウェア・スパムフィルター</translation>
    </message>
    <message>
        <source>Sends the EICAR test file (in the body and as an attachment) and GTUBE, and reports whether the server refuses them at the end of DATA.</source>
        <translation>EICAR テストファイル（本文内と添付ファイル）と GTUBE を送信し、サーバーが DATA の終わりでそれらを拒否するかどうかを報告します。</translation>
    </message>
    <message>
        <source>DNS and sender authentication</source>
        <translation>DNS と送信ドメイン認証</translation>
    </message>
    <message>
        <source>Looks up the domain&apos;s MX hosts and their addresses, reverse DNS of the server, SPF, DMARC and MTA-STS.</source>
        <translation>ドメインの MX ホストとそのアドレス、サーバーの逆引き DNS、SPF、DMARC、MTA-STS を調べます。</translation>
    </message>
    <message>
        <source>Connection exhaustion</source>
        <translation>接続の枯渇</translation>
    </message>
    <message>
        <source>Opens a bounded ramp of silent concurrent connections to find the per-client limit, and measures how long an idle session is kept.</source>
        <translation>上限を設けたうえで無通信の同時接続を段階的に増やしてクライアントごとの制限を調べ、アイドル状態のセッションが維持される時間を測定します。</translation>
    </message>
</context>
<context>
    <name>mxscope::CheckPickerDialog</name>
    <message>
        <source>I am authorised to test this server</source>
        <translation>このサーバーをテストする許可を得ています</translation>
    </message>
    <message>
        <source>Run checks on %1</source>
        <translation>%1 に対してチェックを実行</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>%1 (sends mail or loads the server)</source>
        <translation>%1（メールを送信するか、サーバーに負荷をかけます）</translation>
    </message>
    <message>
        <source>No checks are available in this build.</source>
        <translation>このビルドで使用できるチェックはありません。</translation>
    </message>
    <message>
        <source>Select the &amp;full audit</source>
        <translation>完全な監査を選択(&amp;F)</translation>
    </message>
    <message>
        <source>Test only servers you are authorised to test. Checks marked as sending mail or loading the server need your confirmation.</source>
        <translation>テストは、許可を得ているサーバーに対してのみ行ってください。メールを送信する、またはサーバーに負荷をかけると示されたチェックには、確認が必要です。</translation>
    </message>
</context>
<context>
    <name>mxscope::CheckResultPanel</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>検出事項（%1 件）</translation>
    </message>
    <message>
        <source>Charts (%1)</source>
        <translation>グラフ（%1）</translation>
    </message>
</context>
<context>
    <name>mxscope::CheckRunView</name>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleAuthPanel</name>
    <message>
        <source>PLAIN sends one line: AUTH PLAIN and base64(\0user\0password).</source>
        <translation>PLAIN は AUTH PLAIN と base64(\0ユーザー名\0パスワード) を 1 行で送ります。</translation>
    </message>
    <message>
        <source>LOGIN answers two 334 prompts: base64(user), then base64(password).</source>
        <translation>LOGIN は 2 回の 334 プロンプトに、base64(ユーザー名)、base64(パスワード) の順に答えます。</translation>
    </message>
    <message>
        <source>CRAM-MD5 answers the server&apos;s challenge with the user and an HMAC-MD5 of it; the password itself is never sent.</source>
        <translation>CRAM-MD5 はサーバーのチャレンジに、ユーザー名とチャレンジの HMAC-MD5 で答えます。パスワードそのものは送信されません。</translation>
    </message>
    <message>
        <source>Base64 is an encoding, not encryption: without TLS anyone on the path can read the password. The transcript shows &lt;redacted&gt; instead.</source>
        <translation>Base64 は符号化であって暗号化ではありません。TLS を使わなければ、経路上の誰でもパスワードを読み取れます。通信記録には代わりに &lt;redacted&gt; と表示されます。</translation>
    </message>
    <message>
        <source>The server offers: %1</source>
        <translation>サーバーが提供している方式: %1</translation>
    </message>
    <message>
        <source>AUTH helper</source>
        <translation>AUTH ヘルパー</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Used for this one AUTH command and then forgotten.</source>
        <translation>この AUTH コマンド 1 回だけに使い、その後は破棄します。</translation>
    </message>
    <message>
        <source>&amp;Mechanism:</source>
        <translation>認証方式(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Authenticate</source>
        <translation>認証(&amp;A)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleConnectionBar</name>
    <message>
        <source>None (STARTTLS by hand)</source>
        <translation>なし（STARTTLS は手動）</translation>
    </message>
    <message>
        <source>STARTTLS at once</source>
        <extracomment>Upgrade with STARTTLS right after the greeting; keep the word STARTTLS as is.</extracomment>
        <translation>STARTTLS（接続直後）</translation>
    </message>
    <message>
        <source>None: a plain connection; upgrade it whenever you like with Start TLS or by typing STARTTLS. STARTTLS at once: mxscope sends EHLO and STARTTLS right after the greeting. Implicit TLS: TLS from the first byte (port 465).</source>
        <translation>なし: 平文の接続。「TLS 開始」ボタンか STARTTLS の入力で、いつでも TLS に切り替えられます。STARTTLS（接続直後）: グリーティングの直後に mxscope が EHLO と STARTTLS を送ります。暗黙的 TLS: 最初のバイトから TLS（ポート 465）。</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Start &amp;TLS</source>
        <translation>TLS 開始(&amp;T)</translation>
    </message>
    <message>
        <source>Send STARTTLS now and upgrade the connection when the server answers 220. The server forgets the EHLO: send EHLO again.</source>
        <translation>今すぐ STARTTLS を送り、サーバーが 220 で応答したら接続を TLS に切り替えます。サーバーはそれまでの EHLO を破棄するので、EHLO をもう一度送ってください。</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>Drop the connection at once (type QUIT to say goodbye).</source>
        <translation>接続をすぐに切断します（終了の挨拶をするには QUIT を入力します）。</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleDataPanel</name>
    <message>
        <source>A test message typed in the mxscope console.</source>
        <translation>A test message typed in the mxscope console.</translation>
    </message>
    <message>
        <source>DATA mode: type the message, header lines first, then an empty line and the body. Send message sends DATA, and after the server&apos;s 354 the message with every line that starts with a dot doubled, then the lone &quot;.&quot; line.</source>
        <translation>DATA モード: メッセージを入力します。先にヘッダー行、続いて空行と本文を入力してください。「メッセージを送信」を押すと DATA を送り、サーバーの 354 応答の後で、ドットで始まる行のドットを二重にしたメッセージと、ドット「.」だけの行を送ります。</translation>
    </message>
    <message>
        <source>&amp;Send message</source>
        <translation>メッセージを送信(&amp;S)</translation>
    </message>
    <message>
        <source>Back to commands</source>
        <translation>コマンド入力に戻る</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleHexView</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
    <message>
        <source>(an event noted by mxscope, not bytes on the wire)</source>
        <translation>（mxscope が記録したイベントで、実際に送受信されたバイトではありません）</translation>
    </message>
    <message>
        <source>(CR LF included)</source>
        <translation>（CR LF を含む）</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n byte(s).</source>
        <translation>
            <numerusform>先頭の %n バイトを表示しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a transcript line to see its bytes.</source>
        <translation>通信記録の行を選ぶと、そのバイト列を表示します。</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleTranscriptExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleTranscriptPane</name>
    <message>
        <source>Save console transcript</source>
        <translation>コンソールの通信記録を保存</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Show CR LF</source>
        <translation>CR LF を表示</translation>
    </message>
    <message>
        <source>Mark the CR LF that ends every line sent or received.</source>
        <translation>送受信した各行の末尾にある CR LF を表示します。</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>16 進</translation>
    </message>
    <message>
        <source>Show the selected line&apos;s bytes in hex.</source>
        <translation>選択した行のバイト列を 16 進数で表示します。</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the transcript as a text file.</source>
        <translation>通信記録をテキストファイルとして保存します。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Clear the transcript shown here.</source>
        <translation>ここに表示されている通信記録を消去します。</translation>
    </message>
    <message numerus="yes">
        <source>%1 older line(s) not shown.</source>
        <translation>
            <numerusform>古い %1 行は表示されていません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleVerbBar</name>
    <message>
        <source>AUTH…</source>
        <translation>AUTH…</translation>
    </message>
    <message>
        <source>Puts the command into the command line; edit it if you like and press Enter to send it.</source>
        <translation>コマンドをコマンドラインに入力します。必要に応じて編集し、Enter キーで送信してください。</translation>
    </message>
    <message>
        <source>Opens DATA mode: type the whole message, then send it.</source>
        <translation>DATA モードを開きます。メッセージ全体を入力してから送信してください。</translation>
    </message>
    <message>
        <source>Opens the AUTH helper, which encodes the user name and password and keeps the password out of the transcript.</source>
        <translation>AUTH ヘルパーを開きます。ヘルパーはユーザー名とパスワードを符号化し、パスワードを通信記録に残しません。</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleWidget</name>
    <message>
        <source>Transcript saved to %1</source>
        <translation>通信記録を %1 に保存しました</translation>
    </message>
    <message>
        <source>TLS is on. The server has forgotten your EHLO: send EHLO again.</source>
        <translation>TLS が有効になりました。サーバーはそれまでの EHLO を破棄したので、EHLO をもう一度送ってください。</translation>
    </message>
    <message>
        <source>Not connected: click Connect first.</source>
        <translation>未接続です。先に「接続」をクリックしてください。</translation>
    </message>
    <message>
        <source>Enter the credentials in the AUTH helper.</source>
        <translation>認証情報は AUTH ヘルパーで入力してください。</translation>
    </message>
    <message>
        <source>Disconnected.</source>
        <translation>切断しました。</translation>
    </message>
    <message>
        <source>The session ended: %1</source>
        <translation>セッションが終了しました: %1</translation>
    </message>
    <message>
        <source>Last reply: %1</source>
        <translation>最後の応答: %1</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation>TLS（%1）</translation>
    </message>
    <message>
        <source>C&amp;ommand:</source>
        <translation>コマンド(&amp;O):</translation>
    </message>
    <message>
        <source>Type an SMTP command, e.g. EHLO client.example, and press Enter</source>
        <translation>SMTP コマンド（例: EHLO client.example）を入力して Enter キーを押してください</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Not sent: an AUTH line with credentials would put them into the transcript. Enter them in the AUTH helper, which sends them as &lt;redacted&gt;.</source>
        <translation>未送信: 認証情報を含む AUTH 行を送ると、認証情報が通信記録に残ります。AUTH ヘルパーで入力してください。ヘルパーを使うと通信記録には &lt;redacted&gt; と記録されます。</translation>
    </message>
</context>
<context>
    <name>mxscope::ConsoleWindow</name>
    <message>
        <source>SMTP console</source>
        <translation>SMTP コンソール</translation>
    </message>
    <message>
        <source>SMTP console — %1 port %2</source>
        <translation>SMTP コンソール — %1 ポート %2</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Save transcript…</source>
        <translation>通信記録を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>閉じる(&amp;L)</translation>
    </message>
    <message>
        <source>Save to run &amp;history</source>
        <translation>実行履歴に保存(&amp;H)</translation>
    </message>
</context>
<context>
    <name>mxscope::CsvExport</name>
    <message>
        <source>Transcript line</source>
        <translation>通信記録の行</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
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
    <name>mxscope::DnsCheck</name>
    <message>
        <source>The DNS check needs the mail domain (--domain).</source>
        <translation>DNS チェックにはメールドメイン（--domain）が必要です。</translation>
    </message>
    <message>
        <source>DNS lookups for %1 through the system resolver.</source>
        <translation>%1 の DNS をシステムのリゾルバーで検索します。</translation>
    </message>
    <message>
        <source>DNS lookups for %1 through the name server %2.</source>
        <translation>%1 の DNS をネームサーバー %2 で検索します。</translation>
    </message>
    <message>
        <source>MX, SPF, DMARC and MTA-STS records</source>
        <translation>MX、SPF、DMARC、MTA-STS レコード</translation>
    </message>
    <message>
        <source>Addresses of the MX hosts</source>
        <translation>MX ホストのアドレス</translation>
    </message>
    <message>
        <source>Reverse DNS of the server addresses</source>
        <translation>サーバーアドレスの逆引き DNS</translation>
    </message>
    <message>
        <source>Forward confirmation of reverse DNS</source>
        <translation>逆引き DNS の正引きによる確認</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>The name server gave no usable answer for %1: %2</source>
        <translation>ネームサーバーから %1 について使用できる応答がありませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mxscope::DnsFindings</name>
    <message>
        <source>The domain does not exist in DNS</source>
        <translation>ドメインが DNS に存在しない</translation>
    </message>
    <message>
        <source>The name server answered NXDOMAIN for %1.</source>
        <translation>ネームサーバーは %1 に対して NXDOMAIN を返しました。</translation>
    </message>
    <message>
        <source>Check the domain&apos;s spelling and its delegation at the registrar.</source>
        <translation>ドメインの綴りと、レジストラでの委任設定を確認してください。</translation>
    </message>
    <message>
        <source>The domain has no MX record</source>
        <translation>ドメインに MX レコードがない</translation>
    </message>
    <message>
        <source>%1 has no MX record, so senders fall back to its A/AAAA address (RFC 5321 5.1), which is rarely the mail server.</source>
        <translation>%1 には MX レコードがないため、送信側はその A/AAAA アドレスにフォールバックします（RFC 5321 5.1）。このアドレスがメールサーバーであることはまれです。</translation>
    </message>
    <message>
        <source>Publish an MX record, e.g. &quot;%1. MX 10 mail.%1.&quot;, or a null MX (&quot;MX 0 .&quot;, RFC 7505) when the domain receives no mail.</source>
        <translation>MX レコード（例: &quot;%1. MX 10 mail.%1.&quot;）を公開してください。ドメインでメールを受信しない場合は、null MX（&quot;MX 0 .&quot;、RFC 7505）を公開してください。</translation>
    </message>
    <message>
        <source>The domain declares that it receives no mail</source>
        <translation>ドメインがメールを受信しないと宣言している</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (&quot;%2 .&quot;, RFC 7505).</source>
        <translation>%1 は null MX（&quot;%2 .&quot;、RFC 7505）を公開しています。</translation>
    </message>
    <message>
        <source>Nothing to do if the domain really receives no mail.</source>
        <translation>ドメインで実際にメールを受信しないのであれば、対応は不要です。</translation>
    </message>
    <message>
        <source>An MX host has no address</source>
        <translation>MX ホストにアドレスがない</translation>
    </message>
    <message>
        <source>The MX host %1 of %2 has neither an A nor an AAAA record, so mail for it cannot be delivered there.</source>
        <translation>%2 の MX ホスト %1 には A レコードも AAAA レコードもないため、このホストにはメールを配送できません。</translation>
    </message>
    <message>
        <source>Give %1 an A (and AAAA) record, or remove it from the MX set. MX targets must be host names with addresses, not CNAMEs (RFC 2181 10.3).</source>
        <translation>%1 に A（および AAAA）レコードを設定するか、MX の一覧から外してください。MX が指すのは、CNAME ではなく、アドレスを持つホスト名でなければなりません（RFC 2181 10.3）。</translation>
    </message>
    <message>
        <source>Ask whoever runs the address block (often the hosting provider) for a PTR record naming the server&apos;s host name, and give that name an A/AAAA record with the same address. Postfix: myhostname; Exim: primary_hostname; Exchange: the connector&apos;s FQDN should match.</source>
        <translation>アドレスブロックの管理者（多くはホスティング事業者）に、サーバーのホスト名を示す PTR レコードの設定を依頼し、その名前に同じアドレスの A/AAAA レコードを設定してください。Postfix: myhostname、Exim: primary_hostname、Exchange: コネクタの FQDN を一致させてください。</translation>
    </message>
    <message>
        <source>A server address has no reverse DNS</source>
        <translation>サーバーのアドレスに逆引き DNS がない</translation>
    </message>
    <message>
        <source>%1 has no PTR record. Many receivers refuse or distrust mail from addresses without reverse DNS.</source>
        <translation>%1 には PTR レコードがありません。逆引き DNS のないアドレスからのメールは、多くの受信側で拒否されるか、信頼されません。</translation>
    </message>
    <message>
        <source>Reverse DNS does not resolve back to the address</source>
        <translation>逆引き DNS の名前が元のアドレスに解決されない</translation>
    </message>
    <message>
        <source>%1 points to %2, but that name does not resolve to %1 (forward-confirmed reverse DNS fails).</source>
        <translation>%1 は %2 を指していますが、その名前は %1 に解決されません（正引きによる逆引き DNS の確認に失敗）。</translation>
    </message>
    <message>
        <source>The greeting names another host than reverse DNS</source>
        <translation>グリーティングで名乗るホスト名が逆引き DNS と異なる</translation>
    </message>
    <message>
        <source>The server greets as &quot;%1&quot;, but %2 has the PTR name %3. Receivers compare the announced name with reverse DNS.</source>
        <translation>サーバーは「%1」と名乗っていますが、%2 の PTR 名は %3 です。受信側は名乗られた名前を逆引き DNS と照合します。</translation>
    </message>
    <message>
        <source>Publish one TXT record at %1 such as &quot;v=spf1 mx -all&quot; listing every host that sends the domain&apos;s mail.</source>
        <translation>%1 に、ドメインのメールを送信するすべてのホストを列挙した TXT レコード（例: &quot;v=spf1 mx -all&quot;）を 1 つだけ公開してください。</translation>
    </message>
    <message>
        <source>No SPF record</source>
        <translation>SPF レコードがない</translation>
    </message>
    <message>
        <source>%1 publishes no TXT record starting with &quot;v=spf1&quot;, so anyone can send mail in its name without an SPF failure.</source>
        <translation>%1 は &quot;v=spf1&quot; で始まる TXT レコードを公開していないため、誰でも SPF の失敗なしに、このドメインの名前でメールを送信できます。</translation>
    </message>
    <message>
        <source>More than one SPF record</source>
        <translation>SPF レコードが複数ある</translation>
    </message>
    <message>
        <source>%1 publishes %2 SPF records: %3. RFC 7208 (4.5) makes that a permanent error, so receivers ignore SPF for the domain.</source>
        <translation>%1 は SPF レコードを %2 件公開しています: %3。RFC 7208（4.5 節）ではこれは恒久的なエラーとなるため、受信側はこのドメインの SPF を無視します。</translation>
    </message>
    <message>
        <source>Merge them into a single &quot;v=spf1&quot; record.</source>
        <translation>これらを 1 つの &quot;v=spf1&quot; レコードにまとめてください。</translation>
    </message>
    <message>
        <source>SPF authorises every host on the Internet</source>
        <translation>SPF がインターネット上のすべてのホストを許可している</translation>
    </message>
    <message>
        <source>The SPF record %1 ends in &quot;+all&quot;: any sender passes SPF for %2.</source>
        <translation>SPF レコード %1 は &quot;+all&quot; で終わっています。%2 ではどの送信者も SPF に合格します。</translation>
    </message>
    <message>
        <source>SPF is neutral about unlisted senders</source>
        <translation>SPF が未登録の送信者に対して中立になっている</translation>
    </message>
    <message>
        <source>The SPF record %1 ends in &quot;?all&quot;, so mail from any other host is neither passed nor failed.</source>
        <translation>SPF レコード %1 は &quot;?all&quot; で終わっているため、ほかのホストからのメールは合格にも不合格にもなりません。</translation>
    </message>
    <message>
        <source>SPF has no &quot;all&quot; mechanism</source>
        <translation>SPF に &quot;all&quot; メカニズムがない</translation>
    </message>
    <message>
        <source>The SPF record %1 has neither &quot;all&quot; nor &quot;redirect=&quot;; unlisted senders get a neutral result.</source>
        <translation>SPF レコード %1 には &quot;all&quot; も &quot;redirect=&quot; もないため、未登録の送信者の結果は中立（neutral）になります。</translation>
    </message>
    <message>
        <source>Publish a TXT record at _dmarc.%1 such as &quot;v=DMARC1; p=quarantine; rua=mailto:dmarc@%1&quot;, then move to p=reject.</source>
        <translation>_dmarc.%1 に &quot;v=DMARC1; p=quarantine; rua=mailto:dmarc@%1&quot; のような TXT レコードを公開し、その後 p=reject に移行してください。</translation>
    </message>
    <message>
        <source>No DMARC record</source>
        <translation>DMARC レコードがない</translation>
    </message>
    <message>
        <source>_dmarc.%1 has no &quot;v=DMARC1&quot; record, so receivers have no policy for mail that fails SPF and DKIM in the domain&apos;s name.</source>
        <translation>_dmarc.%1 に &quot;v=DMARC1&quot; レコードがないため、このドメインを名乗って SPF と DKIM に失敗したメールについて、受信側が従うポリシーがありません。</translation>
    </message>
    <message>
        <source>More than one DMARC record</source>
        <translation>DMARC レコードが複数ある</translation>
    </message>
    <message>
        <source>_dmarc.%1 has %2 DMARC records: %3. Receivers then apply no DMARC policy (RFC 7489 6.6.3).</source>
        <translation>_dmarc.%1 には DMARC レコードが %2 件あります: %3。この場合、受信側は DMARC ポリシーを適用しません（RFC 7489 6.6.3）。</translation>
    </message>
    <message>
        <source>Keep a single &quot;v=DMARC1&quot; record.</source>
        <translation>&quot;v=DMARC1&quot; レコードを 1 つだけにしてください。</translation>
    </message>
    <message>
        <source>The DMARC record has no policy</source>
        <translation>DMARC レコードにポリシーがない</translation>
    </message>
    <message>
        <source>The DMARC record %1 lacks the required p= tag.</source>
        <translation>DMARC レコード %1 には必須の p= タグがありません。</translation>
    </message>
    <message>
        <source>DMARC only monitors (p=none)</source>
        <translation>DMARC が監視のみ（p=none）になっている</translation>
    </message>
    <message>
        <source>The DMARC record %1 asks receivers to deliver failing mail anyway; it gives reports but no protection.</source>
        <translation>DMARC レコード %1 は、検証に失敗したメールもそのまま配送するよう受信側に求めています。レポートは得られますが、保護にはなりません。</translation>
    </message>
    <message>
        <source>No MTA-STS policy</source>
        <translation>MTA-STS ポリシーがない</translation>
    </message>
    <message>
        <source>_mta-sts.%1 has no &quot;v=STSv1&quot; record, so sending servers cannot insist on TLS to this domain&apos;s MX hosts and a network attacker can strip STARTTLS.</source>
        <translation>_mta-sts.%1 に &quot;v=STSv1&quot; レコードがないため、送信側サーバーはこのドメインの MX ホストへの TLS を強制できず、ネットワーク上の攻撃者が STARTTLS を除去できます。</translation>
    </message>
    <message>
        <source>Publish &quot;v=STSv1; id=&lt;date&gt;&quot; at _mta-sts.%1, the policy at https://mta-sts.%1/.well-known/mta-sts.txt (RFC 8461), and a TLS-RPT record at _smtp._tls.%1 for failure reports (RFC 8460).</source>
        <translation>_mta-sts.%1 に &quot;v=STSv1; id=&lt;date&gt;&quot; を、https://mta-sts.%1/.well-known/mta-sts.txt にポリシーを公開し（RFC 8461）、失敗レポート用に _smtp._tls.%1 に TLS-RPT レコードを公開してください（RFC 8460）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>%n records (an error)</source>
        <translation>
            <numerusform>レコード %n 件（エラー）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n MX host(s), SPF %2, DMARC %3; %4 finding(s).</source>
        <translation>
            <numerusform>%1: MX ホスト %n 件、SPF %2、DMARC %3。検出事項 %4 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::DnsQuery</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答なし</translation>
    </message>
</context>
<context>
    <name>mxscope::DnsReport</name>
    <message>
        <source>found</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no records of this type</source>
        <translation>この種類のレコードなし</translation>
    </message>
    <message>
        <source>name does not exist (NXDOMAIN)</source>
        <translation>名前が存在しない（NXDOMAIN）</translation>
    </message>
    <message>
        <source>server failure (SERVFAIL)</source>
        <translation>サーバー障害（SERVFAIL）</translation>
    </message>
    <message>
        <source>the name server refused to answer</source>
        <translation>ネームサーバーが応答を拒否</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>時間内に応答なし</translation>
    </message>
    <message>
        <source>lookup failed</source>
        <translation>問い合わせに失敗</translation>
    </message>
    <message>
        <source>DNS records</source>
        <translation>DNS レコード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationAuditCheck</name>
    <message>
        <source>Exists</source>
        <translation>存在する</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>存在しない</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Names probed</source>
        <translation>調べた名前</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>応答時間（ミリ秒）</translation>
    </message>
    <message>
        <source>Verdict per name</source>
        <translation>名前ごとの判定</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前の数</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未調査</translation>
    </message>
    <message>
        <source>Reply time per probe</source>
        <translation>プローブごとの応答時間</translation>
    </message>
    <message>
        <source>Milliseconds</source>
        <translation>ミリ秒</translation>
    </message>
    <message>
        <source>Reply time</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>No user could be told apart: %1</source>
        <translation>ユーザーを区別できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n name(s) found to exist with %2.</source>
        <translation>
            <numerusform>%2 で調べた %n 件の名前のうち、%1 件が存在しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Name %1 of %2</source>
        <translation>名前 %1 / %2</translation>
    </message>
    <message>
        <source>Baseline with made-up names</source>
        <translation>架空の名前によるベースライン</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationCharts</name>
    <message>
        <source>Verdicts</source>
        <translation>判定の内訳</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名前の数</translation>
    </message>
    <message>
        <source>Latency per probe</source>
        <translation>プローブごとの応答時間</translation>
    </message>
    <message>
        <source>Probe (in order of reply)</source>
        <translation>プローブ（応答順）</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>応答時間（ミリ秒）</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationCsvExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationFindings</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Users found: %1.</source>
        <translation>見つかったユーザー: %1。</translation>
    </message>
    <message>
        <source>Members disclosed: %1.</source>
        <translation>判明したメンバー: %1。</translation>
    </message>
    <message>
        <source>Postfix: disable_vrfy_command = yes. Sendmail: define(`confPRIVACY_FLAGS&apos;, `goaway&apos;) or at least novrfy. Exim: leave acl_smtp_vrfy unset (VRFY is refused by default). Exchange answers 252 to VRFY by default; keep it that way.</source>
        <translation>Postfix: disable_vrfy_command = yes を設定します。Sendmail: define(`confPRIVACY_FLAGS&apos;, `goaway&apos;) を設定します（少なくとも novrfy）。Exim: acl_smtp_vrfy を設定しないままにします（既定で VRFY は拒否されます）。Exchange: 既定で VRFY に 252 を返すので、その設定のままにしてください。</translation>
    </message>
    <message>
        <source>Sendmail: define(`confPRIVACY_FLAGS&apos;, `goaway&apos;) or at least noexpn. Exim: leave acl_smtp_expn unset (EXPN is refused by default). Postfix and Exchange do not implement EXPN.</source>
        <translation>Sendmail: define(`confPRIVACY_FLAGS&apos;, `goaway&apos;) を設定します（少なくとも noexpn）。Exim: acl_smtp_expn を設定しないままにします（既定で EXPN は拒否されます）。Postfix と Exchange は EXPN を実装していません。</translation>
    </message>
    <message>
        <source>RCPT must refuse unknown users, so limit how fast a client may guess. Postfix: smtpd_soft_error_limit, smtpd_hard_error_limit (e.g. 10), smtpd_error_sleep_time, smtpd_client_recipient_rate_limit, postscreen, and fail2ban on &quot;User unknown&quot;. Exim: a ratelimit ACL on failed recipients. Sendmail: confBAD_RCPT_THROTTLE. Exchange: the receive connector&apos;s TarpitInterval and recipient validation.</source>
        <translation>RCPT では未知のユーザーを拒否する必要があるため、クライアントが推測できる速さを制限してください。Postfix: smtpd_soft_error_limit、smtpd_hard_error_limit（例: 10）、smtpd_error_sleep_time、smtpd_client_recipient_rate_limit、postscreen、および &quot;User unknown&quot; を監視する fail2ban。Exim: 失敗した受信者に対する ratelimit ACL。Sendmail: confBAD_RCPT_THROTTLE。Exchange: 受信コネクタの TarpitInterval と受信者の検証。</translation>
    </message>
    <message>
        <source>Refuse unknown recipients during the SMTP dialogue instead of bouncing later. Postfix: never leave local_recipient_maps empty; smtpd_reject_unlisted_recipient = yes; relay_recipient_maps for relayed domains. Exim: verify = recipient in acl_smtp_rcpt. Sendmail: no catch-all in virtusertable. Exchange: enable recipient filtering for recipients not in the directory.</source>
        <translation>後でバウンスさせるのではなく、SMTP のやり取りの中で未知の受信者を拒否してください。Postfix: local_recipient_maps を決して空にせず、smtpd_reject_unlisted_recipient = yes を設定し、中継するドメインには relay_recipient_maps を設定します。Exim: acl_smtp_rcpt に verify = recipient を入れます。Sendmail: virtusertable にキャッチオールを置きません。Exchange: ディレクトリにない受信者に対する受信者フィルターを有効にします。</translation>
    </message>
    <message>
        <source>VRFY tells real users from made-up ones</source>
        <translation>VRFY で実在のユーザーと架空のユーザーを区別できる</translation>
    </message>
    <message>
        <source>EXPN tells real users apart and lists members</source>
        <translation>EXPN で実在のユーザーを区別でき、メンバーも一覧表示される</translation>
    </message>
    <message>
        <source>RCPT TO tells real users from made-up ones</source>
        <translation>RCPT TO で実在のユーザーと架空のユーザーを区別できる</translation>
    </message>
    <message>
        <source>Unknown recipients are accepted (backscatter)</source>
        <translation>未知の受信者を受け付けている（バックスキャッター）</translation>
    </message>
    <message>
        <source>Mail to them will bounce later, to whatever sender a spammer forged: the server becomes a source of backscatter.</source>
        <translation>こうした宛先へのメールは後でバウンスし、スパム送信者が偽装した任意の送信者に返送されます。サーバーがバックスキャッターの発生源になります。</translation>
    </message>
    <message>
        <source>Failed guesses are not throttled</source>
        <translation>推測の失敗に対する速度制限がない</translation>
    </message>
    <message>
        <source>A harvester can guess about %1 names per minute.</source>
        <translation>アドレスを収集する攻撃者は、1 分あたり約 %1 件の名前を推測できます。</translation>
    </message>
    <message numerus="yes">
        <source>During the enumeration the server throttled %n time(s); mxscope spread the probes over more sessions.</source>
        <translation>
            <numerusform>列挙中にサーバーが %n 回速度を制限したため、mxscope はプローブをより多くのセッションに分散しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Achieved: about %1 guesses per minute.</source>
        <translation>実測: 1 分あたり約 %1 件の推測。</translation>
    </message>
    <message>
        <source>The server slows down or stops harvesters</source>
        <translation>サーバーがアドレス収集を遅延または阻止している</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationInputPanel</name>
    <message>
        <source>The domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Confirm that you are authorised to test this server.</source>
        <translation>このサーバーをテストする許可を得ていることを確認してください。</translation>
    </message>
    <message>
        <source>Import user list</source>
        <translation>ユーザー一覧をインポート</translation>
    </message>
    <message>
        <source>User lists (*.txt *.lst)</source>
        <translation>ユーザー一覧 (*.txt *.lst)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Could not import the list: %1</source>
        <translation>一覧をインポートできませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s) from %1.</source>
        <translation>
            <numerusform>%1 から %n 件の名前を読み込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name(s).</source>
        <translation>
            <numerusform>名前 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s) dropped.</source>
        <translation>
            <numerusform>重複 %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped.</source>
        <translation>
            <numerusform>%n 行をスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>メールサーバー(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;User names, one per line:</source>
        <translation>ユーザー名（1 行に 1 つ）(&amp;U):</translation>
    </message>
    <message>
        <source>admin
root
sales</source>
        <translation>admin
root
sales</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>Auto (pick the method that works)</source>
        <translation>自動（有効な方法を選択）</translation>
    </message>
    <message>
        <source>VRFY</source>
        <extracomment>SMTP command names; usually left as is.</extracomment>
        <translation>VRFY</translation>
    </message>
    <message>
        <source>EXPN</source>
        <translation>EXPN</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>example.org (optional: probes name@example.org)</source>
        <translation>example.org（任意: 名前@example.org を調べます）</translation>
    </message>
    <message>
        <source>empty: the null sender &lt;&gt;</source>
        <translation>空欄の場合は null sender &lt;&gt;</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>無制限</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> 件/秒</translation>
    </message>
    <message>
        <source>At most %1 parallel sessions.</source>
        <translation>並列セッションは最大 %1 個です。</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>S&amp;ender:</source>
        <translation>送信者(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Connections:</source>
        <translation>接続数(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Rate cap:</source>
        <translation>速度の上限(&amp;R):</translation>
    </message>
    <message>
        <source>I am &amp;authorised to test this server</source>
        <translation>このサーバーをテストする許可を得ています(&amp;A)</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationPlan</name>
    <message>
        <source>No mail server was given.</source>
        <translation>メールサーバーが指定されていません。</translation>
    </message>
    <message>
        <source>The user list is empty.</source>
        <translation>ユーザー一覧が空です。</translation>
    </message>
    <message>
        <source>Connections must be between 1 and %1, not %2.</source>
        <translation>接続数には 1～%1 を指定してください（%2 は使えません）。</translation>
    </message>
    <message>
        <source>The rate cap must be zero (none) or a positive number of probes per second.</source>
        <translation>速度の上限には、0（制限なし）か、1 秒あたりのプローブ数を正の数で指定してください。</translation>
    </message>
    <message>
        <source>The baseline needs between 1 and %1 made-up names.</source>
        <translation>ベースラインには 1～%1 個の架空の名前が必要です。</translation>
    </message>
    <message>
        <source>The session error budget, attempts and time limit must be positive.</source>
        <translation>セッションごとの許容エラー数、試行回数、制限時間には正の値を指定してください。</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>%1 must not contain spaces or angle brackets.</source>
        <translation>%1に空白や山括弧は使えません。</translation>
    </message>
    <message>
        <source>The domain must not contain &apos;@&apos;.</source>
        <translation>ドメインに「@」は使えません。</translation>
    </message>
    <message>
        <source>Name %1 (&quot;%2&quot;) is empty or holds spaces, angle brackets or control characters.</source>
        <translation>%1 番目の名前「%2」が空か、空白、山括弧、制御文字のいずれかを含んでいます。</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationResultsModel</name>
    <message>
        <source>exists</source>
        <extracomment>Verdict of one probed user name.</extracomment>
        <translation>存在する</translation>
    </message>
    <message>
        <source>absent</source>
        <extracomment>Verdict of one probed user name.</extracomment>
        <translation>存在しない</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Verdict of one probed user name: the reply could not tell.</extracomment>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>メンバー: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>応答時間</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationResultsView</name>
    <message>
        <source>Filter by name or reply</source>
        <translation>名前または応答で絞り込み</translation>
    </message>
    <message>
        <source>All verdicts</source>
        <translation>すべての判定</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV をエクスポート(&amp;E)…</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationRun</name>
    <message>
        <source>The server did not answer.</source>
        <translation>サーバーが応答しませんでした。</translation>
    </message>
    <message>
        <source>No SMTP session got as far as a probe: %1</source>
        <translation>プローブまで進んだ SMTP セッションがありませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::EnumerationWindow</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>%n 行を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 can tell users apart.</source>
        <translation>%1 でユーザーを区別できます。</translation>
    </message>
    <message>
        <source>%1 cannot: %2</source>
        <extracomment>%1 is a method (VRFY, EXPN, RCPT TO), %2 the reason from the server&apos;s replies.</extracomment>
        <translation>%1 では区別できません: %2</translation>
    </message>
    <message>
        <source>Testing the methods with made-up names…</source>
        <translation>架空の名前で各方法をテストしています…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <extracomment>Estimated time left, e.g. &quot;about 2 min 10 s left&quot;.</extracomment>
        <translation>残り約 %1</translation>
    </message>
    <message>
        <source>The enumeration failed: %1</source>
        <translation>列挙に失敗しました: %1</translation>
    </message>
    <message>
        <source>No users can be told apart on this server: %1</source>
        <translation>このサーバーではユーザーを区別できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>Found %n user(s) of %1 with %2.</source>
        <translation>
            <numerusform>%2 で調べた %1 件のうち、%n 件のユーザーが見つかりました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n name(s).</source>
        <translation>
            <numerusform>%n 件の名前を調べたところで中止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped at the time limit.</source>
        <translation>制限時間に達したため停止しました。</translation>
    </message>
    <message>
        <source>Export results as CSV</source>
        <translation>結果を CSV でエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Account enumeration</source>
        <translation>アカウント列挙</translation>
    </message>
    <message>
        <source>Account enumeration — %1 port %2</source>
        <translation>アカウント列挙 — %1 ポート %2</translation>
    </message>
    <message>
        <source>What to probe</source>
        <translation>調査対象</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>中止(&amp;C)</translation>
    </message>
    <message>
        <source>A baseline of made-up names decides first which methods can tell users apart on this server.</source>
        <translation>最初に架空の名前でベースラインを取り、このサーバーでユーザーを区別できる方法を判定します。</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>グラフ</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>検出事項（%1 件）</translation>
    </message>
</context>
<context>
    <name>mxscope::EnvelopeValidation</name>
    <message>
        <source>The sending domain</source>
        <translation>送信ドメイン</translation>
    </message>
    <message>
        <source>Enter the domain your test mail comes from, e.g. example.net.</source>
        <translation>テストメールの送信元ドメインを入力してください（例: example.net）。</translation>
    </message>
    <message>
        <source>The sending domain must not contain spaces.</source>
        <translation>送信ドメインに空白は使えません。</translation>
    </message>
    <message>
        <source>The sending domain must be a domain name such as example.net, or an address literal such as [192.0.2.1].</source>
        <translation>送信ドメインには、example.net のようなドメイン名か、[192.0.2.1] のようなアドレスリテラルを指定してください。</translation>
    </message>
    <message>
        <source>The user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>The password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>パスワードに対応するユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the password for %1.</source>
        <translation>%1 のパスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>mxscope::FilterFindings</name>
    <message>
        <source>- %1: %2 (token %3)</source>
        <translation>- %1: %2（トークン %3）</translation>
    </message>
    <message>
        <source>Nothing acted while the message was received. A filter that runs after queueing (a post-queue content filter, a quarantine) may still catch it: look for the token in the recipient&apos;s mailbox and in the quarantine. Refusing at the end of DATA is better: the sender learns at once and no bounce is needed.</source>
        <translation>メッセージの受信中には何も対処されませんでした。キュー投入後に動作するフィルター（キュー投入後のコンテンツフィルターや検疫）が捕捉する可能性はあります。受信者のメールボックスと検疫領域でトークンを探してください。DATA の終わりで拒否するほうが望ましい方法です。送信者にすぐ伝わり、バウンスも不要になります。</translation>
    </message>
    <message>
        <source>EICAR test file in the body</source>
        <translation>本文に EICAR テストファイル</translation>
    </message>
    <message>
        <source>EICAR test file as an attachment</source>
        <translation>添付ファイルとして EICAR テストファイル</translation>
    </message>
    <message>
        <source>GTUBE spam test string</source>
        <translation>GTUBE スパムテスト文字列</translation>
    </message>
    <message>
        <source>Scan messages before accepting them and refuse malware with a 5xx reply. Postfix: a milter (smtpd_milters = unix:/run/clamav/clamav-milter.ctl with OnInfected Reject, or rspamd&apos;s milter) or amavis as a before-queue filter (smtpd_proxy_filter). Exim: av_scanner = clamd:/run/clamav/clamd.ctl and in acl_check_data: deny malware = * message = malware detected ($malware_name). Exchange: enable the anti-malware policy (Set-MalwareFilteringServer -BypassFiltering $false; Exchange Online: the anti-malware policy with the common attachments filter). Scanners must decode MIME attachments, not only the body.</source>
        <translation>メッセージを受け付ける前にスキャンし、マルウェアは 5xx 応答で拒否してください。Postfix: milter（smtpd_milters = unix:/run/clamav/clamav-milter.ctl と OnInfected Reject、または rspamd の milter）か、キュー投入前フィルターとしての amavis（smtpd_proxy_filter）。Exim: av_scanner = clamd:/run/clamav/clamd.ctl を設定し、acl_check_data に deny malware = * message = malware detected ($malware_name) を入れます。Exchange: マルウェア対策ポリシーを有効にします（Set-MalwareFilteringServer -BypassFiltering $false。Exchange Online では共通添付ファイル フィルターを有効にしたマルウェア対策ポリシー）。スキャナーは本文だけでなく、MIME の添付ファイルもデコードする必要があります。</translation>
    </message>
    <message>
        <source>Score messages before accepting them and refuse clear spam with a 5xx reply. Postfix: rspamd or spamass-milter via smtpd_milters. Exim: spamd_address and in acl_check_data: deny spam = nobody:true condition = ${if &gt;{$spam_score_int}{100}}. Exchange: the content filter agent (Set-ContentFilterConfig -SCLRejectEnabled $true -SCLRejectThreshold 7).</source>
        <translation>メッセージを受け付ける前にスコアを付け、明らかなスパムは 5xx 応答で拒否してください。Postfix: smtpd_milters 経由で rspamd または spamass-milter。Exim: spamd_address を設定し、acl_check_data に deny spam = nobody:true condition = ${if &gt;{$spam_score_int}{100}} を入れます。Exchange: コンテンツ フィルター エージェント（Set-ContentFilterConfig -SCLRejectEnabled $true -SCLRejectThreshold 7）。</translation>
    </message>
    <message>
        <source>The server accepted the EICAR anti-virus test file</source>
        <translation>サーバーが EICAR ウイルス対策テストファイルを受け付けた</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) carrying the EICAR test file got a success reply at the end of DATA:</source>
        <translation>
            <numerusform>EICAR テストファイルを含むメッセージ %n 件が、DATA の終わりで成功応答を受けました:</numerusform>
        </translation>
    </message>
    <message>
        <source>The server accepted the GTUBE spam test message</source>
        <translation>サーバーが GTUBE スパムテストメッセージを受け付けた</translation>
    </message>
    <message>
        <source>Spam filters score GTUBE as certain spam, yet the server answered:</source>
        <translation>スパムフィルターは GTUBE を確実なスパムと判定しますが、サーバーの応答は次のとおりでした:</translation>
    </message>
    <message>
        <source>The server dropped the connection after a test message</source>
        <translation>テストメッセージの後にサーバーが接続を切断した</translation>
    </message>
    <message>
        <source>RFC 5321 requires a reply after the final &quot;.&quot;. Without one a sending server cannot tell whether the message was taken and retries it later:</source>
        <translation>RFC 5321 では、最後の &quot;.&quot; の後に応答を返す必要があります。応答がないと、送信側サーバーはメッセージが受け取られたかどうか判断できず、後で再送します:</translation>
    </message>
    <message>
        <source>Check the content filter&apos;s logs for crashes or time-outs (amavis, clamd, the milter) and let the MTA refuse (5xx) or defer (4xx) instead of hanging up; Postfix: milter_default_action = tempfail.</source>
        <translation>コンテンツフィルター（amavis、clamd、milter）のログでクラッシュやタイムアウトを確認し、接続を切るのではなく MTA が拒否（5xx）または一時拒否（4xx）するようにしてください。Postfix: milter_default_action = tempfail を設定します。</translation>
    </message>
    <message>
        <source>The server deferred a test message</source>
        <translation>サーバーがテストメッセージを一時拒否した</translation>
    </message>
    <message>
        <source>A 4xx reply at the end of DATA asks the sender to try again later. Greylisting does this once; a scanner that is down does it every time:</source>
        <translation>DATA の終わりでの 4xx 応答は、後で再試行するよう送信者に求めるものです。グレーリストなら 1 回だけですが、スキャナーが停止している場合は毎回こうなります:</translation>
    </message>
    <message>
        <source>If every message is deferred, check that the scanner (clamd, amavis, rspamd) is running and reachable by the MTA.</source>
        <translation>すべてのメッセージが一時拒否される場合は、スキャナー（clamd、amavis、rspamd）が動作していて、MTA から到達できることを確認してください。</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>未テスト</translation>
    </message>
    <message>
        <source>refused (%1)</source>
        <translation>拒否（%1）</translation>
    </message>
    <message>
        <source>deferred (%1)</source>
        <translation>一時拒否（%1）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>接続切断</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mxscope::FilterTestCheck</name>
    <message>
        <source>This check needs a recipient the server delivers locally (--to).</source>
        <translation>このチェックには、サーバーがローカルに配送する受信者（--to）が必要です。</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>受信者</translation>
    </message>
    <message>
        <source>Sending test message %1 (%2)</source>
        <translation>テストメッセージ %1（%2）を送信しています</translation>
    </message>
    <message numerus="yes">
        <source>[test string of the %1 payload, %n byte(s), not shown]</source>
        <translation>
            <numerusform>[%1 ペイロードのテスト文字列、%n バイト、非表示]</numerusform>
        </translation>
    </message>
    <message>
        <source>The server refused the sender, so the message never reached a filter.</source>
        <translation>サーバーが送信者を拒否したため、メッセージはフィルターに届きませんでした。</translation>
    </message>
    <message>
        <source>The server refused the recipient, so the message never reached a filter.</source>
        <translation>サーバーが受信者を拒否したため、メッセージはフィルターに届きませんでした。</translation>
    </message>
    <message>
        <source>The server answered DATA with %1 instead of 354, so the message was never sent.</source>
        <translation>サーバーが DATA に 354 ではなく %1 を返したため、メッセージは送信されませんでした。</translation>
    </message>
    <message>
        <source>The server refused DATA, so the message never reached a filter.</source>
        <translation>サーバーが DATA を拒否したため、メッセージはフィルターに届きませんでした。</translation>
    </message>
    <message>
        <source>The server answered the end of the message with a reply that is neither success nor failure.</source>
        <translation>サーバーはメッセージの終わりに対し、成功でも失敗でもない応答を返しました。</translation>
    </message>
    <message>
        <source>The connection ended before the server answered.</source>
        <translation>サーバーが応答する前に接続が終了しました。</translation>
    </message>
    <message>
        <source>Test messages</source>
        <translation>テストメッセージ</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>ペイロード</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No test message reached the content filter: %1</source>
        <translation>コンテンツフィルターに届いたテストメッセージはありません: %1</translation>
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
    <name>mxscope::FindingsPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>検出事項 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finding(s) shown</source>
        <translation>
            <numerusform>検出事項 %n 件中 %1 件を表示</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>すべての重大度</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>低以上</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>中以上</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>高以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>緊急のみ</translation>
    </message>
    <message>
        <source>Show &amp;evidence</source>
        <translation>根拠を表示(&amp;E)</translation>
    </message>
    <message>
        <source>Select the transcript lines that prove this finding</source>
        <translation>この検出事項の根拠となる通信記録の行を選択します</translation>
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
    <message>
        <source>Check</source>
        <translation>チェック</translation>
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
    <name>mxscope::HarvestProbe</name>
    <message numerus="yes">
        <source>The server refused %n made-up name(s) in one %1 session promptly, with no delay and no disconnect.</source>
        <translation>
            <numerusform>サーバーは 1 回の %1 セッションで、架空の名前 %n 件を遅延も切断もなく即座に拒否しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n invalid name(s) in one %1 session the server slowed its replies down (up to %2 ms).</source>
        <translation>
            <numerusform>1 回の %1 セッションで無効な名前が %n 件続いた後、サーバーは応答を遅らせました（最大 %2 ミリ秒）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n invalid name(s) in one %1 session the server answered with temporary failures.</source>
        <translation>
            <numerusform>1 回の %1 セッションで無効な名前が %n 件続いた後、サーバーは一時的な失敗を返しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After %n invalid name(s) in one %1 session the server ended the session.</source>
        <translation>
            <numerusform>1 回の %1 セッションで無効な名前が %n 件続いた後、サーバーはセッションを終了しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not measured: the server accepted some of the made-up names.</source>
        <translation>未測定: サーバーが架空の名前の一部を受け付けました。</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>未測定: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderAnalyserWindow</name>
    <message>
        <source>Open a message</source>
        <translation>メッセージを開く</translation>
    </message>
    <message>
        <source>Mail messages (*.eml *.msg *.txt);;All files (*)</source>
        <translation>メールメッセージ (*.eml *.msg *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Paste a received message&apos;s header above, open an .eml file, or drop one on this window.</source>
        <translation>受信したメッセージのヘッダーを上に貼り付けるか、.eml ファイルを開くか、このウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <source>The header could not be read: %1</source>
        <translation>ヘッダーを読み取れませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n header field(s), </source>
        <translation>
            <numerusform>ヘッダーフィールド %n 個、 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hop(s), </source>
        <translation>
            <numerusform>ホップ %n 個、 </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s).</source>
        <translation>
            <numerusform>検出事項 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Header analyser</source>
        <translation>ヘッダー解析</translation>
    </message>
    <message>
        <source>Paste the header of a message received through the server under test.</source>
        <translation>テスト対象のサーバーを経由して受信したメッセージのヘッダーを貼り付けてください。</translation>
    </message>
    <message>
        <source>&amp;Open .eml…</source>
        <translation>.eml を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>解析(&amp;A)</translation>
    </message>
    <message>
        <source>Received chain, oldest hop first:</source>
        <translation>Received チェーン（古いホップから順に）:</translation>
    </message>
    <message>
        <source>What the header discloses:</source>
        <translation>ヘッダーから漏れている情報:</translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderBlockParser</name>
    <message>
        <source>The message is empty.</source>
        <translation>メッセージが空です。</translation>
    </message>
    <message>
        <source>The header block is larger than %1 KiB; no empty line ends it within that limit.</source>
        <translation>ヘッダーブロックが %1 KiB を超えています。この範囲内にヘッダーの終わりを示す空行がありません。</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes (starts &quot;%3&quot;).</source>
        <translation>%1 行目が %2 バイトを超えています（先頭:「%3」）。</translation>
    </message>
    <message>
        <source>Line %1 contains NUL bytes; this is not a message header.</source>
        <translation>%1 行目に NUL バイトが含まれています。メッセージのヘッダーではありません。</translation>
    </message>
    <message>
        <source>Line %1 continues a field that does not exist: &quot;%2&quot;.</source>
        <translation>%1 行目は、存在しないフィールドの継続行です:「%2」。</translation>
    </message>
    <message>
        <source>Line %1 is not a header field: &quot;%2&quot;.</source>
        <translation>%1 行目はヘッダーフィールドではありません:「%2」。</translation>
    </message>
    <message>
        <source>The header has more than %1 fields.</source>
        <translation>ヘッダーのフィールドが %1 個を超えています。</translation>
    </message>
    <message>
        <source>No header fields were found; this does not look like a mail message.</source>
        <translation>ヘッダーフィールドが見つかりませんでした。メールメッセージではないようです。</translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderFindings</name>
    <message numerus="yes">
        <source>%1; and %n more</source>
        <translation>
            <numerusform>%1; ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>hop %1</source>
        <translation>ホップ %1</translation>
    </message>
    <message>
        <source>%1 in Received (%2): %3</source>
        <translation>Received（%2）内の %1: %3</translation>
    </message>
    <message>
        <source>%1 in %2: %3</source>
        <translation>%2 内の %1: %3</translation>
    </message>
    <message>
        <source>The header discloses private network addresses</source>
        <translation>ヘッダーがプライベートネットワークのアドレスを公開している</translation>
    </message>
    <message>
        <source>Seen: %1. They map the network behind the mail server.</source>
        <translation>検出: %1。これらのアドレスから、メールサーバーの背後にあるネットワークの構成が分かります。</translation>
    </message>
    <message>
        <source>%1 (%2) in %3: %4</source>
        <translation>%3 内の %1（%2）: %4</translation>
    </message>
    <message>
        <source>Received (%1)</source>
        <translation>Received（%1）</translation>
    </message>
    <message>
        <source>The header names internal hosts</source>
        <translation>ヘッダーに内部ホスト名が含まれている</translation>
    </message>
    <message>
        <source>Seen: %1.</source>
        <translation>検出: %1。</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>%1 (Sendmail) by %2</source>
        <translation>%2 の %1（Sendmail）</translation>
    </message>
    <message>
        <source>%1 (Exchange build) by %2</source>
        <translation>%2 の %1（Exchange のビルド番号）</translation>
    </message>
    <message>
        <source>The Received chain discloses mail software versions</source>
        <translation>Received チェーンがメールソフトウェアのバージョンを公開している</translation>
    </message>
    <message>
        <source>Seen: %1. A version lets an attacker look up exactly which vulnerabilities apply.</source>
        <translation>検出: %1。バージョンが分かると、攻撃者は該当する脆弱性を正確に調べられます。</translation>
    </message>
    <message>
        <source>The Received chain names the mail software</source>
        <translation>Received チェーンがメールソフトウェア名を公開している</translation>
    </message>
    <message>
        <source>The header names the sender&apos;s mail program</source>
        <translation>ヘッダーが送信者のメールプログラム名を公開している</translation>
    </message>
    <message>
        <source>The header discloses the sender&apos;s own IP address</source>
        <translation>ヘッダーが送信者自身の IP アドレスを公開している</translation>
    </message>
    <message>
        <source>Seen: %1. It locates the sender&apos;s workstation or home connection.</source>
        <translation>検出: %1。送信者の端末や自宅の回線の場所を特定できます。</translation>
    </message>
    <message>
        <source>Exchange organisation headers left the organisation</source>
        <translation>Exchange の組織内ヘッダーが組織外に出ている</translation>
    </message>
    <message>
        <source>The header carries Exchange routing headers</source>
        <translation>ヘッダーに Exchange のルーティングヘッダーが含まれている</translation>
    </message>
    <message numerus="yes">
        <source>%n X-MS-Exchange field(s): %1.</source>
        <translation>
            <numerusform>X-MS-Exchange フィールド %n 個: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>The header names the spam and virus filters</source>
        <translation>ヘッダーがスパムフィルターとウイルスフィルターの名前を公開している</translation>
    </message>
    <message>
        <source>Seen: %1. Knowing the filter and its version helps craft mail that slips past it.</source>
        <translation>検出: %1。フィルターとそのバージョンが分かると、フィルターをすり抜けるメールを作りやすくなります。</translation>
    </message>
    <message>
        <source>%1 by %2 is stamped %3 s before the hop it follows: %4</source>
        <translation>%1（%2）の時刻が、直前のホップより %3 秒前になっています: %4</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1（%2）: %3</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>Relay clocks disagree</source>
        <translation>リレーの時計が食い違っている</translation>
    </message>
    <message>
        <source>Some Received fields have no readable date</source>
        <translation>一部の Received フィールドに読み取れる日付がない</translation>
    </message>
    <message>
        <source>Seen: %1. RFC 5321 requires a date after the &quot;;&quot;.</source>
        <translation>検出: %1。RFC 5321 では &quot;;&quot; の後に日付が必要です。</translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderInput</name>
    <message>
        <source>Only the newest %1 of %2 Received fields were read.</source>
        <translation>%2 個の Received フィールドのうち、新しい %1 個だけを読み込みました。</translation>
    </message>
    <message>
        <source>Could not read the message: %1</source>
        <translation>メッセージを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
</context>
<context>
    <name>mxscope::HeaderRemediation</name>
    <message>
        <source>Strip the internal hops on the outbound gateway. Postfix: smtp_header_checks = regexp:/etc/postfix/smtp_header_checks with a line such as &quot;/^Received: from .*\[(10|127|192\.168|172\.(1[6-9]|2[0-9]|3[01]))\./ IGNORE&quot; (or IGNORE the Received line your submission service adds for authenticated senders). Exim: in the remote_smtp transport, headers_remove = Received is too blunt; set received_header_text so the submission hop omits $sender_fullhost for authenticated clients, e.g. ${if def:authenticated_id{}{from $sender_rcvhost}}. Exchange: remove the routing headers on the Internet send connector with Remove-ADPermission -Identity &quot;&lt;connector&gt;&quot; -User &quot;NT AUTHORITY\Anonymous Logon&quot; -ExtendedRights Ms-Exch-Send-Headers-Routing. Give relays public, qualified names (Postfix myhostname, Exim primary_hostname).</source>
        <translation>送信側ゲートウェイで内部のホップを取り除いてください。Postfix: smtp_header_checks = regexp:/etc/postfix/smtp_header_checks を設定し、&quot;/^Received: from .*\[(10|127|192\.168|172\.(1[6-9]|2[0-9]|3[01]))\./ IGNORE&quot; のような行を入れます（または、サブミッションサービスが認証済みの送信者に付ける Received 行を IGNORE します）。Exim: remote_smtp トランスポートで headers_remove = Received とするのは大雑把すぎます。received_header_text を設定して、認証済みクライアントについてはサブミッションのホップが $sender_fullhost を省くようにします。例: ${if def:authenticated_id{}{from $sender_rcvhost}}。Exchange: インターネット向けの送信コネクタで Remove-ADPermission -Identity &quot;&lt;connector&gt;&quot; -User &quot;NT AUTHORITY\Anonymous Logon&quot; -ExtendedRights Ms-Exch-Send-Headers-Routing を実行し、ルーティングヘッダーを削除します。リレーには公開された完全修飾名を付けてください（Postfix: myhostname、Exim: primary_hostname）。</translation>
    </message>
    <message>
        <source>Postfix adds no version to Received; check that no content filter does. Exim: set received_header_text without $version_number (the default writes &quot;(Exim $version_number)&quot;). Sendmail: define(`confRECEIVED_HEADER&apos;, ...) without $v and $Z. Exchange: the &quot;id 15.x&quot; build number goes with the routing headers; remove them with Remove-ADPermission ... -ExtendedRights Ms-Exch-Send-Headers-Routing on the send connector.</source>
        <translation>Postfix は Received にバージョンを付けません。コンテンツフィルターが付けていないことを確認してください。Exim: received_header_text を $version_number なしで設定します（既定では &quot;(Exim $version_number)&quot; と書き込まれます）。Sendmail: define(`confRECEIVED_HEADER&apos;, ...) を $v と $Z なしで定義します。Exchange: &quot;id 15.x&quot; のビルド番号はルーティングヘッダーとともに付きます。送信コネクタで Remove-ADPermission ... -ExtendedRights Ms-Exch-Send-Headers-Routing を実行して削除してください。</translation>
    </message>
    <message>
        <source>Postfix: smtp_header_checks (or header_checks on the submission service) with &quot;/^(X-Mailer|User-Agent|X-Originating-IP|X-Forwarded-For):/ IGNORE&quot;. Exim: headers_remove = X-Mailer : User-Agent : X-Originating-IP in the remote_smtp transport. Exchange: New-TransportRule -SentToScope NotInOrganization -RemoveHeader &quot;X-Originating-IP&quot; (one rule per header), which also works in Exchange Online.</source>
        <translation>Postfix: smtp_header_checks（またはサブミッションサービスの header_checks）に &quot;/^(X-Mailer|User-Agent|X-Originating-IP|X-Forwarded-For):/ IGNORE&quot; を設定します。Exim: remote_smtp トランスポートで headers_remove = X-Mailer : User-Agent : X-Originating-IP を設定します。Exchange: New-TransportRule -SentToScope NotInOrganization -RemoveHeader &quot;X-Originating-IP&quot;（ヘッダーごとに 1 つのルール）。この方法は Exchange Online でも使えます。</translation>
    </message>
    <message>
        <source>X-MS-Exchange-Organization-* headers should never leave the organisation. Exchange: Remove-ADPermission -Identity &quot;&lt;Internet send connector&gt;&quot; -User &quot;NT AUTHORITY\Anonymous Logon&quot; -ExtendedRights Ms-Exch-Send-Headers-Organization, Ms-Exch-Send-Headers-Routing; or New-TransportRule -SentToScope NotInOrganization -RemoveHeader &quot;&lt;header name&gt;&quot;. When a Postfix or Exim gateway sits in front: &quot;/^X-MS-Exchange-Organization-/ IGNORE&quot; in smtp_header_checks, or headers_remove = X-MS-Exchange-Organization-* in Exim&apos;s remote_smtp transport.</source>
        <translation>X-MS-Exchange-Organization-* ヘッダーは決して組織外に出さないでください。Exchange: Remove-ADPermission -Identity &quot;&lt;Internet send connector&gt;&quot; -User &quot;NT AUTHORITY\Anonymous Logon&quot; -ExtendedRights Ms-Exch-Send-Headers-Organization, Ms-Exch-Send-Headers-Routing を実行するか、New-TransportRule -SentToScope NotInOrganization -RemoveHeader &quot;&lt;header name&gt;&quot; を使います。前段に Postfix や Exim のゲートウェイがある場合: smtp_header_checks に &quot;/^X-MS-Exchange-Organization-/ IGNORE&quot; を設定するか、Exim の remote_smtp トランスポートで headers_remove = X-MS-Exchange-Organization-* を設定します。</translation>
    </message>
    <message>
        <source>SpamAssassin: remove_header all Checker-Version (and report_safe 0 keeps reports out of the body). amavisd-new: $X_HEADER_LINE = &quot;&quot; or $allowed_added_header_fields{lc(&apos;X-Virus-Scanned&apos;)} = 0. Postfix: smtp_header_checks with &quot;/^X-(Spam|Virus)-[A-Za-z-]+:/ IGNORE&quot; on outbound mail. Exim: headers_remove = X-Spam-Checker-Version : X-Virus-Scanned in the remote_smtp transport.</source>
        <translation>SpamAssassin: remove_header all Checker-Version を設定します（report_safe 0 にすると、レポートが本文に入りません）。amavisd-new: $X_HEADER_LINE = &quot;&quot; または $allowed_added_header_fields{lc(&apos;X-Virus-Scanned&apos;)} = 0 を設定します。Postfix: 送信メールに対して smtp_header_checks で &quot;/^X-(Spam|Virus)-[A-Za-z-]+:/ IGNORE&quot; を設定します。Exim: remote_smtp トランスポートで headers_remove = X-Spam-Checker-Version : X-Virus-Scanned を設定します。</translation>
    </message>
    <message>
        <source>Keep every relay&apos;s clock synchronised (chrony or systemd-timesyncd on Unix, w32time from the domain hierarchy on Windows); skewed clocks make the timeline and the logs of an incident disagree.</source>
        <translation>すべてのリレーの時計を同期させてください（Unix では chrony または systemd-timesyncd、Windows ではドメイン階層から同期する w32time）。時計がずれていると、インシデントの調査でタイムラインとログが食い違います。</translation>
    </message>
</context>
<context>
    <name>mxscope::HopTimelineView</name>
    <message>
        <source>first hop</source>
        <translation>最初のホップ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 s (clock skew)</source>
        <translation>%1 秒（時計のずれ）</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>読み取り不能: %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>遅延</translation>
    </message>
    <message>
        <source>From</source>
        <translation>送信元 (from)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <source>By</source>
        <translation>受信ホスト (by)</translation>
    </message>
    <message>
        <source>With</source>
        <translation>プロトコル (with)</translation>
    </message>
</context>
<context>
    <name>mxscope::HtmlPage</name>
    <message>
        <source>Generated %1 by mxscope %2.</source>
        <translation>%1 に mxscope %2 で作成。</translation>
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
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>通信記録</translation>
    </message>
    <message>
        <source>en</source>
        <extracomment>The language code of this translation, for the reports&apos; HTML lang attribute.</extracomment>
        <translation>ja</translation>
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
    <name>mxscope::JsonLinesJournal</name>
    <message>
        <source>Cannot open the journal %1: %2</source>
        <translation>ジャーナル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>ジャーナル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>ジャーナル %1 を読み込めません: %2</translation>
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
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Relay test wizard…</source>
        <translation>リレーテスト ウィザード(&amp;R)…</translation>
    </message>
    <message>
        <source>Check step by step whether the server is an open relay</source>
        <translation>サーバーがオープンリレーかどうかを順を追って確認します</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>SMTP &amp;console…</source>
        <translation>SMTP コンソール(&amp;C)…</translation>
    </message>
    <message>
        <source>Talk to the server by hand, as with telnet, with every reply explained</source>
        <translation>telnet と同じように手作業でサーバーとやり取りします。応答ごとに意味を説明します</translation>
    </message>
    <message>
        <source>Account &amp;enumeration…</source>
        <translation>アカウント列挙(&amp;E)…</translation>
    </message>
    <message>
        <source>Find out which user names exist, and whether the server can tell at all</source>
        <translation>どのユーザー名が存在するか、そもそもサーバーの応答から区別できるかを調べます</translation>
    </message>
    <message>
        <source>Pick a target and run checks on it, or run a quick banner check.</source>
        <translation>ターゲットを選んでチェックを実行するか、簡易バナーチェックを実行してください。</translation>
    </message>
    <message>
        <source>Transcript and findings</source>
        <translation>通信記録と検出事項</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>チェック結果</translation>
    </message>
    <message>
        <source>&amp;New target…</source>
        <translation>新しいターゲット(&amp;N)…</translation>
    </message>
    <message>
        <source>Add a mail server to test (Ctrl+N)</source>
        <translation>テストするメールサーバーを追加します（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Edit target…</source>
        <translation>ターゲットを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Start the &amp;practice server</source>
        <translation>練習用サーバーを起動(&amp;P)</translation>
    </message>
    <message>
        <source>A built-in mail server on this computer, safe to test while learning</source>
        <translation>このコンピューター上で動く組み込みのメールサーバーです。学習中のテストにも安全に使えます</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run checks…</source>
        <translation>チェックを実行(&amp;R)…</translation>
    </message>
    <message>
        <source>Choose checks and run them on the selected target (Ctrl+R)</source>
        <translation>チェックを選び、選択したターゲットに対して実行します（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>中止(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running checks; what arrived is kept (Ctrl+.)</source>
        <translation>実行中のチェックを停止します。受信済みの結果は保持されます（Ctrl+.）</translation>
    </message>
    <message>
        <source>&amp;Find in transcript</source>
        <translation>通信記録内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>The console session was not saved: %1</source>
        <translation>コンソールのセッションを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Welcome to mxscope</source>
        <translation>mxscope へようこそ</translation>
    </message>
    <message>
        <source>mxscope tests mail servers you are authorised to test.

To try it safely first, start the built-in practice server (it listens on this computer only) and add it as a target. The relay test wizard walks you through the most important test step by step.</source>
        <translation>mxscope は、テストする許可を得たメールサーバーをテストします。

まず安全に試すには、組み込みの練習用サーバー（このコンピューター上でのみ待ち受けます）を起動し、ターゲットとして追加してください。リレーテスト ウィザードでは、最も重要なテストを順を追って実行できます。</translation>
    </message>
    <message>
        <source>Open the &amp;relay wizard</source>
        <translation>リレーテスト ウィザードを開く(&amp;R)</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>練習用サーバーを起動できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Running %1 of %n check(s) on %2…</source>
        <translation>
            <numerusform>%2 でチェックを実行中（%1 / %n）…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %1 was interrupted: %n finding(s) saved.</source>
        <translation>
            <numerusform>%1 での実行が中断されました: 検出事項 %n 件を保存しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Run on %1 finished: %n finding(s).</source>
        <translation>
            <numerusform>%1 での実行が完了しました: 検出事項 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Header analyser…</source>
        <translation>ヘッダー解析(&amp;H)…</translation>
    </message>
    <message>
        <source>Find internal addresses, host names and versions in a received message&apos;s header</source>
        <translation>受信したメッセージのヘッダーから内部アドレス、ホスト名、バージョンを見つけます</translation>
    </message>
    <message>
        <source>Co&amp;mpare reports…</source>
        <translation>レポートを比較(&amp;M)…</translation>
    </message>
    <message>
        <source>Fixed, new and unchanged findings between two JSON reports</source>
        <translation>2 つの JSON レポート間で、修正済み・新規・変化なしの検出事項を示します</translation>
    </message>
</context>
<context>
    <name>mxscope::ManualRelayRunner</name>
    <message>
        <source>The connection is closed.</source>
        <translation>接続は閉じています。</translation>
    </message>
    <message>
        <source>The command could not be sent.</source>
        <translation>コマンドを送信できませんでした。</translation>
    </message>
</context>
<context>
    <name>mxscope::ManualStepText</name>
    <message>
        <source>Connect and read the banner</source>
        <translation>接続してバナーを読む</translation>
    </message>
    <message>
        <source>Say hello (EHLO)</source>
        <translation>挨拶する (EHLO)</translation>
    </message>
    <message>
        <source>Say hello the old way (HELO)</source>
        <translation>旧来の方法で挨拶する (HELO)</translation>
    </message>
    <message>
        <source>Switch to TLS (STARTTLS)</source>
        <translation>TLS に切り替える (STARTTLS)</translation>
    </message>
    <message>
        <source>Say hello again, encrypted (EHLO)</source>
        <translation>暗号化した状態で再び挨拶する (EHLO)</translation>
    </message>
    <message>
        <source>Log in (AUTH)</source>
        <translation>ログインする (AUTH)</translation>
    </message>
    <message>
        <source>Name the sender (MAIL FROM)</source>
        <translation>送信者を指定する (MAIL FROM)</translation>
    </message>
    <message>
        <source>Name the recipient (RCPT TO)</source>
        <translation>受信者を指定する (RCPT TO)</translation>
    </message>
    <message>
        <source>Start the message (DATA)</source>
        <translation>メッセージの送信を始める (DATA)</translation>
    </message>
    <message>
        <source>Send the header and body</source>
        <translation>ヘッダーと本文を送る</translation>
    </message>
    <message>
        <source>End the message (a lone dot)</source>
        <translation>メッセージを終える（ドットだけの行）</translation>
    </message>
    <message>
        <source>Abandon the transaction (RSET)</source>
        <translation>トランザクションを破棄する (RSET)</translation>
    </message>
    <message>
        <source>Say goodbye (QUIT)</source>
        <translation>終了の挨拶をする (QUIT)</translation>
    </message>
    <message>
        <source>connect to %1 port %2</source>
        <translation>%1 のポート %2 に接続</translation>
    </message>
    <message>
        <source>%1 … (the test message)</source>
        <translation>%1 …（テストメッセージ）</translation>
    </message>
    <message>
        <source>waiting for the server…</source>
        <translation>サーバーの応答を待っています…</translation>
    </message>
    <message>
        <source>skipped: safe mode sends RSET instead</source>
        <translation>省略: セーフモードでは代わりに RSET を送ります</translation>
    </message>
    <message>
        <source>skipped: the server refused an earlier step</source>
        <translation>省略: 前のステップでサーバーが拒否しました</translation>
    </message>
    <message>
        <source>not sent: the connection ended</source>
        <translation>未送信: 接続が終了しました</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>省略</translation>
    </message>
    <message>
        <source>sent after the 354; the server answers after the dot</source>
        <translation>354 の直後に送信済み。サーバーはドットの後に応答します</translation>
    </message>
    <message>
        <source>Safe mode judges the server by its answer to RCPT TO and never sends a message. Choose &quot;Send a real test message&quot; on the previous page to include DATA.</source>
        <translation>セーフモードでは RCPT TO への応答でサーバーを判定し、メッセージは一切送りません。DATA まで行うには、前のページで「実際のテストメッセージを送る」を選んでください。</translation>
    </message>
    <message>
        <source>The header and body lines go out right after the 354 reply, followed by a line holding a single dot. The server answers only once it has read the dot.</source>
        <translation>ヘッダーと本文の行は 354 応答の直後に送られ、続いてドットだけの行が送られます。サーバーはそのドットを読んでから応答します。</translation>
    </message>
    <message>
        <source>Press &quot;Send next command&quot; to connect, or &quot;Run all steps&quot; to watch the whole conversation.</source>
        <translation>「次のコマンドを送信」を押すと接続します。「すべてのステップを実行」を押すと、やり取り全体を通して見られます。</translation>
    </message>
    <message>
        <source>The server accepted %1 after you logged in. That is expected and is not an open relay.</source>
        <translation>ログイン後にサーバーが %1 を受け付けました。これは想定どおりの動作で、オープンリレーではありません。</translation>
    </message>
    <message>
        <source>The server accepted the external recipient %1 from a client that did not log in: it is willing to relay, which makes it an open relay.</source>
        <translation>サーバーは、ログインしていないクライアントから外部の受信者 %1 を受け付けました。中継に応じるということであり、オープンリレーです。</translation>
    </message>
    <message>
        <source>The server refused to relay for this sender/recipient (%1). That is what a closed relay does.</source>
        <translation>サーバーはこの送信者・受信者での中継を拒否しました（%1）。中継を許可していないサーバーの正しい動作です。</translation>
    </message>
    <message>
        <source>The server refused the recipient for now (%1). Run the test again later to be sure.</source>
        <translation>サーバーは受信者を一時的に拒否しました（%1）。確実を期すため、後でもう一度テストしてください。</translation>
    </message>
    <message>
        <source>The server refused the sender (%1), so this pair could not be tested. Try another sender address.</source>
        <translation>サーバーが送信者を拒否したため（%1）、この組み合わせはテストできませんでした。別の送信者アドレスを試してください。</translation>
    </message>
    <message>
        <source>The server accepted the test message for delivery. Look for %1 in the recipient&apos;s mailbox.</source>
        <translation>サーバーはテストメッセージを配送用に受け付けました。受信者のメールボックスで %1 を探してください。</translation>
    </message>
    <message>
        <source>The server refused the message (%1). If it accepted the recipient first, it checks relayed mail only after reading it.</source>
        <translation>サーバーはメッセージを拒否しました（%1）。先に受信者を受け付けていたなら、このサーバーは中継メールを本文を読んでから検査しています。</translation>
    </message>
    <message>
        <source>The server refused the session at its greeting (%1).</source>
        <translation>サーバーは最初の挨拶の時点でセッションを拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The server refused STARTTLS (%1).</source>
        <translation>サーバーが STARTTLS を拒否しました（%1）。</translation>
    </message>
    <message>
        <source>The login failed (%1).</source>
        <translation>ログインに失敗しました（%1）。</translation>
    </message>
    <message>
        <source>The server closed the connection.</source>
        <translation>サーバーが接続を切断しました。</translation>
    </message>
    <message>
        <source>The server closed the connection (%1).</source>
        <translation>サーバーが接続を切断しました（%1）。</translation>
    </message>
    <message>
        <source>The test stopped: %1</source>
        <translation>テストが中断しました: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
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
    <message>
        <source>Like hardened, with a content filter that refuses the EICAR test file (in the body or as an attachment) with 554 5.7.1 and GTUBE with 550 5.7.1.</source>
        <translation>hardened と同様で、さらに EICAR テストファイル（本文中または添付ファイル）を 554 5.7.1 で、GTUBE を 550 5.7.1 で拒否するコンテンツフィルターを備える。</translation>
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
    <name>mxscope::ProbeDispatcher</name>
    <message>
        <source>Not answered: the server stopped answering.</source>
        <translation>未応答: サーバーが応答しなくなりました。</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>未応答: %1</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayAddress</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1が空です。</translation>
    </message>
    <message>
        <source>%1 must be written without angle brackets (mxscope adds them).</source>
        <translation>%1は山括弧なしで入力してください（山括弧は mxscope が付けます）。</translation>
    </message>
    <message>
        <source>%1 needs an @ followed by a domain, as in name@example.net.</source>
        <translation>%1には、name@example.net のように @ とドメインが必要です。</translation>
    </message>
    <message>
        <source>%1 needs a name before the @.</source>
        <translation>%1には @ の前に名前が必要です。</translation>
    </message>
    <message>
        <source>%1 has characters that are not allowed before the @ (spaces, brackets or a second @ need quotes).</source>
        <translation>%1の @ より前に使えない文字があります（空白、括弧、2 つ目の @ は引用符で囲む必要があります）。</translation>
    </message>
    <message>
        <source>%1 has an invalid domain &apos;%2&apos;.</source>
        <translation>%1のドメイン「%2」が正しくありません。</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayAuditCheck</name>
    <message>
        <source>Relay variants</source>
        <translation>リレーのバリアント</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>到達した段階</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Outcome per variant</source>
        <translation>バリアントごとの結果</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>バリアント数</translation>
    </message>
    <message>
        <source>Variant %1 of %2</source>
        <translation>バリアント %1 / %2</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayAuthorisationPage</name>
    <message>
        <source>mxscope will connect to %1 port %2 and ask it to relay mail from %3 to %4.</source>
        <translation>mxscope は %1 のポート %2 に接続し、%3 から %4 へのメールを中継するよう依頼します。</translation>
    </message>
    <message>
        <source>Authorisation and safety</source>
        <translation>許可と安全</translation>
    </message>
    <message>
        <source>Relay tests talk to a real server. Run them only where you are allowed to.</source>
        <translation>リレーテストは実際のサーバーと通信します。許可を得たサーバーに対してのみ実行してください。</translation>
    </message>
    <message>
        <source>I am &amp;authorised to test this server</source>
        <translation>このサーバーをテストする許可を得ています(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Safe mode (recommended)</source>
        <translation>セーフモード（推奨）(&amp;S)</translation>
    </message>
    <message>
        <source>The server&apos;s answer to RCPT TO decides the test. mxscope then sends RSET to abandon the transaction, so no message is ever sent.</source>
        <translation>RCPT TO へのサーバーの応答で判定します。その後 mxscope は RSET を送ってトランザクションを破棄するので、メッセージが送られることはありません。</translation>
    </message>
    <message>
        <source>Send a real &amp;test message</source>
        <translation>実際のテストメッセージを送る(&amp;T)</translation>
    </message>
    <message>
        <source>Also sends DATA, a short message and the final dot. This shows whether the server refuses relayed mail only after reading it. The Subject and the body carry a unique token (such as mxscope-3f9a…) so you can find the message in your mailbox and tell it from any other.</source>
        <translation>DATA、短いメッセージ、最後のドットまで送ります。サーバーが中継メールを本文を読んでから拒否するかどうかが分かります。件名と本文には固有のトークン（mxscope-3f9a… など）が入るので、メールボックスでこのメッセージを見つけ、他のメールと区別できます。</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayConnection</name>
    <message>
        <source>The server ended the session: %1</source>
        <translation>サーバーがセッションを終了しました: %1</translation>
    </message>
    <message>
        <source>Temporary failure at MAIL FROM: %1</source>
        <translation>MAIL FROM で一時的な失敗: %1</translation>
    </message>
    <message>
        <source>Temporary failure at RCPT TO: %1</source>
        <translation>RCPT TO で一時的な失敗: %1</translation>
    </message>
    <message>
        <source>The server gave no verdict.</source>
        <translation>サーバーから判定できる応答がありませんでした。</translation>
    </message>
    <message>
        <source>Moved to a fresh session (the server slowed down).</source>
        <translation>新しいセッションに移しました（サーバーの応答が遅くなったため）。</translation>
    </message>
    <message>
        <source>The connection ended before the server answered.</source>
        <translation>サーバーが応答する前に接続が終了しました。</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayEnvelopePage</name>
    <message>
        <source>The sender address</source>
        <translation>送信者アドレス</translation>
    </message>
    <message>
        <source>The recipient address</source>
        <translation>受信者アドレス</translation>
    </message>
    <message>
        <source>The name mxscope announces after EHLO, usually your own domain.</source>
        <translation>mxscope が EHLO の後に名乗る名前です。通常は自分のドメインを指定します。</translation>
    </message>
    <message>
        <source>The envelope sender (MAIL FROM), best at a domain the server does not serve.</source>
        <translation>エンベロープの送信者 (MAIL FROM) です。このサーバーが扱っていないドメインのアドレスが適しています。</translation>
    </message>
    <message>
        <source>An external mailbox you own, at a domain this server does not serve: the test asks the server to relay mail there.</source>
        <translation>自分が所有する外部のメールボックス（このサーバーが扱っていないドメインのもの）。テストでは、この宛先へメールを中継するようサーバーに依頼します。</translation>
    </message>
    <message>
        <source>Only to check relaying after login. Kept in memory for this wizard only, never saved.</source>
        <translation>ログイン後の中継を確認する場合だけ入力します。このウィザードの間だけメモリーに保持され、保存されることはありません。</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>エンベロープ</translation>
    </message>
    <message>
        <source>Who the test mail claims to come from, and where it should go.</source>
        <translation>テストメールの差出人として名乗るアドレスと、届け先。</translation>
    </message>
    <message>
        <source>These are the values of the manual test: the domain after EHLO, the address after MAIL FROM and the address after RCPT TO.</source>
        <translation>手動テストで使う値です。EHLO の後のドメイン、MAIL FROM の後のアドレス、RCPT TO の後のアドレスを指定します。</translation>
    </message>
    <message>
        <source>Sending &amp;domain (HELO):</source>
        <translation>送信ドメイン (HELO)(&amp;D):</translation>
    </message>
    <message>
        <source>example.net</source>
        <translation>example.net</translation>
    </message>
    <message>
        <source>S&amp;ender address:</source>
        <translation>送信者アドレス(&amp;E):</translation>
    </message>
    <message>
        <source>tester@example.net</source>
        <translation>tester@example.net</translation>
    </message>
    <message>
        <source>&amp;Recipient address:</source>
        <translation>受信者アドレス(&amp;R):</translation>
    </message>
    <message>
        <source>your.mailbox@example.org</source>
        <translation>your.mailbox@example.org</translation>
    </message>
    <message>
        <source>Log in first (optional)</source>
        <translation>先にログインする（任意）</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayFindings</name>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server is an open relay</source>
        <translation>サーバーがオープンリレーになっている</translation>
    </message>
    <message numerus="yes">
        <source>Without authentication, the server accepted mail for the outside address %1 in %n variant(s). Spammers find such servers within hours; the server&apos;s address then lands on block lists.</source>
        <translation>
            <numerusform>認証なしで、サーバーは %n 件のバリアントで外部アドレス %1 宛てのメールを受け付けました。このようなサーバーはスパム送信者に数時間で見つけられ、サーバーのアドレスがブロックリストに載ってしまいます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside recipients pass RCPT TO and are refused only after DATA</source>
        <translation>外部の受信者が RCPT TO を通過し、DATA の後で初めて拒否される</translation>
    </message>
    <message numerus="yes">
        <source>In %n variant(s) the server accepted the outside recipient at RCPT TO and refused the message only at the end of DATA. It did not relay the test message, but only its content check stopped it: another message may pass, and every attempt costs a full transfer.</source>
        <translation>
            <numerusform>%n 件のバリアントで、サーバーは RCPT TO で外部の受信者を受け付け、DATA の終わりになって初めてメッセージを拒否しました。テストメッセージは中継されませんでしたが、止めたのは内容の検査だけです。別のメッセージは通過するかもしれず、試行のたびにメッセージ全体の転送が発生します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuse outside recipients at RCPT TO. </source>
        <translation>外部の受信者は RCPT TO の段階で拒否してください。</translation>
    </message>
    <message>
        <source>Relaying after authentication was not tested</source>
        <translation>認証後の中継はテストされていない</translation>
    </message>
    <message>
        <source>The session with the given credentials did not run.</source>
        <translation>指定された認証情報でのセッションは実行されませんでした。</translation>
    </message>
    <message>
        <source>The session with the given credentials failed: %1</source>
        <translation>指定された認証情報でのセッションが失敗しました: %1</translation>
    </message>
    <message>
        <source>Authenticated users may relay (expected)</source>
        <translation>認証済みユーザーは中継できる（想定どおり）</translation>
    </message>
    <message>
        <source>After AUTH as %1 the server accepted the outside address %2: %3. This is how a submission service should behave; it is not an open relay.</source>
        <translation>%1 として AUTH した後、サーバーは外部アドレス %2 を受け付けました: %3。サブミッションサービスとして正しい動作であり、オープンリレーではありません。</translation>
    </message>
    <message>
        <source>Keep relaying limited to authenticated users, and tie sender addresses to logins (Postfix: smtpd_sender_login_maps with reject_sender_login_mismatch; Exim: check $authenticated_id against the sender in the RCPT ACL).</source>
        <translation>中継は認証済みユーザーに限定したままにし、送信者アドレスをログインに結び付けてください（Postfix: smtpd_sender_login_maps と reject_sender_login_mismatch。Exim: RCPT ACL で $authenticated_id と送信者を照合）。</translation>
    </message>
    <message>
        <source>The server refuses relaying even after authentication</source>
        <translation>認証後でもサーバーが中継を拒否する</translation>
    </message>
    <message>
        <source>After AUTH as %1 the outside address %2 got: %3.</source>
        <translation>%1 として AUTH した後の、外部アドレス %2 への応答: %3。</translation>
    </message>
    <message>
        <source>Accept mail for outside domains only from your own hosts or authenticated users, and refuse routing tricks. Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination, with mynetworks limited to your hosts and allow_untrusted_routing = no. Exim: in acl_check_rcpt accept only domains = +local_domains, hosts = +relay_from_hosts or authenticated = *, then deny. Sendmail: no FEATURE(`promiscuous_relay&apos;) or FEATURE(`loose_relay_check&apos;); RELAY in /etc/mail/access only for your networks. Exchange: remove ms-Exch-SMTP-Accept-Any-Recipient from Anonymous Logon on every receive connector.</source>
        <translation>外部ドメイン宛てのメールは、自組織のホストか認証済みユーザーからのものだけを受け付け、ルーティングを悪用する手口は拒否してください。Postfix: smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, reject_unauth_destination とし、mynetworks を自組織のホストに限定して allow_untrusted_routing = no を設定します。Exim: acl_check_rcpt では domains = +local_domains、hosts = +relay_from_hosts、authenticated = * のいずれかに当てはまる場合だけ accept し、それ以外は deny します。Sendmail: FEATURE(`promiscuous_relay&apos;) や FEATURE(`loose_relay_check&apos;) を使わず、/etc/mail/access の RELAY は自組織のネットワークだけにします。Exchange: すべての受信コネクタで、Anonymous Logon から ms-Exch-SMTP-Accept-Any-Recipient を削除します。</translation>
    </message>
    <message numerus="yes">
        <source>Open relay: without authentication the server took test messages for the outside address %1 in %n of %2 variant(s).</source>
        <translation>
            <numerusform>オープンリレー: 認証なしで、サーバーは %2 件中 %n 件のバリアントで外部アドレス %1 宛てのテストメッセージを受け取りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Open relay: without authentication the server accepted the outside address %1 in %n of %2 variant(s).</source>
        <translation>
            <numerusform>オープンリレー: 認証なしで、サーバーは %2 件中 %n 件のバリアントで外部アドレス %1 を受け付けました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not an open relay: the server refused all %n attempt(s) to relay to the outside address %1.</source>
        <translation>
            <numerusform>オープンリレーではありません: サーバーは外部アドレス %1 への中継の試行 %n 件をすべて拒否しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them passed RCPT TO and were refused only after the message was sent.</source>
        <translation>
            <numerusform>うち %n 件は RCPT TO を通過し、メッセージの送信後に初めて拒否されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由不明</translation>
    </message>
    <message>
        <source>Inconclusive: the relay test could not run (%1).</source>
        <translation>判定不能: リレーテストを実行できませんでした（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>Inconclusive: no variant was accepted, but %n of %1 variant(s) could not be tried (%2).</source>
        <translation>
            <numerusform>判定不能: 受け付けられたバリアントはありませんが、%1 件中 %n 件のバリアントを試せませんでした（%2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The open-relay test is inconclusive</source>
        <translation>オープンリレーのテスト結果を判定できない</translation>
    </message>
    <message>
        <source>Run the test again later, or from another address if this one is being throttled or blocked.</source>
        <translation>後でもう一度テストしてください。このアドレスが制限またはブロックされている場合は、別のアドレスからテストしてください。</translation>
    </message>
    <message>
        <source>The server slows down or drops clients that make errors</source>
        <translation>エラーを起こしたクライアントに対し、サーバーが応答を遅らせるか切断する</translation>
    </message>
    <message>
        <source>Inconclusive: the recipient %1 seems to be in the server&apos;s own domain, so accepting it proves nothing. Use a mailbox in an outside domain.</source>
        <translation>判定不能: 受信者 %1 はサーバー自身のドメインにあるようなので、受け付けられても何も証明されません。外部ドメインのメールボックスを使ってください。</translation>
    </message>
    <message numerus="yes">
        <source>It answered slowly after refusals (a tarpit or deliberate delays) or ended sessions after repeated errors. mxscope spread the variants over %n session(s) instead of waiting out the delays.</source>
        <translation>
            <numerusform>サーバーは、拒否の後に応答を遅らせる（ターピットや意図的な遅延）か、エラーが続くとセッションを終了しました。mxscope は遅延が終わるのを待つ代わりに、バリアントを %n 個のセッションに分散しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::RelayHtmlReport</name>
    <message>
        <source>Sender %1, recipient %2, sending domain %3; %4.</source>
        <translation>送信者 %1、受信者 %2、送信ドメイン %3。%4。</translation>
    </message>
    <message>
        <source>a real test message was sent (token %1)</source>
        <translation>実際のテストメッセージを送信（トークン %1）</translation>
    </message>
    <message>
        <source>safe mode (RSET before DATA)</source>
        <translation>セーフモード（DATA の前に RSET）</translation>
    </message>
    <message>
        <source>Cancelled before every variant was tried.</source>
        <translation>すべてのバリアントを試す前に中止しました。</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>結果の内訳</translation>
    </message>
    <message>
        <source>Variants (%1)</source>
        <translation>バリアント（%1 件）</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>到達した段階</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>Relay test of %1 port %2</source>
        <translation>%1 ポート %2 のリレーテスト</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayMatrix</name>
    <message>
        <source>null sender &lt;&gt; (the bounce address)</source>
        <translation>null sender &lt;&gt;（バウンス用のアドレス）</translation>
    </message>
    <message>
        <source>in the recipient&apos;s external domain</source>
        <translation>ドメイン部が受信者の外部ドメイン</translation>
    </message>
    <message>
        <source>at the server&apos;s own host name</source>
        <translation>ドメイン部がサーバー自身のホスト名</translation>
    </message>
    <message>
        <source>at the server&apos;s IP address literal</source>
        <translation>ドメイン部がサーバーの IP アドレスリテラル</translation>
    </message>
    <message>
        <source>your sender address</source>
        <translation>入力した送信者アドレス</translation>
    </message>
    <message>
        <source>External recipient</source>
        <translation>外部の受信者</translation>
    </message>
    <message>
        <source>Percent hack via the server&apos;s IP literal</source>
        <translation>サーバーの IP アドレスリテラル経由のパーセントハック</translation>
    </message>
    <message>
        <source>Percent hack via the server&apos;s host name</source>
        <translation>サーバーのホスト名経由のパーセントハック</translation>
    </message>
    <message>
        <source>Whole address quoted as one local part</source>
        <translation>アドレス全体を引用符で囲んで 1 つのローカル部にしたもの</translation>
    </message>
    <message>
        <source>Quoted percent hack with no domain</source>
        <translation>ドメインなしの引用符付きパーセントハック</translation>
    </message>
    <message>
        <source>Two @ signs, the server&apos;s IP literal last</source>
        <translation>@ が 2 つ（最後にサーバーの IP アドレスリテラル）</translation>
    </message>
    <message>
        <source>Quoted address at the server&apos;s IP literal</source>
        <translation>サーバーの IP アドレスリテラルを付けた引用符付きアドレス</translation>
    </message>
    <message>
        <source>Two @ signs, the server&apos;s host name last</source>
        <translation>@ が 2 つ（最後にサーバーのホスト名）</translation>
    </message>
    <message>
        <source>Quoted address at the server&apos;s host name</source>
        <translation>サーバーのホスト名を付けた引用符付きアドレス</translation>
    </message>
    <message>
        <source>Source route via the server&apos;s IP literal</source>
        <translation>サーバーの IP アドレスリテラル経由のソースルート</translation>
    </message>
    <message>
        <source>Source route via the server&apos;s host name</source>
        <translation>サーバーのホスト名経由のソースルート</translation>
    </message>
    <message>
        <source>UUCP bang path with no domain</source>
        <translation>ドメインなしの UUCP バンパス</translation>
    </message>
    <message>
        <source>Bang path at the server&apos;s IP literal</source>
        <translation>サーバーの IP アドレスリテラルを付けたバンパス</translation>
    </message>
    <message>
        <source>Bang path at the server&apos;s host name</source>
        <translation>サーバーのホスト名を付けたバンパス</translation>
    </message>
    <message>
        <source>%1; sender %2</source>
        <extracomment>%1 describes the recipient form, %2 the sender, e.g. &quot;External recipient; sender at localhost&quot;.</extracomment>
        <translation>%1（送信者: %2）</translation>
    </message>
    <message>
        <source>unqualified (no domain)</source>
        <translation>ドメインなし</translation>
    </message>
    <message>
        <source>at localhost</source>
        <translation>ドメイン部が localhost</translation>
    </message>
    <message>
        <source>at the loopback literal [127.0.0.1]</source>
        <translation>ドメイン部がループバックのリテラル [127.0.0.1]</translation>
    </message>
    <message>
        <source>as a bang path (domain!user)</source>
        <translation>バンパス形式（domain!user）</translation>
    </message>
    <message>
        <source>at the server&apos;s own domain</source>
        <translation>ドメイン部がサーバー自身のドメイン</translation>
    </message>
    <message>
        <source>without angle brackets</source>
        <translation>山括弧なし</translation>
    </message>
    <message>
        <source>quoted as one local part</source>
        <translation>全体を引用符で囲んで 1 つのローカル部にしたもの</translation>
    </message>
    <message>
        <source>External recipient without angle brackets</source>
        <translation>山括弧なしの外部の受信者</translation>
    </message>
    <message>
        <source>Trailing @ after the external address</source>
        <translation>外部アドレスの末尾に @</translation>
    </message>
    <message>
        <source>Quoted local part at the external domain</source>
        <translation>外部ドメインの引用符付きローカル部</translation>
    </message>
    <message>
        <source>Percent hack via localhost</source>
        <translation>localhost 経由のパーセントハック</translation>
    </message>
    <message>
        <source>Percent hack via [127.0.0.1]</source>
        <translation>[127.0.0.1] 経由のパーセントハック</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayMatrixPage</name>
    <message numerus="yes">
        <source>Cancelled after %n variant(s). The results show what was tried.</source>
        <translation>
            <numerusform>%n 件のバリアントを試したところで中止しました。結果には試した分だけが表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Finished. Next shows the verdict and every variant&apos;s outcome.</source>
        <translation>完了しました。「次へ」で判定と各バリアントの結果を表示します。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Variant %1 of %2</source>
        <extracomment>%1 variants done, %2 of all variants; accepted and refused counts follow.</extracomment>
        <translation>バリアント %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>受理 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused</source>
        <translation>
            <numerusform>拒否 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Every relay trick</source>
        <translation>あらゆるリレー手法</translation>
    </message>
    <message>
        <source>mxscope now tries every known way of asking a server to relay.</source>
        <translation>サーバーに中継させる既知の方法を、mxscope がすべて試します。</translation>
    </message>
    <message>
        <source>Each variant writes the sender or the recipient in another form that some servers mistake for local mail: percent hacks, bang paths, quoted addresses, address literals and more. Variants share connections, with RSET between them.</source>
        <translation>各バリアントは、送信者や受信者を、一部のサーバーがローカル宛てと取り違える別の形式で書きます。パーセントハック、バンパス、引用符付きアドレス、アドレスリテラルなどです。バリアントは接続を共有し、間に RSET を挟みます。</translation>
    </message>
    <message>
        <source>&amp;Cancel test</source>
        <translation>テストを中止(&amp;C)</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayOutcomeModel</name>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>到達した段階</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayResultsPage</name>
    <message>
        <source>The relay matrix did not run.</source>
        <translation>リレーマトリクスは実行されていません。</translation>
    </message>
    <message>
        <source>Cancelled before every variant was tried.</source>
        <translation>すべてのバリアントを試す前に中止しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) tried</source>
        <translation>
            <numerusform>%n 件のバリアントを試行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>受理 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a variant to see its lines in the transcript.</source>
        <translation>バリアントを選ぶと、通信記録の該当する行を表示します。</translation>
    </message>
    <message>
        <source>After logging in: %1 (%2); relaying for a logged-in user is expected.</source>
        <extracomment>%1 the stage reached (e.g. &quot;Accepted at RCPT TO&quot;), %2 the server&apos;s reply.</extracomment>
        <translation>ログイン後: %1（%2）。ログインしたユーザーのための中継は想定どおりの動作です。</translation>
    </message>
    <message>
        <source>Continue by hand on the same server.</source>
        <translation>同じサーバーで手作業を続けます。</translation>
    </message>
    <message>
        <source>The interactive console is coming soon.</source>
        <translation>対話コンソールは近日対応予定です。</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>The verdict, every variant&apos;s outcome and the evidence behind it.</source>
        <translation>判定、各バリアントの結果、その根拠。</translation>
    </message>
    <message>
        <source>Outcome per variant</source>
        <translation>バリアントごとの結果</translation>
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
        <source>Save &amp;HTML report…</source>
        <translation>HTML レポートを保存(&amp;H)…</translation>
    </message>
    <message>
        <source>Open &amp;console on this target</source>
        <translation>このサーバーでコンソールを開く(&amp;C)</translation>
    </message>
    <message>
        <source>%1, %2.</source>
        <extracomment>%1 &quot;40 variants tried&quot;, %2 &quot;39 accepted&quot;.</extracomment>
        <translation>%1、%2。</translation>
    </message>
    <message>
        <source>Other &amp;formats</source>
        <translation>その他の形式(&amp;F)</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayStage</name>
    <message>
        <source>Rejected at MAIL FROM</source>
        <translation>MAIL FROM で拒否</translation>
    </message>
    <message>
        <source>Rejected at RCPT TO</source>
        <translation>RCPT TO で拒否</translation>
    </message>
    <message>
        <source>Accepted at RCPT TO</source>
        <translation>RCPT TO で受理</translation>
    </message>
    <message>
        <source>Accepted after DATA</source>
        <translation>DATA 後に受理</translation>
    </message>
    <message>
        <source>Accepted at RCPT TO, refused after DATA</source>
        <translation>RCPT TO で受理、DATA 後に拒否</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Not tried</source>
        <translation>未試行</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayStepByStepPage</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>ステップ %1: %2</translation>
    </message>
    <message>
        <source>Next runs every known relay trick automatically.</source>
        <translation>「次へ」で既知のリレー手法をすべて自動で試します。</translation>
    </message>
    <message>
        <source>The manual test, step by step</source>
        <translation>手動テストを一歩ずつ</translation>
    </message>
    <message>
        <source>What you would type after &quot;telnet %1 %2&quot;, one command at a time.</source>
        <translation>「telnet %1 %2」の後に手で入力する内容を、1 コマンドずつ実行します。</translation>
    </message>
    <message>
        <source>Each step shows the exact command, the server&apos;s reply and what the reply means. The answer to RCPT TO decides whether the server relays.</source>
        <translation>各ステップに、送ったコマンドそのもの、サーバーの応答、その意味を表示します。サーバーが中継するかどうかは RCPT TO への応答で決まります。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Command sent</source>
        <translation>送信したコマンド</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>Command sent:</source>
        <translation>送信したコマンド:</translation>
    </message>
    <message>
        <source>Server reply:</source>
        <translation>サーバーの応答:</translation>
    </message>
    <message>
        <source>What it means:</source>
        <translation>意味:</translation>
    </message>
    <message>
        <source>&amp;Send next command</source>
        <translation>次のコマンドを送信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Run all steps</source>
        <translation>すべてのステップを実行(&amp;R)</translation>
    </message>
    <message>
        <source>Start &amp;over</source>
        <translation>最初からやり直す(&amp;O)</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayTargetPage</name>
    <message>
        <source>The practice server is running on %1 port %2. It never delivers mail.</source>
        <translation>練習用サーバーが %1 のポート %2 で動作中です。メールを配送することはありません。</translation>
    </message>
    <message>
        <source>Test only servers you are authorised to test.</source>
        <translation>テストは、許可を得ているサーバーに対してのみ行ってください。</translation>
    </message>
    <message>
        <source>Which mail server?</source>
        <translation>どのメールサーバーを調べますか？</translation>
    </message>
    <message>
        <source>The server whose relay policy you want to check.</source>
        <translation>中継の設定を確認したいサーバーです。</translation>
    </message>
    <message>
        <source>An open relay forwards mail from anyone to anyone, so spammers can send through it. This wizard runs the classic manual test step by step, then dozens of known relay tricks automatically.</source>
        <translation>オープンリレーは誰から誰へのメールでも中継してしまうため、スパムの送信に悪用されます。このウィザードでは、昔ながらの手動テストを一歩ずつ実行し、続いて既知のリレー手法を数十通り自動で試します。</translation>
    </message>
    <message>
        <source>Mail &amp;server:</source>
        <translation>メールサーバー(&amp;S):</translation>
    </message>
    <message>
        <source>None (plain SMTP)</source>
        <translation>なし（平文の SMTP）</translation>
    </message>
    <message>
        <source>Implicit TLS (port 465)</source>
        <translation>暗黙的 TLS（ポート 465）</translation>
    </message>
    <message>
        <source>Use the &amp;built-in practice server</source>
        <translation>内蔵の練習用サーバーを使う(&amp;B)</translation>
    </message>
    <message>
        <source>A real SMTP server inside mxscope, on 127.0.0.1 only, that behaves like a chosen kind of server. Nothing leaves your computer.</source>
        <translation>mxscope に内蔵された本物の SMTP サーバーです。127.0.0.1 だけで動作し、選んだ種類のサーバーのように振る舞います。コンピューターの外には何も送られません。</translation>
    </message>
    <message>
        <source>Behaves &amp;like:</source>
        <translation>動作の種類(&amp;L):</translation>
    </message>
    <message>
        <source>Connection s&amp;ecurity:</source>
        <translation>接続のセキュリティ(&amp;E):</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayTest</name>
    <message>
        <source>The sender address</source>
        <translation>送信者アドレス</translation>
    </message>
    <message>
        <source>The recipient address</source>
        <translation>受信者アドレス</translation>
    </message>
    <message>
        <source>Sending a real test message needs your confirmation that you may test this server.</source>
        <translation>実際のテストメッセージを送るには、このサーバーをテストする許可を得ていることの確認が必要です。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>中止しました。</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Your envelope, after AUTH with the given credentials</source>
        <translation>指定した認証情報で AUTH した後の、入力したエンベロープ</translation>
    </message>
    <message>
        <source>the server kept deferring (4xx) or ending sessions; it may be greylisting or rate-limiting this client</source>
        <translation>サーバーが一時拒否（4xx）やセッションの終了を繰り返しました。このクライアントをグレーリストやレート制限の対象にしている可能性があります</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) in a row ended before any variant could be judged</source>
        <translation>
            <numerusform>どのバリアントも判定できないまま、セッションが %n 回続けて終了しました</numerusform>
        </translation>
    </message>
    <message>
        <source>too many sessions were needed</source>
        <translation>必要なセッション数が多すぎました</translation>
    </message>
    <message>
        <source>no session was left to run the remaining variants</source>
        <translation>残りのバリアントを実行するセッションがなくなりました</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayWizard</name>
    <message>
        <source>Relay test wizard</source>
        <translation>リレーテスト ウィザード</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayWizardPage</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation>%1%2</translation>
    </message>
</context>
<context>
    <name>mxscope::RelayWizardState</name>
    <message>
        <source>There is no practice server profile named %1.</source>
        <translation>%1 という名前の練習用サーバーのプロファイルはありません。</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>練習用サーバーを起動できませんでした: %1</translation>
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
    <name>mxscope::ReplyClassifier</name>
    <message>
        <source>No reply.</source>
        <translation>応答なし。</translation>
    </message>
    <message>
        <source>Only temporary failures, even after retries.</source>
        <translation>再試行しても一時的な失敗のみ。</translation>
    </message>
    <message>
        <source>The command was refused as not available.</source>
        <translation>コマンドは利用できないとして拒否されました。</translation>
    </message>
    <message>
        <source>The server asked for authentication.</source>
        <translation>サーバーが認証を要求しました。</translation>
    </message>
    <message>
        <source>The server refused the form of the address.</source>
        <translation>サーバーがアドレスの形式を拒否しました。</translation>
    </message>
    <message>
        <source>The server refused the domain.</source>
        <translation>サーバーがドメインを拒否しました。</translation>
    </message>
    <message>
        <source>The server refused the command&apos;s order (was MAIL FROM refused?).</source>
        <translation>サーバーがコマンドの順序を拒否しました（MAIL FROM が拒否されていませんか？）。</translation>
    </message>
    <message>
        <source>The reply does not match how this server answers for made-up names.</source>
        <translation>このサーバーが架空の名前に返す応答と一致しません。</translation>
    </message>
</context>
<context>
    <name>mxscope::ReplyExplainer</name>
    <message>
        <source>A 2xx code means success.</source>
        <translation>2xx のコードは成功を意味します。</translation>
    </message>
    <message>
        <source>A 3xx code means the server accepted the command and waits for more.</source>
        <translation>3xx のコードは、サーバーがコマンドを受け付けて続きを待っていることを意味します。</translation>
    </message>
    <message>
        <source>A 4xx code is a temporary refusal: not done this time, trying later may work.</source>
        <translation>4xx のコードは一時的な拒否です。今回は処理されませんでしたが、後で試せば成功するかもしれません。</translation>
    </message>
    <message>
        <source>A 5xx code is a permanent refusal: repeating the same command will not help.</source>
        <translation>5xx のコードは恒久的な拒否です。同じコマンドを繰り返しても結果は変わりません。</translation>
    </message>
    <message>
        <source>This is not a valid SMTP reply code.</source>
        <translation>有効な SMTP 応答コードではありません。</translation>
    </message>
    <message>
        <source>%1 is not a valid SMTP reply code.</source>
        <translation>%1 は有効な SMTP 応答コードではありません。</translation>
    </message>
    <message>
        <source>Code %1 is not defined by RFC 5321. %2</source>
        <translation>コード %1 は RFC 5321 で定義されていません。%2</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>addressing</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>mailbox</source>
        <translation>メールボックス</translation>
    </message>
    <message>
        <source>mail system</source>
        <translation>メールシステム</translation>
    </message>
    <message>
        <source>network and routing</source>
        <translation>ネットワークとルーティング</translation>
    </message>
    <message>
        <source>mail delivery protocol</source>
        <translation>配送プロトコル</translation>
    </message>
    <message>
        <source>message content</source>
        <translation>メッセージの内容</translation>
    </message>
    <message>
        <source>security or policy</source>
        <translation>セキュリティまたはポリシー</translation>
    </message>
    <message>
        <source>unknown subject %1</source>
        <translation>不明な分類 %1</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Temporary failure</source>
        <translation>一時的な失敗</translation>
    </message>
    <message>
        <source>Permanent failure</source>
        <translation>恒久的な失敗</translation>
    </message>
    <message>
        <source>%1 is not a valid enhanced status code (the class must be 2, 4 or 5).</source>
        <translation>%1 は有効な拡張ステータスコードではありません（クラスは 2、4、5 のいずれかです）。</translation>
    </message>
    <message>
        <source>%1: %2 (%3): %4.</source>
        <extracomment>%1 enhanced code such as 5.7.1, %2 &quot;Permanent failure&quot;, %3 &quot;security or policy&quot;, %4 the detail, e.g. &quot;delivery not authorised, message refused&quot;.</extracomment>
        <translation>%1: %2（%3）: %4。</translation>
    </message>
    <message>
        <source>%1: %2 (%3); this detail code is not defined in RFC 3463.</source>
        <translation>%1: %2（%3）。この詳細コードは RFC 3463 で定義されていません。</translation>
    </message>
    <message>
        <source>The server accepted your greeting; after EHLO the following lines list the extensions it offers.</source>
        <translation>サーバーが挨拶を受け付けました。EHLO の場合、続く行にサーバーが提供する拡張機能が並びます。</translation>
    </message>
    <message>
        <source>This server does not understand EHLO; a client falls back to HELO.</source>
        <translation>このサーバーは EHLO を理解しません。クライアントは HELO で挨拶し直します。</translation>
    </message>
    <message>
        <source>The server is ready for TLS; everything after the handshake is encrypted.</source>
        <translation>サーバーは TLS の準備ができています。ハンドシェイク以降の通信はすべて暗号化されます。</translation>
    </message>
    <message>
        <source>Mail relayed after a successful login is expected and is not an open relay.</source>
        <translation>ログインに成功した後の中継は想定どおりの動作で、オープンリレーではありません。</translation>
    </message>
    <message>
        <source>The server accepted the sender. That says nothing about relaying yet: the decision comes at RCPT TO.</source>
        <translation>サーバーが送信者を受け付けました。これだけでは中継するかどうかは分かりません。判断は RCPT TO で下されます。</translation>
    </message>
    <message>
        <source>The server refused this sender, so the relay test cannot go further with it.</source>
        <translation>サーバーがこの送信者を拒否したため、この送信者ではリレーテストを先に進められません。</translation>
    </message>
    <message>
        <source>The server refused this sender for now.</source>
        <translation>サーバーはこの送信者を一時的に拒否しました。</translation>
    </message>
    <message>
        <source>The server accepted this recipient. If the recipient&apos;s domain is not one the server serves and you did not log in, the server is willing to relay: an open relay.</source>
        <translation>サーバーがこの受信者を受け付けました。受信者のドメインがこのサーバーの扱うドメインではなく、ログインもしていないなら、サーバーは中継に応じています。つまりオープンリレーです。</translation>
    </message>
    <message>
        <source>The server refused this recipient. For an external recipient this is what a server that does not relay should answer.</source>
        <translation>サーバーがこの受信者を拒否しました。外部の受信者に対しては、中継しないサーバーが返すべき応答です。</translation>
    </message>
    <message>
        <source>The server refused this recipient for now (greylisting, a rate limit or a temporary policy); test again later to be sure.</source>
        <translation>サーバーはこの受信者を一時的に拒否しました（グレーリスト、レート制限、一時的なポリシーなど）。確実を期すため、後でもう一度テストしてください。</translation>
    </message>
    <message>
        <source>mxscope now sends the test message and the lone dot that ends it.</source>
        <translation>mxscope はここでテストメッセージと、その終わりを示すドットだけの行を送ります。</translation>
    </message>
    <message>
        <source>The server accepted the message for delivery.</source>
        <translation>サーバーはメッセージを配送用に受け付けました。</translation>
    </message>
    <message>
        <source>The server refused the message after reading it (a content or policy check at the end of DATA).</source>
        <translation>サーバーはメッセージを読んだ後で拒否しました（DATA の終わりでの内容検査やポリシー検査）。</translation>
    </message>
    <message>
        <source>The transaction was abandoned: no message was sent.</source>
        <translation>トランザクションは破棄されました。メッセージは送られていません。</translation>
    </message>
    <message>
        <source>The conversation is over.</source>
        <translation>やり取りは終了しました。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>System status or help reply.</source>
        <translation>システムの状態またはヘルプの応答です。</translation>
    </message>
    <message>
        <source>Help message, meant for a human reader.</source>
        <translation>人が読むためのヘルプメッセージです。</translation>
    </message>
    <message>
        <source>Service ready: the server is willing to talk to you.</source>
        <translation>サービスの準備ができています。サーバーは通信に応じます。</translation>
    </message>
    <message>
        <source>The server is closing the connection, as asked.</source>
        <translation>要求どおり、サーバーが接続を閉じます。</translation>
    </message>
    <message>
        <source>Authentication succeeded: you are logged in.</source>
        <translation>認証に成功しました。ログインしています。</translation>
    </message>
    <message>
        <source>Requested action completed: the server did what the command asked.</source>
        <translation>要求された処理が完了しました。サーバーはコマンドのとおりに処理しました。</translation>
    </message>
    <message>
        <source>The user is not local, but the server will forward the message.</source>
        <translation>ユーザーはローカルにいませんが、サーバーがメッセージを転送します。</translation>
    </message>
    <message>
        <source>The server cannot verify the user, but will accept a message and try to deliver it.</source>
        <translation>サーバーはユーザーを確認できませんが、メッセージを受け付けて配送を試みます。</translation>
    </message>
    <message>
        <source>The server asks for the next part of the login (AUTH).</source>
        <translation>サーバーがログイン (AUTH) の次のデータを求めています。</translation>
    </message>
    <message>
        <source>Start the message: send the header and body, then a line with a single dot.</source>
        <translation>メッセージを送り始めてください。ヘッダーと本文を送り、最後にドットだけの行を送ります。</translation>
    </message>
    <message>
        <source>Service not available: the server is closing the connection (overload, too many errors or a policy). Try again later.</source>
        <translation>サービスを利用できません。サーバーは接続を閉じます（過負荷、エラーの多発、ポリシーなど）。後で再試行してください。</translation>
    </message>
    <message>
        <source>A password transition is needed before you can log in.</source>
        <translation>ログインする前にパスワードの変更が必要です。</translation>
    </message>
    <message>
        <source>Mailbox unavailable for now (busy, or temporarily blocked by a policy such as greylisting). Not done this time; trying later may work.</source>
        <translation>メールボックスが一時的に利用できません（使用中、またはグレーリストなどのポリシーで一時的にブロック）。今回は処理されませんでしたが、後で試せば成功するかもしれません。</translation>
    </message>
    <message>
        <source>The server aborted the action because of a local error. Trying later may work.</source>
        <translation>ローカルのエラーにより、サーバーが処理を中断しました。後で試せば成功するかもしれません。</translation>
    </message>
    <message>
        <source>Not enough storage on the server, or too many recipients for now.</source>
        <translation>サーバーの記憶領域が不足しているか、現時点で受信者が多すぎます。</translation>
    </message>
    <message>
        <source>Temporary failure of authentication or TLS. Trying later may work.</source>
        <translation>認証または TLS の一時的な失敗です。後で試せば成功するかもしれません。</translation>
    </message>
    <message>
        <source>The server cannot accommodate the parameters for now.</source>
        <translation>サーバーは現在、指定されたパラメーターに対応できません。</translation>
    </message>
    <message>
        <source>Syntax error: the server does not recognise the command.</source>
        <translation>構文エラー: サーバーはこのコマンドを認識できません。</translation>
    </message>
    <message>
        <source>Syntax error in the command&apos;s parameters or arguments.</source>
        <translation>コマンドのパラメーターまたは引数に構文エラーがあります。</translation>
    </message>
    <message>
        <source>Command not implemented, or switched off on this server.</source>
        <translation>コマンドが実装されていないか、このサーバーでは無効になっています。</translation>
    </message>
    <message>
        <source>Bad sequence of commands: this command is not allowed at this point.</source>
        <translation>コマンドの順序が正しくありません。この時点ではこのコマンドは使えません。</translation>
    </message>
    <message>
        <source>A parameter of the command is not implemented.</source>
        <translation>コマンドのパラメーターが実装されていません。</translation>
    </message>
    <message>
        <source>This server does not accept mail at all.</source>
        <translation>このサーバーはメールを一切受け付けません。</translation>
    </message>
    <message>
        <source>Authentication required: log in (AUTH) before this command.</source>
        <translation>認証が必要です。このコマンドの前にログイン (AUTH) してください。</translation>
    </message>
    <message>
        <source>The authentication mechanism is too weak for this server.</source>
        <translation>この認証方式は、このサーバーには弱すぎます。</translation>
    </message>
    <message>
        <source>Authentication failed: the user name or password was not accepted.</source>
        <translation>認証に失敗しました。ユーザー名またはパスワードが受け付けられませんでした。</translation>
    </message>
    <message>
        <source>Encryption (TLS) is required for this authentication mechanism.</source>
        <translation>この認証方式には暗号化 (TLS) が必要です。</translation>
    </message>
    <message>
        <source>Action not taken: mailbox unavailable (it does not exist, access is denied, or a policy refuses the command). Repeating it will not help.</source>
        <translation>処理は行われませんでした。メールボックスを利用できません（存在しない、アクセスが拒否された、またはポリシーによってコマンドが拒否された）。繰り返しても結果は変わりません。</translation>
    </message>
    <message>
        <source>The user is not local; the server will not forward the message.</source>
        <translation>ユーザーはローカルにいません。サーバーはメッセージを転送しません。</translation>
    </message>
    <message>
        <source>The message exceeds the storage allocation of the mailbox or the server.</source>
        <translation>メッセージがメールボックスまたはサーバーの容量の割り当てを超えています。</translation>
    </message>
    <message>
        <source>Mailbox name not allowed: the address is malformed or refused.</source>
        <translation>メールボックス名が許可されていません。アドレスの形式が正しくないか、拒否されました。</translation>
    </message>
    <message>
        <source>Transaction failed: the server refused it, usually for a policy reason (in a greeting: no SMTP service here).</source>
        <translation>トランザクションが失敗しました。サーバーが拒否しており、多くはポリシーが理由です（最初の挨拶で返された場合は「ここでは SMTP サービスを提供していない」の意味）。</translation>
    </message>
    <message>
        <source>The MAIL FROM or RCPT TO parameters are not recognised or not implemented.</source>
        <translation>MAIL FROM または RCPT TO のパラメーターが認識されないか、実装されていません。</translation>
    </message>
    <message>
        <source>The recipient&apos;s domain does not accept mail.</source>
        <translation>受信者のドメインはメールを受け付けていません。</translation>
    </message>
    <message>
        <source>other or undefined status</source>
        <translation>その他または未定義のステータス</translation>
    </message>
    <message>
        <source>other address status</source>
        <translation>その他のアドレスのステータス</translation>
    </message>
    <message>
        <source>bad destination mailbox address: the mailbox does not exist</source>
        <translation>宛先メールボックスのアドレスが不正: メールボックスが存在しません</translation>
    </message>
    <message>
        <source>bad destination system address: the domain does not exist or accept mail</source>
        <translation>宛先システムのアドレスが不正: ドメインが存在しないか、メールを受け付けていません</translation>
    </message>
    <message>
        <source>bad destination mailbox address syntax</source>
        <translation>宛先メールボックスのアドレスの構文が不正</translation>
    </message>
    <message>
        <source>destination mailbox address is ambiguous</source>
        <translation>宛先メールボックスのアドレスがあいまい</translation>
    </message>
    <message>
        <source>destination address valid</source>
        <translation>宛先アドレスは有効</translation>
    </message>
    <message>
        <source>destination mailbox has moved, no forwarding address</source>
        <translation>宛先メールボックスは移動済みで、転送先がありません</translation>
    </message>
    <message>
        <source>bad sender&apos;s mailbox address syntax</source>
        <translation>送信者メールボックスのアドレスの構文が不正</translation>
    </message>
    <message>
        <source>bad sender&apos;s system address</source>
        <translation>送信者システムのアドレスが不正</translation>
    </message>
    <message>
        <source>message relayed to a non-compliant mailer</source>
        <translation>規格に準拠しないメールサーバーへ中継されたメッセージ</translation>
    </message>
    <message>
        <source>the recipient&apos;s domain has a null MX: it accepts no mail</source>
        <translation>受信者のドメインには null MX があり、メールを受け付けません</translation>
    </message>
    <message>
        <source>other or undefined mailbox status</source>
        <translation>その他または未定義のメールボックスのステータス</translation>
    </message>
    <message>
        <source>mailbox disabled, not accepting messages</source>
        <translation>メールボックスが無効で、メッセージを受け付けていません</translation>
    </message>
    <message>
        <source>mailbox full</source>
        <translation>メールボックスが満杯</translation>
    </message>
    <message>
        <source>message length exceeds an administrative limit</source>
        <translation>メッセージの長さが管理上の上限を超えています</translation>
    </message>
    <message>
        <source>mailing list expansion problem</source>
        <translation>メーリングリストの展開に問題があります</translation>
    </message>
    <message>
        <source>other or undefined mail system status</source>
        <translation>その他または未定義のメールシステムのステータス</translation>
    </message>
    <message>
        <source>mail system full</source>
        <translation>メールシステムが満杯</translation>
    </message>
    <message>
        <source>system not accepting network messages</source>
        <translation>システムがネットワークからのメッセージを受け付けていません</translation>
    </message>
    <message>
        <source>system not capable of the selected features</source>
        <translation>システムが選択された機能に対応していません</translation>
    </message>
    <message>
        <source>message too big for the system</source>
        <translation>メッセージがシステムにとって大きすぎます</translation>
    </message>
    <message>
        <source>system incorrectly configured</source>
        <translation>システムの設定が正しくありません</translation>
    </message>
    <message>
        <source>other or undefined network or routing status</source>
        <translation>その他または未定義のネットワーク・ルーティングのステータス</translation>
    </message>
    <message>
        <source>no answer from host</source>
        <translation>ホストから応答がありません</translation>
    </message>
    <message>
        <source>bad connection</source>
        <translation>接続不良</translation>
    </message>
    <message>
        <source>directory server failure</source>
        <translation>ディレクトリサーバーの障害</translation>
    </message>
    <message>
        <source>unable to route</source>
        <translation>ルーティングできません</translation>
    </message>
    <message>
        <source>mail system congestion</source>
        <translation>メールシステムの輻輳</translation>
    </message>
    <message>
        <source>routing loop detected</source>
        <translation>ルーティングのループを検出</translation>
    </message>
    <message>
        <source>delivery time expired</source>
        <translation>配送期限切れ</translation>
    </message>
    <message>
        <source>other or undefined protocol status</source>
        <translation>その他または未定義のプロトコルのステータス</translation>
    </message>
    <message>
        <source>invalid command</source>
        <translation>無効なコマンド</translation>
    </message>
    <message>
        <source>syntax error</source>
        <translation>構文エラー</translation>
    </message>
    <message>
        <source>too many recipients</source>
        <translation>受信者が多すぎます</translation>
    </message>
    <message>
        <source>invalid command arguments</source>
        <translation>コマンドの引数が無効</translation>
    </message>
    <message>
        <source>wrong protocol version</source>
        <translation>プロトコルのバージョンが違います</translation>
    </message>
    <message>
        <source>authentication exchange line is too long</source>
        <translation>認証のやり取りの行が長すぎます</translation>
    </message>
    <message>
        <source>other or undefined media error</source>
        <translation>その他または未定義のメディアのエラー</translation>
    </message>
    <message>
        <source>media not supported</source>
        <translation>メディアに対応していません</translation>
    </message>
    <message>
        <source>conversion required and prohibited</source>
        <translation>変換が必要ですが、禁止されています</translation>
    </message>
    <message>
        <source>conversion required but not supported</source>
        <translation>変換が必要ですが、対応していません</translation>
    </message>
    <message>
        <source>conversion with loss performed</source>
        <translation>情報の欠落を伴う変換を行いました</translation>
    </message>
    <message>
        <source>conversion failed</source>
        <translation>変換に失敗しました</translation>
    </message>
    <message>
        <source>message content not available</source>
        <translation>メッセージの内容を取得できません</translation>
    </message>
    <message>
        <source>non-ASCII addresses not permitted for that sender or recipient</source>
        <translation>その送信者または受信者には ASCII 以外のアドレスを使えません</translation>
    </message>
    <message>
        <source>other or undefined security status (also used for &quot;authentication required&quot;)</source>
        <translation>その他または未定義のセキュリティのステータス（「認証が必要」の意味でも使われます）</translation>
    </message>
    <message>
        <source>delivery not authorised, message refused</source>
        <translation>配送が許可されず、メッセージは拒否されました</translation>
    </message>
    <message>
        <source>mailing list expansion prohibited</source>
        <translation>メーリングリストの展開は禁止されています</translation>
    </message>
    <message>
        <source>security conversion required but not possible</source>
        <translation>セキュリティ上の変換が必要ですが、できません</translation>
    </message>
    <message>
        <source>security features not supported</source>
        <translation>セキュリティ機能に対応していません</translation>
    </message>
    <message>
        <source>cryptographic failure</source>
        <translation>暗号処理の失敗</translation>
    </message>
    <message>
        <source>cryptographic algorithm not supported</source>
        <translation>暗号アルゴリズムに対応していません</translation>
    </message>
    <message>
        <source>message integrity failure</source>
        <translation>メッセージの完全性の検証に失敗</translation>
    </message>
    <message>
        <source>authentication credentials invalid</source>
        <translation>認証情報が無効</translation>
    </message>
    <message>
        <source>authentication mechanism is too weak</source>
        <translation>認証方式が弱すぎます</translation>
    </message>
    <message>
        <source>encryption needed</source>
        <translation>暗号化が必要</translation>
    </message>
    <message>
        <source>encryption required for the requested authentication mechanism</source>
        <translation>要求された認証方式には暗号化が必要</translation>
    </message>
    <message>
        <source>a password transition is needed</source>
        <translation>パスワードの変更が必要</translation>
    </message>
    <message>
        <source>user account disabled</source>
        <translation>ユーザーアカウントが無効</translation>
    </message>
    <message>
        <source>trust relationship required</source>
        <translation>信頼関係が必要</translation>
    </message>
    <message>
        <source>mailbox owner has changed</source>
        <translation>メールボックスの所有者が変わりました</translation>
    </message>
    <message>
        <source>domain owner has changed</source>
        <translation>ドメインの所有者が変わりました</translation>
    </message>
    <message>
        <source>no passing DKIM signature found</source>
        <translation>検証に合格する DKIM 署名が見つかりません</translation>
    </message>
    <message>
        <source>SPF validation failed</source>
        <translation>SPF の検証に失敗</translation>
    </message>
    <message>
        <source>SPF validation error</source>
        <translation>SPF の検証でエラー</translation>
    </message>
    <message>
        <source>reverse DNS validation failed</source>
        <translation>逆引き DNS の検証に失敗</translation>
    </message>
    <message>
        <source>multiple authentication checks failed</source>
        <translation>複数の認証チェックに失敗</translation>
    </message>
    <message>
        <source>the sender&apos;s domain has a null MX: it sends no mail</source>
        <translation>送信者のドメインには null MX があり、メールを送信しません</translation>
    </message>
    <message>
        <source>The server wants the commands in order: a recipient only follows an accepted MAIL FROM. This says nothing about relaying.</source>
        <translation>サーバーは正しい順序のコマンドを求めています。受信者は MAIL FROM が受け付けられた後でなければ指定できません。これは中継するかどうかとは関係ありません。</translation>
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
    <name>mxscope::ReportActions</name>
    <message>
        <source>There are no results to save yet.</source>
        <translation>保存できる結果はまだありません。</translation>
    </message>
    <message>
        <source>HTML report saved to %1.</source>
        <translation>HTML レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>JSON report saved to %1.</source>
        <translation>JSON レポートを %1 に保存しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) saved as CSV in %1.</source>
        <translation>
            <numerusform>%n 個の表を CSV として %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save HTML report</source>
        <translation>HTML レポートを保存</translation>
    </message>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML ファイル (*.html *.htm)</translation>
    </message>
    <message>
        <source>Save JSON report</source>
        <translation>JSON レポートを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Folder for the CSV tables</source>
        <translation>CSV の表を保存するフォルダー</translation>
    </message>
    <message>
        <source>Save &amp;HTML report…</source>
        <translation>HTML レポートを保存(&amp;H)…</translation>
    </message>
    <message>
        <source>Save &amp;JSON report…</source>
        <translation>JSON レポートを保存(&amp;J)…</translation>
    </message>
    <message>
        <source>Export tables as &amp;CSV…</source>
        <translation>表を CSV でエクスポート(&amp;C)…</translation>
    </message>
    <message>
        <source>A self-contained report to hand over: grade, findings, evidence, charts and the transcript.</source>
        <translation>そのまま渡せる単体のレポートです。評価、検出事項、根拠、グラフ、通信記録を含みます。</translation>
    </message>
    <message>
        <source>The machine-readable report; two of them can be compared.</source>
        <translation>機械可読形式のレポートです。2 つのレポートを比較できます。</translation>
    </message>
    <message>
        <source>Every result table as a CSV file in a folder of your choice.</source>
        <translation>すべての結果の表を、選んだフォルダーに CSV ファイルとして保存します。</translation>
    </message>
    <message>
        <source>Save &amp;report</source>
        <translation>レポートを保存(&amp;R)</translation>
    </message>
</context>
<context>
    <name>mxscope::ReportCompareDialog</name>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Open JSON report</source>
        <translation>JSON レポートを開く</translation>
    </message>
    <message>
        <source>mxscope JSON reports (*.json)</source>
        <translation>mxscope JSON レポート (*.json)</translation>
    </message>
    <message>
        <source>[%1] %2 — %3</source>
        <extracomment>A finding in the comparison lists: severity, title, check.</extracomment>
        <translation>[%1] %2 — %3</translation>
    </message>
    <message>
        <source>Before: %1</source>
        <translation>変更前: %1</translation>
    </message>
    <message>
        <source>Choose the earlier and the later report.</source>
        <translation>変更前と変更後のレポートを選んでください。</translation>
    </message>
    <message>
        <source>Note: the two reports are of different servers (%1 and %2).</source>
        <translation>注意: 2 つのレポートは別々のサーバーのものです（%1 と %2）。</translation>
    </message>
    <message>
        <source>Not retested: %1 (%2)</source>
        <translation>再テストなし: %1（%2）</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>レポートの比較</translation>
    </message>
    <message>
        <source>Compare two JSON reports of the same server, for example before and after hardening it.</source>
        <translation>同じサーバーの 2 つの JSON レポートを比較します（例: 設定を強化する前と後）。</translation>
    </message>
    <message>
        <source>&amp;Before:</source>
        <translation>変更前(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>変更後(&amp;A):</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>mxscope::ReportComparison</name>
    <message>
        <source>%1 fixed, %2 new, %3 unchanged.</source>
        <translation>修正済み %1 件、新規 %2 件、変化なし %3 件。</translation>
    </message>
    <message>
        <source>%1 Grade %2 → %3.</source>
        <extracomment>%1 and %2 are grades A to F: before and after.</extracomment>
        <translation>%1評価 %2 → %3。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>Two sentences in a row. Keep the space where the language puts one between sentences.</extracomment>
        <translation>%1%2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) not retested (the check did not complete in the later run).</source>
        <translation>
            <numerusform>検出事項 %n 件は再テストされていません（後の実行でチェックが完了しませんでした）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::ReportFiles</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an mxscope report.</source>
        <translation>%1 は mxscope のレポートとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mxscope::RunController</name>
    <message>
        <source>SMTP console session</source>
        <translation>SMTP コンソールのセッション</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) typed and received by hand.</source>
        <translation>
            <numerusform>手作業で送受信した %n 行。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::RunHistoryModel</name>
    <message>
        <source>finished</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>mxscope::RunRecordJson</name>
    <message>
        <source>This is not an mxscope run or report.</source>
        <translation>これは mxscope の実行記録でもレポートでもありません。</translation>
    </message>
    <message>
        <source>This report has schema version %1; this mxscope reads up to %2.</source>
        <translation>このレポートのスキーマバージョンは %1 です。この mxscope が読み込めるのは %2 までです。</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 at byte %2.</source>
        <translation>ファイルが有効な JSON ではありません: %2 バイト目で %1。</translation>
    </message>
</context>
<context>
    <name>mxscope::RunStore</name>
    <message>
        <source>The run has no valid id.</source>
        <translation>この実行には有効な ID がありません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No run is saved under that name.</source>
        <translation>その名前で保存された実行はありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
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
    <name>mxscope::SenderPolicyCheck</name>
    <message>
        <source>The sender policy check needs the server&apos;s own mail domain and a local recipient it delivers to (for example postmaster@%1); give both and run it again.</source>
        <translation>送信者ポリシーのチェックには、サーバー自身のメールドメインと、サーバーが配送するローカルの受信者（例: postmaster@%1）が必要です。両方を指定して、もう一度実行してください。</translation>
    </message>
    <message>
        <source>The domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>The local recipient</source>
        <translation>ローカルの受信者</translation>
    </message>
    <message>
        <source>The sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>The session ended before any sender was tried.</source>
        <translation>送信者を 1 つも試さないうちにセッションが終了しました。</translation>
    </message>
</context>
<context>
    <name>mxscope::SenderPolicyFindings</name>
    <message>
        <source>Require authentication for senders in your own domains. Postfix: smtpd_sender_login_maps (e.g. a regexp map giving each address its login) with reject_unauthenticated_sender_login_mismatch in smtpd_sender_restrictions (or reject_sender_login_mismatch, which also binds logins to their addresses); without SASL, check_sender_access listing your domains with REJECT after permit_mynetworks. Exim: in acl_smtp_rcpt, deny sender_domains = +local_domains with !authenticated = *. Exchange: remove ms-Exch-SMTP-Accept-Authoritative-Domain-Sender for NT AUTHORITY\ANONYMOUS LOGON on the anonymous (internet-facing) receive connectors (Remove-ADPermission). SPF -all and DMARC p=reject help receivers elsewhere, not this server.</source>
        <translation>自ドメインの送信者には認証を必須にしてください。Postfix: smtpd_sender_login_maps（例: 各アドレスにログイン名を対応させる regexp マップ）を設定し、smtpd_sender_restrictions に reject_unauthenticated_sender_login_mismatch を入れます（または、ログインしたユーザーにも自分のアドレスしか使わせない reject_sender_login_mismatch）。SASL を使わない場合は、permit_mynetworks の後に、自ドメインを REJECT とする check_sender_access を入れます。Exim: acl_smtp_rcpt で、!authenticated = * とともに deny sender_domains = +local_domains を指定します。Exchange: 匿名（インターネット向け）の受信コネクタで、NT AUTHORITY\ANONYMOUS LOGON から ms-Exch-SMTP-Accept-Authoritative-Domain-Sender を削除します（Remove-ADPermission）。SPF -all と DMARC p=reject は他の受信側で役立つもので、このサーバーを守るものではありません。</translation>
    </message>
    <message>
        <source>Postfix: reject_non_fqdn_sender in smtpd_sender_restrictions. Exim: keep sender_unqualified_hosts empty (the default refuses unqualified senders from remote hosts). Exchange refuses them by default.</source>
        <translation>Postfix: smtpd_sender_restrictions に reject_non_fqdn_sender を入れます。Exim: sender_unqualified_hosts を空のままにします（既定では、リモートホストからのドメインなしの送信者は拒否されます）。Exchange: 既定で拒否します。</translation>
    </message>
    <message>
        <source>Postfix: reject_unknown_sender_domain in smtpd_sender_restrictions. Exim: verify = sender in acl_smtp_rcpt. Exchange: a sender-domain check in the anti-spam agents or the filtering service in front of it.</source>
        <translation>Postfix: smtpd_sender_restrictions に reject_unknown_sender_domain を入れます。Exim: acl_smtp_rcpt に verify = sender を入れます。Exchange: スパム対策エージェント、または前段のフィルタリングサービスで送信者ドメインをチェックします。</translation>
    </message>
    <message>
        <source>Accept the null sender &lt;&gt; for existing recipients (RFC 5321 4.5.5): delivery status notifications use it. Postfix: do not list &lt;&gt; in a check_sender_access REJECT table. Exim: do not deny senders = : in acl_smtp_mail or acl_smtp_rcpt.</source>
        <translation>null sender &lt;&gt; は、実在する受信者宛てであれば受け付けてください（RFC 5321 4.5.5）。配送状態通知で使われます。Postfix: check_sender_access の REJECT テーブルに &lt;&gt; を載せないでください。Exim: acl_smtp_mail や acl_smtp_rcpt で senders = : を deny しないでください。</translation>
    </message>
    <message>
        <source>Own domain</source>
        <translation>自ドメイン</translation>
    </message>
    <message>
        <source>Null sender</source>
        <translation>null sender</translation>
    </message>
    <message>
        <source>Unqualified</source>
        <translation>ドメインなし</translation>
    </message>
    <message>
        <source>Non-existent domain</source>
        <translation>存在しないドメイン</translation>
    </message>
    <message>
        <source>not tested (the session ended)</source>
        <translation>未テスト（セッションが終了）</translation>
    </message>
    <message>
        <source>refused at MAIL</source>
        <translation>MAIL で拒否</translation>
    </message>
    <message>
        <source>deferred at MAIL (temporary)</source>
        <translation>MAIL で保留（一時的）</translation>
    </message>
    <message>
        <source>refused at RCPT</source>
        <translation>RCPT で拒否</translation>
    </message>
    <message>
        <source>deferred at RCPT (temporary)</source>
        <translation>RCPT で保留（一時的）</translation>
    </message>
    <message>
        <source>inconclusive: the recipient was refused</source>
        <translation>判定不能: 受信者が拒否された</translation>
    </message>
    <message>
        <source>accepted (normal: RFC 5321 requires it for bounces)</source>
        <translation>受理（正常: バウンスのために RFC 5321 で必須）</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Mail from your own domain is accepted without authentication</source>
        <translation>自ドメインからのメールが認証なしで受け付けられる</translation>
    </message>
    <message>
        <source>An anonymous client sent MAIL FROM:%1 and RCPT TO:&lt;%2&gt;; the server answered &quot;%3&quot;. Anyone can send your users mail that claims to come from a colleague.</source>
        <translation>匿名のクライアントが MAIL FROM:%1 と RCPT TO:&lt;%2&gt; を送り、サーバーは「%3」と応答しました。誰でも、同僚を装ったメールをユーザーに送れます。</translation>
    </message>
    <message>
        <source>The local recipient was refused, so the sender policy is unknown</source>
        <translation>ローカルの受信者が拒否されたため、送信者ポリシーが不明</translation>
    </message>
    <message>
        <source>RCPT TO:&lt;%1&gt; got &quot;%2&quot;. Give a mailbox the server delivers to and run the check again.</source>
        <translation>RCPT TO:&lt;%1&gt; への応答は「%2」でした。サーバーが配送するメールボックスを指定して、もう一度チェックを実行してください。</translation>
    </message>
    <message>
        <source>A sender without a domain is accepted</source>
        <translation>ドメインのない送信者が受け付けられる</translation>
    </message>
    <message>
        <source>MAIL FROM:%1 was taken for &lt;%2&gt; (&quot;%3&quot;). Many servers complete such an address with their own domain, which makes it an own-domain sender in disguise.</source>
        <translation>MAIL FROM:%1 は &lt;%2&gt; として受け付けられました（「%3」）。多くのサーバーはこのようなアドレスを自ドメインで補完するため、実質的には自ドメインの送信者を装ったものになります。</translation>
    </message>
    <message>
        <source>A sender at a non-existent domain is accepted</source>
        <translation>存在しないドメインの送信者が受け付けられる</translation>
    </message>
    <message>
        <source>MAIL FROM:%1 names a domain that cannot exist, yet RCPT got &quot;%2&quot;. No reply could ever reach such a sender.</source>
        <translation>MAIL FROM:%1 は存在し得ないドメインを指定していますが、RCPT への応答は「%2」でした。このような送信者には返信が決して届きません。</translation>
    </message>
    <message>
        <source>The null sender is refused</source>
        <translation>null sender が拒否される</translation>
    </message>
    <message>
        <source>MAIL FROM:&lt;&gt; to &lt;%1&gt; got &quot;%2&quot;. Bounces and other delivery notifications for your users will be lost.</source>
        <translation>&lt;%1&gt; 宛ての MAIL FROM:&lt;&gt; への応答は「%2」でした。ユーザー宛てのバウンスやその他の配送通知が失われます。</translation>
    </message>
    <message>
        <source>Sender forms to %1</source>
        <translation>%1 宛ての送信者の形式</translation>
    </message>
    <message>
        <source>Sender form</source>
        <translation>送信者の形式</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>Reply to MAIL</source>
        <translation>MAIL への応答</translation>
    </message>
    <message>
        <source>Reply to RCPT</source>
        <translation>RCPT への応答</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Spoofed mail from %1 is accepted from anonymous clients.</source>
        <translation>%1 を装ったメールが匿名のクライアントから受け付けられます。</translation>
    </message>
    <message>
        <source>Senders in %1 are refused unless the client authenticates.</source>
        <translation>%1 の送信者は、クライアントが認証しない限り拒否されます。</translation>
    </message>
    <message>
        <source>Senders in %1 are deferred (temporary refusal) for anonymous clients.</source>
        <translation>匿名のクライアントからの %1 の送信者は保留（一時的に拒否）されます。</translation>
    </message>
    <message>
        <source>Inconclusive: the local recipient %1 was refused.</source>
        <translation>判定不能: ローカルの受信者 %1 が拒否されました。</translation>
    </message>
    <message>
        <source>The own-domain sender could not be tested: %1</source>
        <translation>自ドメインの送信者をテストできませんでした: %1</translation>
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
        <source>Run banner check</source>
        <translation>バナーチェックを実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>mxscope::TargetDialog</name>
    <message>
        <source>New target</source>
        <translation>新しいターゲット</translation>
    </message>
    <message>
        <source>Edit target</source>
        <translation>ターゲットの編集</translation>
    </message>
    <message>
        <source>example.org</source>
        <translation>example.org</translation>
    </message>
    <message>
        <source>tester@example.org</source>
        <translation>tester@example.org</translation>
    </message>
    <message>
        <source>postmaster@example.org</source>
        <translation>postmaster@example.org</translation>
    </message>
    <message>
        <source>a mailbox of yours elsewhere</source>
        <translation>外部にある自分のメールボックス</translation>
    </message>
    <message>
        <source>&amp;HELO name:</source>
        <translation>HELO 名(&amp;H):</translation>
    </message>
    <message>
        <source>Mail &amp;domain:</source>
        <translation>メールドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>送信者(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Local recipient:</source>
        <translation>ローカルの受信者(&amp;L):</translation>
    </message>
    <message>
        <source>E&amp;xternal recipient:</source>
        <translation>外部の受信者(&amp;X):</translation>
    </message>
    <message>
        <source>Passwords are never saved with a target.</source>
        <translation>パスワードがターゲットと一緒に保存されることはありません。</translation>
    </message>
</context>
<context>
    <name>mxscope::TargetFields</name>
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
</context>
<context>
    <name>mxscope::TargetListPanel</name>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add a mail server to test</source>
        <translation>テストするメールサーバーを追加します</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>mxscope::TargetStore</name>
    <message>
        <source>Enter the mail server&apos;s host name or address.</source>
        <translation>メールサーバーのホスト名またはアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>HELO name</source>
        <translation>HELO 名</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>送信者</translation>
    </message>
    <message>
        <source>Local recipient</source>
        <translation>ローカルの受信者</translation>
    </message>
    <message>
        <source>External recipient</source>
        <translation>外部の受信者</translation>
    </message>
</context>
<context>
    <name>mxscope::TlsPolicyCheck</name>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>切断中</translation>
    </message>
    <message>
        <source>Reading the clear-text capabilities</source>
        <translation>平文での機能一覧を読み取り中</translation>
    </message>
    <message>
        <source>Reading the capabilities after TLS</source>
        <translation>TLS 確立後の機能一覧を読み取り中</translation>
    </message>
    <message>
        <source>The session ended before EHLO was answered.</source>
        <translation>EHLO に応答がないままセッションが終了しました。</translation>
    </message>
    <message>
        <source>Offering only TLS 1.0 and 1.1</source>
        <translation>TLS 1.0 と 1.1 のみを提示中</translation>
    </message>
    <message>
        <source>Second connection: offering only TLS 1.0 and 1.1 (RFC 8996 retired them)</source>
        <translation>2 回目の接続: TLS 1.0 と 1.1 のみを提示中（RFC 8996 で廃止済み）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
</context>
<context>
    <name>mxscope::TlsPolicyFindings</name>
    <message>
        <source>Postfix: smtpd_tls_security_level = encrypt (for a public MX on port 25 only where every sending peer is known: RFC 3207 4 forbids requiring TLS of the whole Internet; on submission, -o smtpd_tls_security_level=encrypt in master.cf). Exim: in acl_smtp_mail, deny !encrypted = *. Exchange: Set-ReceiveConnector -RequireTLS $true.</source>
        <translation>Postfix: smtpd_tls_security_level = encrypt を設定します（ポート 25 の公開 MX では、送信元がすべて分かっている場合に限ります。RFC 3207 4 節は、インターネット全体に TLS を必須とすることを禁じています。サブミッションでは master.cf に -o smtpd_tls_security_level=encrypt を指定します）。Exim: acl_smtp_mail に deny !encrypted = * を入れます。Exchange: Set-ReceiveConnector -RequireTLS $true。</translation>
    </message>
    <message>
        <source>Check the server&apos;s TLS log for the reason (certificate or key unreadable, no protocol or cipher in common). Postfix: smtpd_tls_cert_file, smtpd_tls_key_file, smtpd_tls_protocols = &gt;=TLSv1.2. Exim: tls_certificate, tls_privatekey, tls_require_ciphers. Exchange: Get-ExchangeCertificate and the SMTP service binding. Stop offering STARTTLS while it cannot work: senders defer or fall back to clear text.</source>
        <translation>サーバーの TLS ログで原因を確認してください（証明書や鍵を読み込めない、共通のプロトコルや暗号スイートがない、など）。Postfix: smtpd_tls_cert_file、smtpd_tls_key_file、smtpd_tls_protocols = &gt;=TLSv1.2。Exim: tls_certificate、tls_privatekey、tls_require_ciphers。Exchange: Get-ExchangeCertificate と SMTP サービスへの割り当て。STARTTLS が機能しない間は提供をやめてください。送信側は配送を保留するか、平文にフォールバックします。</translation>
    </message>
    <message>
        <source>After its 220 to STARTTLS a server must send nothing until the client&apos;s TLS handshake begins (RFC 3207 5). Look for a proxy, firewall SMTP inspection (for example an SMTP fixup) or filter in the path that answers on the server&apos;s behalf, and update the MTA.</source>
        <translation>サーバーは STARTTLS に 220 で応答した後、クライアントの TLS ハンドシェイクが始まるまで何も送ってはいけません（RFC 3207 5 節）。経路上でサーバーの代わりに応答しているプロキシ、ファイアウォールの SMTP 検査（SMTP fixup など）、フィルターがないか確認し、MTA を更新してください。</translation>
    </message>
    <message>
        <source>Disable TLS 1.0 and 1.1 (RFC 8996). Postfix: smtpd_tls_protocols = &gt;=TLSv1.2 and smtpd_tls_mandatory_protocols = &gt;=TLSv1.2. Exim: openssl_options = +no_tlsv1 +no_tlsv1_1. Exchange: disable TLS 1.0/1.1 in SCHANNEL.</source>
        <translation>TLS 1.0 と 1.1 を無効にしてください（RFC 8996）。Postfix: smtpd_tls_protocols = &gt;=TLSv1.2 と smtpd_tls_mandatory_protocols = &gt;=TLSv1.2。Exim: openssl_options = +no_tlsv1 +no_tlsv1_1。Exchange: SCHANNEL で TLS 1.0/1.1 を無効にします。</translation>
    </message>
    <message>
        <source>STARTTLS is not offered</source>
        <translation>STARTTLS が提供されていない</translation>
    </message>
    <message>
        <source>The server refused EHLO and took HELO, so it offers no extensions at all: mail to it travels unencrypted.</source>
        <translation>サーバーは EHLO を拒否して HELO を受け付けたため、拡張機能を一切提供していません。このサーバー宛てのメールは暗号化されずに送られます。</translation>
    </message>
    <message>
        <source>The EHLO reply lists no STARTTLS, so mail to this server travels unencrypted.</source>
        <translation>EHLO 応答に STARTTLS がないため、このサーバー宛てのメールは暗号化されずに送られます。</translation>
    </message>
    <message>
        <source>STARTTLS is offered but refused</source>
        <translation>STARTTLS が提供されているのに拒否される</translation>
    </message>
    <message>
        <source>EHLO lists STARTTLS, yet the server answered &quot;%1&quot; to it.</source>
        <translation>EHLO には STARTTLS があるのに、サーバーは STARTTLS に「%1」と応答しました。</translation>
    </message>
    <message>
        <source>Data arrived right after the server agreed to STARTTLS</source>
        <translation>サーバーが STARTTLS に同意した直後にデータが届いた</translation>
    </message>
    <message>
        <source>More bytes followed the 220 reply to STARTTLS in clear text. A client that kept them would treat them as replies inside the encrypted session: an injection route for anyone in the path. The connection was dropped without the TLS handshake.</source>
        <translation>STARTTLS への 220 応答の後に、平文でさらにバイトが続きました。これを保持したクライアントは、暗号化されたセッション内の応答として扱ってしまいます。経路上の誰もが悪用できる注入経路です。TLS ハンドシェイクを行わずに接続を切断しました。</translation>
    </message>
    <message>
        <source>Password authentication is offered without TLS</source>
        <translation>TLS なしでパスワード認証が提供されている</translation>
    </message>
    <message>
        <source>Before STARTTLS the EHLO reply offers &quot;AUTH %1&quot;: a client may send its user name and password readable to anyone on the path.</source>
        <translation>STARTTLS の前の EHLO 応答で「AUTH %1」が提供されています。クライアントが、経路上の誰でも読み取れる状態でユーザー名とパスワードを送るおそれがあります。</translation>
    </message>
    <message>
        <source>Mail is accepted without TLS</source>
        <translation>TLS なしでメールが受け付けられる</translation>
    </message>
    <message>
        <source>Your policy requires TLS, yet &quot;MAIL FROM:%1&quot; on the unencrypted connection was answered &quot;%2&quot;. (The transaction was reset before any recipient was named.)</source>
        <translation>ポリシーでは TLS が必須なのに、暗号化されていない接続での「MAIL FROM:%1」に「%2」と応答しました。（受信者を指定する前にトランザクションをリセットしました。）</translation>
    </message>
    <message>
        <source>A weak cipher was negotiated</source>
        <translation>弱い暗号スイートがネゴシエートされた</translation>
    </message>
    <message numerus="yes">
        <source>The session uses %1 with %n-bit keys.</source>
        <translation>
            <numerusform>セッションは %n ビット鍵の %1 を使用しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS certificate has expired</source>
        <translation>TLS 証明書の有効期限が切れている</translation>
    </message>
    <message>
        <source>It was valid until %1.</source>
        <translation>有効期限は %1 まででした。</translation>
    </message>
    <message>
        <source>The TLS certificate is not valid yet</source>
        <translation>TLS 証明書がまだ有効になっていない</translation>
    </message>
    <message>
        <source>It becomes valid on %1; check the server&apos;s clock too.</source>
        <translation>%1 に有効になります。サーバーの時計も確認してください。</translation>
    </message>
    <message>
        <source>The TLS certificate is self-signed</source>
        <translation>TLS 証明書が自己署名されている</translation>
    </message>
    <message>
        <source>Subject &quot;%1&quot; signed its own certificate: senders that verify certificates (MTA-STS, or DANE without a DANE-EE TLSA record for it) refuse it or fall back.</source>
        <translation>サブジェクト「%1」が自身の証明書に署名しています。証明書を検証する送信側（MTA-STS、またはこの証明書の DANE-EE TLSA レコードがない DANE）は、これを拒否するかフォールバックします。</translation>
    </message>
    <message>
        <source>The TLS certificate does not name the server</source>
        <translation>TLS 証明書にサーバー名が含まれていない</translation>
    </message>
    <message>
        <source>Connected to &quot;%1&quot;, but the certificate is for: %2.</source>
        <translation>「%1」に接続しましたが、証明書の対象は次のとおりです: %2。</translation>
    </message>
    <message>
        <source>(no names)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>The TLS certificate does not verify</source>
        <translation>TLS 証明書を検証できない</translation>
    </message>
    <message>
        <source>The server never completed the handshake.</source>
        <translation>サーバーはハンドシェイクを完了しませんでした。</translation>
    </message>
    <message>
        <source>Offered only TLS 1.0 and 1.1, the server agreed to %1: it speaks none of the versions current clients use.</source>
        <translation>TLS 1.0 と 1.1 だけを提示したところ、サーバーは %1 に同意しました。現在のクライアントが使うバージョンにはどれも対応していません。</translation>
    </message>
    <message>
        <source>The TLS handshake fails</source>
        <translation>TLS ハンドシェイクが失敗する</translation>
    </message>
    <message>
        <source>The server still agrees to a retired TLS version</source>
        <translation>サーバーが廃止された TLS バージョンにまだ同意する</translation>
    </message>
    <message>
        <source>A second connection offering only TLS 1.0 and 1.1 was accepted with %1. RFC 8996 retires both; a client or a man in the middle can hold the session to it.</source>
        <translation>TLS 1.0 と 1.1 だけを提示した 2 回目の接続が %1 で受け付けられました。RFC 8996 はどちらも廃止しています。クライアントや中間者が、セッションをこのバージョンにとどめることができます。</translation>
    </message>
</context>
<context>
    <name>mxscope::TlsPolicyReport</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（記載なし）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>未試行</translation>
    </message>
    <message>
        <source>refused (TLS 1.2 or later required)</source>
        <translation>拒否（TLS 1.2 以降が必須）</translation>
    </message>
    <message>
        <source>accepted: %1</source>
        <translation>受理: %1</translation>
    </message>
    <message>
        <source>inconclusive: %1</source>
        <translation>判定不能: %1</translation>
    </message>
    <message>
        <source>TLS properties</source>
        <translation>TLS のプロパティ</translation>
    </message>
    <message>
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>Implicit TLS on port %1</source>
        <translation>ポート %1 で暗黙的 TLS</translation>
    </message>
    <message>
        <source>STARTTLS on port %1</source>
        <translation>ポート %1 で STARTTLS</translation>
    </message>
    <message>
        <source>STARTTLS offered</source>
        <translation>STARTTLS の提供</translation>
    </message>
    <message>
        <source>Reply to STARTTLS</source>
        <translation>STARTTLS への応答</translation>
    </message>
    <message>
        <source>AUTH before TLS</source>
        <translation>TLS 前の AUTH</translation>
    </message>
    <message>
        <source>MAIL FROM:%1 before TLS</source>
        <translation>TLS 前の MAIL FROM:%1</translation>
    </message>
    <message>
        <source>Bytes after the 220 to STARTTLS</source>
        <translation>STARTTLS への 220 応答の後のバイト</translation>
    </message>
    <message>
        <source>yes: connection dropped</source>
        <translation>はい: 接続を切断しました</translation>
    </message>
    <message>
        <source>TLS handshake</source>
        <translation>TLS ハンドシェイク</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <source>Cipher</source>
        <translation>暗号スイート</translation>
    </message>
    <message>
        <source>%1 (%2 bits)</source>
        <translation>%1（%2 ビット）</translation>
    </message>
    <message>
        <source>Certificate subject</source>
        <translation>証明書のサブジェクト</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>有効期間の終了</translation>
    </message>
    <message>
        <source>Self-signed</source>
        <translation>自己署名</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256 フィンガープリント</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>AUTH after TLS</source>
        <translation>TLS 後の AUTH</translation>
    </message>
    <message>
        <source>TLS 1.0 or 1.1 only</source>
        <translation>TLS 1.0 または 1.1 のみ</translation>
    </message>
    <message>
        <source>TLS works (%1, %2)</source>
        <translation>TLS は動作しています（%1、%2）</translation>
    </message>
    <message>
        <source>%1; no problems found.</source>
        <translation>%1。問題は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%1; %n problem(s) found.</source>
        <translation>
            <numerusform>%1。問題が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The TLS handshake fails: the server speaks only %1.</source>
        <translation>TLS ハンドシェイクが失敗します。サーバーは %1 にしか対応していません。</translation>
    </message>
    <message>
        <source>The TLS handshake fails.</source>
        <translation>TLS ハンドシェイクが失敗します。</translation>
    </message>
    <message>
        <source>STARTTLS was abandoned: the server sent data right after agreeing to it.</source>
        <translation>STARTTLS を中止しました。サーバーが STARTTLS に同意した直後にデータを送ってきました。</translation>
    </message>
    <message>
        <source>No STARTTLS: mail to this server travels unencrypted.</source>
        <translation>STARTTLS なし: このサーバー宛てのメールは暗号化されずに送られます。</translation>
    </message>
    <message numerus="yes">
        <source>No TLS session was established; %n problem(s) found.</source>
        <translation>
            <numerusform>TLS セッションは確立されませんでした。問題が %n 件見つかりました。</numerusform>
        </translation>
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
    <name>mxscope::TranscriptPane</name>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%1 older line(s) not shown (the view keeps the newest %2).</source>
        <translation>
            <numerusform>古い %1 行は表示していません（表示するのは最新の %2 行までです）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Search the transcript</source>
        <translation>通信記録を検索</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次を検索</translation>
    </message>
    <message>
        <source>Find the next line containing the text (F3)</source>
        <translation>この文字列を含む次の行を検索します (F3)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前を検索</translation>
    </message>
    <message>
        <source>Find the previous line containing the text (Shift+F3)</source>
        <translation>この文字列を含む前の行を検索します (Shift+F3)</translation>
    </message>
    <message>
        <source>Copy lines</source>
        <translation>行をコピー</translation>
    </message>
    <message>
        <source>Copy the selected lines (Ctrl+C)</source>
        <translation>選択した行をコピーします (Ctrl+C)</translation>
    </message>
</context>
<context>
    <name>mxscope::UserListReader</name>
    <message>
        <source>%1 is a directory, not a user list.</source>
        <translation>%1 はディレクトリです。ユーザー一覧ではありません。</translation>
    </message>
    <message>
        <source>Cannot read the user list %1: %2</source>
        <translation>ユーザー一覧 %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The user list %1 is larger than %2 MiB; split it.</source>
        <translation>ユーザー一覧 %1 が %2 MiB を超えています。分割してください。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The list is larger than %1 MiB.</source>
        <translation>一覧が %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>This is a binary file (it holds NUL bytes), not a list of names.</source>
        <translation>これは名前の一覧ではなく、バイナリファイルです（NUL バイトを含んでいます）。</translation>
    </message>
    <message>
        <source>Line %1 holds control characters or bytes that are not UTF-8: this does not look like a list of names.</source>
        <translation>%1 行目に制御文字か UTF-8 ではないバイトが含まれています。名前の一覧ではないようです。</translation>
    </message>
    <message>
        <source>Line %1 skipped: a name cannot hold spaces or angle brackets or be longer than %2 characters.</source>
        <translation>%1 行目をスキップしました: 名前には空白や山括弧を含められず、%2 文字を超えることもできません。</translation>
    </message>
    <message>
        <source>The list has more than %1 names; split it.</source>
        <translation>一覧の名前が %1 件を超えています。分割してください。</translation>
    </message>
</context>
<context>
    <name>mxscope::WorkbenchSidebar</name>
    <message>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>実行履歴</translation>
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
    <message>
        <source>Account enumeration (VRFY, EXPN, RCPT) and directory-harvest resilience</source>
        <translation>アカウント列挙（VRFY、EXPN、RCPT）とディレクトリハーベスト攻撃への耐性</translation>
    </message>
    <message>
        <source>Open-relay matrix: every known relay trick, judged stage by stage</source>
        <translation>オープンリレーマトリクス: 既知のリレー手法をすべて試し、段階ごとに判定</translation>
    </message>
    <message>
        <source>this check is not built in.</source>
        <translation>このチェックは組み込まれていません。</translation>
    </message>
    <message>
        <source>vrfy, expn, rcpt or auto (default auto: the fastest method that tells users apart).</source>
        <translation>vrfy、expn、rcpt、auto のいずれか（既定は auto: ユーザーを区別できる最も速い方法）。</translation>
    </message>
    <message>
        <source>method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>User list: one name per line, &apos;#&apos; comments.</source>
        <translation>ユーザー一覧: 1 行に 1 つの名前。&apos;#&apos; 以降はコメント。</translation>
    </message>
    <message>
        <source>Domain to append to every name (name@domain).</source>
        <translation>各名前に付加するドメイン（名前@ドメイン）。</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Sender for RCPT probes (default: the null sender &lt;&gt;).</source>
        <translation>RCPT プローブの送信者（既定は null sender &lt;&gt;）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Parallel connections, 1 to %1 (default %2).</source>
        <translation>並列接続数、1～%1（既定は %2）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数</translation>
    </message>
    <message>
        <source>At most this many probes per second (default 0: no cap).</source>
        <translation>1 秒あたりのプローブ数の上限（既定は 0: 制限なし）。</translation>
    </message>
    <message>
        <source>probes</source>
        <translation>プローブ数</translation>
    </message>
    <message>
        <source>Skip the session that measures how many errors the server tolerates.</source>
        <translation>サーバーが許容するエラー数を測定するセッションを省略します。</translation>
    </message>
    <message>
        <source>Stop after this many seconds (default 3600).</source>
        <translation>この秒数が経過したら停止します（既定は 3600）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Append every result to FILE as JSON lines as soon as it arrives.</source>
        <translation>各結果を、得られたらすぐに JSON Lines 形式で &lt;ファイル&gt; に追記します。</translation>
    </message>
    <message>
        <source>--method must be vrfy, expn, rcpt or auto, not &apos;%1&apos;.</source>
        <translation>--method には vrfy、expn、rcpt、auto のいずれかを指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--users is required.</source>
        <translation>--users は必須です。</translation>
    </message>
    <message>
        <source>--connections must be a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--connections には 1～%1 の数値を指定してください（&apos;%2&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--rate must be zero or a positive number, not &apos;%1&apos;.</source>
        <translation>--rate には 0 または正の数を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--time-limit must be a positive number of seconds, not &apos;%1&apos;.</source>
        <translation>--time-limit には正の秒数を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>Baseline: %1</source>
        <translation>ベースライン: %1</translation>
    </message>
    <message>
        <source>Users found with %1: %2 of %3 names</source>
        <translation>%1 で見つかったユーザー: %3 件中 %2 件</translation>
    </message>
    <message>
        <source>Absent: %1, unknown: %2, not probed: %3</source>
        <translation>存在しない: %1、不明: %2、未調査: %3</translation>
    </message>
    <message>
        <source>No users reported: no method can tell them apart here.</source>
        <translation>ユーザーは報告されていません: このサーバーでは、どの方法でもユーザーを区別できません。</translation>
    </message>
    <message>
        <source>Harvest: %1 About %2 guesses per minute.</source>
        <translation>アドレス収集: %1 推測は 1 分あたり約 %2 件です。</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>検出事項: %1 件</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>対策: %1</translation>
    </message>
    <message>
        <source>%1 sessions in %2 s%3</source>
        <translation>%1 セッション、%2 秒%3</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (中止)</translation>
    </message>
    <message>
        <source> (time limit reached)</source>
        <translation> (制限時間に到達)</translation>
    </message>
    <message>
        <source>Finds which accounts exist on a mail server with VRFY, EXPN or RCPT TO, after a baseline of made-up names shows which method can tell, and measures how the server resists directory harvesting. Only for servers you are authorised to test.</source>
        <translation>VRFY、EXPN、RCPT TO を使って、メールサーバーにどのアカウントが存在するかを調べます。先に架空の名前でベースラインを取り、どの方法でユーザーを区別できるかを確認したうえで実行します。ディレクトリハーベスト攻撃に対するサーバーの耐性も測定します。テストする許可を得ているサーバーに対してのみ使用してください。</translation>
    </message>
    <message>
        <source>Enumerating %1 names on %2 port %3 (%4)</source>
        <translation>%2 ポート %3 で %1 件の名前を列挙しています（%4）</translation>
    </message>
    <message>
        <source>Runs a practice SMTP server on the loopback interface that behaves like the chosen kind of mail server. It never delivers mail. Stop it with Ctrl+C.</source>
        <translation>選んだ種類のメールサーバーのように動作する練習用 SMTP サーバーを、ループバックインターフェイスで起動します。メールを配送することはありません。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Behaviour to play (see --list-profiles); default: hardened.</source>
        <translation>再現する動作（--list-profiles を参照）。既定: hardened。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>TCP port; 0 picks a free one. Default: 2525.</source>
        <translation>TCP ポート。0 を指定すると空いているポートを選びます。既定: 2525。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Loopback address to listen on: 127.0.0.1 (default) or ::1.</source>
        <translation>待ち受けるループバックアドレス: 127.0.0.1（既定）または ::1。</translation>
    </message>
    <message>
        <source>Speak TLS from the first byte, like port 465, instead of offering STARTTLS.</source>
        <translation>STARTTLS を提供する代わりに、ポート 465 のように最初のバイトから TLS で通信します。</translation>
    </message>
    <message>
        <source>Mailboxes the server knows, one name per line; &quot;list: member member&quot; makes a list.</source>
        <translation>サーバーが認識するメールボックス（1 行に 1 つの名前）。&quot;list: member member&quot; と書くとメーリングリストになります。</translation>
    </message>
    <message>
        <source>Local mail domain (repeatable); default: practice.test.</source>
        <translation>ローカルのメールドメイン（複数指定可）。既定: practice.test。</translation>
    </message>
    <message>
        <source>List the profiles and exit.</source>
        <translation>プロファイルの一覧を表示して終了します。</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>予期しない引数 &apos;%1&apos; です</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (see --list-profiles)</source>
        <translation>不明なプロファイル &apos;%1&apos; です（--list-profiles を参照）</translation>
    </message>
    <message>
        <source>--port needs a number from 0 to 65535</source>
        <translation>--port には 0～65535 の数値が必要です</translation>
    </message>
    <message>
        <source>--bind must be a loopback address (127.0.0.1 or ::1), not &apos;%1&apos;</source>
        <translation>--bind にはループバックアドレス（127.0.0.1 または ::1）を指定してください（&apos;%1&apos; は使えません）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a domain name</source>
        <translation>&apos;%1&apos; はドメイン名ではありません</translation>
    </message>
    <message>
        <source>Implicit TLS: clients must start with a TLS handshake.</source>
        <translation>暗黙的 TLS: クライアントは TLS ハンドシェイクから始める必要があります。</translation>
    </message>
    <message>
        <source>TLS is off: %1.</source>
        <translation>TLS は無効です: %1。</translation>
    </message>
    <message>
        <source>connection from %1</source>
        <translation>%1 から接続</translation>
    </message>
    <message>
        <source>message of %1 bytes discarded</source>
        <translation>%1 バイトのメッセージを破棄</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>切断</translation>
    </message>
    <message>
        <source>refused %1: too many connections</source>
        <translation>%1 を拒否: 接続数が多すぎます</translation>
    </message>
    <message>
        <source>Practice server stopped.</source>
        <translation>練習用サーバーを停止しました。</translation>
    </message>
    <message>
        <source>Full audit: all checks, graded HTML, JSON and CSV reports, CI gating</source>
        <translation>フル監査: 全チェック、評価付きの HTML・JSON・CSV レポート、CI ゲート</translation>
    </message>
    <message>
        <source>Connection exhaustion: a bounded ramp of concurrent connections and the idle timeout (loads the server; needs --yes-i-am-authorised)</source>
        <translation>接続枯渇: 上限付きで同時接続数を段階的に増やし、アイドルタイムアウトも測定（サーバーに負荷をかけます。--yes-i-am-authorised が必要）</translation>
    </message>
    <message>
        <source>Compare two JSON reports: fixed, new and unchanged findings</source>
        <translation>2 つの JSON レポートの比較: 修正済み、新規、変化なしの検出事項</translation>
    </message>
    <message>
        <source>DNS and sender authentication: MX, reverse DNS, SPF, DMARC, MTA-STS</source>
        <translation>DNS と送信者認証: MX、逆引き DNS、SPF、DMARC、MTA-STS</translation>
    </message>
    <message>
        <source>Malware and spam filter: EICAR in the body and as an attachment, GTUBE (sends mail; needs --yes-i-am-authorised)</source>
        <translation>マルウェア・スパムフィルター: 本文中と添付ファイルの EICAR、GTUBE（メールを送信します。--yes-i-am-authorised が必要）</translation>
    </message>
    <message>
        <source>Analyse a received message&apos;s header: hop timeline and disclosures</source>
        <translation>受信したメッセージのヘッダーの分析: ホップのタイムラインと情報漏えい</translation>
    </message>
    <message>
        <source>Sender policy: own-domain, null, unqualified and unknown-domain senders from an anonymous client</source>
        <translation>送信者ポリシー: 匿名クライアントからの自ドメイン、null、ドメインなし、未知のドメインの送信者</translation>
    </message>
    <message>
        <source>TLS and STARTTLS policy: handshake, certificate, retired TLS versions, AUTH and MAIL before TLS</source>
        <translation>TLS と STARTTLS のポリシー: ハンドシェイク、証明書、廃止された TLS バージョン、TLS 前の AUTH と MAIL</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::AuditCommand</name>
    <message>
        <source>(needs --yes-i-am-authorised)</source>
        <translation>（--yes-i-am-authorised が必要）</translation>
    </message>
    <message>
        <source>(only when listed in --checks)</source>
        <translation>（--checks で指定した場合のみ）</translation>
    </message>
    <message>
        <source>Runs the checks of a security audit against one mail server and writes a graded report. Exit status: 0 done, 1 a check failed or the run was cancelled, 2 bad arguments, 3 a finding at or above --fail-on.</source>
        <translation>1 台のメールサーバーに対してセキュリティ監査のチェックを実行し、評価付きのレポートを書き出します。終了ステータス: 0 完了、1 チェックが失敗したか実行が中止された、2 引数が不正、3 --fail-on 以上の検出事項あり。</translation>
    </message>
    <message>
        <source>Comma-separated checks to run (default: %1).</source>
        <translation>実行するチェック（カンマ区切り。既定: %1）。</translation>
    </message>
    <message>
        <source>list</source>
        <translation>一覧</translation>
    </message>
    <message>
        <source>List the checks and exit.</source>
        <translation>チェックの一覧を表示して終了します。</translation>
    </message>
    <message>
        <source>A mailbox the server delivers locally (sender-policy checks).</source>
        <translation>サーバーがローカルに配送するメールボックス（送信者ポリシーのチェック用）。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Write the HTML report to FILE.</source>
        <translation>HTML レポートを &lt;ファイル&gt; に書き出します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Write the JSON report to FILE (- for standard output).</source>
        <translation>JSON レポートを &lt;ファイル&gt; に書き出します（- で標準出力）。</translation>
    </message>
    <message>
        <source>Write every result table as CSV into DIR.</source>
        <translation>すべての結果テーブルを CSV として &lt;ディレクトリ&gt; に書き出します。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>Exit with status 3 when a finding of this severity or higher is found: info, low, medium, high or critical.</source>
        <translation>この重大度以上の検出事項が見つかった場合、終了ステータス 3 で終了します: info、low、medium、high、critical のいずれか。</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>Language of the output and reports: en or ja (default: the locale).</source>
        <translation>出力とレポートの言語: en または ja（既定はロケールの言語）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>--lang must be en or ja, not &apos;%1&apos;.</source>
        <translation>--lang には en または ja を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--checks: no check is called &apos;%1&apos; (see --list-checks).</source>
        <translation>--checks: &apos;%1&apos; という名前のチェックはありません（--list-checks を参照）。</translation>
    </message>
    <message>
        <source>--checks names no check.</source>
        <translation>--checks にチェックが 1 つも指定されていません。</translation>
    </message>
    <message>
        <source>--fail-on must be info, low, medium, high or critical, not &apos;%1&apos;.</source>
        <translation>--fail-on には info、low、medium、high、critical のいずれかを指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>HTML report: %1</source>
        <translation>HTML レポート: %1</translation>
    </message>
    <message>
        <source>JSON report: %1</source>
        <translation>JSON レポート: %1</translation>
    </message>
    <message numerus="yes">
        <source>CSV tables: %n file(s) in %1</source>
        <translation>
            <numerusform>CSV テーブル: %1 に %n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping; the reports keep what was measured.</source>
        <translation>停止しています。レポートにはそれまでに測定した結果が残ります。</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::AuditSummaryPrinter</name>
    <message numerus="yes">
        <source>%1: %2 (%n finding(s))</source>
        <extracomment>Check status, the check&apos;s one-sentence result, and how many findings it made.</extracomment>
        <translation>
            <numerusform>%1: %2（検出事項 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of %1 port %2</source>
        <translation>%1 ポート %2 の監査</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>評価: %1</translation>
    </message>
    <message>
        <source>Findings:</source>
        <translation>検出事項:</translation>
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
    <name>mxscope::cli::CheckPrinter</name>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>中止</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>検出事項: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... %n more row(s); --json lists them all.</source>
        <translation>
            <numerusform>... ほか %n 行（--json ですべて表示されます）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mxscope::cli::CompareCommand</name>
    <message>
        <source>[detail changed]</source>
        <translation>[詳細に変更あり]</translation>
    </message>
    <message>
        <source>Before: %1 port %2, run %3</source>
        <translation>変更前: %1 ポート %2、実行 %3</translation>
    </message>
    <message>
        <source>After:  %1 port %2, run %3</source>
        <translation>変更後: %1 ポート %2、実行 %3</translation>
    </message>
    <message>
        <source>Note: the two reports are of different servers.</source>
        <translation>注意: 2 つのレポートは別々のサーバーのものです。</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>修正済み</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変化なし</translation>
    </message>
    <message>
        <source>Not retested</source>
        <translation>未再テスト</translation>
    </message>
    <message>
        <source>Compares two JSON reports of mxscope-cli audit (before and after a change): which findings were fixed, which are new, which remain. Exits 0 whatever changed.</source>
        <translation>mxscope-cli audit の 2 つの JSON レポート（変更の前と後）を比較し、どの検出事項が修正され、どれが新たに現れ、どれが残っているかを示します。何が変わっても終了ステータスは 0 です。</translation>
    </message>
    <message>
        <source>The earlier JSON report.</source>
        <translation>古い方の JSON レポート。</translation>
    </message>
    <message>
        <source>The later JSON report.</source>
        <translation>新しい方の JSON レポート。</translation>
    </message>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>比較結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>give two JSON reports: the earlier one, then the later one.</source>
        <translation>JSON レポートを 2 つ、古い方、新しい方の順に指定してください。</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::ContextOptions</name>
    <message>
        <source>The mail domain the server answers for.</source>
        <translation>サーバーが受け持つメールドメイン。</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Sender address for MAIL FROM.</source>
        <translation>MAIL FROM で使う送信者アドレス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>A mailbox the server delivers locally.</source>
        <translation>サーバーがローカルに配送するメールボックス。</translation>
    </message>
    <message>
        <source>An external mailbox you own.</source>
        <translation>自分が所有する外部のメールボックス。</translation>
    </message>
    <message>
        <source>DNS server to ask (an IP address; default: the system resolver).</source>
        <translation>問い合わせる DNS サーバー（IP アドレス。既定はシステムのリゾルバー）。</translation>
    </message>
    <message>
        <source>Most concurrent connections to open (1-%1, default 20).</source>
        <translation>同時に開く接続の最大数（1～%1、既定は 20）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Confirm you are authorised to send test mail to, or load, this server.</source>
        <translation>このサーバーにテストメールを送ること、または負荷をかけることの許可を得ていることを確認します。</translation>
    </message>
    <message>
        <source>Your policy requires TLS: mail accepted without it is a finding.</source>
        <translation>ポリシーで TLS を必須とします。TLS なしでメールが受け付けられた場合は検出事項になります。</translation>
    </message>
    <message>
        <source>Stop the check after this many seconds (default 120).</source>
        <translation>この秒数が経過したらチェックを停止します（既定は 120）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>File with one user name per line.</source>
        <translation>ユーザー名を 1 行に 1 つずつ書いたファイル。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>--domain</source>
        <translation>--domain</translation>
    </message>
    <message>
        <source>--domain must be a domain name, not &apos;%1&apos;.</source>
        <translation>--domain にはドメイン名を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--from</source>
        <translation>--from</translation>
    </message>
    <message>
        <source>--to</source>
        <translation>--to</translation>
    </message>
    <message>
        <source>--nameserver must be an IP address, not &apos;%1&apos;.</source>
        <translation>--nameserver には IP アドレスを指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--max-connections must be a number from 1 to %1, not &apos;%2&apos;.</source>
        <translation>--max-connections には 1～%1 の数値を指定してください（&apos;%2&apos; は使えません）。</translation>
    </message>
    <message>
        <source>--time-limit must be a number of seconds from 1 to 86400, not &apos;%1&apos;.</source>
        <translation>--time-limit には 1～86400 の秒数を指定してください（&apos;%1&apos; は使えません）。</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::HeadersCommand</name>
    <message>
        <source>first hop</source>
        <translation>最初のホップ</translation>
    </message>
    <message>
        <source>delay unknown</source>
        <translation>遅延不明</translation>
    </message>
    <message>
        <source>%1 s (clock skew)</source>
        <translation>%1 秒（時刻のずれ）</translation>
    </message>
    <message>
        <source>+%1 s</source>
        <translation>+%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>Received chain, oldest first: %n hop(s)</source>
        <translation>
            <numerusform>Received チェーン（古い順）: %n ホップ</numerusform>
        </translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>（日付なし）</translation>
    </message>
    <message>
        <source>(unreadable date &quot;%1&quot;)</source>
        <translation>（読み取れない日付 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注意: %1</translation>
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
    <message>
        <source>Analyse the header of a received message: the Received hop timeline and what the header discloses (private addresses, internal names, software versions).</source>
        <translation>受信したメッセージのヘッダーを分析します。Received のホップのタイムラインと、ヘッダーから漏れている情報（プライベートアドレス、内部の名前、ソフトウェアのバージョン）を表示します。</translation>
    </message>
    <message>
        <source>The message (.eml); &quot;-&quot; reads standard input.</source>
        <translation>メッセージ（.eml）。&quot;-&quot; を指定すると標準入力から読み込みます。</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>give exactly one message file (or &quot;-&quot; for standard input)</source>
        <translation>メッセージファイルを 1 つだけ指定してください（標準入力の場合は &quot;-&quot;）</translation>
    </message>
</context>
<context>
    <name>mxscope::cli::RelayCommand</name>
    <message>
        <source>Variant</source>
        <translation>バリアント</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Relay test of %1 port %2</source>
        <translation>%1 ポート %2 のリレーテスト</translation>
    </message>
    <message>
        <source>Mode: sending a test message (token %1)</source>
        <translation>モード: テストメッセージを送信（トークン %1）</translation>
    </message>
    <message>
        <source>Mode: safe (judged at RCPT TO, RSET before DATA)</source>
        <translation>モード: セーフモード（RCPT TO で判定、DATA の前に RSET）</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>判定: %1</translation>
    </message>
    <message numerus="yes">
        <source>Findings: %n</source>
        <translation>
            <numerusform>検出事項: %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) in %1 ms over %2 session(s).</source>
        <translation>
            <numerusform>バリアント %n 件を %2 セッションで実行（%1 ミリ秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tries every known way of asking a mail server to relay to an outside address (nmap&apos;s 16 tests, the abuse.net list and more) and says whether it is an open relay. Safe mode judges at RCPT TO and sends RSET before DATA.</source>
        <translation>メールサーバーに外部アドレスへの中継を依頼する既知の方法（nmap の 16 テスト、abuse.net のリストなど）をすべて試し、オープンリレーかどうかを判定します。セーフモードでは RCPT TO で判定し、DATA の前に RSET を送ります。</translation>
    </message>
    <message>
        <source>Envelope sender address.</source>
        <translation>エンベロープの送信者アドレス。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>External recipient address (a mailbox you own).</source>
        <translation>外部の受信者アドレス（自分が所有するメールボックス）。</translation>
    </message>
    <message>
        <source>Send a real test message (with a unique token) after each accepted RCPT TO.</source>
        <translation>RCPT TO が受け付けられるたびに、実際のテストメッセージ（固有のトークン付き）を送ります。</translation>
    </message>
    <message>
        <source>Confirm that you are allowed to test this server (required by --send-data).</source>
        <translation>このサーバーをテストする許可を得ていることを確認します（--send-data の指定時に必須）。</translation>
    </message>
    <message>
        <source>Also test relaying after AUTH as this user; the password is read from %1.</source>
        <translation>このユーザーで AUTH した後の中継もテストします。パスワードは環境変数 %1 から読み取ります。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Most sessions at once (1 to 8, default 4).</source>
        <translation>同時に使うセッションの最大数（1～8、既定は 4）。</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>結果を JSON で出力します。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>--send-data sends real mail; add --yes-i-am-authorised to confirm you may test this server.</source>
        <translation>--send-data は実際のメールを送ります。このサーバーをテストする許可を得ていることを確認するため、--yes-i-am-authorised を付けてください。</translation>
    </message>
    <message>
        <source>--auth-user needs a user name and the password in %1.</source>
        <translation>--auth-user には、ユーザー名と、%1 に設定したパスワードが必要です。</translation>
    </message>
    <message>
        <source>--connections must be a number from 1 to 8, not &apos;%1&apos;.</source>
        <translation>--connections には 1～8 の数値を指定してください（&apos;%1&apos; は使えません）。</translation>
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
