#include <QtTest>
class tst_SmtpSession : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_SmtpSession)
#include "tst_SmtpSession.moc"
