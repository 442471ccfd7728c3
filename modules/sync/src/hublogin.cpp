// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/hublogin.h>

#include <cc/sync/credentialstore.h>
#include <cc/sync/hubadmin.h>
#include <cc/sync/syncclient.h>

namespace Cc::Sync {

HubLogin::HubLogin(HubCredentials credentials) : m_credentials(std::move(credentials)) {}

HubLogin::~HubLogin() = default;

std::optional<HubCredentials> HubLogin::forDatabase(Storage::Database &db)
{
    auto link = SyncClient::link(db);
    if (!link || !link->isValid())
        return std::nullopt;
    HubCredentials c{link->url, link->user, qEnvironmentVariable("CITYCOMMAND_HUB_PASSWORD"), 3};
    if (c.password.isEmpty())
        c.password = CredentialStore().load(link->url, link->user).value_or(QString());
    if (c.password.isEmpty())
        return std::nullopt;
    return c;
}

Result<PgConnection *> HubLogin::connection()
{
    if (m_conn && m_conn->isOk())
        return m_conn.get();
    auto conn = PgConnection::connect(m_credentials);
    if (!conn)
        return conn.error();
    m_conn = std::move(conn).value();
    return m_conn.get();
}

Result<QString> HubLogin::hashPrefix(const QString &login)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    auto r = conn.value()->exec(QStringLiteral("SELECT cc.login_salt($1, $2)"),
                                {kHubSchemaVersion, login});
    if (!r)
        return r.error();
    return r->text(0, 0);
}

Result<bool> HubLogin::check(const QString &login, const QString &hash)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    auto r = conn.value()->exec(QStringLiteral("SELECT cc.check_login($1, $2, $3)"),
                                {kHubSchemaVersion, login, hash});
    if (!r)
        return r.error();
    return r->text(0, 0) == QLatin1String("t");
}

} // namespace Cc::Sync
