<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>Cli</name>
    <message>
        <source>MALFORMED</source>
        <translation>形式不正</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s))</source>
        <translation>
            <numerusform>（%n 行）</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read.</source>
        <translation>
            <numerusform>%n 件を読み取りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>Outcome: %1</source>
        <translation>結果: %1</translation>
    </message>
    <message>
        <source>your sending address</source>
        <translation>送信元のアドレス</translation>
    </message>
    <message>
        <source>DNS may explain this (%1): %2</source>
        <translation>DNS に原因があるかもしれません（%1）: %2</translation>
    </message>
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>&amp;Next command:</source>
        <translation>次のコマンド(&amp;N):</translation>
    </message>
    <message>
        <source>Next command</source>
        <translation>次のコマンド</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>Connect to start a session; then step through it one command at a time.</source>
        <translation>まず接続してセッションを開始し、その後 1 コマンドずつ進めてください。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Waiting for the server's reply. You may still send a command (pipelining, or testing the server).</source>
        <translation>サーバーの応答を待っています。この間もコマンドを送信できます（パイプライン処理や、サーバーの動作確認のため）。</translation>
    </message>
    <message>
        <source>Press Enter to send the suggested command, edit it, or type any command.</source>
        <translation>Enter キーを押すと、提案されたコマンドを送信します。コマンドを編集したり、任意のコマンドを入力したりすることもできます。</translation>
    </message>
    <message>
        <source>Type any command.</source>
        <translation>任意のコマンドを入力してください。</translation>
    </message>
    <message>
        <source>TLS handshake in progress…</source>
        <translation>TLS ハンドシェイクを実行しています…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>メッセージを送信しています…</translation>
    </message>
    <message>
        <source>The session has ended. Start a new one to try again.</source>
        <translation>セッションは終了しました。もう一度試すには、新しいセッションを開始してください。</translation>
    </message>
    <message>
        <source>Waiting for the server's reply.</source>
        <translation>サーバーの応答を待っています。</translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>A session is using these settings. Stop it to edit them.</source>
        <translation>実行中のセッションがこの設定を使用しています。編集するには、セッションを停止してください。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>プロファイル</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>保存済みのプロファイル</translation>
    </message>
    <message>
        <source>Choose a saved profile to fill in the fields</source>
        <translation>保存済みのプロファイルを選ぶと、その内容が各欄に入力されます</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Delete the selected profile; the fields keep their values</source>
        <translation>選択中のプロファイルを削除します（入力欄の値はそのまま残ります）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation>新しいプロファイル名</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>mail.example.com or 192.0.2.25</source>
        <translation>mail.example.com または 192.0.2.25</translation>
    </message>
    <message>
        <source>The server to connect to: a host name, an IPv4 address or an IPv6 address (without brackets)</source>
        <translation>接続先のサーバー（ホスト名、IPv4 アドレス、または角かっこ [ ] で囲まない IPv6 アドレス）</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation>25 番ポート</translation>
    </message>
    <message>
        <source>25: relay between mail servers (SMTP)</source>
        <translation>25: メールサーバー間の中継（SMTP）</translation>
    </message>
    <message>
        <source>25</source>
        <translation>25</translation>
    </message>
    <message>
        <source>Port 465</source>
        <translation>465 番ポート</translation>
    </message>
    <message>
        <source>465: message submission over implicit TLS (RFC 8314)</source>
        <translation>465: 暗黙の TLS を使うメール送信用ポート（RFC 8314）</translation>
    </message>
    <message>
        <source>465</source>
        <translation>465</translation>
    </message>
    <message>
        <source>Port 587</source>
        <translation>587 番ポート</translation>
    </message>
    <message>
        <source>587: message submission with STARTTLS (RFC 6409)</source>
        <translation>587: STARTTLS を使うメール送信用ポート（RFC 6409）</translation>
    </message>
    <message>
        <source>587</source>
        <translation>587</translation>
    </message>
    <message>
        <source>Port 2525</source>
        <translation>2525 番ポート</translation>
    </message>
    <message>
        <source>2525: an unofficial alternative some providers offer when 25 and 587 are blocked</source>
        <translation>2525: 25 番と 587 番がブロックされている場合に、一部のプロバイダーが提供する非公式の代替ポート</translation>
    </message>
    <message>
        <source>2525</source>
        <translation>2525</translation>
    </message>
    <message>
        <source>I&amp;P version:</source>
        <translation>IP バージョン(&amp;P):</translation>
    </message>
    <message>
        <source>IP version</source>
        <translation>IP バージョン</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation>IPv4 のみ</translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation>IPv6 のみ</translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation>EHLO 名(&amp;E):</translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation>EHLO 名</translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO/HELO; empty uses the one shown</source>
        <translation>このコンピューターが EHLO/HELO で名乗る名前（空欄の場合は表示中の名前を使用）</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation>暗号化(&amp;Y):</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>暗号化</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS（提供されていれば）</translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation>STARTTLS（必須）</translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation>暗黙の TLS</translation>
    </message>
    <message>
        <source>Go on past certificate errors; they are still reported in the transcript</source>
        <translation>証明書のエラーがあっても続行します（エラーは通信記録に表示されます）</translation>
    </message>
    <message>
        <source>Accept certificate errors (insecure)</source>
        <translation>証明書のエラーを無視する（安全ではありません）</translation>
    </message>
    <message>
        <source>Insecure: certificate errors are still reported, but the session goes on, so an impostor or an interception would go unnoticed.</source>
        <translation>安全ではありません: 証明書のエラーは表示されますが、セッションはそのまま続行されるため、なりすましのサーバーや通信の傍受があっても気付けません。</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA ファイル(&amp;C):</translation>
    </message>
    <message>
        <source>CA file</source>
        <translation>CA ファイル</translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation>システムの証明書のみ</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (for a private CA)</source>
        <translation>この PEM ファイル内の CA 証明書も信頼します（プライベート CA 用）</translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation>CA ファイルを選択</translation>
    </message>
    <message>
        <source>Choose a PEM file with CA certificates</source>
        <translation>CA 証明書を含む PEM ファイルを選択します</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>&amp;AUTH:</source>
        <translation>AUTH 方式(&amp;A):</translation>
    </message>
    <message>
        <source>AUTH mechanism</source>
        <translation>AUTH 方式</translation>
    </message>
    <message>
        <source>The SASL mechanism to log in with (RFC 4954); None sends no AUTH</source>
        <translation>ログインに使う SASL 方式です（RFC 4954）。「なし」を選ぶと AUTH を送信しません。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation>user@example.com</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Send the credentials even when the connection is not encrypted</source>
        <translation>接続が暗号化されていなくても認証情報を送信します</translation>
    </message>
    <message>
        <source>Allow AUTH without TLS</source>
        <translation>TLS なしでの AUTH を許可する</translation>
    </message>
    <message>
        <source>Without TLS the user name and password cross the network readable by anyone on the path. Use it only with a test account.</source>
        <translation>TLS を使わないと、ユーザー名とパスワードは経路上の誰でも読み取れる状態でネットワークを流れます。テスト用のアカウントでのみ使用してください。</translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation>エンベロープ</translation>
    </message>
    <message>
        <source>MAIL &amp;FROM:</source>
        <translation>MAIL FROM(&amp;F):</translation>
    </message>
    <message>
        <source>MAIL FROM address</source>
        <translation>MAIL FROM アドレス</translation>
    </message>
    <message>
        <source>Empty: null sender &lt;&gt;</source>
        <translation>空欄: null 送信者 &lt;&gt;</translation>
    </message>
    <message>
        <source>The envelope sender; leave empty for the null sender &lt;&gt; that bounces use</source>
        <translation>エンベロープ送信者（空欄にすると、バウンスで使われる null 送信者 &lt;&gt; になります）</translation>
    </message>
    <message>
        <source>RCPT &amp;TO:</source>
        <translation>RCPT TO(&amp;T):</translation>
    </message>
    <message>
        <source>RCPT TO addresses</source>
        <translation>RCPT TO アドレス</translation>
    </message>
    <message>
        <source>The envelope recipients, one address per line</source>
        <translation>エンベロープの宛先（1 行に 1 アドレス）</translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation>1 行に 1 アドレス</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Compose a test &amp;message</source>
        <translation>テストメッセージを作成(&amp;M)</translation>
    </message>
    <message>
        <source>Send a &amp;raw message file</source>
        <translation>メッセージファイルをそのまま送信(&amp;R)</translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation>件名(&amp;B):</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>SMTP Doctor test message</source>
        <translation>SMTP Doctor test message</translation>
    </message>
    <message>
        <source>Bo&amp;dy:</source>
        <translation>本文(&amp;D):</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>メッセージ本文</translation>
    </message>
    <message>
        <source>This is a test message sent by SMTP Doctor to check mail delivery.</source>
        <translation>This is a test message sent by SMTP Doctor to check mail delivery.</translation>
    </message>
    <message>
        <source>Head&amp;ers:</source>
        <translation>ヘッダー(&amp;E):</translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation>追加ヘッダー</translation>
    </message>
    <message>
        <source>Extra header lines for the composed message, one "Name: value" per line</source>
        <translation>作成するメッセージに追加するヘッダー行（1 行に 1 つ、「名前: 値」の形式）</translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation>名前: 値（1 行に 1 つ）</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Message file</source>
        <translation>メッセージファイル</translation>
    </message>
    <message>
        <source>A complete message (.eml)</source>
        <translation>メッセージ全体（.eml）</translation>
    </message>
    <message>
        <source>A file with headers and body, sent as it is (line endings become CRLF, lines starting with a dot are escaped)</source>
        <translation>ヘッダーと本文を含むファイルをそのまま送信します（行末は CRLF に変換し、ドットで始まる行にはドットスタッフィングを行います）</translation>
    </message>
    <message>
        <source>Choose a message file</source>
        <translation>メッセージファイルを選択</translation>
    </message>
    <message>
        <source>The session stops before the message is sent.</source>
        <translation>メッセージを送信する前にセッションが停止します。</translation>
    </message>
    <message>
        <source>Session and timeouts</source>
        <translation>セッションとタイムアウト</translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation>停止位置(&amp;O):</translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation>セッションの停止位置</translation>
    </message>
    <message>
        <source>Where the session says QUIT; every stage before it runs</source>
        <translation>セッションが QUIT を送る位置（それより前の段階はすべて実行されます）</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>最後まで実行</translation>
    </message>
    <message>
        <source>After the greeting</source>
        <translation>グリーティングの後</translation>
    </message>
    <message>
        <source>After EHLO</source>
        <translation>EHLO の後</translation>
    </message>
    <message>
        <source>After STARTTLS</source>
        <translation>STARTTLS の後</translation>
    </message>
    <message>
        <source>After AUTH</source>
        <translation>AUTH の後</translation>
    </message>
    <message>
        <source>After MAIL FROM</source>
        <translation>MAIL FROM の後</translation>
    </message>
    <message>
        <source>After RCPT TO</source>
        <translation>RCPT TO の後</translation>
    </message>
    <message>
        <source>After DATA</source>
        <translation>DATA の後</translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation>接続タイムアウト(&amp;N):</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>接続タイムアウト（秒）</translation>
    </message>
    <message>
        <source>How long to wait for the TCP connection (and the implicit TLS handshake)</source>
        <translation>TCP 接続（暗黙の TLS ではそのハンドシェイクも含む）を待つ時間</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Rep&amp;ly timeout:</source>
        <translation>応答タイムアウト(&amp;L):</translation>
    </message>
    <message>
        <source>Reply timeout in seconds</source>
        <translation>応答タイムアウト（秒）</translation>
    </message>
    <message>
        <source>How long to wait for the greeting and for each reply</source>
        <translation>グリーティングと各応答を待つ時間</translation>
    </message>
    <message>
        <source>&amp;Verdict timeout:</source>
        <translation>判定タイムアウト(&amp;V):</translation>
    </message>
    <message>
        <source>Verdict timeout in seconds</source>
        <translation>判定タイムアウト（秒）</translation>
    </message>
    <message>
        <source>How long to wait for the verdict after the message's final dot (RFC 5321 §4.5.3.2 allows 10 minutes)</source>
        <translation>メッセージ末尾のドット（.）を送った後、判定を待つ時間（RFC 5321 §4.5.3.2 の目安は 10 分）</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>プロファイル未選択</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>既定値: %1</translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation>CA ファイルの選択</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM 証明書 (*.pem *.crt *.cer);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose a Message File</source>
        <translation>メッセージファイルの選択</translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation>メッセージ (*.eml *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Plain SMTP: nothing is encrypted and STARTTLS is never tried.</source>
        <translation>暗号化なしの SMTP です。通信は一切暗号化されず、STARTTLS も試行しません。</translation>
    </message>
    <message>
        <source>Upgrades with STARTTLS when the server offers it; otherwise goes on unencrypted and says so.</source>
        <translation>サーバーが STARTTLS を提供していれば、STARTTLS で暗号化に切り替えます。提供していなければ、その旨を表示したうえで暗号化せずに続行します。</translation>
    </message>
    <message>
        <source>Upgrades with STARTTLS; stops with an explanation when the server does not offer it or the handshake fails.</source>
        <translation>STARTTLS で暗号化に切り替えます。サーバーが STARTTLS を提供していない場合やハンドシェイクに失敗した場合は、理由を示して中止します。</translation>
    </message>
    <message>
        <source>TLS from the first byte, as on port 465 (RFC 8314).</source>
        <translation>465 番ポートと同様に、最初のバイトから TLS で通信します（RFC 8314）。</translation>
    </message>
    <message>
        <source>Port 465 expects TLS from the first byte: without implicit TLS the greeting usually never comes.</source>
        <translation>465 番ポートでは最初のバイトから TLS で通信します。暗黙の TLS を使わないと、通常はグリーティングが届きません。</translation>
    </message>
    <message>
        <source>Port %1 starts in plain text: implicit TLS there usually fails the handshake.</source>
        <translation>%1 番ポートは平文で通信を始めます。このポートで暗黙の TLS を使うと、通常はハンドシェイクに失敗します。</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>トークン(&amp;K):</translation>
    </message>
    <message>
        <source>OAuth 2.0 access token</source>
        <translation>OAuth 2.0 アクセストークン</translation>
    </message>
    <message>
        <source>Put one address per line, without commas or semicolons.</source>
        <translation>アドレスはカンマやセミコロンで区切らず、1 行に 1 つずつ入力してください。</translation>
    </message>
    <message>
        <source>Leave out the angle brackets: SMTP Doctor adds them.</source>
        <translation>山かっこ（&lt; &gt;）は付けないでください。SMTP Doctor が自動で付けます。</translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation>アドレスにスペースは使えません。</translation>
    </message>
    <message>
        <source>An address needs an @, as in user@example.com.</source>
        <translation>アドレスには、user@example.com のように @ が必要です。</translation>
    </message>
    <message>
        <source>An address needs a name before the @ and a domain after it.</source>
        <translation>アドレスには、@ の前に名前、@ の後にドメインが必要です。</translation>
    </message>
    <message>
        <source>Enter the server's host name or IP address.</source>
        <translation>サーバーのホスト名または IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>Enter the host name alone, without "%1".</source>
        <translation>「%1」を付けずに、ホスト名だけを入力してください。</translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation>ホスト名にスペースは使えません。</translation>
    </message>
    <message>
        <source>This is a mail address; enter the server's name, such as mail.example.com.</source>
        <translation>これはメールアドレスです。mail.example.com のような、サーバーのホスト名を入力してください。</translation>
    </message>
    <message>
        <source>Enter an IPv6 address without the brackets.</source>
        <translation>IPv6 アドレスは角かっこ（[ ]）を付けずに入力してください。</translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the host name.</source>
        <translation>ポート番号はホスト名の後ではなく、「ポート」欄に入力してください。</translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>ファイル %1 が存在しません。</translation>
    </message>
    <message>
        <source>%1 needs a user name.</source>
        <translation>%1 にはユーザー名が必要です。</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation>%1 行目（%2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s).</source>
        <translation>
            <numerusform>… ほかに %n 行あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one recipient, or stop before MAIL FROM.</source>
        <translation>宛先を 1 つ以上追加するか、MAIL FROM より前で停止するように設定してください。</translation>
    </message>
    <message>
        <source>Choose the message file to send.</source>
        <translation>送信するメッセージファイルを選択してください。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Line %1: write a header as "Name: value".</source>
        <translation>%1 行目: ヘッダーは「名前: 値」の形式で記述してください。</translation>
    </message>
    <message>
        <source>Line %1: a header name cannot contain spaces (RFC 5322 §2.2).</source>
        <translation>%1 行目: ヘッダー名にスペースは使えません（RFC 5322 §2.2）。</translation>
    </message>
    <message>
        <source>No STARTTLS is planned with this encryption setting, so the session would not stop there but run to the end.</source>
        <translation>この暗号化の設定では STARTTLS を行わないため、セッションはそこで停止せず、最後まで実行されます。</translation>
    </message>
    <message>
        <source>No AUTH is planned, so the session would not stop there but run to the end.</source>
        <translation>AUTH を行わない設定のため、セッションはそこで停止せず、最後まで実行されます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止位置</translation>
    </message>
    <message>
        <source>The profile "%1" no longer exists.</source>
        <translation>プロファイル「%1」はもう存在しません。</translation>
    </message>
    <message>
        <source>Saved "%1" (without the password).</source>
        <translation>「%1」を保存しました（パスワードは保存していません）。</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>Replaces the saved profile "%1".</source>
        <translation>保存済みのプロファイル「%1」を上書きします。</translation>
    </message>
    <message>
        <source>Deleted "%1". The fields keep their values.</source>
        <translation>「%1」を削除しました。入力欄の値はそのまま残っています。</translation>
    </message>
    <message>
        <source>Save the fields into the selected profile (the password only in the desktop keyring, when you ask)</source>
        <translation>入力内容を選択中のプロファイルに保存します（パスワードは、指定したときだけデスクトップのキーリングに保存します）</translation>
    </message>
    <message>
        <source>Save the fields as a new profile (the password only in the desktop keyring, when you ask)</source>
        <translation>入力内容を新しいプロファイルとして保存します（パスワードは、指定したときだけデスクトップのキーリングに保存します）</translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation>接続先:</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>接続先</translation>
    </message>
    <message>
        <source>A server by name or address, the mail servers (MX) of a domain, or the practice server built into SMTP Doctor</source>
        <translation>名前やアドレスで指定するサーバー、ドメインのメールサーバー（MX）、または SMTP Doctor 内蔵の練習用サーバー</translation>
    </message>
    <message>
        <source>A server</source>
        <translation>サーバーを指定</translation>
    </message>
    <message>
        <source>A domain's MX</source>
        <translation>ドメインの MX</translation>
    </message>
    <message>
        <source>Practice server (built in)</source>
        <translation>練習用サーバー（内蔵）</translation>
    </message>
    <message>
        <source>Scenario:</source>
        <translation>シナリオ:</translation>
    </message>
    <message>
        <source>Practice scenario</source>
        <translation>練習シナリオ</translation>
    </message>
    <message>
        <source>What the practice server does: a clean delivery, or one of the failures admins meet</source>
        <translation>練習用サーバーの動作です。正常な配送か、管理者がよく出会う障害のいずれかを再現します</translation>
    </message>
    <message>
        <source>Kept until SMTP Doctor closes</source>
        <translation>SMTP Doctor を終了するまで保持します</translation>
    </message>
    <message>
        <source>Profiles and settings files never contain it; only the desktop keyring can keep it, when you ask</source>
        <translation>プロファイルや設定ファイルには保存しません。指定したときだけデスクトップのキーリングに保存できます</translation>
    </message>
    <message>
        <source>Keep this profile's password in the desktop keyring (Secret Service or KWallet) when the profile is saved, and fill it in when the profile is loaded. Settings files never contain it.</source>
        <translation>プロファイルの保存時にパスワードをデスクトップのキーリング（Secret Service または KWallet）に保存し、プロファイルを読み込んだときに自動で入力します。設定ファイルには保存しません。</translation>
    </message>
    <message>
        <source>Keep the password in the desktop keyrin&amp;g</source>
        <translation>パスワードをデスクトップのキーリングに保存(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>Mail domain</source>
        <translation>メールドメイン</translation>
    </message>
    <message>
        <source>example.com</source>
        <translation>example.com</translation>
    </message>
    <message>
        <source>The mail domain: SMTP Doctor looks up its MX records and connects to the most preferred one</source>
        <translation>メールドメインです。SMTP Doctor が MX レコードを引き、最も優先度の高いホストに接続します</translation>
    </message>
    <message>
        <source>The practice server runs inside SMTP Doctor on 127.0.0.1 and answers as the scenario says.</source>
        <translation>練習用サーバーは SMTP Doctor の中で 127.0.0.1 上に動き、シナリオどおりに応答します。</translation>
    </message>
    <message>
        <source>Keep the token in the desktop keyrin&amp;g</source>
        <translation>トークンをデスクトップのキーリングに保存(&amp;G)</translation>
    </message>
    <message>
        <source>Choose a practice scenario.</source>
        <translation>練習シナリオを選んでください。</translation>
    </message>
    <message>
        <source>This version has no practice scenario "%1"; choose another.</source>
        <translation>このバージョンには練習シナリオ「%1」がありません。別のシナリオを選んでください。</translation>
    </message>
    <message>
        <source>Enter the mail domain, such as example.com.</source>
        <translation>example.com のようにメールドメインを入力してください。</translation>
    </message>
    <message>
        <source>An address has no MX records: enter a mail domain, or choose "A server".</source>
        <translation>アドレスには MX レコードがありません。メールドメインを入力するか、「サーバーを指定」を選んでください。</translation>
    </message>
    <message>
        <source>Enter the domain alone: the part after the @, here %1.</source>
        <translation>ドメインだけを入力してください。@ より後ろの部分、この場合は %1 です。</translation>
    </message>
    <message>
        <source>The practice server speaks STARTTLS, not implicit TLS: choose another encryption setting.</source>
        <translation>練習用サーバーは STARTTLS に対応しており、暗黙の TLS には対応していません。別の暗号化の設定を選んでください。</translation>
    </message>
    <message>
        <source>Enter the access token. It is kept until SMTP Doctor closes.</source>
        <translation>アクセストークンを入力してください。SMTP Doctor を終了するまで保持します。</translation>
    </message>
    <message>
        <source>Enter the password. It is kept until SMTP Doctor closes.</source>
        <translation>パスワードを入力してください。SMTP Doctor を終了するまで保持します。</translation>
    </message>
    <message>
        <source>Saved "%1"; the password is going to the desktop keyring.</source>
        <translation>「%1」を保存しました。パスワードをデスクトップのキーリングに保存しています。</translation>
    </message>
    <message>
        <source>The desktop keyring did not give the password of "%1": %2</source>
        <translation>デスクトップのキーリングから「%1」のパスワードを取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The desktop keyring has no password for "%1" any more.</source>
        <translation>デスクトップのキーリングに「%1」のパスワードがもうありません。</translation>
    </message>
    <message>
        <source>Saved "%1"; the password is in the desktop keyring.</source>
        <translation>「%1」を保存しました。パスワードはデスクトップのキーリングにあります。</translation>
    </message>
    <message>
        <source>Saved "%1" without the password: the desktop keyring refused it (%2). The password is kept until SMTP Doctor closes.</source>
        <translation>「%1」をパスワードなしで保存しました。デスクトップのキーリングが保存を拒否しました（%2）。パスワードは SMTP Doctor を終了するまで保持します。</translation>
    </message>
    <message>
        <source>DNS…</source>
        <translation>DNS…</translation>
    </message>
    <message>
        <source>Check the domain's mail DNS (MX, SPF, DMARC, MTA-STS, TLS-RPT) in the DNS panel</source>
        <translation>ドメインのメール関連の DNS（MX、SPF、DMARC、MTA-STS、TLS-RPT）を DNS 検査の画面で検査します</translation>
    </message>
    <message>
        <source>Check the domain's DNS</source>
        <translation>ドメインの DNS を検査</translation>
    </message>
    <message>
        <source>A domain's MX does not take your login. For AUTH, choose "A server" and your submission server (usually port 587); for the MX, set AUTH to none.</source>
        <translation>ドメインの MX はあなたのログインを受け付けません。AUTH を使うには「サーバーを指定」を選んで送信用サーバー（通常は 587 番ポート）を指定し、MX に接続するときは AUTH 方式を「なし」にしてください。</translation>
    </message>
    <message>
        <source>The password of "%1" from the desktop keyring was not filled in: the server or the user name changed since the profile was loaded.</source>
        <translation>デスクトップのキーリングにある「%1」のパスワードは入力しませんでした。プロファイルを読み込んだ後で、サーバーかユーザー名が変更されています。</translation>
    </message>
    <message>
        <source>The password of "%1" arrived from the desktop keyring while a session was running; load the profile again to fill it in.</source>
        <translation>セッションの実行中にデスクトップのキーリングから「%1」のパスワードが届きました。入力するには、プロファイルをもう一度読み込んでください。</translation>
    </message>
    <message>
        <source>The desktop keyring still holds the password of "%1": it could not remove it (%2). Remove it with the keyring's own tool (Seahorse, KWalletManager).</source>
        <translation>デスクトップのキーリングには「%1」のパスワードが残っています。削除できませんでした（%2）。キーリング付属のツール（Seahorse、KWalletManager）で削除してください。</translation>
    </message>
</context>
<context>
    <name>DesktopKeyring</name>
    <message>
        <source>the desktop keyring gave no reason</source>
        <translation>デスクトップのキーリングは理由を示しませんでした</translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message>
        <source>SMTP Doctor — DNS check</source>
        <translation>SMTP Doctor — DNS 検査</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>ドメイン(&amp;D):</translation>
    </message>
    <message>
        <source>The domain to check: where its mail goes (MX) and what it publishes for senders (SPF, DMARC, MTA-STS, TLS-RPT). An e-mail address works too.</source>
        <translation>検査するドメインです。メールの配送先（MX）と、送信側に向けて公開している情報（SPF、DMARC、MTA-STS、TLS-RPT）を調べます。メールアドレスを入力してもかまいません。</translation>
    </message>
    <message>
        <source>Domain to check</source>
        <translation>検査するドメイン</translation>
    </message>
    <message>
        <source>example.com or user@example.com</source>
        <translation>example.com または user@example.com</translation>
    </message>
    <message>
        <source>optional, e.g. 192.0.2.25</source>
        <translation>省略可（例: 192.0.2.25）</translation>
    </message>
    <message>
        <source>Look up the domain's DNS records and check them (Enter or Ctrl+Return)</source>
        <translation>ドメインの DNS レコードを引いて検査します（Enter または Ctrl+Return）</translation>
    </message>
    <message>
        <source>Check the domain</source>
        <translation>ドメインを検査</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>検査(&amp;C)</translation>
    </message>
    <message>
        <source>Stop the running check (Esc)</source>
        <translation>実行中の検査を中止します（Esc）</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>検査を中止</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>最も重大な検査結果</translation>
    </message>
    <message>
        <source>Check in progress</source>
        <translation>検査中</translation>
    </message>
    <message>
        <source>Summary of the check</source>
        <translation>検査結果の概要</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language explanations are written in (independent of the user interface language)</source>
        <translation>説明文の言語です（画面の表示言語とは別に選べます）</translation>
    </message>
    <message>
        <source>Explanation language</source>
        <translation>説明の言語</translation>
    </message>
    <message>
        <source>&amp;Mail servers (MX), in the order senders try them:</source>
        <translation>メールサーバー（MX）、送信側が試す順(&amp;M):</translation>
    </message>
    <message>
        <source>Mail servers of the domain</source>
        <translation>ドメインのメールサーバー</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Open a session to the selected mail server in the main window</source>
        <translation>選択したメールサーバーへのセッションをメインウィンドウで開きます</translation>
    </message>
    <message>
        <source>Connect to the selected MX host</source>
        <translation>選択した MX ホストに接続</translation>
    </message>
    <message>
        <source>Co&amp;nnect to this MX</source>
        <translation>この MX に接続(&amp;N)</translation>
    </message>
    <message>
        <source>Connect to the domain's mail servers in the main window, trying them in MX order</source>
        <translation>メインウィンドウで、ドメインのメールサーバーに MX の順に接続します</translation>
    </message>
    <message>
        <source>Use the domain's MX hosts in the main window</source>
        <translation>メインウィンドウでドメインの MX ホストを使う</translation>
    </message>
    <message>
        <source>&amp;Use this domain's MX</source>
        <translation>このドメインの MX を使う(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Findings by check:</source>
        <translation>検査項目ごとの結果(&amp;F):</translation>
    </message>
    <message>
        <source>Findings of the DNS check</source>
        <translation>DNS 検査の結果</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <source>About</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>D&amp;etails of the selected finding:</source>
        <translation>選択した検査結果の詳細(&amp;E):</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>選択した検査結果の詳細</translation>
    </message>
    <message>
        <source>Copy the whole report as text, in the explanation language</source>
        <translation>レポート全体を、説明の言語のテキストとしてコピーします</translation>
    </message>
    <message>
        <source>Copy the report as text</source>
        <translation>レポートをテキストとしてコピー</translation>
    </message>
    <message>
        <source>Cop&amp;y report</source>
        <translation>レポートをコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Save the whole report as a JSON file</source>
        <translation>レポート全体を JSON ファイルに保存します</translation>
    </message>
    <message>
        <source>Save the report as JSON</source>
        <translation>レポートを JSON として保存</translation>
    </message>
    <message>
        <source>&amp;Save as JSON…</source>
        <translation>JSON として保存(&amp;S)…</translation>
    </message>
    <message>
        <source>Enter a domain, and optionally the IP address your mail server sends from, then press Check.</source>
        <translation>ドメインと、必要であればメールサーバーの送信元 IP アドレスを入力し、「検査」を押してください。</translation>
    </message>
    <message>
        <source>Checking %1 (name server: %2)…</source>
        <translation>%1 を検査しています（ネームサーバー: %2）…</translation>
    </message>
    <message>
        <source>the system resolver</source>
        <translation>システムのリゾルバー</translation>
    </message>
    <message>
        <source>The check of %1 was cancelled.</source>
        <translation>%1 の検査を中止しました。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between the parts of a list</comment>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>情報 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fine</source>
        <comment>DNS findings without a problem</comment>
        <translation>
            <numerusform>正常 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <comment>DNS check summary: the domain, then the counts</comment>
        <translation>%1: %2。</translation>
    </message>
    <message>
        <source>Enter the domain to check, for example example.com.</source>
        <translation>検査するドメインを入力してください（例: example.com）。</translation>
    </message>
    <message>
        <source>“%1” is not a domain name. Enter a domain such as example.com, or an e-mail address.</source>
        <translation>「%1」はドメイン名ではありません。example.com のようなドメインか、メールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address. Enter an IPv4 address such as 192.0.2.25 or an IPv6 address such as 2001:db8::25, or leave the field empty.</source>
        <translation>「%1」は IP アドレスではありません。192.0.2.25 のような IPv4 アドレスか、2001:db8::25 のような IPv6 アドレスを入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>implicit</source>
        <translation>暗黙</translation>
    </message>
    <message>
        <source>%1 (an alias of %2)</source>
        <translation>%1（%2 の別名）</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>No MX records: senders deliver to the domain's own address.</source>
        <translation>MX レコードがありません。送信側はドメイン自体のアドレスに配送します。</translation>
    </message>
    <message>
        <source>Hosts with the same preference are listed in the order of the DNS answer; real senders try them in random order.</source>
        <translation>優先度が同じホストは DNS の応答順に並べています。実際の送信側はこれらを無作為な順で試します。</translation>
    </message>
    <message>
        <source>A null MX record (“0 .”) is published beside these hosts; it is left out of the list.</source>
        <translation>これらのホストと並んで null MX レコード（「0 .」）も公開されています。一覧には含めていません。</translation>
    </message>
    <message>
        <source>The domain has no MX records: senders deliver to its own address (implicit MX).</source>
        <translation>ドメインに MX レコードがないため、送信側はドメイン自体のアドレスに配送します（暗黙の MX）。</translation>
    </message>
    <message>
        <source>null MX: the domain accepts no mail</source>
        <translation>null MX: このドメインはメールを受け付けません</translation>
    </message>
    <message>
        <source>The domain publishes a null MX (“MX 0 .”): it accepts no mail, and senders give up at once.</source>
        <translation>ドメインは null MX（「MX 0 .」）を公開しています。メールを受け付けないため、送信側はすぐに配送をあきらめます。</translation>
    </message>
    <message>
        <source>The domain has neither MX records nor an address: it cannot receive mail.</source>
        <translation>ドメインには MX レコードもアドレスもないため、メールを受信できません。</translation>
    </message>
    <message>
        <source>The domain does not exist (NXDOMAIN).</source>
        <translation>ドメインが存在しません（NXDOMAIN）。</translation>
    </message>
    <message>
        <source>The MX lookup got no usable answer.</source>
        <translation>MX レコードの検索で有効な応答が得られませんでした。</translation>
    </message>
    <message>
        <source>The MX lookup got no usable answer: %1</source>
        <translation>MX レコードの検索で有効な応答が得られませんでした: %1</translation>
    </message>
    <message>
        <source>PTR (reverse DNS of the address)</source>
        <translation>PTR（アドレスの逆引き DNS）</translation>
    </message>
    <message>
        <source>Name server</source>
        <translation>ネームサーバー</translation>
    </message>
    <message>
        <source>Not checked: no IP address was given.</source>
        <translation>IP アドレスが指定されていないため、検査していません。</translation>
    </message>
    <message>
        <source>Enter the IP address your mail server sends from to check its PTR record.</source>
        <translation>PTR レコードを検査するには、メールサーバーの送信元 IP アドレスを入力してください。</translation>
    </message>
    <message>
        <source>fine</source>
        <comment>a DNS check without problems</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>OK</source>
        <comment>DNS finding severity</comment>
        <translation>正常</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>DNS finding severity</comment>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>DNS finding severity</comment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>DNS finding severity</comment>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The report is on the clipboard.</source>
        <translation>レポートをクリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>Save the DNS report</source>
        <translation>DNS レポートの保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>レポートを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The report was saved to %1.</source>
        <translation>レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Connect to this MX</source>
        <translation>この MX に接続</translation>
    </message>
    <message>
        <source>&amp;IP address for PTR:</source>
        <translation>PTR を検査する IP アドレス(&amp;I):</translation>
    </message>
    <message>
        <source>Optional. An address whose reverse DNS (PTR) and forward confirmation (FCrDNS) to check: the one your mail server sends from (for "cannot find your hostname" rejections), or the server you connected to (its PTR should match the name in its greeting).</source>
        <translation>省略できます。逆引き DNS（PTR）と正引きとの一致（FCrDNS）を検査するアドレスです。自分のメールサーバーの送信元アドレス（「cannot find your hostname」で拒否される場合）か、接続先サーバーのアドレス（PTR はグリーティングで名乗る名前と一致しているべきです）を入力します。</translation>
    </message>
    <message>
        <source>IP address for the PTR check (optional)</source>
        <translation>PTR を検査する IP アドレス（省略可）</translation>
    </message>
</context>
<context>
    <name>ExplainerPane</name>
    <message>
        <source>Explanation</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>What this reply means</source>
        <translation>この応答の意味</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language explanations are written in (independent of the user interface language)</source>
        <translation>解説の表示に使う言語です（画面の表示言語とは別に設定できます）</translation>
    </message>
    <message>
        <source>Explanation language</source>
        <translation>解説の言語</translation>
    </message>
    <message>
        <source>Compare this code with another one in the reference window</source>
        <translation>リファレンスウィンドウで、このコードをほかのコードと比較します</translation>
    </message>
    <message>
        <source>Compare with another code</source>
        <translation>ほかのコードと比較</translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation>比較…</translation>
    </message>
    <message>
        <source>Select a reply in the transcript to see what it means.</source>
        <translation>通信記録で応答を選択すると、その意味がここに表示されます。</translation>
    </message>
    <message>
        <source>Explanation of the selected reply</source>
        <translation>選択した応答の解説</translation>
    </message>
    <message>
        <source>Compare %1 with…</source>
        <translation>%1 をほかのコードと比較…</translation>
    </message>
    <message>
        <source>Compare %1 with another code in the reference window</source>
        <translation>リファレンスウィンドウで、%1 をほかのコードと比較します</translation>
    </message>
    <message>
        <source>DNS that may be the cause</source>
        <translation>原因かもしれない DNS</translation>
    </message>
    <message>
        <source>Run the DNS check…</source>
        <translation>DNS 検査を実行…</translation>
    </message>
    <message>
        <source>DNS that may be the cause: %1</source>
        <translation>原因かもしれない DNS: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>DNS findings not listed</comment>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Check %1 in the DNS panel</source>
        <translation>DNS 検査の画面で %1 を検査します</translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Both</source>
        <comment>explanation language: English and Japanese</comment>
        <translation>日英併記</translation>
    </message>
    <message>
        <source>DNS server</source>
        <comment>the DNS check of the name server itself (timeouts, failures)</comment>
        <translation>DNS サーバー</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
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
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;System default</source>
        <translation>システムの設定に従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;About SMTP Doctor</source>
        <translation>SMTP Doctor について(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <source>About SMTP Doctor</source>
        <translation>SMTP Doctor について</translation>
    </message>
    <message>
        <source>SMTP Doctor %1

Step through SMTP sessions and understand every reply.</source>
        <translation>SMTP Doctor %1

SMTP セッションを 1 コマンドずつ進め、すべての応答の意味を確かめるためのツールです。</translation>
    </message>
    <message>
        <source>&amp;Export transcript</source>
        <translation>通信記録のエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>ツール(&amp;T)</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>応答の意味</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>解説</translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation>TLS の詳細</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>新しいセッション(&amp;N)</translation>
    </message>
    <message>
        <source>Close the current session and start again with a fresh transcript</source>
        <translation>現在のセッションを閉じ、新しい通信記録で最初からやり直します</translation>
    </message>
    <message>
        <source>As &amp;text…</source>
        <translation>テキスト形式(&amp;T)…</translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation>JSON 形式(&amp;J)…</translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation>HTML 形式(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the server and wait for its greeting</source>
        <translation>サーバーに接続し、グリーティングを待ちます</translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation>ステップ実行(&amp;T)</translation>
    </message>
    <message>
        <source>Send the suggested next command</source>
        <translation>提案された次のコマンドを送信します</translation>
    </message>
    <message>
        <source>&amp;Run to end</source>
        <translation>最後まで実行(&amp;R)</translation>
    </message>
    <message>
        <source>Take every suggested step until the session ends or a reply stops it</source>
        <translation>セッションが終了するか、応答によって止まるまで、提案されたステップをすべて実行します</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>停止(&amp;O)</translation>
    </message>
    <message>
        <source>Stop the session and disconnect at once</source>
        <translation>セッションを停止し、直ちに切断します</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>リファレンス(&amp;R)</translation>
    </message>
    <message>
        <source>Look up and compare any two reply codes</source>
        <translation>応答コードを調べたり、任意の 2 つのコードを比較したりします</translation>
    </message>
    <message>
        <source>Reply &amp;inspector…</source>
        <translation>応答インスペクター(&amp;I)…</translation>
    </message>
    <message>
        <source>Some fields need attention: %1</source>
        <translation>確認が必要な入力項目があります: %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>次に試すこと: %1</translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation>通信記録を %1 に保存しました</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML ファイル (*.html)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>テキストファイル (*.txt)</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>通信記録のエクスポート</translation>
    </message>
    <message>
        <source>Discard the current session?</source>
        <translation>現在のセッションを破棄しますか？</translation>
    </message>
    <message>
        <source>A session is still running. Stop it and discard its transcript?</source>
        <translation>セッションはまだ実行中です。停止して、その通信記録を破棄しますか？</translation>
    </message>
    <message>
        <source>The transcript of the last session has not been exported. Discard it?</source>
        <translation>直前のセッションの通信記録はまだエクスポートされていません。破棄しますか？</translation>
    </message>
    <message>
        <source>To keep it, cancel and use File → Export transcript.</source>
        <translation>残す場合は、キャンセルして［ファイル］→［通信記録のエクスポート］を使ってください。</translation>
    </message>
    <message>
        <source>Run the same session against the next MX host of the domain, as a sending server would</source>
        <translation>送信側サーバーと同じように、ドメインの次の MX ホストに対して同じセッションを実行します</translation>
    </message>
    <message>
        <source>Check the DNS records this reply points at</source>
        <translation>この応答が示唆する DNS レコードを検査します</translation>
    </message>
    <message>
        <source>&amp;Practice scenarios</source>
        <translation>練習シナリオ(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;DNS check…</source>
        <translation>DNS 検査(&amp;D)…</translation>
    </message>
    <message>
        <source>Check a domain's MX, PTR, SPF, DMARC, MTA-STS and TLS-RPT records</source>
        <translation>ドメインの MX、PTR、SPF、DMARC、MTA-STS、TLS-RPT のレコードを検査します</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Looking up the MX records of %1…</source>
        <translation>%1 の MX レコードを検索しています…</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>前回のセッション</translation>
    </message>
    <message>
        <source>Try the next MX: %1</source>
        <translation>次の MX を試す: %1</translation>
    </message>
    <message>
        <source>Practice scenario chosen: press Connect (Ctrl+Return), then Step (F10).</source>
        <translation>練習シナリオを選びました。「接続」（Ctrl+Return）を押してから「ステップ」（F10）で進めてください。</translation>
    </message>
    <message>
        <source>Practice server</source>
        <translation>練習用サーバー</translation>
    </message>
    <message>
        <source>Check DNS of %1…</source>
        <translation>%1 の DNS を検査…</translation>
    </message>
    <message>
        <source>Ready to connect to %1: press Connect (Ctrl+Return).</source>
        <translation>%1 に接続する準備ができました。「接続」（Ctrl+Return）を押してください。</translation>
    </message>
    <message>
        <source>Check DNS (%1)…</source>
        <translation>DNS を検査（%1）…</translation>
    </message>
    <message>
        <source>DNS check of the &amp;connected server</source>
        <translation>接続先サーバーの DNS 検査(&amp;C)</translation>
    </message>
    <message>
        <source>Check the reverse DNS of the server of this session against the name in its greeting and EHLO reply</source>
        <translation>このセッションの接続先サーバーの逆引き DNS が、グリーティングと EHLO の応答で名乗る名前と一致するかを検査します</translation>
    </message>
    <message>
        <source>The MX lookup was stopped.</source>
        <translation>MX レコードの検索を中止しました。</translation>
    </message>
</context>
<context>
    <name>MessageSource</name>
    <message>
        <source>The message cannot be read: it is not open for reading.</source>
        <translation>メッセージを読み取れません。読み取り用に開かれていません。</translation>
    </message>
    <message>
        <source>The message comes from a stream that can be read only once; it must be copied to a temporary file before it can be measured and sent.</source>
        <translation>メッセージが 1 回しか読み取れないストリームから来ています。サイズを測ってから送信するには、先に一時ファイルへコピーする必要があります。</translation>
    </message>
    <message>
        <source>The message cannot be read from its start: %1</source>
        <translation>メッセージを先頭から読み取れません: %1</translation>
    </message>
    <message>
        <source>Reading the message failed: %1</source>
        <translation>メッセージの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>No temporary file could be created for the message: %1</source>
        <translation>メッセージ用の一時ファイルを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>The message could not be written to a temporary file: %1</source>
        <translation>メッセージを一時ファイルに書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The %1 field holds a line break or NUL character, which could add header lines of its own; remove it.</source>
        <translation>%1 欄に改行または NUL 文字が含まれています。余分なヘッダー行が紛れ込むおそれがあるため、取り除いてください。</translation>
    </message>
    <message>
        <source>The From field is required (RFC 5322 §3.6).</source>
        <translation>From 欄は必須です（RFC 5322 §3.6）。</translation>
    </message>
    <message>
        <source>"%1" is not a header name: use printable ASCII characters without spaces or colons (RFC 5322 §2.2).</source>
        <translation>「%1」はヘッダー名として使えません。スペースとコロンを含まない、印字可能な ASCII 文字で指定してください（RFC 5322 §2.2）。</translation>
    </message>
    <message>
        <source>SMTP Doctor writes the %1 header itself; it cannot be added again.</source>
        <translation>%1 ヘッダーは SMTP Doctor が自動で書き込むため、追加できません。</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>unknown practice scenario "%1"; smtp-doctor-cli --list-scenarios lists them</source>
        <translation>練習シナリオ「%1」はありません。一覧は smtp-doctor-cli --list-scenarios で表示できます</translation>
    </message>
    <message>
        <source>Run one with: smtp-doctor-cli --practice &lt;id&gt;   Serve one for swaks or telnet: smtp-doctor-cli --serve-practice &lt;id&gt; --port 2525</source>
        <translation>実行するには: smtp-doctor-cli --practice &lt;id&gt;   swaks や telnet 用にサーバーだけを動かすには: smtp-doctor-cli --serve-practice &lt;id&gt; --port 2525</translation>
    </message>
    <message>
        <source>Practice server "%1" on 127.0.0.1:%2 (Ctrl+C stops it).</source>
        <translation>練習用サーバー「%1」を 127.0.0.1:%2 で動かしています（Ctrl+C で停止）。</translation>
    </message>
    <message>
        <source>Try: swaks --server 127.0.0.1:%1 --from you@example.com --to someone@example.com</source>
        <translation>試すには: swaks --server 127.0.0.1:%1 --from you@example.com --to someone@example.com</translation>
    </message>
    <message>
        <source>Practice account for AUTH: %1 / %2.</source>
        <translation>AUTH 用の練習アカウント: %1 / %2。</translation>
    </message>
    <message>
        <source>STARTTLS uses the practice CA (public, for loopback only), written to %1; with swaks: --tls --tls-ca-path %1</source>
        <translation>STARTTLS では練習用 CA（公開されたもので、ループバック専用）を使います。%1 に書き出しました。swaks では: --tls --tls-ca-path %1</translation>
    </message>
</context>
<context>
    <name>PracticeServer</name>
    <message>
        <source>The practice server cannot listen on 127.0.0.1: %1</source>
        <translation>練習用サーバーが 127.0.0.1 で待ち受けできません: %1</translation>
    </message>
    <message>
        <source>The practice server cannot listen on 127.0.0.1 port %1: %2. Another program may be using that port; choose another, or 0 for any free port.</source>
        <translation>練習用サーバーが 127.0.0.1 の %1 番ポートで待ち受けできません: %2。別のプログラムがそのポートを使っている可能性があります。別のポートを指定するか、空いているポートを自動で選ぶには 0 を指定してください。</translation>
    </message>
</context>
<context>
    <name>ReferenceWindow</name>
    <message>
        <source>SMTP Doctor — Reference</source>
        <translation>SMTP Doctor — リファレンス</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language explanations are written in (independent of the user interface language)</source>
        <translation>解説の表示に使う言語です（画面の表示言語とは別に設定できます）</translation>
    </message>
    <message>
        <source>Explanation language</source>
        <translation>解説の言語</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>リファレンスを検索</translation>
    </message>
    <message>
        <source>Search: 550, 5.7.26, relay, 中継…</source>
        <translation>検索: 550、5.7.26、relay、中継…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Details of the selected code</source>
        <translation>選択したコードの詳細</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Code &amp;A:</source>
        <translation>コード A(&amp;A):</translation>
    </message>
    <message>
        <source>First code to compare</source>
        <translation>比較する 1 つ目のコード</translation>
    </message>
    <message>
        <source>354</source>
        <translation>354</translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation>2 つのコードを入れ替え</translation>
    </message>
    <message>
        <source>Code &amp;B:</source>
        <translation>コード B(&amp;B):</translation>
    </message>
    <message>
        <source>Second code to compare</source>
        <translation>比較する 2 つ目のコード</translation>
    </message>
    <message>
        <source>550</source>
        <translation>550</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
    <message>
        <source>Compare the two codes</source>
        <translation>2 つのコードを比較します</translation>
    </message>
    <message>
        <source>Comparison of the two codes</source>
        <translation>2 つのコードの比較</translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation>応答コード</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>3xx intermediate</source>
        <translation>3xx 中間応答</translation>
    </message>
    <message>
        <source>4xx temporary failure</source>
        <translation>4xx 一時的なエラー</translation>
    </message>
    <message>
        <source>5xx permanent failure</source>
        <translation>5xx 恒久的なエラー</translation>
    </message>
    <message>
        <source>1xx client-side errors</source>
        <translation>1xx クライアント側のエラー</translation>
    </message>
    <message>
        <source>Enhanced status codes</source>
        <translation>拡張ステータスコード</translation>
    </message>
    <message>
        <source>Classes and subjects</source>
        <translation>クラスとサブジェクト</translation>
    </message>
    <message>
        <source>Server texts</source>
        <translation>サーバーの応答文面</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致する項目はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件が一致しました</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter two codes to compare, for example 354 and 550, or 5.1.1 and 5.7.1.</source>
        <translation>比較する 2 つのコードを入力してください（例: 354 と 550、5.1.1 と 5.7.1）。</translation>
    </message>
    <message>
        <source>SMTP Doctor does not know “%1”. Enter a reply code (550), an enhanced status code (5.1.1 or X.1.1), a class (5), a subject (X.7) or a server text name from the list.</source>
        <translation>「%1」は SMTP Doctor に登録されていません。応答コード（550）、拡張ステータスコード（5.1.1 または X.1.1）、クラス（5）、サブジェクト（X.7）、または一覧にあるサーバーの応答文面の名前を入力してください。</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Every reply code, enhanced status code, server text and DNS finding SMTP Doctor knows.</source>
        <translation>SMTP Doctor が知っているすべての応答コード、拡張ステータスコード、サーバーの応答文面、DNS の検査結果です。</translation>
    </message>
    <message>
        <source>Codes, server texts and DNS findings</source>
        <translation>コード、サーバーの応答文面、DNS の検査結果</translation>
    </message>
    <message>
        <source>DNS findings</source>
        <translation>DNS の検査結果</translation>
    </message>
</context>
<context>
    <name>ReplyInspector</name>
    <message>
        <source>SMTP Doctor — Reply inspector</source>
        <translation>SMTP Doctor — 応答インスペクター</translation>
    </message>
    <message>
        <source>Paste the reply lines a server sent (for example from a log or a telnet session). SMTP Doctor reads them exactly as it reads a live session: codes, enhanced status codes, multi-line replies and anything malformed.</source>
        <translation>サーバーが送ってきた応答行（ログや telnet セッションからコピーしたものなど）を貼り付けてください。SMTP Doctor は実際のセッションとまったく同じ方法で、コード、拡張ステータスコード、複数行応答、形式不正な箇所を読み取ります。</translation>
    </message>
    <message>
        <source>Server &amp;reply:</source>
        <translation>サーバーの応答(&amp;R):</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>サーバーの応答</translation>
    </message>
    <message>
        <source>250-mail.example.com Hello
250-SIZE 52428800
250 ENHANCEDSTATUSCODES
550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown</source>
        <translation>250-mail.example.com Hello
250-SIZE 52428800
250 ENHANCEDSTATUSCODES
550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>How SMTP Doctor reads it:</source>
        <translation>SMTP Doctor による読み取り結果:</translation>
    </message>
    <message>
        <source>Parsed replies</source>
        <translation>読み取った応答</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation>拡張コード</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Malformed item %1</source>
        <translation>形式不正な項目 %1</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>応答 %1</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>形式不正</translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation>正しい形式</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste reply lines above to inspect them.</source>
        <translation>上の欄に応答行を貼り付けると、読み取り結果がここに表示されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read</source>
        <translation>
            <numerusform>%n 件を読み取りました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n malformed)</source>
        <translation>
            <numerusform>（うち形式不正 %n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SaslAuthenticator</name>
    <message>
        <source>The user name is empty; %1 needs one.</source>
        <translation>ユーザー名が空です。%1 にはユーザー名が必要です。</translation>
    </message>
    <message>
        <source>The access token is empty; XOAUTH2 needs one.</source>
        <translation>アクセストークンが空です。XOAUTH2 にはアクセストークンが必要です。</translation>
    </message>
    <message>
        <source>The password is empty; %1 needs one.</source>
        <translation>パスワードが空です。%1 にはパスワードが必要です。</translation>
    </message>
    <message>
        <source>%1 cannot carry an authorization identity; only PLAIN can (RFC 4616 §2).</source>
        <translation>%1 では認可 ID（authorization identity）を指定できません。指定できるのは PLAIN だけです（RFC 4616 §2）。</translation>
    </message>
    <message>
        <source>The user name, password or authorization identity contains a NUL character, which PLAIN uses as its separator (RFC 4616 §2).</source>
        <translation>ユーザー名、パスワード、認可 ID のいずれかに NUL 文字が含まれています。PLAIN では NUL を区切り文字として使うため、含めることはできません（RFC 4616 §2）。</translation>
    </message>
    <message>
        <source>The user name or access token contains the control character U+0001, which XOAUTH2 uses as its separator.</source>
        <translation>ユーザー名またはアクセストークンに制御文字 U+0001 が含まれています。XOAUTH2 ではこの文字を区切り文字として使うため、含めることはできません。</translation>
    </message>
    <message>
        <source>The server's challenge is not valid base64, so it cannot be answered; RFC 4954 §4 asks the client to cancel the exchange.</source>
        <translation>サーバーのチャレンジが正しい base64 ではないため、答えられません。RFC 4954 §4 では、この場合クライアントがやり取りを取り消すよう定めています。</translation>
    </message>
    <message>
        <source>The server's CRAM-MD5 challenge is empty; RFC 2195 §2 requires a unique string to sign.</source>
        <translation>サーバーの CRAM-MD5 チャレンジが空です。RFC 2195 §2 では、署名の対象となる一意の文字列が必要です。</translation>
    </message>
    <message>
        <source>A challenge arrived before any AUTH command was sent.</source>
        <translation>AUTH コマンドを送る前に、チャレンジが届きました。</translation>
    </message>
    <message>
        <source>The server sent a further challenge after the PLAIN credentials; PLAIN has a single step (RFC 4616 §2).</source>
        <translation>PLAIN の認証情報を送った後に、サーバーがさらにチャレンジを送ってきました。PLAIN のやり取りは 1 回で終わります（RFC 4616 §2）。</translation>
    </message>
    <message>
        <source>The server sent a third LOGIN challenge; LOGIN asks only for the user name and the password.</source>
        <translation>サーバーが 3 回目の LOGIN チャレンジを送ってきました。LOGIN で求められるのはユーザー名とパスワードだけです。</translation>
    </message>
    <message>
        <source>The server sent a second CRAM-MD5 challenge; CRAM-MD5 has a single one (RFC 2195 §2).</source>
        <translation>サーバーが 2 回目の CRAM-MD5 チャレンジを送ってきました。CRAM-MD5 のチャレンジは 1 回だけです（RFC 2195 §2）。</translation>
    </message>
    <message>
        <source>The server sent another XOAUTH2 challenge after its error; it should have ended the exchange with a 5xx reply.</source>
        <translation>サーバーがエラーを返した後に、さらに XOAUTH2 チャレンジを送ってきました。本来はここで 5xx の応答を返し、やり取りを終えるはずです。</translation>
    </message>
    <message>
        <source>The authentication exchange has failed; the client must cancel it with "*" (RFC 4954 §4).</source>
        <translation>認証のやり取りが失敗しました。クライアントは「*」を送って中止する必要があります（RFC 4954 §4）。</translation>
    </message>
</context>
<context>
    <name>SessionOutcome</name>
    <message>
        <source>The session is still running.</source>
        <translation>セッションはまだ実行中です。</translation>
    </message>
    <message>
        <source>Delivered: the server accepted the message and is now responsible for it (%1).</source>
        <translation>配送完了: サーバーがメッセージを受け付け、以後の配送の責任を引き継ぎました（%1）。</translation>
    </message>
    <message>
        <source>Completed up to %1 without errors.</source>
        <translation>%1 までエラーなく完了しました。</translation>
    </message>
    <message>
        <source>Rejected permanently at %1 by %2. Sending the same again will fail the same way.</source>
        <translation>%1 の段階で、恒久的なエラーにより拒否されました（%2）。同じ内容で再送しても、同じように失敗します。</translation>
    </message>
    <message>
        <source>Deferred at %1 by %2: a temporary failure. The same attempt may succeed later.</source>
        <translation>%1 の段階で、受け付けが延期されました（%2）。一時的なエラーのため、後で同じ内容を再送すれば成功する可能性があります。</translation>
    </message>
    <message>
        <source>Connection failed: the host name could not be resolved (%1).</source>
        <translation>接続に失敗しました: ホスト名を名前解決できませんでした（%1）。</translation>
    </message>
    <message>
        <source>Connection failed: the server refused the connection; nothing listens on that port, or a firewall rejects it (%1).</source>
        <translation>接続に失敗しました: サーバーに接続を拒否されました。そのポートで待ち受けているサービスがないか、ファイアウォールが拒否しています（%1）。</translation>
    </message>
    <message>
        <source>Connection failed: no answer in time. Outbound port 25 is often blocked by the network or provider; a firewall may be dropping packets (%1).</source>
        <translation>接続に失敗しました: 時間内に応答がありませんでした。外向きの 25 番ポートは、ネットワークやプロバイダーによってブロックされていることがよくあります（OP25B）。ファイアウォールがパケットを破棄している可能性もあります（%1）。</translation>
    </message>
    <message>
        <source>Connection failed: there is no route to the host (%1).</source>
        <translation>接続に失敗しました: ホストへの経路がありません（%1）。</translation>
    </message>
    <message>
        <source>Connection failed: the connection was reset (%1).</source>
        <translation>接続に失敗しました: 接続がリセットされました（%1）。</translation>
    </message>
    <message>
        <source>Connection failed: %1</source>
        <translation>接続に失敗しました: %1</translation>
    </message>
    <message>
        <source>TLS failed at %1: %2</source>
        <translation>%1 の段階で TLS に失敗しました: %2</translation>
    </message>
    <message>
        <source>Authentication failed: %1</source>
        <translation>認証に失敗しました: %1</translation>
    </message>
    <message>
        <source>Timed out at %1: the server did not answer in time.</source>
        <translation>%1 の段階でタイムアウトしました。サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The server closed the connection unexpectedly at %1.</source>
        <translation>%1 の段階で、サーバーが予期せず接続を閉じました。</translation>
    </message>
    <message>
        <source>Stopped by the user at %1.</source>
        <translation>%1 の段階で、ユーザーが中止しました。</translation>
    </message>
    <message>
        <source>Stopped at %1: %2</source>
        <translation>%1 の段階で中止しました: %2</translation>
    </message>
</context>
<context>
    <name>SessionStage</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>グリーティング</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>EHLO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
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
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>End of data</source>
        <translation>データ終了</translation>
    </message>
    <message>
        <source>QUIT</source>
        <translation>QUIT</translation>
    </message>
    <message>
        <source>Other command</source>
        <translation>その他のコマンド</translation>
    </message>
</context>
<context>
    <name>SmtpCommand</name>
    <message>
        <source>Send the message</source>
        <translation>メッセージを送信</translation>
    </message>
    <message>
        <source>(SASL response, hidden)</source>
        <translation>（SASL 応答、非表示）</translation>
    </message>
</context>
<context>
    <name>SmtpConnection</name>
    <message>
        <source>the TLS handshake did not finish in time</source>
        <translation>TLS ハンドシェイクが時間内に完了しませんでした</translation>
    </message>
    <message>
        <source>TLS established: %1</source>
        <translation>TLS を確立しました: %1</translation>
    </message>
</context>
<context>
    <name>SmtpReply</name>
    <message>
        <source>The server sent an empty line where a reply was expected.</source>
        <translation>応答を受け取るべきところで、サーバーが空行を送ってきました。</translation>
    </message>
    <message>
        <source>Line %1 does not start with a three-digit reply code (RFC 5321 §4.2).</source>
        <translation>%1 行目が 3 桁の応答コードで始まっていません（RFC 5321 §4.2）。</translation>
    </message>
    <message>
        <source>Line %1 starts with %2, but a reply code must start with 2, 3, 4 or 5 (RFC 5321 §4.2.1).</source>
        <translation>%1 行目は %2 で始まっていますが、応答コードの 1 桁目は 2、3、4、5 のいずれかでなければなりません（RFC 5321 §4.2.1）。</translation>
    </message>
    <message>
        <source>On line %1 the code %2 is followed by neither a space nor a hyphen (RFC 5321 §4.2).</source>
        <translation>%1 行目のコード %2 の直後に、スペースもハイフンもありません（RFC 5321 §4.2）。</translation>
    </message>
    <message>
        <source>Line %1 carries the code %2, but the reply began with %3: every line of a multi-line reply must carry the same code (RFC 5321 §4.2.1).</source>
        <translation>%1 行目のコードは %2 ですが、この応答は %3 で始まっています。複数行応答では、すべての行に同じコードが付いていなければなりません（RFC 5321 §4.2.1）。</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL byte, which SMTP text must never contain (RFC 5321 §4.2).</source>
        <translation>%1 行目に NUL バイトが含まれています。SMTP のテキストに NUL を含めることはできません（RFC 5321 §4.2）。</translation>
    </message>
    <message numerus="yes">
        <source>Line %1 is longer than %n bytes. It was kept up to that length and the rest of the line is skipped (RFC 5321 §4.5.3.1.5 allows 512).</source>
        <translation>
            <numerusform>%1 行目が %n バイトを超えています。その長さまでを保持し、行の残りは読み飛ばします（RFC 5321 §4.5.3.1.5 の上限は 512 バイトです）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more bytes of an over-long line were skipped up to its end.</source>
        <translation>
            <numerusform>長すぎる行の残り %n バイトを、行末まで読み飛ばしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply went on for more than %n lines without a final line. It was cut there so that memory stays bounded.</source>
        <translation>
            <numerusform>最終行が来ないまま、応答が %n 行を超えました。メモリ使用量を抑えるため、ここで区切りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply grew beyond %n bytes without a final line. It was cut there so that memory stays bounded.</source>
        <translation>
            <numerusform>最終行が来ないまま、応答が %n バイトを超えました。メモリ使用量を抑えるため、ここで区切りました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The data ended in the middle of a reply.</source>
        <translation>応答の途中でデータが途切れました。</translation>
    </message>
    <message>
        <source>The enhanced status code %1 is of class %2, but the reply code %3 is of class %4. They should agree (RFC 3463 §2); clients act on the reply code.</source>
        <translation>拡張ステータスコード %1 のクラスは %2 ですが、応答コード %3 のクラスは %4 です。両者は本来一致するものです（RFC 3463 §2）。クライアントは応答コードに従って動作します。</translation>
    </message>
    <message>
        <source>Lines end in a bare LF instead of CR LF (RFC 5321 §2.3.8). Read anyway.</source>
        <translation>行末が CR LF ではなく、単独の LF になっています（RFC 5321 §2.3.8）。このまま読み取りました。</translation>
    </message>
    <message>
        <source>The text contains a CR that does not end a line.</source>
        <translation>行末以外の位置に CR が含まれています。</translation>
    </message>
    <message>
        <source>The text contains bytes that are not valid UTF-8; they are shown as �.</source>
        <translation>UTF-8 として正しくないバイトが含まれています。該当箇所は � で表示しています。</translation>
    </message>
    <message>
        <source>The text contains control characters; they are shown as symbols such as ␛.</source>
        <translation>制御文字が含まれています。␛ などの記号に置き換えて表示しています。</translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message>
        <source>No server given.</source>
        <translation>サーバーが指定されていません。</translation>
    </message>
    <message>
        <source>Cannot read the message from standard input.</source>
        <translation>標準入力からメッセージを読み込めません。</translation>
    </message>
    <message>
        <source>Cannot read the message file %1: %2</source>
        <translation>メッセージファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The message holds %1 bare LF and %2 bare CR line endings; they are sent as CR LF, as RFC 5321 §2.3.8 requires.</source>
        <translation>メッセージに、単独の LF の行末が %1 か所、単独の CR の行末が %2 か所あります。RFC 5321 §2.3.8 の定めに従い、CR LF として送信します。</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1 に接続しました。</translation>
    </message>
    <message numerus="yes">
        <source>Discarded %n byte(s) the server sent after its 220 reply to STARTTLS and before the TLS handshake. A correct server sends nothing there; such bytes could be an injection attack (RFC 3207 §4.2).</source>
        <translation>
            <numerusform>STARTTLS への 220 応答の後、TLS ハンドシェイクの前にサーバーが送ってきた %n バイトを破棄しました。正しく動作するサーバーは、ここでは何も送りません。このようなデータはインジェクション攻撃の可能性があります（RFC 3207 §4.2）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate errors ACCEPTED because verification was turned off: %1</source>
        <translation>証明書の検証を無効にしているため、証明書のエラーを「無視して」続行します: %1</translation>
    </message>
    <message>
        <source>The connection closed in the middle of a reply.</source>
        <translation>応答の途中で接続が閉じられました。</translation>
    </message>
    <message>
        <source>Connection closed.</source>
        <translation>接続が終了しました。</translation>
    </message>
    <message>
        <source>no connection within %1 s</source>
        <translation>%1 秒以内に接続できませんでした</translation>
    </message>
    <message>
        <source>No reply within %1 s.</source>
        <translation>%1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>The server answered before the message was complete; the rest is not sent.</source>
        <translation>メッセージを送り終える前に、サーバーが応答しました。残りは送信しません。</translation>
    </message>
    <message>
        <source>This reply answers no command: the server sent it unasked.</source>
        <translation>この応答に対応するコマンドはありません。サーバーが求められずに送ってきたものです。</translation>
    </message>
    <message>
        <source>The greeting should be 220 (RFC 5321 §4.2); this server sent %1.</source>
        <translation>グリーティングは本来 220 のはずですが（RFC 5321 §4.2）、このサーバーは %1 を送ってきました。</translation>
    </message>
    <message>
        <source>The server refused EHLO; falling back to HELO (no extensions: no STARTTLS, AUTH or SIZE).</source>
        <translation>サーバーが EHLO を拒否したため、HELO に切り替えます（拡張機能なし: STARTTLS、AUTH、SIZE は使えません）。</translation>
    </message>
    <message>
        <source>the server does not offer STARTTLS, and TLS is required</source>
        <translation>サーバーが STARTTLS を提供しておらず、TLS は必須に設定されています</translation>
    </message>
    <message>
        <source>The server does not offer STARTTLS: the session continues WITHOUT encryption.</source>
        <translation>サーバーが STARTTLS を提供していません。セッションは「暗号化せずに」続行します。</translation>
    </message>
    <message>
        <source>the server refused STARTTLS, and TLS is required</source>
        <translation>サーバーが STARTTLS を拒否しましたが、TLS は必須に設定されています</translation>
    </message>
    <message>
        <source>STARTTLS was refused: the session continues WITHOUT encryption.</source>
        <translation>STARTTLS が拒否されました。セッションは「暗号化せずに」続行します。</translation>
    </message>
    <message>
        <source>Recipient accepted: %1</source>
        <translation>宛先が受け付けられました: %1</translation>
    </message>
    <message>
        <source>Recipient rejected: %1</source>
        <translation>宛先が拒否されました: %1</translation>
    </message>
    <message>
        <source>the connection is not encrypted, and sending credentials in clear text was not allowed</source>
        <translation>接続が暗号化されておらず、認証情報を平文で送ることは許可されていません</translation>
    </message>
    <message>
        <source>The server does not offer AUTH %1 (it offers: %2); trying anyway.</source>
        <translation>サーバーは AUTH %1 を提供していません（提供されている方式: %2）。このまま試行します。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The message (%1 bytes) is larger than the server's SIZE limit (%2 bytes).</source>
        <translation>メッセージ（%1 バイト）が、サーバーの SIZE 上限（%2 バイト）を超えています。</translation>
    </message>
    <message>
        <source>The message has 8-bit content, but the server does not offer 8BITMIME.</source>
        <translation>メッセージに 8 ビットの内容が含まれていますが、サーバーは 8BITMIME を提供していません。</translation>
    </message>
    <message>
        <source>The message or an address needs SMTPUTF8, but the server does not offer it.</source>
        <translation>メッセージまたはアドレスに SMTPUTF8 が必要ですが、サーバーは SMTPUTF8 を提供していません。</translation>
    </message>
    <message>
        <source>A command is one line; line breaks were removed.</source>
        <translation>コマンドは 1 行で送るものなので、改行を取り除きました。</translation>
    </message>
    <message>
        <source>Sending the message (%1 bytes) …</source>
        <translation>メッセージを送信しています（%1 バイト）…</translation>
    </message>
    <message>
        <source>reading the message failed: %1</source>
        <translation>メッセージの読み取りに失敗しました: %1</translation>
    </message>
    <message>
        <source>… the rest of the message is not shown (%1 bytes sent in all).</source>
        <translation>… メッセージの残りは表示を省略します（送信したのは合計 %1 バイトです）。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the message are longer than 998 bytes, the limit of RFC 5321 §4.5.3.1.6; servers may reject or break them.</source>
        <translation>
            <numerusform>メッセージの %n 行が、RFC 5321 §4.5.3.1.6 の上限である 998 バイトを超えています。サーバーによっては拒否されたり、行が分割されたりします。</numerusform>
        </translation>
    </message>
    <message>
        <source>the server does not offer AUTH (its EHLO reply lists no AUTH), so the credentials were not sent; submission servers usually offer it on port 587 after STARTTLS</source>
        <translation>サーバーが AUTH を提供していない（EHLO の応答に AUTH がない）ため、認証情報は送信しませんでした。送信用サーバーは通常、587 番ポートで STARTTLS の後に AUTH を提供します</translation>
    </message>
</context>
<context>
    <name>TargetResolver</name>
    <message>
        <source>This version has no practice scenario "%1".</source>
        <translation>このバージョンには練習シナリオ「%1」がありません。</translation>
    </message>
    <message>
        <source>The practice server is not available here.</source>
        <translation>ここでは練習用サーバーを使えません。</translation>
    </message>
    <message>
        <source>The practice server could not start: %1</source>
        <translation>練習用サーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Practice server built into SMTP Doctor, playing "%1", on %2:%3.</source>
        <translation>SMTP Doctor 内蔵の練習用サーバーが、シナリオ「%1」を %2:%3 で再現しています。</translation>
    </message>
    <message>
        <source>What to look for: %1</source>
        <translation>注目する点: %1</translation>
    </message>
    <message>
        <source>%1 publishes a null MX (RFC 7505): it accepts no mail at all. Servers reject mail to it with 556 5.1.10 or 521.</source>
        <translation>%1 は null MX（RFC 7505）を公開しており、メールを一切受け付けません。このドメイン宛てのメールは 556 5.1.10 や 521 で拒否されます。</translation>
    </message>
    <message>
        <source>The domain %1 does not exist (NXDOMAIN): check its spelling. Servers reject mail to it with 5.1.2.</source>
        <translation>ドメイン %1 は存在しません（NXDOMAIN）。綴りを確認してください。このドメイン宛てのメールは 5.1.2 で拒否されます。</translation>
    </message>
    <message>
        <source>No MX record and no address came back for %1: either the domain has none, and mail to it cannot be delivered, or the name server did not answer. Run the DNS check to tell which.</source>
        <translation>%1 について MX レコードもアドレスも返ってきませんでした。ドメインにどちらも登録されておらずメールを配送できないか、ネームサーバーが応答しなかったかのどちらかです。どちらなのかは DNS 検査で確かめてください。</translation>
    </message>
    <message>
        <source>The MX lookup for %1 failed: %2</source>
        <translation>%1 の MX レコードの検索に失敗しました: %2</translation>
    </message>
    <message>
        <source>None of the mail servers of %1 has an address to connect to.</source>
        <translation>%1 のメールサーバーには、接続できるアドレスを持つものがありません。</translation>
    </message>
    <message>
        <source>%1 has no MX records: mail goes to the domain's own address (implicit MX, RFC 5321 §5.1), %2.</source>
        <translation>%1 には MX レコードがないため、メールはドメイン自体のアドレス %2 に配送されます（暗黙の MX、RFC 5321 §5.1）。</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>アドレスなし</translation>
    </message>
    <message>
        <source>MX records of %1, most preferred first: %2.</source>
        <translation>%1 の MX レコード（優先度の高い順）: %2。</translation>
    </message>
    <message>
        <source>Connecting to %1, the most preferred MX.</source>
        <translation>最も優先度の高い MX である %1 に接続します。</translation>
    </message>
    <message>
        <source>Connecting to %1, the next MX in order (preference %2).</source>
        <translation>順番で次の MX である %1 に接続します（優先度の値 %2）。</translation>
    </message>
</context>
<context>
    <name>TlsReport</name>
    <message>
        <source>an old or unknown TLS version</source>
        <translation>古いまたは不明な TLS バージョン</translation>
    </message>
    <message>
        <source>TLS not established</source>
        <translation>TLS 未確立</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits)</source>
        <translation>%1、%2（%3 ビット）</translation>
    </message>
    <message>
        <source>%1; certificate verified</source>
        <translation>%1、証明書は検証済み</translation>
    </message>
    <message>
        <source>%1; certificate NOT verified: %2</source>
        <translation>%1、ただし証明書は検証されていません: %2</translation>
    </message>
    <message>
        <source>Certificate %1: %2 (issued by %3)</source>
        <translation>証明書 %1: %2（発行者: %3）</translation>
    </message>
    <message>
        <source>  Names: %1</source>
        <translation>  名前（SAN）: %1</translation>
    </message>
    <message>
        <source>  Valid from %1 to %2</source>
        <translation>  有効期間: %1 から %2 まで</translation>
    </message>
    <message>
        <source>  Self-signed</source>
        <translation>  自己署名証明書</translation>
    </message>
    <message>
        <source>Problem: %1. %2</source>
        <translation>問題: %1。%2</translation>
    </message>
    <message>
        <source>The server's certificate has expired. The server's administrator must renew it (for example with the ACME client that issued it) and reload the mail server.</source>
        <translation>サーバーの証明書の有効期限が切れています。サーバーの管理者が証明書を更新し（発行に使った ACME クライアントなどで）、メールサーバーに再読み込みさせる必要があります。</translation>
    </message>
    <message>
        <source>The certificate is not valid yet. Check the clocks of both machines; otherwise the certificate was issued with a future start date.</source>
        <translation>証明書の有効期間がまだ始まっていません。双方のマシンの時計を確認してください。時計が正しければ、証明書が未来の開始日で発行されています。</translation>
    </message>
    <message>
        <source>The certificate is self-signed, so nothing vouches for it. Install a certificate from a public CA, or, for an internal server, give its CA with --ca-file.</source>
        <translation>証明書が自己署名のため、その正当性を保証するものがありません。公的な CA が発行した証明書をインストールするか、社内のサーバーであれば、その CA を --ca-file で指定してください。</translation>
    </message>
    <message>
        <source>The issuer is unknown: the server probably does not send its intermediate certificate. The server must be configured with the full chain (certificate plus intermediates).</source>
        <translation>発行者が不明です。サーバーが中間証明書を送っていない可能性があります。サーバーには完全な証明書チェーン（サーバー証明書と中間証明書）を設定する必要があります。</translation>
    </message>
    <message>
        <source>The certificate is for another name than the host you connected to. Connect with the name the certificate carries (often the MX host name), or add this name to the certificate.</source>
        <translation>証明書の名前が、接続先のホスト名と一致しません。証明書に記載された名前（多くの場合は MX のホスト名）で接続するか、このホスト名を証明書に追加してください。</translation>
    </message>
    <message>
        <source>The issuing CA has revoked the certificate. The server needs a new certificate.</source>
        <translation>発行元の CA がこの証明書を失効させています。サーバーには新しい証明書が必要です。</translation>
    </message>
    <message>
        <source>The certificate is not trusted for this purpose. Check the CA and the certificate's key usage.</source>
        <translation>この証明書は、この用途では信頼されていません。CA と、証明書の鍵用途（Key Usage）を確認してください。</translation>
    </message>
    <message>
        <source>The server sent no certificate at all.</source>
        <translation>サーバーが証明書をまったく送ってきませんでした。</translation>
    </message>
    <message>
        <source>Verification failed. Check the certificate chain the server sends.</source>
        <translation>検証に失敗しました。サーバーが送ってくる証明書チェーンを確認してください。</translation>
    </message>
    <message>
        <source>The chain ends in a private CA that is not trusted here. Use a certificate from a public CA, or give the private CA with --ca-file.</source>
        <translation>証明書チェーンが、ここでは信頼されていないプライベート CA で終わっています。公的な CA の証明書を使うか、--ca-file でそのプライベート CA を指定してください。</translation>
    </message>
</context>
<context>
    <name>TranscriptExporter</name>
    <message>
        <source>SMTP Doctor transcript</source>
        <translation>SMTP Doctor 通信記録</translation>
    </message>
    <message>
        <source>Session started %1</source>
        <translation>セッション開始: %1</translation>
    </message>
    <message>
        <source>-&gt; client, &lt;- server, ~&gt; &lt;~ inside TLS, == note, !! warning or error</source>
        <translation>-&gt; クライアント、&lt;- サーバー、~&gt; &lt;~ TLS 内、== 注記、!! 警告またはエラー</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（非表示）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Could not save the transcript to %1: %2</source>
        <translation>通信記録を %1 に保存できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>TranscriptModel</name>
    <message>
        <source>%1 ms</source>
        <comment>latency in milliseconds</comment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>段階: %1</translation>
    </message>
    <message>
        <source>A secret was replaced with asterisks before it was recorded.</source>
        <translation>秘密情報は、記録する前にアスタリスク（*）に置き換えました。</translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation>サーバーへ送信</translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation>サーバーから受信</translation>
    </message>
    <message>
        <source>Error noted by SMTP Doctor</source>
        <translation>SMTP Doctor が検出したエラー</translation>
    </message>
    <message>
        <source>Warning noted by SMTP Doctor</source>
        <translation>SMTP Doctor が検出した警告</translation>
    </message>
    <message>
        <source>Note from SMTP Doctor</source>
        <translation>SMTP Doctor からの注記</translation>
    </message>
    <message>
        <source>%1, inside TLS</source>
        <translation>%1（TLS 内）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>応答時間</translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>direction, a short column heading</comment>
        <translation>方向</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Local time the line was sent or received</source>
        <translation>行を送信または受信したローカル時刻</translation>
    </message>
    <message>
        <source>Time from a command to its reply</source>
        <translation>コマンドを送ってから応答が返るまでの時間</translation>
    </message>
    <message>
        <source>-&gt; sent, &lt;- received, ~&gt; &lt;~ inside TLS, == note, !! warning or error</source>
        <translation>-&gt; 送信、&lt;- 受信、~&gt; &lt;~ TLS 内、== 注記、!! 警告またはエラー</translation>
    </message>
    <message>
        <source>The line as sent or received; control characters are shown as symbols</source>
        <translation>送受信した行の内容（制御文字は記号で表示）</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation>通信記録</translation>
    </message>
    <message>
        <source>Every line sent and received in this session, newest at the bottom</source>
        <translation>このセッションで送受信したすべての行（新しいものほど下に表示）</translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Esc: close.</source>
        <translation>Enter: 次の一致箇所、Shift+Enter: 前の一致箇所、Esc: 閉じる</translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation>通信記録内を検索</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>前の一致箇所（Shift+Enter）</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致箇所</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>次の一致箇所（Enter）</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致箇所</translation>
    </message>
    <message>
        <source>Show only the lines that contain the text</source>
        <translation>検索文字列を含む行だけを表示します</translation>
    </message>
    <message>
        <source>Show only matching lines</source>
        <translation>一致する行だけを表示</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>絞り込み</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>検索バーを閉じます（Esc）</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the selected lines as text</source>
        <translation>選択した行をテキストとしてコピーします</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Find text in the transcript</source>
        <translation>通信記録内のテキストを検索します</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>一致する箇所はありません</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
</context>
</TS>
