#include <QtTest>
class tst_MainWindow : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_MainWindow)
#include "tst_MainWindow.moc"
