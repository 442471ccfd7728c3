// SPDX-License-Identifier: GPL-3.0-or-later
// Video clips as case evidence through the hub (hub schema 12; docs/video.md, "Where the bytes
// live"; docs/hub.md, "clips"). A clip attached to a case on an operator's workstation goes
// to the hub as a reference row with the case's other rows; its bytes follow in chunks, are
// proved whole on the hub, and a supervisor's workstation that pulled the reference fetches
// them, checks them again and has the clip to play. The hub believes nothing of it: forged
// references (each field of the description, the case, the department, the op) are refused
// with their codes, forged fields it derives are ignored, chunks of the wrong length or place
// are refused, a whole that does not hash to the reference is dropped, and a clip whose bytes
// never came says so.
#include "hubclips.h"
#include "hubfixture.h"

#include <cc/cases/caseclips.h>
#include <cc/sync/cliptransfer.h>
#include <cc/sync/hubadmin.h>

#include <QFile>
#include <QJsonArray>

using namespace Cc;
using Core::CaseAction;
using HubTest::HubFixture;
using HubTest::Workstation;

class TstHubClips : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    int m_clips = 0;

    Cases::ClipReference makeClip(qint64 bytes)
    {
        return HubTest::makeClipFile(m_hub.dir.filePath(QStringLiteral("clip-%1.mp4").arg(++m_clips)),
                                     bytes);
    }

    /// A case reported and accepted on `op` and on the hub; its id.
    QString reportedCase(Workstation &op)
    {
        auto reported = op.report(m_hub.grid);
        if (!reported || !op.act(reported->id, CaseAction::Accept) || !op.sync())
            return {};
        return reported->id;
    }

    /// Syncs until the clips' bytes are all sent (each round sends a slice).
    static Result<Sync::ClipUploadReport> syncAll(Workstation &w)
    {
        Sync::ClipUploadReport total;
        for (int round = 0; round < 1000; ++round) {
            auto r = w.sync();
            if (!r)
                return r.error();
            total.chunks += r->clips.chunks;
            total.bytes += r->clips.bytes;
            total.clipsStored += r->clips.clipsStored;
            if (!r->clips.more)
                return total;
        }
        return makeError(QStringLiteral("test.endless"), QStringLiteral("never done"));
    }

    /// The pending outbox of `w` as entries of a push.
    static QJsonArray pendingEntries(Workstation &w)
    {
        QJsonArray entries;
        auto rows = Storage::OutboxRepository(*w.db).pending(1000);
        if (!rows)
            return entries;
        for (const Storage::OutboxRow &row : std::as_const(rows.value()))
            entries.append(
                QJsonObject{{"seq", row.seq},
                            {"entity", row.entity},
                            {"rowId", row.rowId},
                            {"op", row.op},
                            {"payload", QJsonDocument::fromJson(row.payload.toUtf8()).object()}});
        return entries;
    }


