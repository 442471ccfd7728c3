// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/wallcontroller.h"

#include "cc/video_quick/snapshotreport.h"

#include <cc/core/category.h>
#include <cc/geo/distance.h>
#include <cc/video/snapshot.h>

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QVariantMap>

#include <cmath>

namespace Cc::VideoQuick {

namespace {
// Older versions kept one wall for all databases under this group; the unscoped wall still does.
const QString kLegacyGroup = QStringLiteral("videowall");
// A display preference of the workstation, the same for every database.
const QString kStatsKey = QStringLiteral("videowall/showStats");
const QString kDefaultLayout = QStringLiteral("4");
} // namespace

WallController::WallController(QSettings &settings, const Video::CameraStream::Config &config,
                               QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_transports(settings)
    , m_pump(this)
    , m_layout(*LayoutSpec::find(kDefaultLayout))
{
    m_transports.setGroup(m_group);
    // PTZ presets: the camera's token for each of the wall's slots, kept with this scope.
    m_ptzSettings.presetToken = [this](const QString &camera, int slot) {
        return m_settings.value(key(QStringLiteral("ptzPresets/%1/%2").arg(camera).arg(slot)))
            .toString();
    };
    m_ptzSettings.storePreset = [this](const QString &camera, int slot, const QString &token) {
        m_settings.setValue(key(QStringLiteral("ptzPresets/%1/%2").arg(camera).arg(slot)), token);
    };
    for (int i = 0; i < LayoutSpec::maxTiles(); ++i) {
        m_tiles.push_back(std::make_unique<WallTile>(i, m_pump, config, &m_transports));
        m_tiles.back()->ptz()->setSettings(&m_ptzSettings);
        connectPlayback(m_tiles.back().get());
    }
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        for (int i : visibleTiles())
            m_tiles[i]->refresh();
    });
    m_refresh.start();
    m_tourTimer.setInterval(1000);
    connect(&m_tourTimer, &QTimer::timeout, this, &WallController::tourTick);
}

WallController::~WallController()
{
    m_tiles.clear(); // before the pump
}

void WallController::setCameras(const QList<Storage::CameraRow> &cameras)
{
    m_cameras.setCameras(cameras);
}

void WallController::setScope(const QString &scope)
{
    if (scope.isEmpty()) {
        m_group = kLegacyGroup;
    } else {
        // A hash, not the path itself: a path's '/' would open QSettings groups.
        const QByteArray hash
            = QCryptographicHash::hash(scope.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
        m_group = kLegacyGroup + QStringLiteral("/db-") + QString::fromLatin1(hash);
        m_settings.setValue(key(QStringLiteral("scope")), scope); // for a person reading the file
    }
    m_transports.setGroup(m_group);
}

QString WallController::key(const QString &name) const
{
    return m_group + QLatin1Char('/') + name;
}

QList<const Storage::CameraRow *> WallController::camerasOf(const QStringList &ids,
                                                            int &missing) const
{
    QList<const Storage::CameraRow *> out;
    missing = 0;
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const QString id = ids.value(i);
        const auto *camera = id.isEmpty() ? nullptr : m_cameras.camera(id);
        if (!id.isEmpty() && !camera)
            ++missing;
        out << camera;
    }
    return out;
}

void WallController::fillWithFirstCameras()
{
    // Every tile gets a camera (hidden ones stay disconnected until a larger layout shows them).
    m_layout = *LayoutSpec::find(kDefaultLayout);
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const auto *camera = i < m_cameras.cameras().size() ? &m_cameras.cameras()[i] : nullptr;
        m_tiles[i]->setCamera(camera ? std::optional(*camera) : std::nullopt);
    }
}

