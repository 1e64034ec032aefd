#include <QtTest>
class tst_Transcript : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_Transcript)
#include "tst_Transcript.moc"
