#include <QtTest>
class tst_Translations : public QObject { Q_OBJECT };
QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_Translations.moc"