void WallController::restore()
{
    m_showStats = m_settings.value(kStatsKey, false).toBool();
    // After an update the scope has nothing yet: take over the one wall older versions kept.
    const QString from = m_settings.contains(key(QStringLiteral("tiles"))) ? m_group : kLegacyGroup;
    const bool saved = m_settings.contains(from + QStringLiteral("/tiles"));
    int missing = 0;
    const auto cameras = camerasOf(m_settings.value(from + QStringLiteral("/tiles")).toStringList(),
                                   missing);
    const bool anyLeft = std::any_of(cameras.begin(), cameras.end(),
                                     [](const auto *c) { return c != nullptr; });
    if (!saved || (missing > 0 && !anyLeft)) {
        fillWithFirstCameras();
        if (saved)
            say(tr(
                "The wall's saved cameras are not in this database: showing the default layout"));
    } else {
        m_layout = LayoutSpec::find(m_settings.value(from + QStringLiteral("/layout")).toString())
                       .value_or(*LayoutSpec::find(kDefaultLayout));
        for (int i = 0; i < int(m_tiles.size()); ++i)
            m_tiles[i]->setCamera(cameras[i] ? std::optional(*cameras[i]) : std::nullopt);
        if (missing > 0)
            say(tr("%n saved camera(s) of the wall are not in this database", nullptr, missing));
    }
    applyVisibility();
    emit layoutChanged();
    emit showStatsChanged();
}

int WallController::columns() const
{
    return m_focused >= 0 ? 1 : m_layout.columns;
}

int WallController::rows() const
{
    return m_focused >= 0 ? 1 : m_layout.rows;
}

QList<int> WallController::visibleTiles() const
{
    if (m_focused >= 0)
        return {m_focused};
    QList<int> v;
    for (int i = 0; i < m_layout.cells.size(); ++i)
        v << i;
    return v;
}

int WallController::visibleTileCount() const
{
    return int(visibleTiles().size());
}

QVariantList WallController::cells() const
{
    QVariantList out;
    if (m_focused >= 0) {
        out << QVariantMap{{"tile", m_focused}, {"x", 0}, {"y", 0}, {"w", 1}, {"h", 1}};
        return out;
    }
    for (int i = 0; i < m_layout.cells.size(); ++i) {
        const QRect r = m_layout.cells[i];
        out << QVariantMap{{"tile", i},
                           {"x", r.x()},
                           {"y", r.y()},
                           {"w", r.width()},
                           {"h", r.height()}};
    }
    return out;
}

QStringList WallController::layoutNames() const
{
    QStringList names;
    for (const auto &l : LayoutSpec::builtin())
        names << l.name;
    return names;
}

QList<QObject *> WallController::tiles() const
{
    QList<QObject *> out;
    for (const auto &t : m_tiles)
        out << t.get();
    return out;
}

WallTile *WallController::tile(int index) const
{
    return index >= 0 && index < int(m_tiles.size()) ? m_tiles[index].get() : nullptr;
}

void WallController::setShowStats(bool show)
{
    if (show == m_showStats)
        return;
    m_showStats = show;
    save();
    emit showStatsChanged();
}

bool WallController::setLayout(const QString &name)
{
    const auto l = LayoutSpec::find(name);
    if (!l)
        return false;
    m_layout = *l;
    m_focused = -1;
    applyVisibility();
    save();
    emit layoutChanged();
    return true;
}

void WallController::applyVisibility()
{
    const QList<int> visible = visibleTiles();
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        m_tiles[i]->setActive(visible.contains(i)); // hidden tiles disconnect
        if (visible.contains(i))
            m_tiles[i]->setGeometry(m_tiles[i]->pixelSize(), m_focused == i); // focus: main at once
    }
}

bool WallController::assignCamera(int index, const QString &cameraId)
{
    WallTile *t = tile(index);
    const auto *camera = m_cameras.camera(cameraId);
    if (!t || !camera)
        return false;
    t->setCamera(*camera);
    save();
    return true;
}

void WallController::clearTile(int index)
{
    if (WallTile *t = tile(index)) {
        t->setCamera(std::nullopt);
        save();
    }
}

