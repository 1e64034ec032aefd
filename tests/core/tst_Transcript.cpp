#include "core/smtp/SmtpReply.h"
#include "core/transcript/Transcript.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QtTest>

namespace {

using Sensitivity = Transcript::Sensitivity;
using Expectation = Transcript::Expectation;
using Direction = TranscriptEntry::Direction;
using Severity = TranscriptEntry::Severity;

// One step of a scripted session: "C <line>" the client sends a normal line, "X <line>" a line the
// caller marks Secret, "S <bytes>" the server replies (parsed with SmtpReply::parse).
void play(Transcript &transcript, const QByteArrayList &script)
{
    for (const QByteArray &step : script) {
        const QByteArray payload = step.mid(2);
        if (step.startsWith("C "))
            transcript.addClientLine(payload, SessionStage::Auth, Sensitivity::Normal);
        else if (step.startsWith("X "))
            transcript.addClientLine(payload, SessionStage::Auth, Sensitivity::Secret);
        else if (step.startsWith("S "))
            transcript.addReply(SmtpReply::parse(payload), SessionStage::Auth);
        else
            QFAIL(qPrintable(QStringLiteral("bad script step: ") + QString::fromLatin1(step)));
    }
}

// Collects what the transcript's developer log prints, to prove secrets do not reach it either.
QStringList g_logMessages;
QtMessageHandler g_previousHandler = nullptr;

void collectMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && qstrcmp(context.category, "smtpdoctor.transcript") == 0)
        g_logMessages.append(message);
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class tst_Transcript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redaction_data();
    void redaction();
    void redactStatic_data();
    void redactStatic();
    void secretsNeverLogged();

    void latencySimple();
    void latencyPipelining();
    void latencyGreeting();
    void latencyUnsolicitedReply();
    void latencyMalformedWithoutCode();
    void latencyMalformedWithCode();
    void latencyNoReplyLines();
    void notesDoNotTouchLatency();

    void elapsedAndTime();
    void setClockRestartsSession();
    void insideTls();
    void stageStored_data();
    void stageStored();
    void indexAndSignal();
    void replyStored();
    void multilineReplyText();
    void directionKeys_data();
    void directionKeys();
    void severityKeys_data();
    void severityKeys();
    void noteSeverity_data();
    void noteSeverity();
};

