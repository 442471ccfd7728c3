// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/video_quick/cameralistmodel.h"
#include "cc/video_quick/cameratransports.h"
#include "cc/video_quick/layoutspec.h"
#include "cc/video_quick/walltile.h"

#include <cc/cases/caseclips.h>
#include <cc/cases/caseservice.h>

#include <cc/recording/playbackclock.h>
#include <cc/recording/recordingindex.h>
#include <cc/video/framepump.h>

#include <QDateTime>

#include <QObject>
#include <QSettings>
#include <QTimer>
#include <QVariantList>
#include <functional>

#include <memory>

namespace Cc::VideoQuick {

/// The wall's state for QML: layout, which camera is in which tile, focus (1×1), tours,
/// presets, each camera's RTP transport; restored at start and saved on every change
/// (QSettings: a wall's layout belongs to the workstation, it does not sync), per database
/// (setScope): another database, or the demo city written anew, has other camera ids. All
/// tiles share one FramePump.
class WallController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The wall is made in C++ (VideoWall)")
    Q_PROPERTY(QString layoutName READ layoutName NOTIFY layoutChanged)
    Q_PROPERTY(int columns READ columns NOTIFY layoutChanged)
    Q_PROPERTY(int rows READ rows NOTIFY layoutChanged)
    Q_PROPERTY(QVariantList cells READ cells NOTIFY layoutChanged)
    Q_PROPERTY(int focusedTile READ focusedTile NOTIFY layoutChanged)
    Q_PROPERTY(QStringList layoutNames READ layoutNames CONSTANT)
    Q_PROPERTY(QList<QObject *> tiles READ tiles CONSTANT)
    Q_PROPERTY(Cc::VideoQuick::CameraListModel *cameras READ cameras CONSTANT)
    Q_PROPERTY(bool showStats READ showStats WRITE setShowStats NOTIFY showStatsChanged)
    Q_PROPERTY(bool tourRunning READ tourRunning NOTIFY tourChanged)
    Q_PROPERTY(bool tourPaused READ tourPaused NOTIFY tourChanged)
    Q_PROPERTY(int tourSecondsLeft READ tourSecondsLeft NOTIFY tourChanged)
    Q_PROPERTY(QString tourSection READ tourSection NOTIFY tourChanged)
    Q_PROPERTY(QStringList presetNames READ presetNames NOTIFY presetsChanged)
    Q_PROPERTY(QString message READ message NOTIFY messageChanged)
    Q_PROPERTY(bool canReportCases READ canReportCases NOTIFY canReportCasesChanged)
    Q_PROPERTY(QVariantList reportCategories READ reportCategories NOTIFY canReportCasesChanged)
    Q_PROPERTY(QString snapshotDirectory READ snapshotDirectory CONSTANT)
    Q_PROPERTY(QVariantList transportChoices READ transportChoices CONSTANT)
    Q_PROPERTY(bool canPlayBack READ canPlayBack NOTIFY recordingRootChanged)
    /// The case a clip goes to by default ("查看录像" from a case sets it).
    Q_PROPERTY(
        QString evidenceCase READ evidenceCase WRITE setEvidenceCase NOTIFY evidenceCaseChanged)
    Q_PROPERTY(bool canAttachClips READ canAttachClips NOTIFY evidenceCaseChanged)
    /// The tile whose PTZ controls are shown (one at a time), -1: none.
    Q_PROPERTY(int ptzTile READ ptzTile WRITE setPtzTile NOTIFY ptzTileChanged)
    /// Region rules of the video analytics: whether they can be drawn, their kinds
    /// [{key, name, color}], and a counter that changes whenever a camera's zones do.
    Q_PROPERTY(bool canEditZones READ canEditZones NOTIFY zonesChanged)
    Q_PROPERTY(QVariantList zoneKinds READ zoneKinds NOTIFY zonesChanged)
    Q_PROPERTY(int zonesRevision READ zonesRevision NOTIFY zonesChanged)
public:
    static constexpr int kMinDwellS = 10;
    static constexpr int kPreconnectS = 4; ///< a tour connects the next page this long before

