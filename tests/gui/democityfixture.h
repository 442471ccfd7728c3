// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small demo city in a file, for the widget tests: the same generator the app uses, with a
// fixed end so every run sees the same cases.

#include <cc/demogen/democity.h>
#include <cc/storage/database.h>

#include <QTimeZone>

#include <memory>

inline Cc::Result<std::unique_ptr<Cc::Storage::Database>> makeDemoCity(const QString &path, int cases,
                                                                       int components)
{
    auto db = Cc::Storage::Database::open(path, Cc::Storage::Database::OpenMode::Create);
    if (!db)
        return db.error();
    Cc::Demo::DemoOptions options;
    options.cases = cases;
    options.components = components;
    options.end = QDateTime(QDate(2026, 11, 23), QTime(18, 0), QTimeZone("Asia/Shanghai"));
    auto summary = Cc::Demo::writeDemoCity(**db, options);
    if (!summary)
        return summary.error();
    if (summary->refusedActions > 0) // the workflow refused a simulated step: a real bug
        return Cc::makeError("demo.refused", QStringLiteral("%1 demo actions refused").arg(summary->refusedActions));
    return std::move(db).value();
}
