// SPDX-License-Identifier: GPL-3.0-or-later
#include "integritycheck.h"

#include <cc/storage/database.h>

#include <QMessageBox>
#include <QPointer>
#include <QThread>
#include <QWidget>

namespace Cc::App {

IntegrityCheck::IntegrityCheck(const QString &path, QWidget *window)
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
        const auto checked = Storage::Database::verify(path, &m_cancelled);
        if (!m_cancelled)
            emit finished(bool(checked), checked ? QString() : checked.error().message);
    });
    m_thread->start(QThread::LowPriority);
}

IntegrityCheck::~IntegrityCheck()
{
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
}

} // namespace Cc::App