    /// `settings` must outlive the controller (the app's QSettings, or a test's file).
    WallController(QSettings &settings, const Video::CameraStream::Config &config = {},
                   QObject *parent = nullptr);
    ~WallController() override;

    void setCameras(const QList<Storage::CameraRow> &cameras);
    /// Whose wall this is: the database (its path) or the hub city; layouts, presets and
    /// transports are kept per scope. Empty: the one set of keys of older versions. Before
    /// restore().
    void setScope(const QString &scope);
    /// Restores the scope's saved layout and tiles (older versions' global ones if the scope
    /// has none). Without saved state, or when none of the saved cameras exists any more,
    /// the default: layout 4 with the first cameras in list order. Saved cameras that are
    /// gone leave their tiles empty, and `message` says how many.
    void restore();

    QString layoutName() const { return m_layout.name; }
    int columns() const;
    int rows() const;
    QVariantList cells() const;
    int focusedTile() const { return m_focused; }
    QStringList layoutNames() const;
    QList<QObject *> tiles() const;
    WallTile *tile(int index) const;
    CameraListModel *cameras() { return &m_cameras; }
    CameraListModel &cameraModel() { return m_cameras; }
    Video::FramePump &pump() { return m_pump; }
    bool showStats() const { return m_showStats; }
    void setShowStats(bool show);
    bool tourRunning() const { return m_tourTimer.isActive() || m_tourPaused; }
    bool tourPaused() const { return m_tourPaused; }
    int tourSecondsLeft() const { return m_tourLeft; }
    QString tourSection() const { return m_tourSection; }
    QStringList presetNames() const;
    QString message() const { return m_message; }
    QString snapshotDirectory() const { return m_snapshotDirectory; }
    void setSnapshotDirectory(const QString &directory) { m_snapshotDirectory = directory; }
    /// [{key, name}] for the tile menu: auto, tcp, udp, udp-mcast.
    QVariantList transportChoices() const;
    CameraTransports &transports() { return m_transports; }

    Q_INVOKABLE bool setLayout(const QString &name);
    Q_INVOKABLE bool assignCamera(int tile, const QString &cameraId);
    Q_INVOKABLE void clearTile(int tile);
    Q_INVOKABLE void swapTiles(int a, int b);
    Q_INVOKABLE void toggleFocus(int tile);
    /// QML hands over each tile's VideoOutput.videoSink (nullptr when the delegate goes).
    Q_INVOKABLE void attachSink(int tile, QObject *videoSink);
    /// A delegate going away: forgets `videoSink` only if the tile still uses it (its
    /// replacement may have attached first).
    Q_INVOKABLE void detachSink(int tile, QObject *videoSink);
    Q_INVOKABLE void setTilePixelSize(int tile, qreal width, qreal height);
    /// Cycles the cameras of `section` (a group or grid; empty: all) through the tiles.
    Q_INVOKABLE bool startTour(const QString &section, int dwellSeconds);
    Q_INVOKABLE void pauseTour();
    Q_INVOKABLE void resumeTour();
    Q_INVOKABLE void stopTour();
    Q_INVOKABLE void savePreset(const QString &name);
    Q_INVOKABLE bool loadPreset(const QString &name);
    /// Writes the tile's picture at full resolution as PNG into `directory`: a tile on the
    /// sub-stream briefly opens the main stream for one frame (its own frame if that fails
    /// within 10 s). Emits snapshotSaved(file); a refusal is said in `message`.
    Q_INVOKABLE void snapshot(int tile, const QString &directory);
    /// The RTP transport of the tile's camera ("auto", "tcp", "udp", "udp-mcast"), kept for
    /// this camera; every tile showing it reconnects. False for an unknown key or no camera.
    Q_INVOKABLE bool setCameraTransport(int tile, const QString &transportKey);