void tst_Transcript::redaction_data()
{
    QTest::addColumn<QByteArrayList>("script");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QList<bool>>("redacted");
    QTest::addColumn<QStringList>("secrets");

    const QString mask = Transcript::kMask;

    // RFC 4954 §4: the initial response on the AUTH line carries the credentials.
    QTest::newRow("AUTH PLAIN initial response")
        << QByteArrayList{"C AUTH PLAIN AHVzZXIAczNjcjN0UGFzcw==\r\n", "S 235 2.7.0 Authentication successful\r\n",
                          "C MAIL FROM:<alice@example.com>\r\n"}
        << QStringList{QStringLiteral("AUTH PLAIN ") + mask, QStringLiteral("235 2.7.0 Authentication successful"),
                       QStringLiteral("MAIL FROM:<alice@example.com>")}
        << QList<bool>{true, false, false}
        << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw=="), QStringLiteral("czNjcjN0")};
    QTest::newRow("auth plain in lower case")
        << QByteArrayList{"C auth plain AHVzZXIAczNjcjN0UGFzcw==\r\n", "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH plain ") + mask, QStringLiteral("235 2.7.0 OK")} << QList<bool>{true, false}
        << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};
    QTest::newRow("AUTH PLAIN with extra blanks")
        << QByteArrayList{"C   AUTH PLAIN   AHVzZXIAczNjcjN0UGFzcw==  \r\n", "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH PLAIN ") + mask, QStringLiteral("235 2.7.0 OK")} << QList<bool>{true, false}
        << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};
    QTest::newRow("AUTH PLAIN empty initial response \"=\"")
        << QByteArrayList{"C AUTH PLAIN =\r\n", "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH PLAIN ") + mask, QStringLiteral("235 2.7.0 OK")} << QList<bool>{true, false}
        << QStringList{};
    // RFC 5321 asks for SP, but servers split commands on any blank (Postfix does), so a tab
    // delivers the credentials just as well and must be masked just as well.
    QTest::newRow("AUTH PLAIN, tab before the response")
        << QByteArrayList{"C AUTH PLAIN\tAHVzZXIAczNjcjN0UGFzcw==\r\n", "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH PLAIN ") + mask, QStringLiteral("235 2.7.0 OK")} << QList<bool>{true, false}
        << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};
    QTest::newRow("AUTH, tabs everywhere")
        << QByteArrayList{"C AUTH\tPLAIN\tAHVzZXIAczNjcjN0UGFzcw==\r\n", "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH PLAIN ") + mask, QStringLiteral("235 2.7.0 OK")} << QList<bool>{true, false}
        << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};
    QTest::newRow("AUTH LOGIN, tab after AUTH")
        << QByteArrayList{"C AUTH\tLOGIN\r\n", "S 334 VXNlcm5hbWU6\r\n", "C YWxpY2VAZXhhbXBsZS5jb20=\r\n",
                          "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH\tLOGIN"), QStringLiteral("334 VXNlcm5hbWU6"), mask,
                       QStringLiteral("235 2.7.0 OK")}
        << QList<bool>{false, false, true, false} << QStringList{QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20=")};
    QTest::newRow("AUTH PLAIN, response after 334")
        << QByteArrayList{"C AUTH PLAIN\r\n", "S 334 \r\n", "C AHVzZXIAczNjcjN0UGFzcw==\r\n", "S 235 2.7.0 OK\r\n",
                          "C MAIL FROM:<alice@example.com>\r\n"}
        << QStringList{QStringLiteral("AUTH PLAIN"), QStringLiteral("334 "), mask, QStringLiteral("235 2.7.0 OK"),
                       QStringLiteral("MAIL FROM:<alice@example.com>")}
        << QList<bool>{false, false, true, false, false} << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};

    // AUTH LOGIN: the mechanism line is harmless; every line after a 334 is a credential.
    QTest::newRow("AUTH LOGIN accepted") << QByteArrayList{"C AUTH LOGIN\r\n",
                                                           "S 334 VXNlcm5hbWU6\r\n",
                                                           "C YWxpY2VAZXhhbXBsZS5jb20=\r\n",
                                                           "S 334 UGFzc3dvcmQ6\r\n",
                                                           "C czNjcjN0UGFzcw==\r\n",
                                                           "S 235 2.7.0 Authentication successful\r\n",
                                                           "C MAIL FROM:<alice@example.com>\r\n"}
                                         << QStringList{QStringLiteral("AUTH LOGIN"),
                                                        QStringLiteral("334 VXNlcm5hbWU6"),
                                                        mask,
                                                        QStringLiteral("334 UGFzc3dvcmQ6"),
                                                        mask,
                                                        QStringLiteral("235 2.7.0 Authentication successful"),
                                                        QStringLiteral("MAIL FROM:<alice@example.com>")}
                                         << QList<bool>{false, false, true, false, true, false, false}
                                         << QStringList{QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20="),
                                                        QStringLiteral("czNjcjN0UGFzcw==")};
    QTest::newRow("AUTH LOGIN rejected with 535")
        << QByteArrayList{"C AUTH LOGIN\r\n",
                          "S 334 VXNlcm5hbWU6\r\n",
                          "C YWxpY2VAZXhhbXBsZS5jb20=\r\n",
                          "S 334 UGFzc3dvcmQ6\r\n",
                          "C d3JvbmdQYXNz\r\n",
                          "S 535 5.7.8 Authentication credentials invalid\r\n",
                          "C MAIL FROM:<alice@example.com>\r\n"}
        << QStringList{QStringLiteral("AUTH LOGIN"),
                       QStringLiteral("334 VXNlcm5hbWU6"),
                       mask,
                       QStringLiteral("334 UGFzc3dvcmQ6"),
                       mask,
                       QStringLiteral("535 5.7.8 Authentication credentials invalid"),
                       QStringLiteral("MAIL FROM:<alice@example.com>")}
        << QList<bool>{false, false, true, false, true, false, false}
        << QStringList{QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20="), QStringLiteral("d3JvbmdQYXNz")};
    QTest::newRow("Auth Login in mixed case")
        << QByteArrayList{"C Auth Login\r\n", "S 334 VXNlcm5hbWU6\r\n", "C YWxpY2VAZXhhbXBsZS5jb20=\r\n",
                          "S 535 5.7.8 No\r\n"}
        << QStringList{QStringLiteral("Auth Login"), QStringLiteral("334 VXNlcm5hbWU6"), mask,
                       QStringLiteral("535 5.7.8 No")}
        << QList<bool>{false, false, true, false} << QStringList{QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20=")};
    QTest::newRow("SASL cancel \"*\" stays visible")
        << QByteArrayList{"C AUTH LOGIN\r\n", "S 334 VXNlcm5hbWU6\r\n", "C *\r\n",
                          "S 501 5.7.0 Authentication cancelled\r\n", "C QUIT\r\n"}
        << QStringList{QStringLiteral("AUTH LOGIN"), QStringLiteral("334 VXNlcm5hbWU6"), QStringLiteral("*"),
                       QStringLiteral("501 5.7.0 Authentication cancelled"), QStringLiteral("QUIT")}
        << QList<bool>{false, false, false, false, false} << QStringList{};
    // A new AUTH command names a mechanism, not a credential, even when it interrupts an exchange.
    QTest::newRow("AUTH again inside an unfinished exchange")
        << QByteArrayList{"C AUTH LOGIN\r\n", "S 334 VXNlcm5hbWU6\r\n", "C AUTH PLAIN\r\n", "S 334 \r\n",
                          "C AHVzZXIAczNjcjN0UGFzcw==\r\n"}
        << QStringList{QStringLiteral("AUTH LOGIN"), QStringLiteral("334 VXNlcm5hbWU6"), QStringLiteral("AUTH PLAIN"),
                       QStringLiteral("334 "), mask}
        << QList<bool>{false, false, false, false, true} << QStringList{QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};
    // A reply without a code says nothing about the exchange; masking must go on.
    QTest::newRow("garbage from the server does not end the exchange")
        << QByteArrayList{"C AUTH LOGIN\r\n",       "S garbage\r\n",          "C YWxpY2VAZXhhbXBsZS5jb20=\r\n",
                          "S 334 UGFzc3dvcmQ6\r\n", "C czNjcjN0UGFzcw==\r\n", "S 235 2.7.0 OK\r\n"}
        << QStringList{QStringLiteral("AUTH LOGIN"),
                       QStringLiteral("garbage"),
                       mask,
                       QStringLiteral("334 UGFzc3dvcmQ6"),
                       mask,
                       QStringLiteral("235 2.7.0 OK")}
        << QList<bool>{false, false, true, false, true, false}
        << QStringList{QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20="), QStringLiteral("czNjcjN0UGFzcw==")};
    QTest::newRow("second attempt after a failure")
        << QByteArrayList{"C AUTH LOGIN\r\n",
                          "S 334 VXNlcm5hbWU6\r\n",
                          "C Zmlyc3RUcnk=\r\n",
                          "S 535 5.7.8 No\r\n",
                          "C AUTH PLAIN AHVzZXIAczNjcjN0UGFzcw==\r\n",
                          "S 235 2.7.0 OK\r\n",
                          "C RCPT TO:<bob@example.com>\r\n"}
        << QStringList{QStringLiteral("AUTH LOGIN"),
                       QStringLiteral("334 VXNlcm5hbWU6"),
                       mask,
                       QStringLiteral("535 5.7.8 No"),
                       QStringLiteral("AUTH PLAIN ") + mask,
                       QStringLiteral("235 2.7.0 OK"),
                       QStringLiteral("RCPT TO:<bob@example.com>")}
        << QList<bool>{false, false, true, false, true, false, false}
        << QStringList{QStringLiteral("Zmlyc3RUcnk="), QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")};

    // XOAUTH2 (Google, Microsoft): the bearer token is the initial response; on failure the server
    // sends a 334 with an error and the client answers with an empty line.
    QTest::newRow("XOAUTH2 initial response")
        << QByteArrayList{"C AUTH XOAUTH2 dXNlcj1hbGljZUBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnNlY3JldFRva2VuAQE=\r\n",
                          "S 334 eyJzdGF0dXMiOiI0MDEifQ==\r\n", "C \r\n",
                          "S 535 5.7.8 Username and Password not accepted\r\n", "C QUIT\r\n"}
        << QStringList{QStringLiteral("AUTH XOAUTH2 ") + mask, QStringLiteral("334 eyJzdGF0dXMiOiI0MDEifQ=="), mask,
                       QStringLiteral("535 5.7.8 Username and Password not accepted"), QStringLiteral("QUIT")}
        << QList<bool>{true, false, true, false, false}
        << QStringList{QStringLiteral("dXNlcj1hbGljZUBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnNlY3JldFRva2VuAQE="),
                       QStringLiteral("Bearer")};

    // The caller can mark any line Secret (a password typed into a raw command, for example).
    QTest::newRow("Secret masks any line")
        << QByteArrayList{"X EHLO hunter2.example\r\n", "S 250 mail.example.com\r\n", "X NOOP\r\n"}
        << QStringList{mask, QStringLiteral("250 mail.example.com"), mask} << QList<bool>{true, false, true}
        << QStringList{QStringLiteral("hunter2"), QStringLiteral("NOOP")};
    QTest::newRow("Secret AUTH line still starts the exchange")
        << QByteArrayList{"X AUTH LOGIN\r\n", "S 334 VXNlcm5hbWU6\r\n", "C YWxpY2VAZXhhbXBsZS5jb20=\r\n"}
        << QStringList{mask, QStringLiteral("334 VXNlcm5hbWU6"), mask} << QList<bool>{true, false, true}
        << QStringList{QStringLiteral("LOGIN"), QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20=")};

    // Ordinary lines: the line ending goes, the rest is shown safely.
    QTest::newRow("CRLF stripped") << QByteArrayList{"C EHLO client.example\r\n"}
                                   << QStringList{QStringLiteral("EHLO client.example")} << QList<bool>{false}
                                   << QStringList{QStringLiteral("\r"), QStringLiteral("\n")};
    QTest::newRow("bare LF stripped") << QByteArrayList{"C NOOP\n"} << QStringList{QStringLiteral("NOOP")}
                                      << QList<bool>{false} << QStringList{QStringLiteral("\n")};
    QTest::newRow("no line ending") << QByteArrayList{"C RSET"} << QStringList{QStringLiteral("RSET")}
                                    << QList<bool>{false} << QStringList{};
    QTest::newRow("control characters made visible")
        << QByteArrayList{"C NOOP \x1b[2J\r\n"} << QStringList{QStringLiteral("NOOP \u241B[2J")} << QList<bool>{false}
        << QStringList{QStringLiteral("\x1b")};
    QTest::newRow("AUTHX is not AUTH") << QByteArrayList{"C AUTHX something\r\n", "C NOOP\r\n"}
                                       << QStringList{QStringLiteral("AUTHX something"), QStringLiteral("NOOP")}
                                       << QList<bool>{false, false} << QStringList{};
}

void tst_Transcript::redaction()
{
    QFETCH(QByteArrayList, script);
    QFETCH(QStringList, texts);
    QFETCH(QList<bool>, redacted);
    QFETCH(QStringList, secrets);
    QCOMPARE(redacted.size(), texts.size()); // the table itself is consistent

    Transcript transcript;
    play(transcript, script);
    if (QTest::currentTestFailed())
        return;

    QCOMPARE(transcript.size(), texts.size());
    QStringList actual;
    for (const TranscriptEntry &entry : transcript.entries())
        actual.append(entry.text());
    QCOMPARE(actual, texts);
    for (int i = 0; i < transcript.size(); ++i) {
        const TranscriptEntry &entry = transcript.at(i);
        QVERIFY2(entry.isRedacted() == redacted.at(i), qPrintable(QStringLiteral("entry %1").arg(i)));
        if (entry.direction() == Direction::Client) {
            // Nothing of the client's bytes survives elsewhere in the entry.
            QVERIFY(entry.reply().isNull());
            QVERIFY(entry.reply().raw().isEmpty());
        }
    }
    // The security property itself: no secret in any entry, whatever its direction.
    for (const QString &secret : std::as_const(secrets)) {
        for (const TranscriptEntry &entry : transcript.entries()) {
            QVERIFY2(
                !entry.text().contains(secret, Qt::CaseInsensitive),
                qPrintable(QStringLiteral("entry %1 leaks \"%2\": %3").arg(entry.index()).arg(secret, entry.text())));
        }
    }
}

void tst_Transcript::redactStatic_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("secret");
    QTest::addColumn<bool>("inSaslExchange");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("redacted");

    const QString mask = Transcript::kMask;
    QTest::newRow("normal line") << QByteArray("MAIL FROM:<a@example.com>\r\n") << false << false
                                 << QStringLiteral("MAIL FROM:<a@example.com>") << false;
    QTest::newRow("secret line") << QByteArray("anything at all\r\n") << true << false << mask << true;
    QTest::newRow("secret empty line") << QByteArray("\r\n") << true << false << mask << true;
    QTest::newRow("AUTH with response") << QByteArray("AUTH PLAIN c2VjcmV0\r\n") << false << false
                                        << QStringLiteral("AUTH PLAIN ") + mask << true;
    QTest::newRow("AUTH with response inside exchange")
        << QByteArray("AUTH CRAM-MD5 c2VjcmV0") << false << true << QStringLiteral("AUTH CRAM-MD5 ") + mask << true;
    QTest::newRow("AUTH with tab-separated response")
        << QByteArray("AUTH PLAIN\tc2VjcmV0\r\n") << false << false << QStringLiteral("AUTH PLAIN ") + mask << true;
    QTest::newRow("AUTH with response glued by a control character")
        << QByteArray("AUTH PLAIN\vc2VjcmV0\r\n") << false << false << QStringLiteral("AUTH PLAIN ") + mask << true;
    QTest::newRow("AUTH without response")
        << QByteArray("AUTH LOGIN\r\n") << false << false << QStringLiteral("AUTH LOGIN") << false;
    QTest::newRow("response inside exchange") << QByteArray("c2VjcmV0\r\n") << false << true << mask << true;
    QTest::newRow("empty response inside exchange") << QByteArray("\r\n") << false << true << mask << true;
    QTest::newRow("cancel inside exchange") << QByteArray("*\r\n") << false << true << QStringLiteral("*") << false;
    QTest::newRow("star outside exchange") << QByteArray("*\r\n") << false << false << QStringLiteral("*") << false;
    QTest::newRow("star with more inside exchange") << QByteArray("*c2VjcmV0\r\n") << false << true << mask << true;
    QTest::newRow("same line outside exchange")
        << QByteArray("c2VjcmV0\r\n") << false << false << QStringLiteral("c2VjcmV0") << false;
}

void tst_Transcript::redactStatic()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, secret);
    QFETCH(bool, inSaslExchange);
    QFETCH(QString, expected);
    QFETCH(bool, redacted);

    bool wasRedacted = !redacted; // must be overwritten either way
    const QString text =
        Transcript::redact(line, secret ? Sensitivity::Secret : Sensitivity::Normal, inSaslExchange, &wasRedacted);
    QCOMPARE(text, expected);
    QCOMPARE(wasRedacted, redacted);
}

void tst_Transcript::secretsNeverLogged()
{
    g_logMessages.clear();
    QLoggingCategory::setFilterRules(QStringLiteral("smtpdoctor.transcript.debug=true"));
    g_previousHandler = qInstallMessageHandler(collectMessage);
    {
        Transcript transcript;
        play(transcript, {"C AUTH PLAIN AHVzZXIAczNjcjN0UGFzcw==\r\n", "S 535 5.7.8 No\r\n", "C AUTH LOGIN\r\n",
                          "S 334 VXNlcm5hbWU6\r\n", "C YWxpY2VAZXhhbXBsZS5jb20=\r\n", "X NOOP hunter2\r\n",
                          "S 235 2.7.0 OK\r\n", "C MAIL FROM:<alice@example.com>\r\n"});
    }
    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());

    // The log is on (so the check below can fail), and it holds none of the secrets.
    QCOMPARE(g_logMessages.size(), 8);
    QVERIFY(g_logMessages.last().contains(QStringLiteral("alice@example.com")));
    const QString all = g_logMessages.join(u'\n');
    QVERIFY(!all.contains(QStringLiteral("AHVzZXIAczNjcjN0UGFzcw==")));
    QVERIFY(!all.contains(QStringLiteral("YWxpY2VAZXhhbXBsZS5jb20=")));
    QVERIFY(!all.contains(QStringLiteral("hunter2")));
}

