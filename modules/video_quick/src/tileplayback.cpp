// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/video_quick/tileplayback.h"

#include <QDateTime>
#include <QVariantMap>

#include <utility>

namespace Cc::VideoQuick {

using Recording::RecordingPlayer;

namespace {
QString timeText(qint64 wallUs, const char *format)
{
    return QDateTime::fromMSecsSinceEpoch(wallUs / 1000).toString(QString::fromLatin1(format));
}
} // namespace

TilePlayback::TilePlayback(IndexSource index, QObject *parent)
    : QObject(parent)
    , m_indexSource(std::move(index))
{
    // The recorder keeps writing: the spans grow while one watches.
    m_spanTimer.setInterval(5000);
    connect(&m_spanTimer, &QTimer::timeout, this, &TilePlayback::refreshSpans);
}

TilePlayback::~TilePlayback() = default;

double TilePlayback::positionMs() const
{
    return m_player ? double(m_player->positionUs() / 1000) : 0.0;
}

QString TilePlayback::positionText() const
{
    return m_player && m_player->positionUs() > 0
               ? timeText(m_player->positionUs(), "yyyy-MM-dd HH:mm:ss.zzz")
               : QString();
}

QString TilePlayback::windowStartText() const
{
    return timeText(m_windowStartUs, "HH:mm");
}

QString TilePlayback::windowEndText() const
{
    return timeText(m_windowStartUs + kWindowUs, "HH:mm");
}

double TilePlayback::rate() const
{
    return m_player ? m_player->clock()->rate() : 1.0;
}

bool TilePlayback::paused() const
{
    return !m_player || !m_player->clock()->running();
}

QString TilePlayback::stateText() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (!m_player)
        return {};
    switch (m_player->state()) {
    case RecordingPlayer::State::Seeking:
        return tr("Loading the recording…");
    case RecordingPlayer::State::NoRecording:
        return tr("Nothing recorded from then on");
    case RecordingPlayer::State::Paused:
        return tr("Playback paused");
    default:
        return tr("Playback %1×").arg(rate());
    }
}

bool TilePlayback::start(const QString &camera, qint64 wallUs,
                         std::shared_ptr<Recording::PlaybackClock> clock)
{
    stop();
    clearMarks();
    m_index = m_indexSource ? m_indexSource() : nullptr;
    m_camera = camera;
    if (!m_index) {
        m_problem = tr("No recordings: the recording folder is not set or has no index yet");
        emit stateChanged();
        return false;
    }
    m_problem.clear();
    m_synced = clock != nullptr;
    m_player = std::make_unique<RecordingPlayer>(*m_index);
    if (clock)
        m_player->setClock(std::move(clock));
    m_player->setCamera(camera);
    connect(m_player.get(), &RecordingPlayer::positionChanged, this, [this](qint64 us) {
        if (us < m_windowStartUs + kWindowUs / 10 || us > m_windowStartUs + kWindowUs * 9 / 10)
            recentre(us);
        emit positionChanged();
    });
    connect(m_player.get(), &RecordingPlayer::stateChanged, this, &TilePlayback::stateChanged);
    recentre(wallUs);
    emit activeChanged();
    const bool found = m_player->seek(wallUs);
    if (!m_synced && found)
        m_player->play();
    m_spanTimer.start();
    emit stateChanged();
    return found;
}

void TilePlayback::stop()
{
    clearMarks();
    if (!m_player)
        return;
    m_spanTimer.stop();
    m_player.reset();
    m_synced = false;
    emit activeChanged();
    emit stateChanged();
}

void TilePlayback::recentre(qint64 wallUs)
{
    m_windowStartUs = wallUs - kWindowUs / 2;
    refreshSpans();
}

void TilePlayback::refreshSpans()
{
    m_spans.clear();
    if (m_index) {
        for (const auto &span :
             m_index->spans(m_camera, m_windowStartUs, m_windowStartUs + kWindowUs)) {
            m_spans.append(QVariantMap{{QStringLiteral("startMs"), double(span.startUs / 1000)},
                                       {QStringLiteral("endMs"), double(span.endUs / 1000)}});
        }
    }
    emit spansChanged();
}

void TilePlayback::applySeek(qint64 wallUs)
{
    if (!m_player)
        return;
    if (!m_player->seek(wallUs))
        refreshSpans();
    emit stateChanged();
}

void TilePlayback::applyStep()
{
    if (m_player)
        m_player->step();
    emit stateChanged();
}

void TilePlayback::seekMs(double wallMs)
{
    const qint64 us = qint64(wallMs) * 1000;
    if (m_synced)
        emit syncedSeekRequested(us);
    else
        applySeek(us);
}

void TilePlayback::seekFraction(double fraction)
{
    seekMs(double((m_windowStartUs + qint64(kWindowUs * std::clamp(fraction, 0.0, 1.0))) / 1000));
}

void TilePlayback::setRate(double rate)
{
    if (!m_player)
        return;
    m_player->setRate(rate); // a shared clock: every synced tile follows
    emit stateChanged();
}

void TilePlayback::togglePause()
{
    if (!m_player)
        return;
    if (m_player->clock()->running())
        m_player->pause();
    else
        m_player->play();
    emit stateChanged();
}

void TilePlayback::step()
{
    if (m_synced)
        emit syncedStepRequested();
    else
        applyStep();
}

void TilePlayback::backToLive()
{
    stop();
    emit liveRequested();
}

QString TilePlayback::marksText() const
{
    if (!m_inUs && !m_outUs)
        return {};
    const auto at = [](qint64 us) {
        return us ? timeText(us, "HH:mm:ss.zzz") : QStringLiteral("–");
    };
    QString text = QStringLiteral("%1 → %2").arg(at(m_inUs), at(m_outUs));
    if (m_inUs && m_outUs)
        text += QStringLiteral(" (%1 s)").arg(double(m_outUs - m_inUs) / 1e6, 0, 'f', 1);
    return text;
}

void TilePlayback::markIn()
{
    if (!m_player || m_player->positionUs() <= 0)
        return;
    m_inUs = m_player->positionUs();
    if (m_outUs && m_outUs < m_inUs)
        std::swap(m_inUs, m_outUs);
    emit marksChanged();
}

void TilePlayback::markOut()
{
    if (!m_player || m_player->positionUs() <= 0)
        return;
    m_outUs = m_player->positionUs();
    if (m_inUs && m_outUs < m_inUs)
        std::swap(m_inUs, m_outUs);
    emit marksChanged();
}

void TilePlayback::clearMarks()
{
    if (!m_inUs && !m_outUs)
        return;
    m_inUs = m_outUs = 0;
    emit marksChanged();
}

} // namespace Cc::VideoQuick
