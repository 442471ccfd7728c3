// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include <cc/storage/database.h>

#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QTimer>
#include <QWidget>

namespace Cc::App {

IntegrityCheck::IntegrityCheck(const QString &path, QWidget *window, int delayMs)
{
    connect(this, &IntegrityCheck::finished, window, [window = QPointer<QWidget>(window), path](bool ok, const QString &message) {
        if (ok || !window)
            return;
        auto *box = new QMessageBox(QMessageBox::Critical, tr("CityCommand"),
                                    tr("The integrity check of the local database %1 found damage. "
                                       "Stop working on this workstation and restore the file from "
                                       "a backup or the hub.\n\n%2").arg(path, message),
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
