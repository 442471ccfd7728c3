// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Notifications in the app (docs/notify.md): the step observer on the case service, the
// sender and deadline scanner on a worker thread with its own connection, the case
// timeline's "已通知 …" lines and the settings page. Cross-feature wiring, so it lives here.

#include <cc/cases_widgets/casedetailview.h>
#include <cc/notify/notifier.h>

#include <QThread>

#include <atomic>
#include <memory>

namespace Cc::City {
class CityContext;
}

namespace Cc::App {

/// Scans deadlines and sends the outbox every `intervalSeconds` until stopped. Another
/// sender holding the lease (cityctl notify send --loop) is left to it.
class NotifySenderThread : public QThread
{
public:
    NotifySenderThread(const QString &databasePath, const Core::CategoryDictionary &categories,
                       const Core::WorkCalendar &calendar, int intervalSeconds = 15);
    ~NotifySenderThread() override;
    void stop();

protected:
    void run() override;

private:
    QString m_path;
    const Core::CategoryDictionary &m_categories;
    Core::WorkCalendar m_calendar;
    int m_interval;
    std::atomic_bool m_stop{false};
};

class Notifications
{
public:
    /// Registers the observer on `service` (which must not outlive this) and starts the sender.
    Notifications(City::CityContext &city, Cases::CaseService &service, bool startSender = true);
    ~Notifications();

    CasesWidgets::CaseDetailView::TimelineNotes timelineNotes();
    void openSettings(QWidget *parent);

private:
    City::CityContext &m_city;
    std::unique_ptr<Notify::Notifier> m_notifier;
    std::unique_ptr<NotifySenderThread> m_sender;
};

} // namespace Cc::App
