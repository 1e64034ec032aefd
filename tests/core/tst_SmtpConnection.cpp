#include <QtTest>
class tst_SmtpConnection : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_SmtpConnection)
#include "tst_SmtpConnection.moc"
