// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/detachedrtree.h>

#include <QList>
#include <QSet>
#include <QString>

#include <condition_variable>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace Cc::Sync::Internal {

/// The R-trees of a join's point tables (cases, components, cameras …), built on a thread of
/// their own while the join's connection writes the rows: the hub sends them faster than
/// that connection writes, so the second core has time then, and inserting ~170,000 entries
/// into R-trees cost the demo town's join 1.1–1.7 s at its end. SnapshotLoad hands over each
/// batch's points as it is written and copies each tree in at the end
/// (Storage::DetachedRtree).
class RtreeAside
{
public:
    struct Point
    {
        qint64 id = 0;
        double x = 0, y = 0;
    };

    explicit RtreeAside(int pageSize);
    ~RtreeAside(); ///< stops the thread; the trees not taken are dropped
    RtreeAside(const RtreeAside &) = delete;
    RtreeAside &operator=(const RtreeAside &) = delete;

    /// The next points of the R-tree `name`, for the thread to add.
    void add(const QString &name, QList<Point> points);
    /// Waits until the thread has added every point handed over; then the tree `name`, or
    /// null when it could not be built (SQLite refused it): the caller builds it with SQL.
    std::unique_ptr<Storage::DetachedRtree> take(const QString &name);

private:
    void run();
    void drain();

    const int m_pageSize;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::pair<QString, QList<Point>>> m_jobs;
    bool m_finishing = false;
    std::map<QString, std::unique_ptr<Storage::DetachedRtree>> m_trees; ///< the thread's
    QSet<QString> m_failed;                                             ///< the thread's
    std::thread m_thread;
};

} // namespace Cc::Sync::Internal
