#include <QtTest>
class tst_ReplyExplainer : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_ReplyExplainer)
#include "tst_ReplyExplainer.moc"
