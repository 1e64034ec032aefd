#include "gui/PasswordKeyring.h"

#ifdef SMTPDOCTOR_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

PasswordKeyring::~PasswordKeyring() = default;

#ifdef SMTPDOCTOR_HAVE_QTKEYCHAIN
namespace {

/// The service name the keyring files our entries under (seen in Seahorse or KWalletManager).
const QString kService = QStringLiteral("SMTP Doctor");

class DesktopKeyring final : public PasswordKeyring
{
public:
    void read(const QString &profile) override
    {
        auto *job = new QKeychain::ReadPasswordJob(kService, this);
        prepare(job, profile);
        connect(job, &QKeychain::Job::finished, this, [this, job, profile] {
            if (job->error() == QKeychain::EntryNotFound)
                Q_EMIT readFinished(profile, QString(), QString());
            else
                Q_EMIT readFinished(profile, job->error() ? QString() : job->textData(), errorOf(job));
        });
        job->start();
    }

    void write(const QString &profile, const QString &secret) override
    {
        auto *job = new QKeychain::WritePasswordJob(kService, this);
        prepare(job, profile);
        job->setTextData(secret);
        connect(job, &QKeychain::Job::finished, this,
                [this, job, profile] { Q_EMIT writeFinished(profile, errorOf(job)); });
        job->start();
    }

    void remove(const QString &profile) override
    {
        auto *job = new QKeychain::DeletePasswordJob(kService, this);
        prepare(job, profile);
        connect(job, &QKeychain::Job::finished, this, [this, job, profile] {
            Q_EMIT removeFinished(profile, job->error() == QKeychain::EntryNotFound ? QString() : errorOf(job));
        });
        job->start();
    }

private:
    static void prepare(QKeychain::Job *job, const QString &profile)
    {
        job->setAutoDelete(true);
        // Never a plain-text file as a fallback: no keyring means no stored password.
        job->setInsecureFallback(false);
        job->setKey(key(profile));
    }

    static QString errorOf(const QKeychain::Job *job)
    {
        if (job->error() == QKeychain::NoError)
            return {};
        const QString text = job->errorString();
        return text.isEmpty() ? tr("the desktop keyring gave no reason") : text;
    }
};

} // namespace

std::unique_ptr<PasswordKeyring> PasswordKeyring::desktop()
{
    return std::make_unique<DesktopKeyring>();
}
#else
std::unique_ptr<PasswordKeyring> PasswordKeyring::desktop()
{
    return nullptr;
}
#endif
