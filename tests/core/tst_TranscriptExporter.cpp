#include <QtTest>
class tst_TranscriptExporter : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_TranscriptExporter)
#include "tst_TranscriptExporter.moc"
