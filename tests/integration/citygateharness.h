// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The real citygate process for the integration tests of its intake and security
// (tst_citygate_intake, tst_citygate_security): start it on a free port, send requests with
// any method, headers and body, read the answer and its headers.

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QBuffer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

namespace CitygateHarness {

inline const QString kCitygate = QStringLiteral(CC_BINARY_DIR "/bin/citygate");
inline const QString kCityctl = QStringLiteral(CC_BINARY_DIR "/bin/cityctl");

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QByteArray retryAfter;
    QByteArray contentType;
};

/// Starts citygate on a free port of 127.0.0.1; the base URL, or empty when it did not start.
inline QString start(QProcess &process, const QString &db, const QStringList &extra = {})
{
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(kCitygate,
                  QStringList{"--lang", "en", "--db", db, "--listen", "127.0.0.1:0"} + extra);
    static const QRegularExpression listening("listening on (http://[0-9.]+:[0-9]+)");
    QByteArray err;
    for (int i = 0; i < 300 && process.state() != QProcess::NotRunning; ++i) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
        const auto match = listening.match(QString::fromUtf8(err));
        if (match.hasMatch())
            return match.captured(1);
    }
    qWarning() << "citygate did not start:" << err;
    return {};
}

/// Ends citygate as an operator would (SIGTERM); its exit code.
inline int stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
    return process.exitCode();
}

inline Reply finish(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(),
            {},
            reply->rawHeader("Retry-After"),
            reply->rawHeader("Content-Type")};
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

/// Any method, headers and body (raw bytes: the tests send what no client library would).
inline Reply send(QNetworkAccessManager &net, const QByteArray &method, const QString &url,
                  const QList<std::pair<QByteArray, QByteArray>> &headers = {},
                  const QByteArray &body = {})
{
    QNetworkRequest request{QUrl(url, QUrl::TolerantMode)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (method == "GET")
        return finish(net.get(request));
    return finish(net.sendCustomRequest(request, method, body));
}

/// A multipart/form-data POST: fields, then photos (name, file name, type, bytes).
struct Photo
{
    QByteArray fileName, contentType, data;
};
inline Reply postMultipart(QNetworkAccessManager &net, const QString &url,
                           const QList<std::pair<QByteArray, QByteArray>> &headers,
                           const QList<std::pair<QByteArray, QByteArray>> &fields,
                           const QList<Photo> &photos = {})
{
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    for (const auto &[name, value] : fields) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       "form-data; name=\"" + name + "\"");
        part.setBody(value);
        multi->append(part);
    }
    for (const Photo &photo : photos) {
        QHttpPart part;
        part.setHeader(QNetworkRequest::ContentTypeHeader, photo.contentType);
        part.setHeader(QNetworkRequest::ContentDispositionHeader,
                       "form-data; name=\"photo\"; filename=\"" + photo.fileName + "\"");
        part.setBody(photo.data);
        multi->append(part);
    }
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = net.post(request, multi);
    multi->setParent(reply);
    return finish(reply);
}

/// A small picture; JPEG ones carry `comment` as metadata (a COM segment), standing for the
/// EXIF a phone writes.
inline QByteArray picture(const char *format, const QString &comment = {})
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor(40, 120, 200));
    if (!comment.isEmpty())
        image.setText(QStringLiteral("Description"), comment);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/// A point inside a unit grid of the responsibility grid `responsibilityCode` (its cell's
/// vertex average: the demo's cells are convex), and that unit grid's code.
inline std::pair<QPointF, QString> pointIn(Cc::Storage::Database &db,
                                           const QString &responsibilityCode)
{
    auto grids = Cc::Storage::SpatialRepository(db).unitGrids();
    if (!grids)
        return {};
    for (const Cc::Storage::UnitGridRow &grid : grids.value()) {
        if (!responsibilityCode.isEmpty() && grid.responsibilityCode != responsibilityCode)
            continue;
        const Cc::Storage::Ring &ring = grid.geom.first();
        QPointF sum;
        for (qsizetype i = 0; i + 1 < ring.size(); ++i)
            sum += ring.at(i);
        return {sum / double(ring.size() - 1), grid.code};
    }
    return {};
}

/// Row counts of every table a write of citygate touches: nothing refused may change them.
inline QString writtenRows(const QString &path)
{
    auto db = Cc::Storage::Database::open(path, Cc::Storage::Database::OpenMode::ReadOnly);
    if (!db)
        return QStringLiteral("cannot open");
    QStringList counts;
    for (const char *table :
         {"case_record", "case_event", "attachment", "attachment_content", "case_external",
          "field_idempotency", "field_token", "collector_position", "survey_result", "outbox"}) {
        auto n = db.value()->scalar(QStringLiteral("SELECT count(*) FROM %1").arg(table));
        counts << QStringLiteral("%1=%2").arg(table).arg(n ? n.value() : -1);
    }
    return counts.join(QLatin1Char(' '));
}

} // namespace CitygateHarness
