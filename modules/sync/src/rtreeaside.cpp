// SPDX-License-Identifier: GPL-3.0-or-later
#include "rtreeaside.h"

namespace Cc::Sync::Internal {

RtreeAside::RtreeAside(int pageSize) : m_pageSize(pageSize), m_thread([this] { run(); }) {}

RtreeAside::~RtreeAside()
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.clear(); // a join that failed: nobody takes these trees
    }
    drain();
}

void RtreeAside::add(const QString &name, QList<Point> points)
{
    std::lock_guard lock(m_mutex);
    m_jobs.emplace_back(name, std::move(points));
    m_changed.notify_all();
}

std::unique_ptr<Storage::DetachedRtree> RtreeAside::take(const QString &name)
{
    drain();
    auto it = m_trees.find(name);
    if (it == m_trees.end() || m_failed.contains(name))
        return nullptr;
    return std::move(it->second);
}

/// Lets the thread add what it was given, and waits for it.
void RtreeAside::drain()
{
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
}

void RtreeAside::run()
{
    for (;;) {
        std::pair<QString, QList<Point>> job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_jobs.empty() || m_finishing; });
            if (m_jobs.empty())
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        const QString &name = job.first;
        if (m_failed.contains(name))
            continue;
        auto &tree = m_trees[name];
        if (!tree) {
            auto created = Storage::DetachedRtree::create(name, m_pageSize);
            if (!created) {
                m_failed.insert(name);
                continue;
            }
            tree = std::move(created).value();
        }
        for (const Point &p : std::as_const(job.second)) {
            if (!tree->add(p.id, p.x, p.x, p.y, p.y)) {
                m_failed.insert(name);
                break;
            }
        }
    }
}

} // namespace Cc::Sync::Internal