void tst_Transcript::latencySimple()
{
    qint64 t = 1000;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    t = 1050;
    const int command = transcript.addClientLine("NOOP\r\n", SessionStage::Other, Sensitivity::Normal);
    QCOMPARE(transcript.unansweredCommands(), 1);
    t = 1170;
    const int reply = transcript.addReply(SmtpReply::parse("250 2.0.0 OK\r\n"), SessionStage::Other);
    QCOMPARE(transcript.unansweredCommands(), 0);

    QCOMPARE(transcript.at(command).elapsedMs(), qint64(50));
    QVERIFY(!transcript.at(command).hasLatency()); // latency belongs to replies
    QCOMPARE(transcript.at(command).latencyMs(), qint64(-1));
    QCOMPARE(transcript.at(reply).elapsedMs(), qint64(170));
    QCOMPARE(transcript.at(reply).latencyMs(), qint64(120));
    QVERIFY(transcript.at(reply).hasLatency());
}

void tst_Transcript::latencyPipelining()
{
    // RFC 2920: commands go out together; replies come back in the same order.
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    transcript.addClientLine("MAIL FROM:<a@example.com>\r\n", SessionStage::Mail, Sensitivity::Normal);
    t = 5;
    transcript.addClientLine("RCPT TO:<b@example.com>\r\n", SessionStage::Rcpt, Sensitivity::Normal);
    t = 10;
    transcript.addClientLine("DATA\r\n", SessionStage::Data, Sensitivity::Normal);
    QCOMPARE(transcript.unansweredCommands(), 3);

    t = 100;
    const int first = transcript.addReply(SmtpReply::parse("250 2.1.0 OK\r\n"), SessionStage::Mail);
    QCOMPARE(transcript.unansweredCommands(), 2);
    t = 130;
    const int second = transcript.addReply(SmtpReply::parse("250 2.1.5 OK\r\n"), SessionStage::Rcpt);
    QCOMPARE(transcript.unansweredCommands(), 1);
    t = 170;
    const int third = transcript.addReply(SmtpReply::parse("354 Go ahead\r\n"), SessionStage::Data);
    QCOMPARE(transcript.unansweredCommands(), 0);

    QCOMPARE(transcript.at(first).latencyMs(), qint64(100));  // 100 - 0
    QCOMPARE(transcript.at(second).latencyMs(), qint64(125)); // 130 - 5
    QCOMPARE(transcript.at(third).latencyMs(), qint64(160));  // 170 - 10

    // A fourth reply has nothing left to answer.
    t = 200;
    const int extra = transcript.addReply(SmtpReply::parse("250 2.0.0 OK\r\n"), SessionStage::Data);
    QVERIFY(!transcript.at(extra).hasLatency());
}

