// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/recording/recordingplayer.h>

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace Cc::VideoQuick {

/// A tile's playback of the recordings (docs/video.md "Playback"): the player, the timeline
/// the tile draws (a window of 20 minutes around the position with the recorded spans) and
/// the controls. A synced tile shares its clock with the other synced tiles; its controls
/// act on all of them (the wall controller applies them).
class TilePlayback : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("A tile's playback belongs to the tile")
    Q_PROPERTY(bool active READ active NOTIFY activeChanged)
    Q_PROPERTY(double positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(QString positionText READ positionText NOTIFY positionChanged)
    Q_PROPERTY(double windowStartMs READ windowStartMs NOTIFY spansChanged)
    Q_PROPERTY(double windowEndMs READ windowEndMs NOTIFY spansChanged)
    Q_PROPERTY(QString windowStartText READ windowStartText NOTIFY spansChanged)
    Q_PROPERTY(QString windowEndText READ windowEndText NOTIFY spansChanged)
    /// [{startMs, endMs}] of the recorded stretches inside the window.
    Q_PROPERTY(QVariantList spans READ spans NOTIFY spansChanged)
    Q_PROPERTY(double rate READ rate NOTIFY stateChanged)
    Q_PROPERTY(bool paused READ paused NOTIFY stateChanged)
    Q_PROPERTY(bool synced READ synced NOTIFY stateChanged)
    Q_PROPERTY(QString stateText READ stateText NOTIFY stateChanged)
    /// The clip marks (入点/出点) in ms since the epoch, 0 while unset (docs/video.md "Clips
    /// as evidence"); the text says both and the length.
    Q_PROPERTY(double inMs READ inMs NOTIFY marksChanged)
    Q_PROPERTY(double outMs READ outMs NOTIFY marksChanged)
    Q_PROPERTY(QString marksText READ marksText NOTIFY marksChanged)
public:
    static constexpr qint64 kWindowUs = 20LL * 60 * 1'000'000;

    using IndexSource = std::function<const Recording::RecordingIndex *()>;
    explicit TilePlayback(IndexSource index, QObject *parent = nullptr);
    ~TilePlayback() override;

    bool active() const { return m_player != nullptr; }
    double positionMs() const;
    QString positionText() const;
    double windowStartMs() const { return double(m_windowStartUs / 1000); }
    double windowEndMs() const { return double((m_windowStartUs + kWindowUs) / 1000); }
    QString windowStartText() const;
    QString windowEndText() const;
    QVariantList spans() const { return m_spans; }
    double rate() const;
    bool paused() const;
    bool synced() const { return m_synced; }
    QString stateText() const;
    Recording::RecordingPlayer *player() const { return m_player.get(); }
    QString camera() const { return m_camera; }
    double inMs() const { return double(m_inUs / 1000); }
    double outMs() const { return double(m_outUs / 1000); }
    qint64 inUs() const { return m_inUs; }
    qint64 outUs() const { return m_outUs; }
    QString marksText() const;

    /// Plays `camera` from `wallUs`; with `clock` in step with the others sharing it (paused
    /// until the wall's controls run it). False, with the reason in stateText, when nothing is
    /// recorded at or after that time or there is no recording folder.
    bool start(const QString &camera, qint64 wallUs,
               std::shared_ptr<Recording::PlaybackClock> clock = {});
    void stop();

    // Local actions (the controller calls them on every synced tile).
    void applySeek(qint64 wallUs);
    void applyStep();

    // What the tile's controls ask for: done here, or by the controller for synced tiles.
    Q_INVOKABLE void seekMs(double wallMs);
    Q_INVOKABLE void seekFraction(double fraction);
    Q_INVOKABLE void setRate(double rate);
    Q_INVOKABLE void togglePause();
    Q_INVOKABLE void step();
    Q_INVOKABLE void backToLive();
    /// The in or out point at the frame shown now; an out before the in swaps them.
    Q_INVOKABLE void markIn();
    Q_INVOKABLE void markOut();
    Q_INVOKABLE void clearMarks();

signals:
    void activeChanged();
    void positionChanged();
    void spansChanged();
    void stateChanged();
    void marksChanged();
    /// The tile goes back to its live stream.
    void liveRequested();
    /// Synced tiles: the controller applies these to every synced tile.
    void syncedSeekRequested(qint64 wallUs);
    void syncedStepRequested();

private:
    void refreshSpans();
    void recentre(qint64 wallUs);

    IndexSource m_indexSource;
    const Recording::RecordingIndex *m_index = nullptr;
    std::unique_ptr<Recording::RecordingPlayer> m_player;
    QString m_camera, m_problem;
    bool m_synced = false;
    qint64 m_windowStartUs = 0;
    qint64 m_inUs = 0, m_outUs = 0;
    QVariantList m_spans;
    QTimer m_spanTimer;
};

} // namespace Cc::VideoQuick
