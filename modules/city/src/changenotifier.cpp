// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/city/changenotifier.h>

#include <cc/storage/database.h>

#include <sqlite3.h>

namespace Cc::City {

ChangeNotifier::ChangeNotifier(Storage::Database &db, QObject *parent) : QObject(parent), m_db(db)
{
    m_poll.setInterval(kDefaultIntervalMs);
    connect(&m_poll, &QTimer::timeout, this, &ChangeNotifier::poll);
    // Where we stand now: only what changes from here on is signalled.
    if (auto version = m_db.dataVersion())
        m_dataVersion = version.value();
    if (auto stamps = readStamps())
        m_stamps = stamps.value();
    // SQLite calls this just before each commit on our connection (PRAGMA data_version
    // never changes for a connection's own writes). 0: let the commit go ahead.
    m_outer = sqlite3_commit_hook(m_db.handle(), &ChangeNotifier::commitHook, this);
}

ChangeNotifier::~ChangeNotifier()
{
    // A connection has one commit hook: an outer notifier on it (only ever ours) gets it back.
    sqlite3_commit_hook(m_db.handle(), m_outer ? &ChangeNotifier::commitHook : nullptr, m_outer);
}

int ChangeNotifier::commitHook(void *self)
{
    static_cast<ChangeNotifier *>(self)->ownCommit();
    return 0;
}

void ChangeNotifier::setIntervalMs(int ms)
{
    m_poll.setInterval(ms);
}

void ChangeNotifier::start()
{
    m_poll.start();
}

void ChangeNotifier::stop()
{
    m_poll.stop();
}

void ChangeNotifier::ownCommit()
{
    // Called inside SQLite's commit: the connection is busy, and a step usually commits
    // more than once. One check once control is back in the event loop covers them all.
    if (m_checkQueued || m_checking)
        return;
    m_checkQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_checkQueued = false;
            checkNow();
        },
        Qt::QueuedConnection);
}

Result<ChangeNotifier::Stamps> ChangeNotifier::readStamps()
{
    // Two index look-ups and five rows, whatever the size of the city.
    auto st = m_db.prepare(
        QStringLiteral("SELECT (SELECT coalesce(max(fid), 0) FROM case_record), "
                       "(SELECT n FROM change_stamp WHERE topic = 'cases'), "
                       "(SELECT n FROM change_stamp WHERE topic = 'grids'), "
                       "(SELECT n FROM change_stamp WHERE topic = 'components'), "
                       "(SELECT n FROM change_stamp WHERE topic = 'cameras'), "
                       "(SELECT n FROM change_stamp WHERE topic = 'reference')"));
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    Stamps s;
    if (row.value())
        s = Stamps{st->integer(0), st->integer(1), st->integer(2),
                   st->integer(3), st->integer(4), st->integer(5)};
    return s;
}

bool ChangeNotifier::poll()
{
    auto version = m_db.dataVersion();
    if (!version) {
        m_lastError = version.error();
        return false;
    }
    if (version.value() == m_dataVersion)
        return false;
    m_dataVersion = version.value();
    checkNow();
    return true;
}

std::optional<ChangeNotifier::Changed> ChangeNotifier::takeChanges()
{
    m_checking = true; // our own reads must not queue another check
    auto stamps = readStamps();
    if (auto version = m_db.dataVersion())
        m_dataVersion = version.value(); // what this check has seen needs no second look
    m_checking = false;
    if (!stamps) {
        m_lastError = stamps.error();
        return std::nullopt;
    }
    const Stamps before = m_stamps;
    const Stamps &now = stamps.value();
    m_stamps = now;
    return Changed{now.newestCase != before.newestCase || now.cases != before.cases,
                   now.grids != before.grids, now.components != before.components,
                   now.cameras != before.cameras, now.reference != before.reference};
}

void ChangeNotifier::signal(const Changed &what)
{
    if (what.cases)
        emit casesChanged();
    if (what.grids)
        emit gridsChanged();
    if (what.components)
        emit componentsChanged();
    if (what.cameras)
        emit camerasChanged();
    if (what.reference)
        emit referenceChanged();
    if (what.cases || what.grids || what.components || what.cameras || what.reference)
        emit changed();
}

bool ChangeNotifier::checkNow()
{
    const auto what = takeChanges();
    if (!what)
        return false;
    signal(*what);
    return true;
}

void ChangeNotifier::refreshAll()
{
    (void) takeChanges(); // so that the next check does not signal the same change again
    signal(Changed{true, true, true, true, true});
}

} // namespace Cc::City