void WallController::swapTiles(int a, int b)
{
    WallTile *ta = tile(a), *tb = tile(b);
    if (!ta || !tb || a == b)
        return;
    const auto ca = ta->camera(), cb = tb->camera();
    ta->setCamera(cb);
    tb->setCamera(ca);
    save();
}

void WallController::toggleFocus(int index)
{
    if (!tile(index))
        return;
    m_focused = m_focused == index ? -1 : index;
    applyVisibility();
    emit layoutChanged();
}

void WallController::attachSink(int index, QObject *videoSink)
{
    if (WallTile *t = tile(index))
        t->setSink(qobject_cast<QVideoSink *>(videoSink));
}

void WallController::detachSink(int index, QObject *videoSink)
{
    if (WallTile *t = tile(index); t && t->sink() == videoSink)
        t->setSink(nullptr);
}

void WallController::setTilePixelSize(int index, qreal width, qreal height)
{
    if (WallTile *t = tile(index))
        t->setGeometry(QSize(qRound(width), qRound(height)), m_focused == index);
}

void WallController::save()
{
    m_settings.setValue(key(QStringLiteral("layout")), m_layout.name);
    QStringList ids;
    for (const auto &t : m_tiles)
        ids << t->cameraId();
    m_settings.setValue(key(QStringLiteral("tiles")), ids);
    m_settings.setValue(kStatsKey, m_showStats);
}

QStringList WallController::presetNames() const
{
    m_settings.beginGroup(key(QStringLiteral("presets")));
    const QStringList names = m_settings.childGroups();
    m_settings.endGroup();
    return names;
}

void WallController::savePreset(const QString &name)
{
    if (name.trimmed().isEmpty())
        return;
    m_settings.beginGroup(key(QStringLiteral("presets/")) + name.trimmed());
    m_settings.setValue(QStringLiteral("layout"), m_layout.name);
    QStringList ids;
    for (const auto &t : m_tiles)
        ids << t->cameraId();
    m_settings.setValue(QStringLiteral("tiles"), ids);
    m_settings.endGroup();
    emit presetsChanged();
    say(tr("Preset “%1” saved").arg(name.trimmed()));
}

bool WallController::loadPreset(const QString &name)
{
    if (!presetNames().contains(name))
        return false;
    m_settings.beginGroup(key(QStringLiteral("presets/")) + name);
    const QString layout = m_settings.value(QStringLiteral("layout")).toString();
    const QStringList ids = m_settings.value(QStringLiteral("tiles")).toStringList();
    m_settings.endGroup();
    stopTour();
    setLayout(layout);
    for (int i = 0; i < int(m_tiles.size()); ++i) {
        const auto *camera = i < ids.size() ? m_cameras.camera(ids[i]) : nullptr;
        m_tiles[i]->setCamera(camera ? std::optional(*camera) : std::nullopt);
    }
    save();
    return true;
}

// ---------------------------------------------------------------- tours (轮巡)

bool WallController::startTour(const QString &section, int dwellSeconds)
{
    m_tourIds = m_cameras.idsOfSection(section);
    if (m_tourIds.isEmpty()) {
        say(tr("No cameras to tour"));
        return false;
    }
    m_focused = -1;
    applyVisibility();
    emit layoutChanged();
    m_tourSection = section;
    m_tourDwell = std::max(dwellSeconds, kMinDwellS);
    m_tourPos = 0;
    m_tourPaused = false;
    m_preloaded = false;
    // First page at once.
    const QList<int> visible = visibleTiles();
    for (int k = 0; k < visible.size(); ++k) {
        const auto *camera = m_cameras.camera(m_tourIds[(m_tourPos + k) % m_tourIds.size()]);
        m_tiles[visible[k]]->setCamera(camera ? std::optional(*camera) : std::nullopt);
    }
    m_tourLeft = m_tourDwell;
    m_tourTimer.start();
    emit tourChanged();
    return true;
}

