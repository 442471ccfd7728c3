// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifications.h"

#include <cc/city/citycontext.h>
#include <cc/notify/deliverylog.h>
#include <cc/notify/sender.h>
#include <cc/notify_widgets/notifysettingsdialog.h>

#include <QCoreApplication>
#include <QLoggingCategory>

namespace Cc::App {

namespace {
Q_LOGGING_CATEGORY(lcNotify, "cc.notify")
}

NotifySenderThread::NotifySenderThread(const QString &databasePath,
                                       const Core::CategoryDictionary &categories,
                                       const Core::WorkCalendar &calendar, int intervalSeconds)
    : m_path(databasePath)
    , m_categories(categories)
    , m_calendar(calendar)
    , m_interval(intervalSeconds)
{}

NotifySenderThread::~NotifySenderThread()
{
    stop();
}

void NotifySenderThread::stop()
{
    m_stop = true;
    wait();
}

void NotifySenderThread::run()
{
    // Its own connection: SQLite connections are not shared between threads here.
    auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadWrite,
                                      Storage::Database::IntegrityCheck::Deferred);
    if (!db) {
        qCWarning(lcNotify) << "notification sender not started:" << db.error().message;
        return;
    }
    Notify::Notifier scanner(**db, m_categories, m_calendar);
    Notify::Sender sender(**db, m_calendar.timeZone());
    const auto keepGoing = [this] { return !m_stop; };
    while (!m_stop) {
        if (auto r = scanner.scanDeadlines(QDateTime::currentDateTimeUtc()); !r)
            qCWarning(lcNotify) << r.error().message;
        if (auto r = sender.drain(keepGoing); !r && r.error().code != "notify.sender-busy")
            qCWarning(lcNotify) << r.error().message;
        for (int i = 0; i < m_interval * 10 && !m_stop; ++i)
            msleep(100);
    }
}

Notifications::Notifications(City::CityContext &city, Cases::CaseService &service, bool startSender)
    : m_city(city)
    , m_notifier(
          std::make_unique<Notify::Notifier>(city.database(), city.categories(), city.calendar()))
{
    m_notifier->setCityName(city.cityName());
    service.addStepObserver(m_notifier->observer());
    if (startSender) {
        m_sender = std::make_unique<NotifySenderThread>(city.database().path(), city.categories(),
                                                        city.calendar());
        m_sender->start(QThread::LowPriority);
    }
}

Notifications::~Notifications() = default;

CasesWidgets::CaseDetailView::TimelineNotes Notifications::timelineNotes()
{
    return [this](const QString &caseId) {
        QList<CasesWidgets::CaseDetailView::TimelineNote> notes;
        auto entries = Notify::DeliveryLog(m_city.database()).forCase(caseId);
        if (!entries)
            return notes;
        const QTimeZone zone = m_city.calendar().timeZone();
        for (const Notify::DeliveryEntry &e : entries.value())
            notes.append({e.at(), QCoreApplication::translate("Cc::App::Notifications", "Notice"),
                          e.timelineText(zone),
                          e.status == QLatin1String("failed")
                              || e.status == QLatin1String("undeliverable")});
        return notes;
    };
}

void Notifications::openSettings(QWidget *parent)
{
    NotifyWidgets::NotifySettingsDialog dialog(m_city.database(), parent);
    dialog.exec();
}

} // namespace Cc::App
