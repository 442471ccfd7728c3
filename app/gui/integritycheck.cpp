// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include <cc/storage/database.h>

#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QWidget>

namespace Cc::App {

namespace {

/// A red bar over the whole window: the file is damaged and only read from now on (the
/// storage layer refuses every write, so nothing typed after this can be lost silently).
void showReadOnlyBanner(QWidget *window, const QString &detail)
{
    auto *main = qobject_cast<QMainWindow *>(window);
    if (!main || main->findChild<QToolBar *>(QStringLiteral("damagedBanner")))
        return;
    auto *bar = new QToolBar(main);
    bar->setObjectName(QStringLiteral("damagedBanner"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setStyleSheet(QStringLiteral("QToolBar { background: #b71c1c; border: none; }"));
    auto *label = new QLabel(IntegrityCheck::tr(
                                 "READ-ONLY: the local database is damaged. Nothing "
                                 "more is written to it; restore it from a backup or "
                                 "the hub. (%1)")
                                 .arg(detail.left(120)),
                             bar);
    label->setObjectName(QStringLiteral("damagedBannerText"));
    label->setStyleSheet(
        QStringLiteral("background: #b71c1c; color: white; font-weight: bold; padding: 4px;"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred); // across the window
    bar->addWidget(label);
    main->addToolBar(Qt::TopToolBarArea, bar);
}

} // namespace

IntegrityCheck::IntegrityCheck(const QString &path, QWidget *window, int delayMs)
{
    if (auto damage = Storage::Database::damage(path))
        showReadOnlyBanner(window, *damage);
    connect(this, &IntegrityCheck::finished, window,
            [window = QPointer<QWidget>(window), path](bool ok, const QString &message) {
                if (ok || !window)
                    return;
                showReadOnlyBanner(window, message);
                auto *box = new QMessageBox(
                    QMessageBox::Critical, tr("CityCommand"),
                    tr("The integrity check of the local database %1 found damage. "
                       "From now on CityCommand only reads this file: nothing more "
                       "is written to it. Restore the file from a backup or the hub."
                       "\n\n%2")
                        .arg(path, message),
                    QMessageBox::Ok, window);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            });
    m_thread = QThread::create([this, path] {
        const auto checked = m_verifier.run(path);
        if (checked || checked.error().code != QLatin1String("database.check-cancelled"))
            emit finished(bool(checked), checked ? QString() : checked.error().message);
    });
    QTimer::singleShot(delayMs, this, [this] { m_thread->start(QThread::LowPriority); });
}

IntegrityCheck::~IntegrityCheck()
{
    m_verifier.cancel();
    m_thread->wait();
    delete m_thread;
}

} // namespace Cc::App
