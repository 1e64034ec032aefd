#include <QtTest>
class tst_SmtpReplyParser : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_SmtpReplyParser)
#include "tst_SmtpReplyParser.moc"
