#include <QtTest>
class tst_WireText : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_WireText)
#include "tst_WireText.moc"
