// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/caseservice.h>
#include <cc/core/result.h>
#include <cc/storage/database.h>

#include <optional>

namespace Cc::CasesWidgets {

/// A report being typed survives Escape and a restart of the app: one draft per user, kept in
/// the local database's settings (key "intake.draft.<login>", never sent to the hub), photos
/// included. Saving the report or discarding the draft removes it.
class IntakeDraftStore
{
public:
    explicit IntakeDraftStore(Storage::Database &db) : m_db(db) {}

    Result<void> save(const QString &login, const Cases::NewReport &draft);
    /// The user's draft, none when there is none (or it cannot be read: a broken draft is
    /// not worth refusing the dialog for).
    Result<std::optional<Cases::NewReport>> load(const QString &login);
    Result<void> clear(const QString &login);

    static QString key(const QString &login);
    static QByteArray toJson(const Cases::NewReport &draft);
    static std::optional<Cases::NewReport> fromJson(const QByteArray &json);

private:
    Storage::Database &m_db;
};

} // namespace Cc::CasesWidgets
