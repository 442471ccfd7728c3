// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The demo city every widget test runs on: the generator the app uses (the real state machine
// through the case service), in a file of the test's own, with a fixed end so every run sees the
// same city and cases. A test picks only the size, and the end when it needs another "today".

#include <cc/demogen/democity.h>
#include <cc/storage/database.h>

#include <QTimeZone>

#include <memory>

/// The end of the simulated year: a Monday evening in the city (2026-11-23 18:00 CST).
inline QDateTime demoCityEnd()
{
    return QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Asia/Shanghai"));
}

inline Cc::Result<std::unique_ptr<Cc::Storage::Database>> makeDemoCity(
    const QString &path, int cases, int components, const QDateTime &end = demoCityEnd())
{
    auto db = Cc::Storage::Database::open(path, Cc::Storage::Database::OpenMode::Create);
    if (!db)
        return db.error();
    Cc::Demo::DemoOptions options;
    options.cases = cases;
    options.components = components;
    options.end = end;
    auto summary = Cc::Demo::writeDemoCity(**db, options);
    if (!summary)
        return summary.error();
    if (summary->refusedActions > 0) // the workflow refused a simulated step: a real bug
        return Cc::makeError("demo.refused", QStringLiteral("%1 demo actions refused")
                                                 .arg(summary->refusedActions));
    return std::move(db).value();
}
