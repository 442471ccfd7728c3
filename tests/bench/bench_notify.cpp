// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications (issue 14): 1,000 queued messages delivered by the sender to the local
// webhook receiver (tests/integration/notify_receivers.py). Target: < 5 s. Prints the time,
// the rate and the ratio against the target; asserts nothing about time.
#include "../integration/notifyreceivers.h"

#include <cc/notify/sender.h>
#include <cc/storage/database.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QTemporaryDir>

#include <cstdio>

using namespace Cc;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    constexpr int kMessages = 1000;
    constexpr double kTargetSeconds = 5.0;
    QTemporaryDir dir;
    NotifyTest::Receivers receivers;
    if (!receivers.start(dir.filePath("received.jsonl"), {"--no-smtp"})) {
        std::fprintf(stderr, "bench_notify: the receiver did not start\n");
        return 1;
    }
    auto db = Storage::Database::open(dir.filePath("bench.gpkg"),
                                      Storage::Database::OpenMode::Create);
    if (!db) {
        std::fprintf(stderr, "bench_notify: %s\n", qPrintable(db.error().message));
        return 1;
    }
    {
        Storage::Transaction tx(**db);
        auto s = (*db)->prepare(QStringLiteral(
            "INSERT INTO notify_message (message_id, case_id, trigger, channel, recipient, address, "
            "body, urgent, next_attempt_at, created_at) VALUES (?1, 'bench', 'dispatch', 'webhook', "
            "'测试组', ?2, ?3, 1, ?4, ?4)"));
        const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc().addSecs(-1));
        for (int i = 0; s && i < kMessages; ++i) {
            s->reset();
            s->bindText(1, QStringLiteral("bench-%1").arg(i))
                .bindText(2, receivers.url(QStringLiteral("/hook")))
                .bindText(3,
                          QStringLiteral("【数字城管】案件2026-%1已派遣至县住房和城乡建设局，请于"
                                         "11月24日 12:00前处置。")
                              .arg(i, 6, 10, QLatin1Char('0')))
                .bindText(4, now);
            if (!s->exec())
                return 1;
        }
        if (!tx.commit())
            return 1;
    }
    Notify::Sender sender(**db, QTimeZone("Asia/Shanghai"));
    QElapsedTimer timer;
    timer.start();
    auto report = sender.drain();
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!report) {
        std::fprintf(stderr, "bench_notify: %s\n", qPrintable(report.error().message));
        return 1;
    }
    QSet<QString> ids;
    for (const QJsonObject &e : receivers.entries())
        ids.insert(e.value("messageId").toString());
    std::printf("notify: %d queued webhook messages delivered in %.2f s (%.0f messages/s), "
                "%lld distinct ids at the receiver\n",
                report->sent, seconds, report->sent / seconds, qint64(ids.size()));
    std::printf("notify: ratio against the target (< %.0f s): %.2f (below 1 meets it)\n",
                kTargetSeconds, seconds / kTargetSeconds);
    return report->sent == kMessages && ids.size() == kMessages ? 0 : 1;
}
