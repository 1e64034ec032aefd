#include "core/tls/TlsReport.h"

#include <QSslCertificate>
#include <QSslCertificateExtension>
#include <QSslCipher>
#include <QSslSocket>

namespace {

QString joined(const QStringList &parts)
{
    return parts.join(QStringLiteral(", "));
}

TlsReport::Certificate describe(const QSslCertificate &certificate)
{
    TlsReport::Certificate info;
    info.subject = joined(certificate.subjectInfo(QSslCertificate::CommonName));
    if (info.subject.isEmpty())
        info.subject = certificate.subjectDisplayName();
    info.issuer = joined(certificate.issuerInfo(QSslCertificate::CommonName));
    if (info.issuer.isEmpty())
        info.issuer = certificate.issuerDisplayName();
    const auto alternates = certificate.subjectAlternativeNames();
    for (auto it = alternates.cbegin(); it != alternates.cend(); ++it)
        info.subjectAltNames.append(it.value());
    info.notBefore = certificate.effectiveDate();
    info.notAfter = certificate.expiryDate();
    info.sha256 = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':'));
    info.selfSigned = certificate.isSelfSigned();
    return info;
}

} // namespace

TlsReport TlsReport::fromSocket(const QSslSocket &socket, const QList<QSslError> &errors)
{
    TlsReport report;
    const QSslCipher cipher = socket.sessionCipher();
    if (!cipher.isNull()) {
        report.m_protocol = protocolName(int(socket.sessionProtocol()));
        report.m_cipher = cipher.name();
        report.m_cipherBits = cipher.usedBits();
    }
    QList<QSslCertificate> chain = socket.peerCertificateChain();
    if (chain.isEmpty() && !socket.peerCertificate().isNull())
        chain.append(socket.peerCertificate());
    for (const QSslCertificate &certificate : std::as_const(chain))
        report.m_chain.append(describe(certificate));
    for (const QSslError &error : errors) {
        bool seen = false;
        for (const Problem &p : std::as_const(report.m_problems))
            seen = seen || p.error == error.error();
        if (!seen)
            report.m_problems.append({error.error(), error.errorString(), explain(error.error())});
    }
    return report;
}

QString TlsReport::protocolName(int protocol)
{
    switch (QSsl::SslProtocol(protocol)) {
    case QSsl::TlsV1_2:
        return QStringLiteral("TLS 1.2");
    case QSsl::TlsV1_3:
        return QStringLiteral("TLS 1.3");
    case QSsl::DtlsV1_2:
        return QStringLiteral("DTLS 1.2");
    default:
        break;
    }
    return tr("an old or unknown TLS version");
}

QString TlsReport::summary() const
{
    QString text = m_protocol.isEmpty() ? tr("TLS not established")
                                        : tr("%1, %2 (%3 bits)").arg(m_protocol, m_cipher).arg(m_cipherBits);
    if (m_problems.isEmpty())
        return m_protocol.isEmpty() ? text : tr("%1; certificate verified").arg(text);
    QStringList messages;
    for (const Problem &p : m_problems)
        messages.append(p.message);
    return tr("%1; certificate NOT verified: %2").arg(text, messages.join(QStringLiteral("; ")));
}

QStringList TlsReport::details() const
{
    QStringList lines;
    for (qsizetype i = 0; i < m_chain.size(); ++i) {
        const Certificate &c = m_chain.at(i);
        lines.append(tr("Certificate %1: %2 (issued by %3)").arg(i + 1).arg(c.subject, c.issuer));
        if (!c.subjectAltNames.isEmpty())
            lines.append(tr("  Names: %1").arg(joined(c.subjectAltNames)));
        lines.append(tr("  Valid from %1 to %2")
                         .arg(c.notBefore.toUTC().toString(Qt::ISODate), c.notAfter.toUTC().toString(Qt::ISODate)));
        if (c.selfSigned)
            lines.append(tr("  Self-signed"));
    }
    for (const Problem &p : m_problems)
        lines.append(tr("Problem: %1. %2").arg(p.message, p.explanation));
    return lines;
}

QString TlsReport::explain(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return tr("The server's certificate has expired. The server's administrator must renew it (for example "
                  "with the ACME client that issued it) and reload the mail server.");
    case QSslError::CertificateNotYetValid:
        return tr("The certificate is not valid yet. Check the clocks of both machines; otherwise the certificate "
                  "was issued with a future start date.");
    case QSslError::SelfSignedCertificate:
        return tr("The certificate is self-signed, so nothing vouches for it. Install a certificate from a public "
                  "CA, or, for an internal server, give its CA with --ca-file.");
    case QSslError::SelfSignedCertificateInChain:
        return tr("The chain ends in a private CA that is not trusted here. Use a certificate from a public CA, or "
                  "give the private CA with --ca-file.");
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return tr("The issuer is unknown: the server probably does not send its intermediate certificate. The "
                  "server must be configured with the full chain (certificate plus intermediates).");
    case QSslError::HostNameMismatch:
        return tr("The certificate is for another name than the host you connected to. Connect with the name the "
                  "certificate carries (often the MX host name), or add this name to the certificate.");
    case QSslError::CertificateRevoked:
        return tr("The issuing CA has revoked the certificate. The server needs a new certificate.");
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return tr("The certificate is not trusted for this purpose. Check the CA and the certificate's key usage.");
    case QSslError::NoPeerCertificate:
        return tr("The server sent no certificate at all.");
    default:
        break;
    }
    return tr("Verification failed. Check the certificate chain the server sends.");
}