QStringList WallController::nextTourPage() const
{
    QStringList page;
    const int n = visibleTileCount();
    for (int k = 0; k < n; ++k)
        page << m_tourIds[(m_tourPos + n + k) % m_tourIds.size()];
    return page;
}

void WallController::tourTick()
{
    if (m_tourPaused)
        return;
    --m_tourLeft;
    const QList<int> visible = visibleTiles();
    if (m_tourLeft <= kPreconnectS && !m_preloaded) {
        // Pre-connect the next page so that it switches without black frames.
        const QStringList page = nextTourPage();
        for (int k = 0; k < visible.size(); ++k) {
            if (const auto *camera = m_cameras.camera(page[k]);
                camera && camera->id != m_tiles[visible[k]]->cameraId())
                m_tiles[visible[k]]->preload(*camera);
        }
        m_preloaded = true;
    }
    if (m_tourLeft <= 0) {
        for (int k = 0; k < visible.size(); ++k)
            m_tiles[visible[k]]->commitPreload();
        m_tourPos = (m_tourPos + int(visible.size())) % m_tourIds.size();
        m_tourLeft = m_tourDwell;
        m_preloaded = false;
        save();
    }
    emit tourChanged();
}

void WallController::pauseTour()
{
    if (!m_tourTimer.isActive())
        return;
    m_tourPaused = true;
    emit tourChanged();
}

void WallController::resumeTour()
{
    if (!m_tourPaused)
        return;
    m_tourPaused = false;
    emit tourChanged();
}

void WallController::stopTour()
{
    m_tourTimer.stop();
    m_tourPaused = false;
    m_tourIds.clear();
    m_tourSection.clear();
    emit tourChanged();
}

int WallController::showNearest(double lon, double lat)
{
    const auto &cameras = m_cameras.cameras();
    const QList<Geo::Nearby> nearest = Geo::nearestFirst(QPointF(lon, lat), cameras.size(),
                                                         [&](qsizetype i) {
                                                             return cameras[i].geom;
                                                         });
    stopTour();
    setLayout(QStringLiteral("1+5"));
    const int n = std::min<int>(int(nearest.size()), m_layout.cells.size());
    for (int i = 0; i < n; ++i)
        m_tiles[i]->setCamera(cameras[nearest[i].index]);
    save();
    if (n > 0)
        say(tr("Nearest cameras to %1, %2: %3 first")
                .arg(lon, 0, 'f', 5)
                .arg(lat, 0, 'f', 5)
                .arg(cameras[nearest[0].index].name));
    return n;
}

// ---------------------------------------------------------------- evidence

bool WallController::withFullFrame(
    int index, std::function<void(const Storage::CameraRow &, const Video::StampedFrame &)> then)
{
    WallTile *t = tile(index);
    if (!t || !t->stream() || !t->camera()) {
        say(tr("The tile has no camera"));
        return false;
    }
    const Storage::CameraRow camera = *t->camera();
    const Video::StampedFrame own = t->stream()->mailbox()->latest();
    if (t->onMain() || camera.urlSub.isEmpty() || camera.urlMain == camera.urlSub) {
        then(camera, own);
        return true;
    }
    // The tile plays the sub-stream: evidence wants the full picture, so take one frame of
    // the main stream (a second connection for a moment).
    auto *grab = new Video::CameraStream(this);
    grab->setUrl(camera.urlMain);
    grab->setTransport(m_transports.setting(camera.id), m_transports.remembered(camera.id));
    auto done = std::make_shared<bool>(false);
    const auto finish = [grab, done, own, camera, then](bool ok) {
        if (*done)
            return;
        *done = true;
        const Video::StampedFrame full = ok ? grab->mailbox()->latest() : Video::StampedFrame{};
        grab->stop();
        grab->deleteLater();
        then(camera, full.frame.isValid() ? full : own);
    };
    connect(grab, &Video::CameraStream::stateChanged, this, [finish](Video::CameraStream::State s) {
        if (s == Video::CameraStream::State::Playing)
            finish(true);
        else if (s == Video::CameraStream::State::Offline)
            finish(false);
    });
    QTimer::singleShot(10000, grab, [finish] { finish(false); });
    say(tr("Taking the full-resolution picture of %1…").arg(camera.name));
    grab->start();
    return true;
}

