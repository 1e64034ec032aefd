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
</context>
<context>
    <name>CommandBar</name>
    <message>
        <source>&amp;Next command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to start a session; then step through it one command at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s reply. You may still send a command (pipelining, or testing the server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to send the suggested command, edit it, or type any command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type any command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake in progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Start a new one to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is using these settings. Stop it to edit them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved profile to fill in the fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fields into the selected profile (the password is never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the fields as a new profile (the password is never saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile; the fields keep their values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail.example.com or 192.0.2.25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server to connect to: a host name, an IPv4 address or an IPv6 address (without brackets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25: relay between mail servers (SMTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>465: message submission over implicit TLS (RFC 8314)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587: message submission with STARTTLS (RFC 6409)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>587</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 2525</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2525: an unofficial alternative some providers offer when 25 and 587 are blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2525</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;P version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv4 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;EHLO name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EHLO name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name this computer gives in EHLO/HELO; empty uses the one shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encr&amp;yption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on past certificate errors; they are still reported in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept certificate errors (insecure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure: certificate errors are still reported, but the session goes on, so an impostor or an interception would go unnoticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System certificates only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (for a private CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a PEM file with CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;AUTH:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTH mechanism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SASL mechanism to log in with (RFC 4954); None sends no AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never saved: profiles and settings files do not contain it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the credentials even when the connection is not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow AUTH without TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without TLS the user name and password cross the network readable by anyone on the path. Use it only with a test account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envelope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL &amp;FROM:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAIL FROM address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: null sender &lt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope sender; leave empty for the null sender &lt;&gt; that bounces use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT &amp;TO:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RCPT TO addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The envelope recipients, one address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One address per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compose a test &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a &amp;raw message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Su&amp;bject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor test message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bo&amp;dy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a test message sent by SMTP Doctor to check mail delivery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head&amp;ers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra header lines for the composed message, one &quot;Name: value&quot; per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: value, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A complete message (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with headers and body, sent as it is (line endings become CRLF, lines starting with a dot are escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a message file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session stops before the message is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session and timeouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the session says QUIT; every stage before it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After EHLO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After STARTTLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After AUTH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After MAIL FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After RCPT TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nnect timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the TCP connection (and the implicit TLS handshake)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep&amp;ly timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the greeting and for each reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verdict timeout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long to wait for the verdict after the message&apos;s final dot (RFC 5321 §4.5.3.2 allows 10 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CA File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a Message File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (*.eml *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain SMTP: nothing is encrypted and STARTTLS is never tried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades with STARTTLS when the server offers it; otherwise goes on unencrypted and says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrades with STARTTLS; stops with an explanation when the server does not offer it or the handshake fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the first byte, as on port 465 (RFC 8314).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 465 expects TLS from the first byte: without implicit TLS the greeting usually never comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 starts in plain text: implicit TLS there usually fails the handshake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth 2.0 access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put one address per line, without commas or semicolons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out the angle brackets: SMTP Doctor adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs an @, as in user@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An address needs a name before the @ and a domain after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s host name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the host name alone, without &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name cannot contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a mail address; enter the server&apos;s name, such as mail.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IPv6 address without the brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the port in the Port field, not after the host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a port from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the access token. It is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password. It is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add at least one recipient, or stop before MAIL FROM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the message file to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: write a header as &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a header name cannot contain spaces (RFC 5322 §2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No STARTTLS is planned with this encryption setting, so the session would not stop there but run to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No AUTH is planned, so the session would not stop there but run to the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &quot;%1&quot; (without the password).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the saved profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. The fields keep their values.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainerPane</name>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this reply means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language explanations are written in (independent of the user interface language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare this code with another one in the reference window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a reply in the transcript to see what it means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the selected reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 with another code in the reference window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationView</name>
    <message>
        <source>Both</source>
        <comment>explanation language: English and Japanese</comment>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the current session and start again with a fresh transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the server and wait for its greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the suggested next command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take every suggested step until the session ends or a reply stops it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the session and disconnect at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up and compare any two reply codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;inspector…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some fields need attention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
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
        <source>&quot;%1&quot; is not a header name: use printable ASCII characters without spaces or colons (RFC 5322 §2.2).</source>
        <translation>「%1」はヘッダー名として使えません。スペースとコロンを含まない、印字可能な ASCII 文字で指定してください（RFC 5322 §2.2）。</translation>
    </message>
    <message>
        <source>SMTP Doctor writes the %1 header itself; it cannot be added again.</source>
        <translation>%1 ヘッダーは SMTP Doctor が自動で書き込むため、追加できません。</translation>
    </message>
</context>
<context>
    <name>ReferenceWindow</name>
    <message>
        <source>SMTP Doctor — Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every reply code, enhanced status code and server text SMTP Doctor knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language explanations are written in (independent of the user interface language)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: 550, 5.7.26, relay, 中継…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes and server texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">コード</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the selected code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;A:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First code to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>354</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swap the two codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code &amp;B:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second code to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>550</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the two codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3xx intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx temporary failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx permanent failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1xx client-side errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enhanced status codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes and subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Enter two codes to compare, for example 354 and 550, or 5.1.1 and 5.7.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP Doctor does not know “%1”. Enter a reply code (550), an enhanced status code (5.1.1 or X.1.1), a class (5), a subject (X.7) or a server text name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyInspector</name>
    <message>
        <source>SMTP Doctor — Reply inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the reply lines a server sent (for example from a log or a telnet session). SMTP Doctor reads them exactly as it reads a live session: codes, enhanced status codes, multi-line replies and anything malformed.</source>
        <translation type="unfinished">サーバーが送った応答行（ログや telnet セッションからコピーしたものなど）を貼り付けてください。SMTP Doctor は実際のセッションと同じ方法で読み取り、応答コード、拡張ステータスコード、複数行応答、形式の誤りを示します。</translation>
    </message>
    <message>
        <source>Server &amp;reply:</source>
        <translation type="unfinished">サーバーの応答(&amp;R):</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation type="unfinished">サーバーの応答</translation>
    </message>
    <message>
        <source>250-mail.example.com Hello
250-SIZE 52428800
250 ENHANCEDSTATUSCODES
550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown</source>
        <translation type="unfinished">250-mail.example.com Hello
250-SIZE 52428800
250 ENHANCEDSTATUSCODES
550 5.1.1 &lt;user@example.com&gt;: Recipient address rejected: User unknown</translation>
    </message>
    <message>
        <source>How SMTP Doctor reads it:</source>
        <translation type="unfinished">SMTP Doctor による読み取り結果:</translation>
    </message>
    <message>
        <source>Parsed replies</source>
        <translation type="unfinished">解析した応答</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished">応答</translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished">コード</translation>
    </message>
    <message>
        <source>Enhanced code</source>
        <translation type="unfinished">拡張コード</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished">行数</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished">判定</translation>
    </message>
    <message>
        <source>Malformed item %1</source>
        <translation type="unfinished">形式不正な項目 %1</translation>
    </message>
    <message>
        <source>Reply %1</source>
        <translation type="unfinished">応答 %1</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished">形式不正</translation>
    </message>
    <message>
        <source>Well-formed</source>
        <translation type="unfinished">正しい形式</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Paste reply lines above to inspect them.</source>
        <translation type="unfinished">上の欄に応答行を貼り付けると、読み取り結果を確認できます。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read</source>
        <translation type="unfinished">
            <numerusform>%n 件を読み取り</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n malformed)</source>
        <translation type="unfinished">
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
        <source>The server&apos;s challenge is not valid base64, so it cannot be answered; RFC 4954 §4 asks the client to cancel the exchange.</source>
        <translation>サーバーのチャレンジが正しい base64 ではないため、答えられません。RFC 4954 §4 では、この場合クライアントがやり取りを取り消すよう定めています。</translation>
    </message>
    <message>
        <source>The server&apos;s CRAM-MD5 challenge is empty; RFC 2195 §2 requires a unique string to sign.</source>
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
        <source>The authentication exchange has failed; the client must cancel it with &quot;*&quot; (RFC 4954 §4).</source>
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
        <source>The message (%1 bytes) is larger than the server&apos;s SIZE limit (%2 bytes).</source>
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
        <source>The server&apos;s certificate has expired. The server&apos;s administrator must renew it (for example with the ACME client that issued it) and reload the mail server.</source>
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
        <source>The certificate is not trusted for this purpose. Check the CA and the certificate&apos;s key usage.</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret was replaced with asterisks before it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error noted by SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning noted by SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from SMTP Doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, inside TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished">時刻</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation type="unfinished">応答時間</translation>
    </message>
    <message>
        <source>Dir.</source>
        <comment>direction, a short column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished">内容</translation>
    </message>
    <message>
        <source>Local time the line was sent or received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from a command to its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-&gt; sent, &lt;- received, ~&gt; &lt;~ inside TLS, == note, !! warning or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line as sent or received; control characters are shown as symbols</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every line sent and received in this session, newest at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: next match. Shift+Enter: previous match. Esc: close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the lines that contain the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only matching lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected lines as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find text in the transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
