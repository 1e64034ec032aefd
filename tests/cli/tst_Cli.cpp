#include <QtTest>
class tst_Cli : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