    /// Files a new case through the app (its case service and logged-in user); returns the
    /// case number or an error. Without a reporter (nobody logged in) no case can be made.
    using CaseReporter = std::function<Result<QString>(const Cases::NewReport &)>;
    /// The reporter and the city's category dictionary (City::CityContext::categories()),
    /// whose event categories the wall offers.
    void setCaseReporter(CaseReporter reporter, const Core::CategoryDictionary &categories);
    bool canReportCases() const { return bool(m_reporter); }
    /// Event categories offered for a case seen on camera: [{key, name}] (none before a
    /// reporter is set).
    QVariantList reportCategories() const;
    /// A new case (channel video) with the tile's full-resolution frame as evidence (as for
    /// snapshot()), the camera's place and the frame's time. Emits caseReported(number); a
    /// refusal is said in `message`.
    Q_INVOKABLE void reportCase(int tile, const QString &categoryKey, const QString &description);
    /// "Show on wall" for a place (a case, a map point): the 6 cameras nearest to `lonLat` in
    /// layout 1+5, the nearest in the big cell; stops a tour. Returns how many were placed.
    Q_INVOKABLE int showNearest(double lon, double lat);
    /// Tiles currently shown (the layout's cells, or only the focused one).
    int visibleTileCount() const;

    // ------------------------------------------------ playback (wallplayback.cpp)
    /// The folder cityrec records into (docs/video.md "Recording"); its index is opened
    /// read-only when a tile first plays back.
    void setRecordingRoot(const QString &root);
    QString recordingRoot() const { return m_recordingRoot; }
    bool canPlayBack() const { return !m_recordingRoot.isEmpty(); }
    const Recording::RecordingIndex *recordingIndex();
    /// The tile plays its camera's recording from `wallMs` (ms since the epoch).
    Q_INVOKABLE bool startPlayback(int tile, double wallMs);
    /// Every shown tile with a camera plays from `wallMs` on one clock (synchronized: seek,
    /// speed, pause and step on any of them act on all). Returns how many have recordings.
    Q_INVOKABLE int playbackAll(double wallMs);
    Q_INVOKABLE void allBackToLive();
    /// Now minus `minutes`, in ms since the epoch (QML's Date is not needed for this).
    Q_INVOKABLE double minutesAgoMs(int minutes) const;
    /// "查看录像" for a case: the cameras nearest `lon, lat` (as showNearest) play, in step, from
    /// `minutesBefore` before `at`. Returns how many tiles have recordings.
    /// `caseNumber` (optional) becomes the evidenceCase clips are attached to.
    int showRecordingsNear(double lon, double lat, const QDateTime &at, int minutesBefore,
                           const QString &caseNumber = {});

    // ------------------------------------------------ PTZ
    /// How PTZ cameras' ONVIF addresses are made from their stream URLs
    /// (Video::ptzEndpointFor; empty: "http://{host}/onvif/device_service"). Before
    /// setCameras / restore: tiles take it when they get a camera.
    void setOnvifTemplate(const QString &addressTemplate)
    {
        m_ptzSettings.addressTemplate = addressTemplate;
    }
    int ptzTile() const { return m_ptzTile; }
    void setPtzTile(int tile)
    {
        if (tile == m_ptzTile)
            return;
        m_ptzTile = tile;
        emit ptzTileChanged();
    }

    // ------------------------------------------------ clips as evidence (wallclips.cpp)
    /// Attaches a clip to a case through the app (its CaseClips and logged-in user); returns
    /// the case number. Without one (nobody logged in) no clip can be attached.
    using ClipAttacher
        = std::function<Result<QString>(const QString &caseNumber, const Cases::ClipReference &)>;
    void setClipAttacher(ClipAttacher attacher);
    bool canAttachClips() const { return bool(m_clipAttacher); }
    QString evidenceCase() const { return m_evidenceCase; }
    void setEvidenceCase(const QString &caseNumber);
    /// Where exported clips are written: `clips/` in the recording folder, unless set.
    void setClipDirectory(const QString &directory) { m_clipDirectory = directory; }
    QString clipDirectory() const;
    /// Cuts the tile's marked stretch (TilePlayback in/out) out of the recordings (no
    /// re-encoding, Recording::exportClip, capped at Cases::kMaxClipBytes) and attaches it to
    /// `caseNumber`. Emits clipAttached(number, file); a refusal is said in `message`.
    Q_INVOKABLE bool attachClip(int tile, const QString &caseNumber);