void WallController::snapshot(int index, const QString &directory)
{
    withFullFrame(index, [this, directory](const Storage::CameraRow &camera,
                                           const Video::StampedFrame &frame) {
        const QDateTime at = frame.stampUs > 0
                                 ? QDateTime::fromMSecsSinceEpoch(frame.stampUs / 1000, Qt::UTC)
                                 : QDateTime::currentDateTimeUtc();
        QDir().mkpath(directory);
        const QString file = QDir(directory).filePath(
            QStringLiteral("%1-%2.png")
                .arg(camera.componentCode.isEmpty() ? camera.id : camera.componentCode,
                     at.toString(QStringLiteral("yyyyMMdd-HHmmsszzz"))));
        auto r = Video::saveSnapshot(frame.frame, {camera.id, camera.name, at, camera.geom}, file);
        if (!r) {
            say(r.error().message);
            return;
        }
        say(tr("Snapshot saved: %1").arg(QDir::toNativeSeparators(file)));
        emit snapshotSaved(file);
    });
}

QVariantList WallController::transportChoices() const
{
    QVariantList out;
    for (auto t : {Video::RtspTransport::Auto, Video::RtspTransport::Tcp, Video::RtspTransport::Udp,
                   Video::RtspTransport::Multicast})
        out << QVariantMap{{"key", Video::transportKey(t)}, {"name", Video::transportLabel(t)}};
    return out;
}

bool WallController::setCameraTransport(int index, const QString &transportKey)
{
    const WallTile *t = tile(index);
    const auto transport = Video::transportFromKey(transportKey);
    if (!t || !t->camera() || !transport)
        return false;
    const Storage::CameraRow camera = *t->camera();
    m_transports.setSetting(camera.id, *transport);
    for (const auto &other : m_tiles) {
        if (other->cameraId() == camera.id)
            other->reconnect();
    }
    say(tr("%1: RTP over %2").arg(camera.name, Video::transportLabel(*transport)));
    return true;
}

void WallController::setCaseReporter(CaseReporter reporter,
                                     const Core::CategoryDictionary &categories)
{
    m_reporter = std::move(reporter);
    m_reportCategories = categories.categories(Core::CaseKind::Event);
    emit canReportCasesChanged();
}

QVariantList WallController::reportCategories() const
{
    QVariantList out;
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (const Core::Category &c : m_reportCategories)
        out << QVariantMap{{"key", c.key()},
                           {"name", QStringLiteral("%1 %2").arg(c.code, zh ? c.nameZh : c.nameEn)}};
    return out;
}

void WallController::reportCase(int index, const QString &categoryKey, const QString &description)
{
    if (!m_reporter) {
        say(tr("Log in to report cases"));
        return;
    }
    withFullFrame(index, [this, categoryKey, description](const Storage::CameraRow &camera,
                                                          const Video::StampedFrame &frame) {
        if (!m_reporter)
            return;
        const QDateTime at = frame.stampUs > 0
                                 ? QDateTime::fromMSecsSinceEpoch(frame.stampUs / 1000, Qt::UTC)
                                 : QDateTime::currentDateTimeUtc();
        auto report = snapshotReport(camera, frame.frame, at, categoryKey, description);
        if (!report) {
            say(report.error().message);
            return;
        }
        auto number = m_reporter(report.value());
        if (!number) {
            say(number.error().message);
            return;
        }
        say(tr("Case %1 reported with the snapshot of %2").arg(number.value(), camera.name));
        emit caseReported(number.value());
    });
}

void WallController::say(const QString &message)
{
    m_message = message;
    emit messageChanged();
}

} // namespace Cc::VideoQuick