private slots:
    void initTestCase()
    {
        QString why;
        if (!m_hub.setUp(&why))
            QFAIL(qPrintable(why));
    }

    void clipTravelsAndPlaysElsewhere()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        auto sv = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("sv"));
        QVERIFY(op && sv);
        const QString caseId = reportedCase(*op);
        QVERIFY(!caseId.isEmpty());
        // Three chunks and a bit (the hub's chunk is 1 MiB).
        const Cases::ClipReference clip = makeClip(3 * 1024 * 1024 + 4321);
        QVERIFY(!clip.sha256.isEmpty());
        Cases::CaseClips clips(*op->service, *op->db);
        auto attached = clips.attach(caseId, clip, op->actor);
        QVERIFY2(attached, qPrintable(attached ? QString() : attached.error().message));

        auto sent = syncAll(*op);
        QVERIFY2(sent, qPrintable(sent ? QString() : sent.error().message));
        QCOMPARE(sent->chunks, 4);
        QCOMPARE(sent->bytes, clip.size);
        QCOMPARE(sent->clipsStored, 1);
        // On the hub: the reference as the hub derives it, the bytes whole.
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_clip WHERE id = '%1' "
                                            "AND stored = 1 AND added_by = '%2' AND size = %3")
                                 .arg(attached->id, op->actor.userId)
                                 .arg(clip.size)),
                 1);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT sum(length(data)) FROM cc.clip_chunk WHERE "
                                            "sha256 = '%1'")
                                 .arg(clip.sha256)),
                 clip.size);
        // The uploader's row learns it is stored by its pull; nothing is sent again.
        auto again = syncAll(*op);
        QVERIFY(again);
        QCOMPARE(again->chunks, 0);
        auto mine = clips.find(attached->id);
        QVERIFY(mine && mine->stored);

        // The supervisor's workstation: the reference arrives with the case …
        QVERIFY(sv->sync());
        Cases::CaseClips theirs(*sv->service, *sv->db);
        theirs.setCacheDir(m_hub.dir.filePath(QStringLiteral("sv-cache")));
        auto listed = theirs.forCase(caseId);
        QVERIFY(listed);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().sha256, clip.sha256);
        QVERIFY(listed->first().stored);
        // … the file is not on this machine (moved away here, as if on another host) …
        QVERIFY(QFile::rename(clip.file, clip.file + QStringLiteral(".away")));
        auto missing = theirs.verifiedFile(attached->id);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("evidence.clip-missing"));
        // … so it is fetched from the hub, with progress, and proved again before it plays.
        auto conn = m_hub.userConnection(QStringLiteral("sv01"));
        QVERIFY(conn);
        QList<qint64> progress;
        auto fetched = Sync::ClipTransfer(*conn.value())
                           .download(clip.sha256, clip.size, theirs.cachedFile(clip.sha256),
                                     [&](qint64 done, qint64 total) {
                                         progress.append(done);
                                         return total == clip.size;
                                     });
        QVERIFY2(fetched, qPrintable(fetched ? QString() : fetched.error().message));
        QCOMPARE(progress.size(), 4);
        QCOMPARE(progress.last(), clip.size);
        auto playable = theirs.verifiedFile(attached->id);
        QVERIFY2(playable, qPrintable(playable ? QString() : playable.error().message));
        QCOMPARE(playable.value(), theirs.cachedFile(clip.sha256));
        QFile a(playable.value()), b(clip.file + QStringLiteral(".away"));
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QVERIFY(a.readAll() == b.readAll());

        // A workstation joined later has the reference from its snapshot.
        auto later = m_hub.mustJoin(QStringLiteral("op02"), QStringLiteral("later"));
        QVERIFY(later);
        auto snap = Cases::CaseClips(*later->service, *later->db).forCase(caseId);
        QVERIFY(snap && snap->size() == 1 && snap->first().stored);
    }

    void unavailableClipSaysSo()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        auto sv = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("sv"));
        QVERIFY(op && sv);
        const QString caseId = reportedCase(*op);
        const Cases::ClipReference clip = makeClip(500 * 1024);
        Cases::CaseClips clips(*op->service, *op->db);
        auto attached = clips.attach(caseId, clip, op->actor);
        QVERIFY(attached);
        // The file goes before the workstation syncs: the reference travels, the bytes cannot.
        QVERIFY(QFile::rename(clip.file, clip.file + QStringLiteral(".gone")));
        auto sent = syncAll(*op);
        QVERIFY(sent);
        QCOMPARE(sent->chunks, 0);
        // Another workstation that happens to see the same path (a shared folder) does not send
        // it: only the workstation that attached a clip uploads it.
        QVERIFY(QFile::rename(clip.file + QStringLiteral(".gone"), clip.file));
        auto pulled = syncAll(*sv);
        QVERIFY(pulled);
        QCOMPARE(pulled->chunks, 0);
        QVERIFY(QFile::remove(clip.file));
        auto listed = Cases::CaseClips(*sv->service, *sv->db).forCase(caseId);
        QVERIFY(listed && listed->size() == 1);
        QVERIFY(!listed->first().stored);
        auto conn = m_hub.userConnection(QStringLiteral("sv01"));
        QVERIFY(conn);
        const QString target = m_hub.dir.filePath(QStringLiteral("never.mp4"));
        auto fetched = Sync::ClipTransfer(*conn.value()).download(clip.sha256, clip.size, target);
        QVERIFY(!fetched);
        QCOMPARE(fetched.error().code, QStringLiteral("evidence.clip-not-on-hub"));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    }

    void uploadResumesAndTheHubChecksTheBytes()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        QVERIFY(op);
        const QString caseId = reportedCase(*op);
        // Exactly three chunks: no empty fourth one.
        const Cases::ClipReference clip = makeClip(3 * 1024 * 1024);
        Cases::CaseClips clips(*op->service, *op->db);
        auto attached = clips.attach(caseId, clip, op->actor);
        QVERIFY(attached);
        // The reference only (the file aside meanwhile).
        QVERIFY(QFile::rename(clip.file, clip.file + QStringLiteral(".aside")));
        QVERIFY(op->sync());
        QVERIFY(QFile::rename(clip.file + QStringLiteral(".aside"), clip.file));
        QFile f(clip.file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        auto conn = m_hub.userConnection(QStringLiteral("op01"));
        QVERIFY(conn);
        Sync::PgConnection &pg = *conn.value();
        const auto put = [&](int n, const QByteArray &data) {
            return pg.execBinary(QStringLiteral("SELECT cc.clip_put($1, $2, $3, $4)"),
                                 {Sync::kHubSchemaVersion, clip.sha256, n, data}, {3});
        };
        // Chunks in the wrong place or of the wrong length, of an unknown clip: refused.
        for (const auto &[n, data, code] : QList<std::tuple<int, QByteArray, QString>>{
                 {3, bytes.left(10), QStringLiteral("evidence.bad-chunk")},
                 {-1, bytes.left(1 << 20), QStringLiteral("evidence.bad-chunk")},
                 {0, bytes.left(1000), QStringLiteral("evidence.bad-chunk")},
                 {2, bytes.mid(2 << 20, 9), QStringLiteral("evidence.bad-chunk")},
                 {3, QByteArray(), QStringLiteral("evidence.bad-chunk")}}) {
            auto r = put(n, data);
            QVERIFY(!r);
            QCOMPARE(r.error().code, code);
        }
        auto unknown = pg.execBinary(QStringLiteral("SELECT cc.clip_put($1, $2, 0, $3)"),
                                     {Sync::kHubSchemaVersion, QString(64, QLatin1Char('a')),
                                      bytes.left(1 << 20)},
                                     {2});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("evidence.unknown-clip"));
        // A whole of the right lengths but other bytes: finished, found wrong, dropped.
        for (int n = 0; n < 3; ++n) {
            QByteArray wrong = bytes.mid(qint64(n) << 20, 1 << 20);
            wrong[0] = char(wrong[0] ^ 0x5a);
            QVERIFY(put(n, wrong));
        }
        auto incomplete = pg.exec(QStringLiteral("SELECT cc.clip_finish($1, $2)"),
                                  {Sync::kHubSchemaVersion, QString(64, QLatin1Char('b'))});
        QVERIFY(!incomplete);
        auto finished = pg.exec(QStringLiteral("SELECT cc.clip_finish($1, $2)"),
                                {Sync::kHubSchemaVersion, clip.sha256});
        QVERIFY(finished);
        const QJsonObject verdict = QJsonDocument::fromJson(finished->bytes(0, 0)).object();
        QCOMPARE(verdict.value("stored").toBool(), false);
        QCOMPARE(verdict.value("code").toString(), QStringLiteral("evidence.clip-mismatch"));
        QCOMPARE(m_hub.count(
                     QStringLiteral("SELECT count(*) FROM cc.clip_chunk WHERE sha256 = '%1'")
                         .arg(clip.sha256)),
                 0);
        // Chunk 1 arrives (a break after it): the workstation sends only the other two.
        QVERIFY(put(1, bytes.mid(1 << 20, 1 << 20)));
        auto sent = syncAll(*op);
        QVERIFY(sent);
        QCOMPARE(sent->chunks, 2);
        QCOMPARE(sent->clipsStored, 1);
        QCOMPARE(m_hub.count(QStringLiteral("SELECT stored FROM cc.case_clip WHERE id = '%1'")
                                 .arg(attached->id)),
                 1);
        // Another department's user may not read it; the same clip attached again to a second
        // case is stored at once (one copy per hash).
        auto other = m_hub.userConnection(m_hub.deptUserB);
        QVERIFY(other);
        auto denied = other.value()->exec(QStringLiteral("SELECT cc.clip_get($1, $2, 0)"),
                                          {Sync::kHubSchemaVersion, clip.sha256});
        QVERIFY(!denied);
        QCOMPARE(denied.error().code, QStringLiteral("evidence.unknown-clip"));
    }

    void forgedReferencesAreRefused()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        QVERIFY(op);
        const QString caseId = reportedCase(*op);
        const Cases::ClipReference clip = makeClip(4096);
        auto attached = Cases::CaseClips(*op->service, *op->db).attach(caseId, clip, op->actor);
        QVERIFY(attached);
        const QJsonArray honest = pendingEntries(*op);
        QCOMPARE(honest.size(), 1);
        QCOMPARE(honest[0].toObject().value("entity").toString(), QStringLiteral("case_clip"));
        const auto forged =
            [&](const QString &login,
                const std::function<void(QJsonObject & entry, QJsonObject & row)> &change) {
                QJsonObject entry = honest[0].toObject();
                QJsonObject payload = entry.value("payload").toObject();
                QJsonObject row = payload.value("row").toObject();
                change(entry, row);
                payload.insert("row", row);
                entry.insert("payload", payload);
                return m_hub.pushAs(login, QJsonArray{entry}).first().toObject();
            };
        const QString now = Storage::isoUtc(QDateTime::currentDateTimeUtc());
        const QString future = Storage::isoUtc(QDateTime::currentDateTimeUtc().addSecs(3600));
        const QString future2 = Storage::isoUtc(QDateTime::currentDateTimeUtc().addSecs(3630));
        using Change = std::function<void(QJsonObject &, QJsonObject &)>;
        const QList<std::tuple<const char *, QString, QString, Change>> forgeries{
            {"unknown case", "op01", "evidence.unknown-case",
             [](QJsonObject &, QJsonObject &r) {
                 r.insert("case_id", "0190a3b4-0000-7000-8000-00000000beef");
             }},
            {"other department's case", m_hub.deptUserB, "evidence.not-yours", {}},
            {"malformed hash", "op01", "evidence.bad-clip",
             [](QJsonObject &, QJsonObject &r) { r.insert("sha256", "ABC"); }},
            {"over the cap", "op01", "evidence.clip-too-large",
             [](QJsonObject &, QJsonObject &r) { r.insert("size", 300.0 * 1024 * 1024); }},
            {"no size", "op01", "evidence.bad-clip",
             [](QJsonObject &, QJsonObject &r) { r.insert("size", 0); }},
            {"no camera", "op01", "evidence.bad-clip",
             [](QJsonObject &, QJsonObject &r) { r.insert("camera_id", " "); }},
            {"reversed", "op01", "evidence.bad-clip",
             [&](QJsonObject &, QJsonObject &r) {
                 r.insert("start_at", r.value("end_at"));
                 r.insert("end_at", Storage::isoUtc(clip.start));
             }},
            {"malformed time", "op01", "evidence.bad-clip",
             [](QJsonObject &, QJsonObject &r) { r.insert("start_at", "yesterday"); }},
            {"over ten minutes", "op01", "evidence.bad-clip",
             [&](QJsonObject &, QJsonObject &r) {
                 r.insert("start_at", Storage::isoUtc(clip.end.addSecs(-700)));
             }},
            {"in the future", "op01", "evidence.time-out-of-bounds",
             [&](QJsonObject &, QJsonObject &r) {
                 r.insert("start_at", future);
                 r.insert("end_at", future2);
             }},
            {"relative path", "op01", "evidence.bad-clip",
             [](QJsonObject &, QJsonObject &r) { r.insert("file", "clips/a.mp4"); }},
            {"note too long", "op01", "evidence.bad-clip",
             [](QJsonObject &, QJsonObject &r) {
                 r.insert("note", QString(2001, QLatin1Char('x')));
             }},
            {"changed, not attached", "op01", "sync.unsupported",
             [](QJsonObject &e, QJsonObject &) { e.insert("op", "update"); }},
            {"row of another id", "op01", "sync.invalid-entry",
             [](QJsonObject &, QJsonObject &r) {
                 r.insert("id", "0190a3b4-0000-7000-8000-00000000cafe");
             }},
        };
        for (const auto &[name, login, code, change] : forgeries) {
            const QJsonObject verdict = forged(login,
                                               change ? change : Change([](auto &, auto &) {}));
            QVERIFY2(verdict.value("status") == QLatin1String("rejected"), name);
            QVERIFY2(verdict.value("code").toString() == code,
                     qPrintable(QString::fromLatin1(name) + ": "
                                + verdict.value("code").toString()));
            // The hub's row comes back (none): the workstation drops its copy.
            QVERIFY2(verdict.value("remote").toObject().contains("row"), name);
            QCOMPARE(m_hub.count(
                         QStringLiteral("SELECT count(*) FROM cc.case_clip WHERE case_id = '%1'")
                             .arg(caseId)),
                     0);
        }
        // What the hub derives is not taken from the entry: who attached it, when, stored.
        const QJsonObject taken = forged(QStringLiteral("op01"),
                                         [&](QJsonObject &, QJsonObject &r) {
                                             r.insert("added_by", "someone-else");
                                             r.insert("added_at", "2020-01-01T00:00:00.000Z");
                                             r.insert("stored", 1);
                                         });
        QCOMPARE(taken.value("status").toString(), QStringLiteral("applied"));
        QCOMPARE(m_hub.count(QStringLiteral("SELECT count(*) FROM cc.case_clip WHERE id = '%1' AND "
                                            "added_by = '%2' AND stored = 0 AND added_at > '%3'")
                                 .arg(attached->id, op->actor.userId, now.left(10))),
                 1);
        // Twice on the case: refused.
        const QJsonObject twice = forged(QStringLiteral("op01"), [](QJsonObject &e,
                                                                    QJsonObject &r) {
            r.insert("id", "0190a3b4-0000-7000-8000-00000000d00d");
            e.insert("rowId", "0190a3b4-0000-7000-8000-00000000d00d");
        });
        QCOMPARE(twice.value("code").toString(), QStringLiteral("evidence.clip-duplicate"));
    }
};

QTEST_GUILESS_MAIN(TstHubClips)
#include "tst_hub_clips.moc"
