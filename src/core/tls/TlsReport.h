#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslSocket;

/// What the TLS handshake established and what verification found, in words an admin can act on:
/// protocol, cipher, the peer's certificate chain and every verification error with its fix.
class TlsReport final
{
    Q_DECLARE_TR_FUNCTIONS(TlsReport)

public:
    struct Certificate
    {
        QString subject;
        QString issuer;
        QStringList subjectAltNames;
        QDateTime notBefore;
        QDateTime notAfter;
        QString sha256;
        bool selfSigned = false;
    };
    struct Problem
    {
        QSslError::SslError error = QSslError::NoError;
        QString message;     ///< Qt's description
        QString explanation; ///< what it means and what to do, in the UI language
    };

    TlsReport() = default;
    /// Reads an encrypted (or failed) socket; `errors` are those reported by sslErrors().
    static TlsReport fromSocket(const QSslSocket &socket, const QList<QSslError> &errors);

    bool isEmpty() const { return m_protocol.isEmpty() && m_problems.isEmpty() && m_chain.isEmpty(); }
    const QString &protocol() const { return m_protocol; }
    const QString &cipher() const { return m_cipher; }
    int cipherBits() const { return m_cipherBits; }
    const QList<Certificate> &chain() const { return m_chain; }
    const QList<Problem> &problems() const { return m_problems; }
    bool isVerified() const { return m_problems.isEmpty(); }

    /// One line: "TLS 1.3, TLS_AES_256_GCM_SHA384 (256 bits); certificate verified".
    QString summary() const;
    /// Several lines: the chain and every problem with its explanation.
    QStringList details() const;
    /// What an error means and what to do about it.
    static QString explain(QSslError::SslError error);
    static QString protocolName(int protocol);

private:
    QString m_protocol;
    QString m_cipher;
    int m_cipherBits = 0;
    QList<Certificate> m_chain;
    QList<Problem> m_problems;
};
