// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Queues the notifications a case step causes (as CaseService's step observer, inside the
// step's transaction) and those the clock causes (the deadline scanner). docs/notify.md.

#include <cc/cases/caseservice.h>
#include <cc/core/category.h>
#include <cc/core/workcalendar.h>

namespace Cc::Notify {

class Notifier
{
public:
    Notifier(Storage::Database &db, const Core::CategoryDictionary &categories,
             const Core::WorkCalendar &calendar);

    /// What CaseService::addStepObserver takes; the Notifier must outlive the service.
    Cases::StepObserver observer();
    /// Queues the messages of the rules the step fires, the 12345 callbacks of a case the
    /// platform pushed (办结, 回访), and returns the 督办单 to attach to a 督办.
    Result<QList<Cases::NewAttachment>> onStep(const Storage::CaseRow &after,
                                               const Storage::CaseEventRow &event);
    /// Queues the deadline-80 and overdue messages due at `now` (each once per case,
    /// deadline, rule and recipient: the message id says so). Overdue looks back one day
    /// only, so a new rule does not text about last year's cases. Returns how many queued.
    Result<int> scanDeadlines(const QDateTime &now);

    /// The 督办单 takes fonts, so a QGuiApplication; without one (citygate) none is made.
    void setCityName(const QString &name) { m_cityName = name; }

private:
    struct Cause;
    Result<int> queueRules(const Cause &cause);
    Result<int> queueCallback(const Storage::CaseRow &after, const Storage::CaseEventRow &event);
    Result<std::optional<Cases::NewAttachment>> sheetFor(const Storage::CaseRow &after,
                                                         const Storage::CaseEventRow &event);
    Result<QString> departmentName(const QString &id);

    Storage::Database &m_db;
    const Core::CategoryDictionary &m_categories;
    Core::WorkCalendar m_calendar;
    QString m_cityName;
    std::optional<bool> m_hasExternalTable;
};

} // namespace Cc::Notify
