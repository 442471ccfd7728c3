// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

#include <atomic>

class QThread;
class QWidget;

namespace Cc::App {

/// Runs the local database's full integrity check (Database::verify) on a worker thread
/// after start, so a large database opens at once; damage found is shown over `window`.
/// Destroying it stops a check still running.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    IntegrityCheck(const QString &path, QWidget *window);
    ~IntegrityCheck() override;

signals:
    void finished(bool ok, const QString &message);

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled {false};
};

} // namespace Cc::App
