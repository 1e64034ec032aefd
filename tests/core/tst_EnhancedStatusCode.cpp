#include <QtTest>
class tst_EnhancedStatusCode : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_EnhancedStatusCode)
#include "tst_EnhancedStatusCode.moc"
