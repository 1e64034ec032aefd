#include <QtTest>
class tst_RealServers : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_RealServers)
#include "tst_RealServers.moc"