    // ------------------------------------------------ zones of the video analytics (wallzones.cpp)
    /// The app's access to the zones (docs/video.md "Video analytics"); the wall itself knows
    /// nothing of the analytics: it draws polygons and hands drawn ones over.
    struct ZoneHooks
    {
        /// [{id, name, kind, dwellSeconds, points: [x0, y0, x1, y1, …] normalized}]
        std::function<QVariantList(const QString &cameraId)> zonesOf;
        std::function<Result<void>(const QString &cameraId, const QString &kind,
                                   const QString &name, const QVariantList &points,
                                   int dwellSeconds)>
            save;
        std::function<Result<void>(const QString &zoneId)> retire;
        QVariantList kinds; ///< [{key, name, color}]
    };
    void setZoneHooks(ZoneHooks hooks);
    bool canEditZones() const { return bool(m_zoneHooks.save); }
    QVariantList zoneKinds() const { return m_zoneHooks.kinds; }
    int zonesRevision() const { return m_zonesRevision; }
    /// The zones of the tile's camera (none without hooks or camera).
    Q_INVOKABLE QVariantList zonesOf(int tile) const;
    /// A zone drawn on the tile: `points` normalized x, y pairs; refusals said in `message`.
    Q_INVOKABLE bool saveZone(int tile, const QString &kind, const QString &name,
                              const QVariantList &points, int dwellSeconds);
    /// Retires every zone of the tile's camera.
    Q_INVOKABLE bool clearZones(int tile);

signals:
    void layoutChanged();
    void showStatsChanged();
    void tourChanged();
    void presetsChanged();
    void messageChanged();
    void canReportCasesChanged();
    void snapshotSaved(const QString &file);
    void caseReported(const QString &number);
    void recordingRootChanged();
    void evidenceCaseChanged();
    void ptzTileChanged();
    void clipAttached(const QString &caseNumber, const QString &file);
    void zonesChanged();

private:
    void applyVisibility();
    void connectPlayback(WallTile *tile);
    qint64 firstRecordedFrom(qint64 wallUs, bool syncedOnly);
    void save();
    QString key(const QString &name) const; ///< name inside this scope's settings group
    /// The cameras of `ids` that exist, tile by tile; `missing` counts the others.
    QList<const Storage::CameraRow *> camerasOf(const QStringList &ids, int &missing) const;
    void fillWithFirstCameras();
    void tourTick();
    QList<int> visibleTiles() const;
    QStringList nextTourPage() const;
    void say(const QString &message);
    /// Calls `then` with the tile's camera and its best frame (see snapshot()); false if the
    /// tile has no camera or picture (then it says why).
    bool withFullFrame(
        int tile,
        std::function<void(const Storage::CameraRow &, const Video::StampedFrame &)> then);

    QSettings &m_settings;
    QString m_group = QStringLiteral("videowall"); ///< this scope's settings group
    CameraTransports m_transports;
    QString m_snapshotDirectory;
    CameraListModel m_cameras;
    Video::FramePump m_pump;
    std::vector<std::unique_ptr<WallTile>> m_tiles;
    LayoutSpec m_layout;
    int m_focused = -1;
    bool m_showStats = false;
    QTimer m_refresh;
    // Tour state.
    QTimer m_tourTimer;
    QStringList m_tourIds;
    QString m_tourSection;
    int m_tourPos = 0, m_tourDwell = kMinDwellS, m_tourLeft = 0;
    bool m_tourPaused = false, m_preloaded = false;
    QString m_message;
    QString m_recordingRoot;
    std::unique_ptr<Recording::RecordingIndex> m_recordingIndex;
    std::shared_ptr<Recording::PlaybackClock> m_syncClock;
    CaseReporter m_reporter;
    ClipAttacher m_clipAttacher;
    int m_ptzTile = -1;
    ZoneHooks m_zoneHooks;
    int m_zonesRevision = 0;
    PtzSettings m_ptzSettings; ///< the tiles' PTZ: address template, preset tokens (settings)
    QString m_evidenceCase, m_clipDirectory;
    QList<Core::Category> m_reportCategories;
};

} // namespace Cc::VideoQuick
