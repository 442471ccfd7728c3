// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync/syncengine.h>

#include "synctr.h"

#include <cc/storage/database.h>
#include <cc/sync/hublistener.h>

#include <utility>

namespace Cc::Sync {

SyncEngine::SyncEngine(QString databasePath, HubCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_credentials(std::move(credentials))
{
    qRegisterMetaType<Cc::Sync::SyncStatus>();
    m_poll.setParent(this);
    m_outboxWatch.setParent(this);
    connect(&m_poll, &QTimer::timeout, this, &SyncEngine::syncNow);
    m_bell.setParent(this);
    m_bell.setSingleShot(true);
    connect(&m_bell, &QTimer::timeout, this, [this] {
        m_sinceBellPull.start();
        m_rung = true;
        syncNow();
    });
    connect(&m_outboxWatch, &QTimer::timeout, this, [this] {
        if (!m_client)
            return;
        const qint64 pending = m_client->pendingCount();
        if (pending != m_status.pending) {
            m_status.pending = pending;
            emit statusChanged(m_status);
        }
        // Offline, the listener's reconnect and the poll retry; no connection attempt a second.
        if (pending > 0 && m_status.waitingUser.isEmpty()
            && m_status.state != SyncStatus::State::Offline)
            syncNow();
    });
}

SyncEngine::~SyncEngine()
{
    stop();
}

void SyncEngine::start()
{
    auto opened = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadWrite,
                                          m_integrity);
    if (!opened) {
        setState(SyncStatus::State::Offline, opened.error().message);
        return;
    }
    m_db = std::move(opened).value();
    auto link = SyncClient::link(*m_db);
    if (!link || !link->isValid()) {
        setState(SyncStatus::State::Standalone);
        return;
    }
    if (m_credentials.url.isEmpty())
        m_credentials.url = link->url;
    if (m_credentials.user.isEmpty())
        m_credentials.user = link->user;
    m_client = std::make_unique<SyncClient>(*m_db, m_credentials);
    m_listener = std::make_unique<HubListener>(m_credentials);
    // Queued: the listener rings from its own thread.
    connect(m_listener.get(), &HubListener::doorbell, this, &SyncEngine::ring,
            Qt::QueuedConnection);
    connect(
        m_listener.get(), &HubListener::linkChanged, this,
        [this](bool up) {
            if (!up && m_status.state != SyncStatus::State::Offline)
                setState(SyncStatus::State::Offline,
                         SyncTr::tr("The connection to the hub dropped."));
            else if (up)
                syncNow();
        },
        Qt::QueuedConnection);
    m_listener->start();
    m_poll.start(m_pollMs);
    m_outboxWatch.start(1000);
    setState(SyncStatus::State::Syncing); // until the first round says connected or offline
    syncNow();
}

void SyncEngine::ring()
{
    // A pull is due already: this ring folds into it.
    if (m_bell.isActive())
        return;
    const qint64 since = m_sinceBellPull.isValid() ? m_sinceBellPull.elapsed() : m_bellIntervalMs;
    m_bell.start(int(std::max<qint64>(0, m_bellIntervalMs - since)));
}

void SyncEngine::stop()
{
    m_bell.stop();
    m_poll.stop();
    m_outboxWatch.stop();
    if (m_listener)
        m_listener->stop();
    m_listener.reset();
    m_client.reset();
    m_db.reset();
}

void SyncEngine::syncNow()
{
    if (!m_client)
        return;
    if (m_running) {
        m_again = true; // a doorbell during a sync: one more round after it
        return;
    }
    // Later in the event loop, so that several rings in a row make one round.
    m_running = true;
    QMetaObject::invokeMethod(this, &SyncEngine::runSync, Qt::QueuedConnection);
}

void SyncEngine::setState(SyncStatus::State state, const QString &error)
{
    if (state == SyncStatus::State::Offline && m_status.state != SyncStatus::State::Offline)
        m_status.offlineSince = QDateTime::currentDateTimeUtc();
    if (state != SyncStatus::State::Offline)
        m_status.offlineSince = QDateTime();
    m_status.state = state;
    m_status.lastError = error;
    emit statusChanged(m_status);
}

void SyncEngine::refreshCounts()
{
    m_status.pending = m_client ? m_client->pendingCount() : 0;
    if (!m_db)
        return;
    if (auto st = m_db->prepare(
            QStringLiteral("SELECT count(*) FROM conflict WHERE resolved_at IS NULL"))) {
        if (st.value().step())
            m_status.conflicts = int(st.value().integer(0));
    }
}

void SyncEngine::runSync()
{
    do {
        m_again = false;
        refreshCounts();
        m_status.state = SyncStatus::State::Syncing;
        emit statusChanged(m_status);
        const bool rung = std::exchange(m_rung, false);
        auto report = m_client->syncOnce();
        ++m_status.rounds;
        refreshCounts();
        if (report && report->pull.received > 0)
            m_bellIntervalMs = kBellMinMs;
        else if (report && rung)
            m_bellIntervalMs = std::min(m_bellIntervalMs * 2, kBellMaxMs);
        if (!report) {
            setState(SyncStatus::State::Offline, report.error().message);
            break;
        }
        m_status.lastSync = QDateTime::currentDateTimeUtc();
        m_status.waitingUser = report->push.waitingUser;
        setState(SyncStatus::State::Connected);
        if (report->pull.applied || report->push.sent || report->basemap.changed)
            emit synced(report->pull.applied, report->push.applied, report->push.rejected);
        // A clip still going up: another round at once (each spends at most
        // SyncClient::kClipBudgetMs on it, so pushes and pulls keep their pace meanwhile).
        if (report->clips.more)
            m_again = true;
    } while (m_again);
    m_running = false;
}

} // namespace Cc::Sync
