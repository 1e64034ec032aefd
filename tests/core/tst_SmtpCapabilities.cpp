#include <QtTest>
class tst_SmtpCapabilities : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_SmtpCapabilities)
#include "tst_SmtpCapabilities.moc"
