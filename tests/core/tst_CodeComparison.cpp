#include <QtTest>
class tst_CodeComparison : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_CodeComparison)
#include "tst_CodeComparison.moc"