void tst_Transcript::latencyGreeting()
{
    qint64 t = 7;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    t = 40;
    transcript.addNote(QStringLiteral("Connected to 192.0.2.1:25"), SessionStage::Connect);
    transcript.expectReply();
    QCOMPARE(transcript.unansweredCommands(), 1);
    t = 290;
    const int greeting =
        transcript.addReply(SmtpReply::parse("220 mail.example.com ESMTP\r\n"), SessionStage::Greeting);
    QCOMPARE(transcript.at(greeting).latencyMs(), qint64(250));
    QCOMPARE(transcript.at(greeting).elapsedMs(), qint64(283));
    QCOMPARE(transcript.unansweredCommands(), 0);
}

void tst_Transcript::latencyUnsolicitedReply()
{
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    t = 500;
    const int reply = transcript.addReply(SmtpReply::parse("421 4.4.2 Timeout\r\n"), SessionStage::Other);
    QCOMPARE(transcript.at(reply).latencyMs(), qint64(-1));
    QVERIFY(!transcript.at(reply).hasLatency());
    QCOMPARE(transcript.unansweredCommands(), 0);
}

void tst_Transcript::latencyMalformedWithoutCode()
{
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    transcript.addClientLine("NOOP\r\n", SessionStage::Other, Sensitivity::Normal);
    t = 30;
    const SmtpReply garbage = SmtpReply::parse("garbage\r\n");
    QVERIFY(garbage.isMalformed());
    QCOMPARE(garbage.code(), 0);
    const int malformed = transcript.addReply(garbage, SessionStage::Other);
    QVERIFY(!transcript.at(malformed).hasLatency());
    QCOMPARE(transcript.unansweredCommands(), 1); // still waiting for the NOOP's reply

    t = 80;
    const int reply = transcript.addReply(SmtpReply::parse("250 2.0.0 OK\r\n"), SessionStage::Other);
    QCOMPARE(transcript.at(reply).latencyMs(), qint64(80));
    QCOMPARE(transcript.unansweredCommands(), 0);
}

