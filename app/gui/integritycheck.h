// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/database.h>

#include <QObject>
#include <QString>

class QThread;
class QWidget;

namespace Cc::App {

/// Runs the local database's full integrity check (Database::verify) on a worker thread
/// `delayMs` after the event loop starts, so a large database opens at once and the check
/// (it reads the whole file: seconds of a core at millions of cases) does not compete with
/// drawing the first window; damage found is shown over `window`. Destroying it stops a
/// check still running.
class IntegrityCheck : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDelayMs = 3000;
    IntegrityCheck(const QString &path, QWidget *window, int delayMs = kDefaultDelayMs);
    ~IntegrityCheck() override;

signals:
    void finished(bool ok, const QString &message);

private:
    Storage::IntegrityVerifier m_verifier;
    QThread *m_thread = nullptr;
};

} // namespace Cc::App
