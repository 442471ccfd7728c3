// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/sync_widgets/hubstatuswidget.h>

#include <cc/storage/database.h>
#include <cc/sync/credentialstore.h>
#include <cc/sync_widgets/conflictsdialog.h>
#include <cc/sync_widgets/joinhubdialog.h>

#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMouseEvent>

namespace Cc::SyncWidgets {

HubStatusWidget::HubStatusWidget(const QString &databasePath, QWidget *parent)
    : QLabel(parent)
    , m_path(databasePath)
{
    setObjectName(QStringLiteral("hubStatus"));
    setCursor(Qt::PointingHandCursor);
    m_status.state = Sync::SyncStatus::State::Standalone;
    Sync::HubLink link;
    if (auto db = Storage::Database::open(m_path, Storage::Database::OpenMode::ReadOnly,
                                          Storage::Database::IntegrityCheck::Deferred)) {
        if (auto l = Sync::SyncClient::link(*db.value()))
            link = l.value();
    }
    if (!link.isValid()) {
        show(m_status);
        return;
    }
    QString password = qEnvironmentVariable("CITYCOMMAND_HUB_PASSWORD");
    if (password.isEmpty())
        password = Sync::CredentialStore().load(link.url, link.user).value_or(QString());
    if (password.isEmpty()) {
        m_status.state = Sync::SyncStatus::State::Offline;
        m_status.offlineSince = QDateTime::currentDateTimeUtc();
        m_status.lastError = tr("No stored password for hub login %1: join the hub again.")
                                 .arg(link.user);
        show(m_status);
        return;
    }
    m_engine = new Sync::SyncEngine(m_path, Sync::HubCredentials{link.url, link.user, password, 5});
    m_engine->setIntegrityCheck(Storage::Database::IntegrityCheck::Deferred);
    m_engine->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, m_engine, &Sync::SyncEngine::start);
    connect(m_engine, &Sync::SyncEngine::statusChanged, this, &HubStatusWidget::show,
            Qt::QueuedConnection);
    connect(
        m_engine, &Sync::SyncEngine::synced, this,
        [this](int pulled, int, int) {
            if (pulled > 0)
                emit changesArrived();
        },
        Qt::QueuedConnection);
    connect(this, &HubStatusWidget::syncRequested, m_engine, &Sync::SyncEngine::syncNow,
            Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("hub-sync"));
    m_thread.start();
    m_status.state = Sync::SyncStatus::State::Syncing; // until the first round answers
    show(m_status);
}

HubStatusWidget::~HubStatusWidget()
{
    if (m_engine) {
        Sync::SyncEngine *engine = m_engine;
        QMetaObject::invokeMethod(
            engine, [engine] { delete engine; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
}

QString HubStatusWidget::describe(const Sync::SyncStatus &s)
{
    const auto when = [](const QDateTime &t) {
        return QLocale().toString(t.toLocalTime().time(), QLocale::ShortFormat);
    };
    QString text;
    switch (s.state) {
    case Sync::SyncStatus::State::Standalone:
    case Sync::SyncStatus::State::Invalid:
        return tr("Stand-alone: no hub configured, working on the local database");
    case Sync::SyncStatus::State::Offline:
        text = s.offlineSince.isValid() ? tr("Hub offline since %1").arg(when(s.offlineSince))
                                        : tr("Hub offline");
        if (s.pending > 0)
            text += tr(" · %n action(s) queued", nullptr, int(s.pending));
        break;
    case Sync::SyncStatus::State::Syncing:
        text = tr("Hub: syncing %n item(s)…", nullptr, int(s.pending));
        break;
    case Sync::SyncStatus::State::Connected:
        text = s.lastSync.isValid() ? tr("Hub connected · last sync %1").arg(when(s.lastSync))
                                    : tr("Hub connected");
        if (s.pending > 0)
            text += tr(" · %n action(s) queued", nullptr, int(s.pending));
        break;
    }
    if (s.conflicts > 0)
        text += tr(" · %n conflict(s)", nullptr, s.conflicts);
    return text;
}

void HubStatusWidget::show(const Sync::SyncStatus &status)
{
    m_status = status;
    setText(describe(status));
    QString tip = status.lastError;
    if (!status.waitingUser.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
               + tr("Actions of %1 wait until they sync.").arg(status.waitingUser);
    setToolTip(tip.isEmpty() ? tr("Click for hub actions") : tip);
    const bool bad = status.state == Sync::SyncStatus::State::Offline || status.conflicts > 0;
    setStyleSheet(bad ? QStringLiteral("color: #b00020;") : QString());
}

void HubStatusWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        showMenu();
    QLabel::mousePressEvent(event);
}

void HubStatusWidget::showMenu()
{
    QMenu menu(this);
    QAction *now = menu.addAction(tr("Sync now"));
    now->setEnabled(m_engine != nullptr);
    QAction *conflicts = menu.addAction(tr("Conflicts…"));
    QAction *join = menu.addAction(tr("Join a hub…"));
    QAction *chosen = menu.exec(mapToGlobal(QPoint(0, 0)));
    if (chosen == now) {
        emit syncRequested();
    } else if (chosen == conflicts) {
        ConflictsDialog dialog(m_path, this);
        dialog.exec();
    } else if (chosen == join) {
        const QFileInfo current(m_path);
        JoinHubDialog dialog(current.absolutePath() + QStringLiteral("/hub-city.gpkg"), this);
        if (dialog.exec() == QDialog::Accepted)
            QMessageBox::information(
                this, tr("Joined the hub"),
                tr("The city is in %1. Start CityCommand with --db %1 to work on it.")
                    .arg(dialog.joinedPath()));
    }
}

} // namespace Cc::SyncWidgets