void tst_Transcript::latencyMalformedWithCode()
{
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    transcript.addClientLine("NOOP\r\n", SessionStage::Other, Sensitivity::Normal);
    transcript.addClientLine("RSET\r\n", SessionStage::Other, Sensitivity::Normal);
    t = 60;
    // A multi-line reply that changes its code: broken, but it carries a code, so it is the NOOP's
    // (broken) answer and uses up the NOOP's clock.
    const SmtpReply broken = SmtpReply::parse("250-first\r\n550 second\r\n");
    QVERIFY(broken.isMalformed());
    QCOMPARE(broken.problem(), SmtpReply::Problem::CodeMismatch);
    QCOMPARE(broken.code(), 250);
    const int first = transcript.addReply(broken, SessionStage::Other);
    QCOMPARE(transcript.at(first).latencyMs(), qint64(60));
    QCOMPARE(transcript.unansweredCommands(), 1);
    t = 90;
    const int second = transcript.addReply(SmtpReply::parse("250 2.0.0 Flushed\r\n"), SessionStage::Other);
    QCOMPARE(transcript.at(second).latencyMs(), qint64(90)); // the RSET's clock, sent at 0
    QCOMPARE(transcript.unansweredCommands(), 0);
}

void tst_Transcript::latencyNoReplyLines()
{
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    transcript.addClientLine("DATA\r\n", SessionStage::Data, Sensitivity::Normal);
    t = 20;
    QCOMPARE(transcript.addReply(SmtpReply::parse("354 End data with <CR><LF>.<CR><LF>\r\n"), SessionStage::Data), 1);
    QCOMPARE(transcript.at(1).latencyMs(), qint64(20));

    // RFC 5321 §4.1.1.4: the message lines get no reply; only the final "." does.
    t = 30;
    transcript.addClientLine("Subject: test\r\n", SessionStage::EndOfData, Sensitivity::Normal, Expectation::NoReply);
    t = 40;
    transcript.addClientLine("\r\n", SessionStage::EndOfData, Sensitivity::Normal, Expectation::NoReply);
    transcript.addClientLine("Hello\r\n", SessionStage::EndOfData, Sensitivity::Normal, Expectation::NoReply);
    QCOMPARE(transcript.unansweredCommands(), 0);
    t = 50;
    transcript.addClientLine(".\r\n", SessionStage::EndOfData, Sensitivity::Normal, Expectation::Reply);
    QCOMPARE(transcript.unansweredCommands(), 1);
    t = 300;
    const int verdict = transcript.addReply(SmtpReply::parse("250 2.0.0 Queued\r\n"), SessionStage::EndOfData);
    QCOMPARE(transcript.at(verdict).latencyMs(), qint64(250)); // from ".", not from the first body line
    QCOMPARE(transcript.unansweredCommands(), 0);
}

