// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

#include <optional>

namespace Cc::Sync {

/// Where a workstation keeps its hub password: the system keyring (qtkeychain: Secret
/// Service, KWallet) when one answers, else a file readable by its owner only (0600, like
/// libpq's ~/.pgpass) in the user's config folder. Never in the settings, the database or a
/// log. `CC_HUB_CREDENTIALS` names another file (tests, kiosks).
class CredentialStore
{
public:
    CredentialStore();
    Result<void> save(const QString &url, const QString &user, const QString &password);
    std::optional<QString> load(const QString &url, const QString &user);
    Result<void> remove(const QString &url, const QString &user);
    QString backendName() const; ///< "keyring" or the file's path

private:
    bool keyringAvailable() const;
    QString m_file;
};

} // namespace Cc::Sync
