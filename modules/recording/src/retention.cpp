// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/recording/retention.h"

#include <QFile>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace Cc::Recording {

QList<Segment> planPruning(const QList<Segment> &segments, const RetentionPolicy &policy,
                           qint64 nowUs)
{
    QList<Segment> byAge = segments;
    std::stable_sort(byAge.begin(), byAge.end(),
                     [](const Segment &a, const Segment &b) { return a.startUs < b.startUs; });
    QSet<qint64> chosen;
    QList<Segment> plan;
    QHash<QString, qint64> perCamera;
    qint64 total = 0;
    for (const Segment &s : byAge) {
        perCamera[s.camera] += s.bytes;
        total += s.bytes;
    }
    auto choose = [&](const Segment &s) {
        if (s.state == QLatin1String("open") || chosen.contains(s.id))
            return;
        chosen.insert(s.id);
        plan.append(s);
        perCamera[s.camera] -= s.bytes;
        total -= s.bytes;
    };
    if (policy.retentionDays > 0) {
        const qint64 oldest = nowUs - qint64(policy.retentionDays) * 86'400'000'000LL;
        for (const Segment &s : byAge) {
            if (s.endUs < oldest)
                choose(s);
        }
    }
    if (policy.cameraQuotaBytes > 0) {
        for (const Segment &s : byAge) {
            if (perCamera.value(s.camera) > policy.cameraQuotaBytes)
                choose(s);
        }
    }
    if (policy.totalQuotaBytes > 0) {
        for (const Segment &s : byAge) {
            if (total <= policy.totalQuotaBytes)
                break;
            choose(s);
        }
    }
    return plan;
}

int prune(RecordingIndex &index, const RetentionPolicy &policy, qint64 nowUs)
{
    // The usual case, every few seconds: nothing over its limit, no row read.
    const RecordingIndex::Totals totals = index.totals();
    bool over = policy.totalQuotaBytes > 0 && totals.totalBytes > policy.totalQuotaBytes;
    for (qint64 bytes : totals.bytesPerCamera)
        over = over || (policy.cameraQuotaBytes > 0 && bytes > policy.cameraQuotaBytes);
    over = over
           || (policy.retentionDays > 0
               && totals.earliestEndUs < nowUs - qint64(policy.retentionDays) * 86'400'000'000LL);
    if (!over)
        return 0;
    int deleted = 0;
    for (const Segment &s : planPruning(index.segments(), policy, nowUs)) {
        if (!index.removeSegment(s.id))
            continue;
        QFile::remove(index.absolutePath(s));
        ++deleted;
    }
    return deleted;
}

} // namespace Cc::Recording