void tst_Transcript::notesDoNotTouchLatency()
{
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });

    transcript.addClientLine("STARTTLS\r\n", SessionStage::StartTls, Sensitivity::Normal);
    t = 10;
    transcript.addNote(QStringLiteral("waiting"), SessionStage::StartTls);
    QCOMPARE(transcript.unansweredCommands(), 1);
    QVERIFY(!transcript.at(1).hasLatency());
    t = 45;
    const int reply = transcript.addReply(SmtpReply::parse("220 2.0.0 Ready to start TLS\r\n"), SessionStage::StartTls);
    QCOMPARE(transcript.at(reply).latencyMs(), qint64(45));
}

void tst_Transcript::elapsedAndTime()
{
    qint64 t = 123456;
    Transcript transcript;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    transcript.setClock([&t] { return t; });
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const QDateTime start = transcript.startTime();
    QVERIFY(start.isValid());
    QCOMPARE(start.timeSpec(), Qt::UTC);
    QVERIFY(start >= before);
    QVERIFY(start <= after);

    const QList<qint64> offsets{0, 1, 999, 1000, 61000, 3600000};
    for (const qint64 offset : offsets) {
        t = 123456 + offset;
        transcript.addNote(QStringLiteral("at %1").arg(offset), SessionStage::Other);
    }
    QCOMPARE(transcript.size(), offsets.size());
    for (int i = 0; i < transcript.size(); ++i) {
        const TranscriptEntry &entry = transcript.at(i);
        QCOMPARE(entry.elapsedMs(), offsets.at(i));
        QCOMPARE(entry.time(), start.addMSecs(offsets.at(i)));
        QCOMPARE(start.msecsTo(entry.time()), offsets.at(i));
    }
}

