#include <QtTest>
class tst_SmtpReply : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_SmtpReply)
#include "tst_SmtpReply.moc"
