#include <QtTest>
class tst_SaslAuthenticator : public QObject
{
    Q_OBJECT
};
QTEST_GUILESS_MAIN(tst_SaslAuthenticator)
#include "tst_SaslAuthenticator.moc"
