// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cc/core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Cc::Video {

/// Where a camera's pan/tilt/zoom is driven (docs/video.md "PTZ"): its ONVIF service and the
/// account, and the media profile the moves apply to (empty: the first the camera lists).
struct PtzEndpoint
{
    QUrl service;
    QString user, password;
    QString profileToken;
};

/// The ONVIF address of a camera whose stream is at `rtspUrl`, from a template with
/// {host}, {port} (the RTSP port) and {camera} (the first path segment): real cameras answer
/// at "http://{host}/onvif/device_service" (the default), camsim at
/// "http://127.0.0.1:P/onvif/{camera}/device_service". The stream's credentials are the
/// camera's account. Refuses "video.bad-url" (the stream's URL) and "ptz.bad-template".
Result<PtzEndpoint> ptzEndpointFor(const QString &rtspUrl, const QString &addressTemplate = {});
inline constexpr char kDefaultOnvifTemplate[] = "http://{host}/onvif/device_service";

/// SOAP 1.2 with WS-Security UsernameToken (the digest profile every ONVIF camera takes).
namespace Onvif {
/// Base64(SHA-1(nonce + created + password)).
QByteArray passwordDigest(const QByteArray &nonce, const QString &created, const QString &password);
/// The whole envelope: the Security header for `user` and `body` (one operation element).
QByteArray envelope(const QString &user, const QString &password, const QByteArray &body,
                    const QByteArray &nonce, const QDateTime &created);
/// The answer's Body, or the fault as an error: "ptz.not-authorized" (ter:NotAuthorized,
/// HTTP 401), "ptz.fault" (any other fault, with its reason), "ptz.bad-answer" (not SOAP).
Result<QByteArray> parseAnswer(int httpStatus, const QByteArray &xml);
/// The camera's UTC time in a GetSystemDateAndTime answer (invalid if there is none).
QDateTime cameraUtc(const QByteArray &xml);
/// The text of the first element with this local name in `xml` (empty if none).
QString elementText(const QByteArray &xml, const QString &localName);
/// An attribute of the first element with this local name.
QString elementAttribute(const QByteArray &xml, const QString &localName, const QString &attribute);
} // namespace Onvif

/// An ONVIF PTZ client for one camera: ContinuousMove, Stop, GotoPreset, SetPreset, with the
/// profile found by GetProfiles when not given and the digest's time taken from the camera's
/// clock (GetSystemDateAndTime, asked once without authentication, as ONVIF allows: a camera
/// whose clock is minutes off refuses a token dated by ours). Requests go one at a time; motion commands
/// coalesce (a drag that sends fifty velocities while one request is under way sends only the
/// newest next), presets keep their order. A move carries a timeout, so a camera keeps no
/// runaway motion if this client dies; the wall repeats a held move before it runs out.
class OnvifPtzClient : public QObject
{
    Q_OBJECT
public:
    static constexpr double kMoveTimeoutS = 5.0;
    static constexpr int kRequestTimeoutMs = 5000;

    explicit OnvifPtzClient(PtzEndpoint endpoint, QObject *parent = nullptr);
    ~OnvifPtzClient() override;

    const PtzEndpoint &endpoint() const { return m_endpoint; }
    /// Velocities -1 … 1 (clamped): pan right, tilt up, zoom in positive.
    void continuousMove(double pan, double tilt, double zoom);
    void stop();
    void gotoPreset(const QString &presetToken);
    /// The current position as a preset (a new one when `presetToken` is empty); the camera's
    /// token comes back in presetSet().
    void setPreset(const QString &name, const QString &presetToken = {});
    bool idle() const { return !m_reply && m_queue.isEmpty(); }

signals:
    void succeeded(const QString &operation);
    void presetSet(const QString &name, const QString &presetToken);
    void failed(const QString &operation, const QString &code, const QString &message);

private:
    struct Command
    {
        QString operation; ///< ContinuousMove, Stop, GotoPreset, SetPreset
        double pan = 0, tilt = 0, zoom = 0;
        QString presetToken, presetName;
    };
    void enqueue(Command command);
    void next();
    void send(const QString &action, const QByteArray &body, bool authenticated = true);
    void finished();
    QByteArray bodyOf(const Command &command) const;

    PtzEndpoint m_endpoint;
    QNetworkAccessManager *m_network;
    QNetworkReply *m_reply = nullptr;
    QList<Command> m_queue;
    std::optional<Command> m_current; ///< what m_reply answers (none: GetProfiles)
    bool m_clockAsked = false, m_askingClock = false;
    qint64 m_clockOffsetMs = 0; ///< the camera's clock − ours, for the digest's Created
};

} // namespace Cc::Video
