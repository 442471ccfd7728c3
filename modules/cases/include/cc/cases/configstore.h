// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/cityrules.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <QDateTime>
#include <QList>

#include <memory>

namespace Cc::Cases {

/// One imported configuration (docs/config.md): written once, in force from effective_at.
struct ConfigVersion
{
    int version = 0; ///< 0: the seed compiled into the program
    QDateTime effectiveAt;
    QString publishedBy, publishedByName, note;
    std::shared_ptr<const Core::CityRules> rules;
};

/// The centre's rules as the database holds them (table config_version, migration 0028):
/// the versions an administrator imported here or the hub sent, over the seed (the national
/// dictionary and default limits). A case runs on the version in force when it was
/// reported, so an import never moves a deadline of an earlier case.
class ConfigStore
{
public:
    ConfigStore(Storage::Database &db, const Core::CategoryDictionary &seed);

    /// Reads the versions written since the last call (by this process, another one or the
    /// hub sync); true when there is a new one. Cheap when nothing changed (one lookup).
    Result<bool> refresh();

    bool hasVersions() const { return !m_versions.isEmpty(); }
    int currentVersion() const { return m_versions.isEmpty() ? 0 : m_versions.last().version; }
    const ConfigVersion &current() const;
    /// The version in force at an instant (the seed before the first).
    const ConfigVersion &at(const QDateTime &instant) const;
    const QList<ConfigVersion> &versions() const { return m_versions; }

    /// The rules as a file to review: the current version, or before any the seed with the
    /// database's department bindings as routes (so export → import keeps the routing).
    Result<Core::CityRules> exportable();

    /// What needs the database, on top of CityRules::fromJson: the departments and areas
    /// the routes name exist ("config.unknown-department", "config.unknown-area"), no 小类
    /// that cases use goes away ("config.category-in-use").
    Result<void> validate(const Core::CityRules &rules);

    /// Parses, validates and stores `json` as the next version, in force from now, by
    /// administrator `login` (checked against the users table), queued for the hub in the
    /// same transaction. Nothing is written on any refusal.
    Result<ConfigVersion> import(const QByteArray &json, const QString &login,
                                 const QString &note = {});

    /// The same checks without writing: the differences from the current rules, line by line.
    Result<QStringList> diff(const QByteArray &json);

private:
    Result<void> load(int afterVersion);

    Storage::Database &m_db;
    ConfigVersion m_seed;
    QList<ConfigVersion> m_versions; ///< oldest first
    QString m_signature;             ///< of the newest row when last read
};

} // namespace Cc::Cases
