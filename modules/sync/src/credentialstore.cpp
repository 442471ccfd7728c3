// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/credentialstore.h>

#include "synctr.h"

#include <qt6keychain/keychain.h>

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>

namespace Cc::Sync {

namespace {

const QString kService = QStringLiteral("CityCommand hub");

QString keyOf(const QString &url, const QString &user)
{
    return user + QLatin1Char('@') + url;
}

/// Runs a keychain job to its end (jobs are asynchronous) with a time limit, so a keyring
/// daemon that never answers cannot hang the caller.
bool runJob(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    return job.error() == QKeychain::NoError;
}

} // namespace

CredentialStore::CredentialStore()
{
    m_file = qEnvironmentVariable("CC_HUB_CREDENTIALS");
    if (m_file.isEmpty())
        m_file = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation)
                 + QStringLiteral("/hub-credentials.json");
}

bool CredentialStore::keyringAvailable() const
{
    // Secret Service and KWallet live on the session bus; without one (servers, CI, SSH)
    // go straight to the file instead of waiting for a timeout.
    return qEnvironmentVariable("CC_HUB_CREDENTIALS").isEmpty()
           && !qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").isEmpty();
}

QString CredentialStore::backendName() const
{
    return keyringAvailable() ? QStringLiteral("keyring") : m_file;
}

Result<void> CredentialStore::save(const QString &url, const QString &user, const QString &password)
{
    if (keyringAvailable()) {
        QKeychain::WritePasswordJob job(kService);
        job.setKey(keyOf(url, user));
        job.setTextData(password);
        if (runJob(job))
            return {};
        // No keyring answered after all: fall through to the owner-only file.
    }
    QJsonObject all;
    if (QFile in(m_file); in.open(QIODevice::ReadOnly))
        all = QJsonDocument::fromJson(in.readAll()).object();
    all.insert(keyOf(url, user), password);
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("sync.credentials"),
                         SyncTr::tr("Cannot write %1: %2").arg(m_file, out.errorString()));
    // Owner-only before the secret goes in.
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    if (!out.commit())
        return makeError(QStringLiteral("sync.credentials"),
                         SyncTr::tr("Cannot write %1: %2").arg(m_file, out.errorString()));
    QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

std::optional<QString> CredentialStore::load(const QString &url, const QString &user)
{
    if (keyringAvailable()) {
        QKeychain::ReadPasswordJob job(kService);
        job.setKey(keyOf(url, user));
        if (runJob(job))
            return job.textData();
    }
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject all = QJsonDocument::fromJson(in.readAll()).object();
    const QString key = keyOf(url, user);
    if (!all.contains(key))
        return std::nullopt;
    return all.value(key).toString();
}

Result<void> CredentialStore::remove(const QString &url, const QString &user)
{
    if (keyringAvailable()) {
        QKeychain::DeletePasswordJob job(kService);
        job.setKey(keyOf(url, user));
        runJob(job);
    }
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QJsonObject all = QJsonDocument::fromJson(in.readAll()).object();
    in.close();
    all.remove(keyOf(url, user));
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(QStringLiteral("sync.credentials"), out.errorString());
    out.write(QJsonDocument(all).toJson(QJsonDocument::Compact));
    if (!out.commit())
        return makeError(QStringLiteral("sync.credentials"), out.errorString());
    return {};
}

} // namespace Cc::Sync
