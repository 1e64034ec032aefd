#include <QtTest>
class tst_MessageSource : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_MessageSource)
#include "tst_MessageSource.moc"
