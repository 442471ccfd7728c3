// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

typedef struct _GstElement GstElement; // as GStreamer declares it: no GStreamer header here

namespace Cc::Video {

/// Tears retired pipelines down on ONE thread that it owns, in the order they were retired:
/// `set_state(NULL)` can block (rtspsrc sends TEARDOWN and waits for the camera), so it never
/// runs on the GUI thread, and no thread is left detached behind the process. The thread is
/// joined at exit (the process-wide instance's destructor, after main() returns) once every
/// queued pipeline is down, so nothing is torn down while the process is being unmapped.
///
/// `livePipelines()` counts pipelines from creation (track()) to their finalization by GObject
/// (a weak reference), so a reference leaked anywhere shows up as a pipeline that stays alive.
class PipelineReaper
{
public:
    static PipelineReaper &instance();

    /// Counts `pipeline` as alive until GObject finalizes it.
    void track(GstElement *pipeline);
    /// Takes over the caller's reference: the pipeline goes to NULL and is unreferenced on
    /// the reaper thread (inline once the reaper has shut down).
    void retire(GstElement *pipeline);
    /// Blocks until every pipeline retired so far is torn down (tests, orderly shutdown).
    void drain();
    /// Drains and joins the thread; later retire() calls tear down inline.
    void shutdown();

    /// Process-wide counters (readable also after the reaper is gone, e.g. in an exit handler).
    static int livePipelines();
    static quint64 tornDown();
    bool running() const;

    ~PipelineReaper();
    PipelineReaper(const PipelineReaper &) = delete;
    PipelineReaper &operator=(const PipelineReaper &) = delete;

private:
    PipelineReaper() = default;
    void run();
    static void teardownNow(GstElement *pipeline);

    mutable std::mutex m_mutex;
    std::condition_variable m_wake, m_idle;
    std::deque<GstElement *> m_queue;
    std::thread m_thread;
    bool m_busy = false, m_stopping = false, m_stopped = false;
};

} // namespace Cc::Video