void tst_Transcript::setClockRestartsSession()
{
    qint64 t = 0;
    Transcript transcript;
    transcript.setClock([&t] { return t; });
    transcript.addClientLine("NOOP\r\n", SessionStage::Other, Sensitivity::Normal);

    // A new clock: elapsed counts from the moment of the call, whatever the clock's own origin.
    qint64 other = 900000;
    transcript.setClock([&other] { return other; });
    other = 900250;
    const int note = transcript.addNote(QStringLiteral("later"), SessionStage::Other);
    QCOMPARE(transcript.at(note).elapsedMs(), qint64(250));
    QCOMPARE(transcript.at(note).time(), transcript.startTime().addMSecs(250));
    // The old variable no longer drives the transcript.
    t = 5;
    QCOMPARE(transcript.at(transcript.addNote(QStringLiteral("x"), SessionStage::Other)).elapsedMs(), qint64(250));
}

void tst_Transcript::insideTls()
{
    Transcript transcript;
    QVERIFY(!transcript.insideTls());
    transcript.addClientLine("STARTTLS\r\n", SessionStage::StartTls, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse("220 2.0.0 Go ahead\r\n"), SessionStage::StartTls);
    transcript.setInsideTls(true);
    QVERIFY(transcript.insideTls());
    transcript.addNote(QStringLiteral("TLS established"), SessionStage::StartTls);
    transcript.addClientLine("EHLO client.example\r\n", SessionStage::Ehlo, Sensitivity::Normal);
    transcript.addReply(SmtpReply::parse("250 mail.example.com\r\n"), SessionStage::Ehlo);
    transcript.setInsideTls(false);
    transcript.addNote(QStringLiteral("TLS closed"), SessionStage::Quit);

    const QList<bool> expected{false, false, true, true, true, false};
    QCOMPARE(transcript.size(), expected.size());
    for (int i = 0; i < transcript.size(); ++i)
        QVERIFY2(transcript.at(i).insideTls() == expected.at(i), qPrintable(QStringLiteral("entry %1").arg(i)));
}

void tst_Transcript::stageStored_data()
{
    QTest::addColumn<int>("stage");
    const QList<SessionStage> stages{SessionStage::None,      SessionStage::Connect,  SessionStage::Greeting,
                                     SessionStage::Ehlo,      SessionStage::StartTls, SessionStage::Auth,
                                     SessionStage::Mail,      SessionStage::Rcpt,     SessionStage::Data,
                                     SessionStage::EndOfData, SessionStage::Quit,     SessionStage::Other};
    for (const SessionStage stage : stages)
        QTest::newRow(qPrintable(SessionStages::key(stage))) << int(stage);
}

void tst_Transcript::stageStored()
{
    QFETCH(int, stage);
    const auto expected = SessionStage(stage);

    Transcript transcript;
    // Something other than the stage under test first, so a stale value would show.
    transcript.addNote(QStringLiteral("x"), expected == SessionStage::Quit ? SessionStage::Mail : SessionStage::Quit);
    const int client = transcript.addClientLine("NOOP\r\n", expected, Sensitivity::Normal);
    const int server = transcript.addReply(SmtpReply::parse("250 OK\r\n"), expected);
    const int note = transcript.addNote(QStringLiteral("note"), expected);
    QCOMPARE(transcript.at(client).stage(), expected);
    QCOMPARE(transcript.at(server).stage(), expected);
    QCOMPARE(transcript.at(note).stage(), expected);
    QVERIFY(transcript.at(0).stage() != expected);
}

