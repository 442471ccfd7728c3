// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video/pipelinereaper.h"

#include <gst/gst.h>

#include <atomic>

namespace Cc::Video {

namespace {
std::atomic<int> g_live{0};
std::atomic<quint64> g_tornDown{0};

void onPipelineFinalized(gpointer, GObject *)
{
    --g_live;
}
} // namespace

PipelineReaper &PipelineReaper::instance()
{
    // A function-local static: built on first use (the first stream), destroyed after
    // main() returns, which is where the thread is joined.
    static PipelineReaper reaper;
    return reaper;
}

PipelineReaper::~PipelineReaper()
{
    shutdown();
}

void PipelineReaper::track(GstElement *pipeline)
{
    ++g_live;
    g_object_weak_ref(G_OBJECT(pipeline), onPipelineFinalized, nullptr);
}

void PipelineReaper::retire(GstElement *pipeline)
{
    if (!pipeline)
        return;
    {
        std::lock_guard lock(m_mutex);
        if (!m_stopped) {
            if (!m_thread.joinable())
                m_thread = std::thread(&PipelineReaper::run, this);
            m_queue.push_back(pipeline);
            m_wake.notify_one();
            return;
        }
    }
    teardownNow(pipeline);
}

void PipelineReaper::teardownNow(GstElement *pipeline)
{
    gst_element_set_state(pipeline, GST_STATE_NULL);
    gst_object_unref(pipeline);
    ++g_tornDown;
}

void PipelineReaper::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
        if (m_queue.empty()) // stopping, and nothing left: done
            return;
        GstElement *pipeline = m_queue.front();
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        teardownNow(pipeline);
        lock.lock();
        m_busy = false;
        if (m_queue.empty())
            m_idle.notify_all();
    }
}

void PipelineReaper::drain()
{
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_queue.empty() && !m_busy; });
}

void PipelineReaper::shutdown()
{
    std::thread thread;
    {
        std::lock_guard lock(m_mutex);
        if (m_stopped)
            return;
        m_stopping = true;
        m_stopped = true;
        thread = std::move(m_thread);
        m_wake.notify_one();
    }
    // The thread empties the queue before it returns (see run()).
    if (thread.joinable())
        thread.join();
}

int PipelineReaper::livePipelines()
{
    return g_live.load();
}

quint64 PipelineReaper::tornDown()
{
    return g_tornDown.load();
}

bool PipelineReaper::running() const
{
    std::lock_guard lock(m_mutex);
    return m_thread.joinable();
}

} // namespace Cc::Video
