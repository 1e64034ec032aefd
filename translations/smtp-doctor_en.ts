<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>(%n line(s))</source>
        <translation>
            <numerusform>(%n line)</numerusform>
            <numerusform>(%n lines)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read.</source>
        <translation>
            <numerusform>%n item read.</numerusform>
            <numerusform>%n items read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionPanel</name>
    <message numerus="yes">
        <source>… and %n more line(s).</source>
        <translation>
            <numerusform>… and %n more line.</numerusform>
            <numerusform>… and %n more lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DnsPanel</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fine</source>
        <comment>DNS findings without a problem</comment>
        <translation>
            <numerusform>%n fine</numerusform>
            <numerusform>%n fine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExplainerPane</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <comment>DNS findings not listed</comment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReferenceWindow</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyInspector</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) read</source>
        <translation>
            <numerusform>%n item read</numerusform>
            <numerusform>%n items read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n malformed)</source>
        <translation>
            <numerusform>(%n malformed)</numerusform>
            <numerusform>(%n malformed)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpReply</name>
    <message numerus="yes">
        <source>Line %1 is longer than %n bytes. It was kept up to that length and the rest of the line is skipped (RFC 5321 §4.5.3.1.5 allows 512).</source>
        <translation>
            <numerusform>Line %1 is longer than %n byte. It was kept up to that length and the rest of the line is skipped (RFC 5321 §4.5.3.1.5 allows 512).</numerusform>
            <numerusform>Line %1 is longer than %n bytes. It was kept up to that length and the rest of the line is skipped (RFC 5321 §4.5.3.1.5 allows 512).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more bytes of an over-long line were skipped up to its end.</source>
        <translation>
            <numerusform>%n more byte of an over-long line was skipped up to its end.</numerusform>
            <numerusform>%n more bytes of an over-long line were skipped up to its end.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply went on for more than %n lines without a final line. It was cut there so that memory stays bounded.</source>
        <translation>
            <numerusform>The reply went on for more than %n line without a final line. It was cut there so that memory stays bounded.</numerusform>
            <numerusform>The reply went on for more than %n lines without a final line. It was cut there so that memory stays bounded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reply grew beyond %n bytes without a final line. It was cut there so that memory stays bounded.</source>
        <translation>
            <numerusform>The reply grew beyond %n byte without a final line. It was cut there so that memory stays bounded.</numerusform>
            <numerusform>The reply grew beyond %n bytes without a final line. It was cut there so that memory stays bounded.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SmtpSession</name>
    <message numerus="yes">
        <source>Discarded %n byte(s) the server sent after its 220 reply to STARTTLS and before the TLS handshake. A correct server sends nothing there; such bytes could be an injection attack (RFC 3207 §4.2).</source>
        <translation>
            <numerusform>Discarded %n byte the server sent after its 220 reply to STARTTLS and before the TLS handshake. A correct server sends nothing there; such a byte could be an injection attack (RFC 3207 §4.2).</numerusform>
            <numerusform>Discarded %n bytes the server sent after its 220 reply to STARTTLS and before the TLS handshake. A correct server sends nothing there; such bytes could be an injection attack (RFC 3207 §4.2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) of the message are longer than 998 bytes, the limit of RFC 5321 §4.5.3.1.6; servers may reject or break them.</source>
        <translation>
            <numerusform>%n line of the message is longer than 998 bytes, the limit of RFC 5321 §4.5.3.1.6; servers may reject or break it.</numerusform>
            <numerusform>%n lines of the message are longer than 998 bytes, the limit of RFC 5321 §4.5.3.1.6; servers may reject or break them.</numerusform>
        </translation>
    </message>
</context>
</TS>