void tst_Transcript::indexAndSignal()
{
    Transcript transcript;
    QVERIFY(transcript.isEmpty());
    QSignalSpy spy(&transcript, &Transcript::entryAdded);
    QVERIFY(spy.isValid());

    // The entry must exist by the time the signal arrives (views read it in the slot).
    QList<QString> seenInSlot;
    connect(&transcript, &Transcript::entryAdded, this,
            [&](int index) { seenInSlot.append(transcript.at(index).text()); });

    QCOMPARE(transcript.addNote(QStringLiteral("Connecting"), SessionStage::Connect), 0);
    QCOMPARE(transcript.addReply(SmtpReply::parse("220 ready\r\n"), SessionStage::Greeting), 1);
    QCOMPARE(transcript.addClientLine("EHLO me\r\n", SessionStage::Ehlo, Sensitivity::Normal), 2);
    QCOMPARE(transcript.addClientLine("AUTH PLAIN c2VjcmV0\r\n", SessionStage::Auth, Sensitivity::Normal), 3);

    QCOMPARE(transcript.size(), 4);
    QVERIFY(!transcript.isEmpty());
    QCOMPARE(spy.count(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(spy.at(i).at(0).toInt(), i);
        QCOMPARE(transcript.at(i).index(), i);
        QCOMPARE(transcript.entries().at(i).index(), i);
    }
    QCOMPARE(seenInSlot,
             (QList<QString>{QStringLiteral("Connecting"), QStringLiteral("220 ready"), QStringLiteral("EHLO me"),
                             QStringLiteral("AUTH PLAIN ") + Transcript::kMask}));
}

void tst_Transcript::replyStored()
{
    Transcript transcript;
    const SmtpReply parsed = SmtpReply::parse("550 5.1.1 <nobody@example.com>: Recipient address rejected\r\n");
    const int server = transcript.addReply(parsed, SessionStage::Rcpt);
    const int client = transcript.addClientLine("QUIT\r\n", SessionStage::Quit, Sensitivity::Normal);
    const int note = transcript.addNote(QStringLiteral("closed"), SessionStage::Quit);

    const TranscriptEntry &entry = transcript.at(server);
    QCOMPARE(entry.direction(), Direction::Server);
    QCOMPARE(entry.reply().code(), 550);
    QCOMPARE(entry.reply().enhancedCode(), EnhancedStatusCode(5, 1, 1));
    QCOMPARE(entry.reply().raw(), parsed.raw());
    QCOMPARE(entry.reply().lines(), parsed.lines());
    QCOMPARE(entry.text(), QStringLiteral("550 5.1.1 <nobody@example.com>: Recipient address rejected"));
    QVERIFY(!entry.isRedacted());

    QCOMPARE(transcript.at(client).direction(), Direction::Client);
    QVERIFY(transcript.at(client).reply().isNull());
    QCOMPARE(transcript.at(note).direction(), Direction::Note);
    QVERIFY(transcript.at(note).reply().isNull());
    QCOMPARE(transcript.at(note).text(), QStringLiteral("closed"));

    // A malformed item is kept as it is, problem and all.
    const int malformed = transcript.addReply(SmtpReply::parse("garbage\r\n"), SessionStage::Other);
    QVERIFY(transcript.at(malformed).reply().isMalformed());
    QCOMPARE(transcript.at(malformed).reply().problem(), SmtpReply::Problem::NoCode);
    QCOMPARE(transcript.at(malformed).text(), QStringLiteral("garbage"));
}

void tst_Transcript::multilineReplyText()
{
    Transcript transcript;
    const int index = transcript.addReply(SmtpReply::parse("250-mail.example.com\r\n250-SIZE 1000\r\n"
                                                           "250-\x1b[31mred\r\n250 8BITMIME\r\n"),
                                          SessionStage::Ehlo);
    QCOMPARE(transcript.at(index).text(), QStringLiteral("250-mail.example.com\n250-SIZE 1000\n250-\u241B[31mred\n"
                                                         "250 8BITMIME"));
    QVERIFY(!transcript.at(index).text().contains(QChar(0x1b)));
    QVERIFY(!transcript.at(index).text().contains(u'\r'));
}

void tst_Transcript::directionKeys_data()
{
    QTest::addColumn<int>("direction");
    QTest::addColumn<QString>("key");
    QTest::newRow("client") << int(Direction::Client) << QStringLiteral("client");
    QTest::newRow("server") << int(Direction::Server) << QStringLiteral("server");
    QTest::newRow("note") << int(Direction::Note) << QStringLiteral("note");
}

void tst_Transcript::directionKeys()
{
    QFETCH(int, direction);
    QFETCH(QString, key);
    QCOMPARE(TranscriptEntry::directionKey(Direction(direction)), key);
}

void tst_Transcript::severityKeys_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("key");
    QTest::newRow("info") << int(Severity::Info) << QStringLiteral("info");
    QTest::newRow("warning") << int(Severity::Warning) << QStringLiteral("warning");
    QTest::newRow("error") << int(Severity::Error) << QStringLiteral("error");
}

void tst_Transcript::severityKeys()
{
    QFETCH(int, severity);
    QFETCH(QString, key);
    QCOMPARE(TranscriptEntry::severityKey(Severity(severity)), key);
}

void tst_Transcript::noteSeverity_data()
{
    severityKeys_data();
}

void tst_Transcript::noteSeverity()
{
    QFETCH(int, severity);
    QFETCH(QString, key);

    Transcript transcript;
    const int note = transcript.addNote(QStringLiteral("something"), SessionStage::Other, Severity(severity));
    QCOMPARE(int(transcript.at(note).severity()), severity);
    QCOMPARE(TranscriptEntry::severityKey(transcript.at(note).severity()), key);
    QCOMPARE(transcript.at(note).direction(), Direction::Note);
    // Lines on the wire are plain facts; only notes carry a severity.
    const int client = transcript.addClientLine("NOOP\r\n", SessionStage::Other, Sensitivity::Normal);
    const int server = transcript.addReply(SmtpReply::parse("500 5.5.2 What?\r\n"), SessionStage::Other);
    QCOMPARE(transcript.at(client).severity(), Severity::Info);
    QCOMPARE(transcript.at(server).severity(), Severity::Info);
    // The default severity of a note is Info.
    QCOMPARE(transcript.at(transcript.addNote(QStringLiteral("x"), SessionStage::Other)).severity(), Severity::Info);
}

QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_Transcript.moc"
