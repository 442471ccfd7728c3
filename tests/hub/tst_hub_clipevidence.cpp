// SPDX-License-Identifier: GPL-3.0-or-later
// A clip attached on one workstation, opened from the case timeline of another (app/gui's
// ClipEvidence; docs/video.md, "Clips as evidence"): the timeline's "视频证据" line links it,
// opening the link fetches the bytes from the hub behind a progress dialog, proves them
// against the reference and hands the file to the desktop's player; a clip whose bytes have
// not reached the hub says so, and nothing is played.
#include "hubclips.h"
#include "hubfixture.h"

#include "clipevidence.h"

#include <cc/cases/auth.h>
#include <cc/cases/caseclips.h>
#include <cc/demogen/democity.h>
#include <cc/sync/hublogin.h>

#include <QApplication>
#include <QDesktopServices>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>

using namespace Cc;
using HubTest::HubFixture;
using HubTest::Workstation;

/// Stands in for the desktop's player: the files it was asked to open.
class FakePlayer : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened.append(url); }
};

class TstHubClipEvidence : public QObject
{
    Q_OBJECT

private:
    HubFixture m_hub;
    FakePlayer m_player;
    int m_clips = 0;

    /// A case reported and accepted on `op`, a clip of `bytes` attached to it there, and the
    /// clip's id; `sendBytes` false: the file is gone before the workstation syncs.
    QString attachedClip(Workstation &op, qint64 bytes, bool sendBytes, Cases::ClipReference *out)
    {
        auto reported = op.report(m_hub.grid);
        if (!reported || !op.act(reported->id, Core::CaseAction::Accept))
            return {};
        *out = HubTest::makeClipFile(
            m_hub.dir.filePath(QStringLiteral("evidence-%1.mp4").arg(++m_clips)), bytes);
        auto attached = Cases::CaseClips(*op.service, *op.db).attach(reported->id, *out, op.actor);
        if (!attached)
            return {};
        if (!sendBytes && !QFile::rename(out->file, out->file + QStringLiteral(".gone")))
            return {};
        for (int round = 0; round < 100; ++round) {
            auto r = op.sync();
            if (!r)
                return {};
            if (!r->clips.more)
                return attached->id;
        }
        return {};
    }

    /// The session of `w`'s user, logged in as the app does: the password checked against the
    /// hub (a joined workstation keeps no hash of a user who never logged in there).
    Cases::Session sessionOf(Workstation &w)
    {
        auto hub = std::make_shared<Sync::HubLogin>(m_hub.credentials(w.login));
        Cases::AuthService auth(*w.db);
        auth.setAuthority({[hub](const QString &login) { return hub->hashPrefix(login); },
                           [hub](const QString &login, const QString &hash) {
                               return hub->check(login, hash);
                           }});
        auto session = auth.login(w.login, QString::fromLatin1(Demo::kDemoPassword));
        return session ? session.value() : Cases::Session{};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the clip cache under ~/.qttest
        QString why;
        if (!m_hub.setUp(&why))
            QFAIL(qPrintable(why));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_player, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(QStringLiteral("file")); }

    void timelineLinkFetchesFromTheHubAndPlays()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op"));
        auto sv = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("sv"));
        QVERIFY(op && sv);
        Cases::ClipReference clip;
        const QString clipId = attachedClip(*op, 2 * 1024 * 1024 + 77, true, &clip);
        QVERIFY(!clipId.isEmpty());
        // The file is not on the supervisor's machine (moved away, as if on another host).
        QVERIFY(QFile::rename(clip.file, clip.file + QStringLiteral(".away")));
        QVERIFY(sv->sync());

        const Cases::Session session = sessionOf(*sv);
        QVERIFY(!session.roles.isEmpty());
        App::ClipEvidence evidence(*sv->service, *sv->db, session);
        auto caseId = Cases::CaseClips(*sv->service, *sv->db).find(clipId);
        QVERIFY(caseId);
        const auto notes = evidence.notes(caseId->caseId);
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().link, QStringLiteral("clip:") + clipId);
        QVERIFY2(notes.first().text.contains(QStringLiteral("人民路口")), qPrintable(notes.first().text));

        m_player.opened.clear();
        auto opened = evidence.open(notes.first().link);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(m_player.opened.size(), 1);
        QFile played(m_player.opened.first().toLocalFile()),
            original(clip.file + QStringLiteral(".away"));
        QVERIFY(played.fileName() != original.fileName());
        QVERIFY(played.open(QIODevice::ReadOnly) && original.open(QIODevice::ReadOnly));
        QVERIFY(played.readAll() == original.readAll());
        // Opened again: the proved copy plays, nothing is fetched.
        QVERIFY(evidence.open(notes.first().link));
        QCOMPARE(m_player.opened.size(), 2);
        QCOMPARE(m_player.opened.last(), m_player.opened.first());
    }

    void clipNotOnTheHubSaysSo()
    {
        auto op = m_hub.mustJoin(QStringLiteral("op01"), QStringLiteral("op-gone"));
        auto sv = m_hub.mustJoin(QStringLiteral("sv01"), QStringLiteral("sv-gone"));
        QVERIFY(op && sv);
        Cases::ClipReference clip;
        const QString clipId = attachedClip(*op, 300 * 1024, false, &clip);
        QVERIFY(!clipId.isEmpty());
        QVERIFY(sv->sync());
        const Cases::Session session = sessionOf(*sv);
        QVERIFY(!session.roles.isEmpty());
        App::ClipEvidence evidence(*sv->service, *sv->db, session);
        m_player.opened.clear();
        auto opened = evidence.open(QStringLiteral("clip:") + clipId);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("evidence.clip-not-on-hub"));
        QVERIFY(opened.error().message.contains(clip.file));
        QVERIFY(m_player.opened.isEmpty());
        QCOMPARE(evidence.open(QStringLiteral("https://example.org/x")).error().code,
                 QStringLiteral("evidence.unknown-clip"));
    }
};

QTEST_MAIN(TstHubClipEvidence)
#include "tst_hub_clipevidence.moc"
