#pragma once

#include <QObject>
#include <QString>

#include <memory>

/// Where a profile's password or token goes when, and only when, the user asks for it: the desktop
/// keyring (Secret Service / KWallet through qtkeychain). Settings files never hold it. Every call is
/// asynchronous and answers with one signal; the keyring may be locked, missing or refuse, and the
/// answer then carries the keyring's own explanation. Keys are profile names, case-folded like the
/// ProfileStore's.
class PasswordKeyring : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~PasswordKeyring() override;

    /// The keyring of this desktop, or nullptr when SMTP Doctor was built without qtkeychain.
    static std::unique_ptr<PasswordKeyring> desktop();

    virtual void read(const QString &profile) = 0;
    virtual void write(const QString &profile, const QString &secret) = 0;
    virtual void remove(const QString &profile) = 0;

    static QString key(const QString &profile) { return profile.toCaseFolded(); }

Q_SIGNALS:
    /// `secret` is empty when nothing is stored for the profile; `error` is empty on success.
    void readFinished(const QString &profile, const QString &secret, const QString &error);
    void writeFinished(const QString &profile, const QString &error);
    void removeFinished(const QString &profile, const QString &error);
};
