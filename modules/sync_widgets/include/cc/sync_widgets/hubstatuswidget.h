// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/sync/syncengine.h>

#include <QLabel>
#include <QThread>

#include <memory>

namespace Cc::SyncWidgets {

/// The status-bar item of the hub: stand-alone, connected (last sync), syncing n items,
/// offline since …, and unresolved conflicts. A click opens a menu: sync now, conflicts,
/// join a hub. When the database has joined a hub it runs the SyncEngine on a thread of its
/// own (with its own database connection), using the password from the CredentialStore.
class HubStatusWidget : public QLabel
{
    Q_OBJECT
public:
    explicit HubStatusWidget(const QString &databasePath, QWidget *parent = nullptr);
    ~HubStatusWidget() override;

    Sync::SyncStatus status() const { return m_status; }
    static QString describe(const Sync::SyncStatus &status);

signals:
    /// Rows arrived from the hub (views may refresh at once instead of on their next poll).
    void changesArrived();
    void syncRequested(); ///< internal: queued to the engine's thread

protected:
    void mousePressEvent(QMouseEvent *event) override;

private:
    void show(const Sync::SyncStatus &status);
    void showMenu();

    QString m_path;
    QThread m_thread;
    Sync::SyncEngine *m_engine = nullptr; ///< lives in m_thread
    Sync::SyncStatus m_status;
};

} // namespace Cc::SyncWidgets
