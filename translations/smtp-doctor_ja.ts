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
    <name>MainWindow</name>
    <message>
        <source>SMTP Doctor</source>
        <translation>SMTP Doctor</translation>
    </message>
    <message>
        <source>Paste the reply lines a server sent (for example from a log or a telnet session). SMTP Doctor reads them exactly as it reads a live session: codes, enhanced status codes, multi-line replies and anything malformed.</source>
        <translation>サーバーが送った応答行（ログや telnet セッションからコピーしたものなど）を貼り付けてください。SMTP Doctor は実際のセッションと同じ方法で読み取り、応答コード、拡張ステータスコード、複数行応答、形式の誤りを示します。</translation>
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
        <translation>解析した応答</translation>
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
        <source>Malformed item %1</source>
        <translation>形式不正な項目 %1</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation>応答 %1</translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation>正しい形式</translation>
    </message>
    <message>
        <source>Paste reply lines above to inspect them.</source>
        <translation>上の欄に応答行を貼り付けると、読み取り結果を確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read</source>
        <translation>
            <numerusform>%n 件を読み取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n malformed)</source>
        <translation>
            <numerusform>（うち形式不正 %n 件）</numerusform>
        </translation>
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
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>形式不正</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
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
            <numerusform>最終行が来ないまま、応答が %n 行を超えました。メモリー使用量を抑えるため、ここで区切りました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply grew beyond %n bytes without a final line. It was cut there so that memory stays bounded.</source>
        <translation>
            <numerusform>最終行が来ないまま、応答が %n バイトを超えました。メモリー使用量を抑えるため、ここで区切りました。</numerusform>
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
</TS>
