// SPDX-License-Identifier: GPL-3.0-or-later
// ONVIF PTZ over SOAP 1.2 / HTTP with WS-UsernameToken digest (docs/video.md "PTZ").
#include "cc/video/onvifptz.h"

#include "cc/video/streamurl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace Cc::Video {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cc::Video::Ptz)
};

constexpr qint64 kMaxAnswerBytes = 256 * 1024;
const QString kPtzNs = QStringLiteral("http://www.onvif.org/ver20/ptz/wsdl");
const QString kMediaNs = QStringLiteral("http://www.onvif.org/ver10/media/wsdl");
const QString kDeviceNs = QStringLiteral("http://www.onvif.org/ver10/device/wsdl");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(double v)
{
    return QString::number(std::clamp(v, -1.0, 1.0), 'f', 3);
}

} // namespace

Result<PtzEndpoint> ptzEndpointFor(const QString &rtspUrl, const QString &addressTemplate)
{
    auto source = parseStreamUrl(rtspUrl);
    if (!source)
        return source.error();
    const QUrl &location = source->location;
    const QString camera = location.path().section(QLatin1Char('/'), 1, 1);
    QString address = addressTemplate.isEmpty() ? QString::fromLatin1(kDefaultOnvifTemplate)
                                                : addressTemplate;
    address.replace(QLatin1String("{host}"), location.host())
        .replace(QLatin1String("{port}"), QString::number(location.port(554)))
        .replace(QLatin1String("{camera}"), QString::fromLatin1(QUrl::toPercentEncoding(camera)));
    const QUrl service(address, QUrl::StrictMode);
    if (!service.isValid() || service.host().isEmpty()
        || (service.scheme() != QLatin1String("http") && service.scheme() != QLatin1String("https"))
        || !service.userInfo().isEmpty())
        return makeError(QStringLiteral("ptz.bad-template"),
                         Tr::tr("“%1” is not an http(s) address for ONVIF").arg(addressTemplate));
    return PtzEndpoint{service, source->user, source->password, {}};
}

namespace Onvif {

QByteArray passwordDigest(const QByteArray &nonce, const QString &created, const QString &password)
{
    QCryptographicHash sha1(QCryptographicHash::Sha1);
    sha1.addData(nonce);
    sha1.addData(created.toUtf8());
    sha1.addData(password.toUtf8());
    return sha1.result().toBase64();
}

QByteArray envelope(const QString &user, const QString &password, const QByteArray &body,
                    const QByteArray &nonce, const QDateTime &created)
{
    const QString at = created.toUTC().toString(Qt::ISODateWithMs);
    // No account (the stream URL has none): no Security header, for cameras with
    // authentication off.
    const QString header
        = user.isEmpty()
              ? QString()
              : QStringLiteral(
                    "<s:Header><wsse:Security s:mustUnderstand=\"1\" "
                    "xmlns:wsse=\"http://docs.oasis-open.org/wss/2004/01/"
                    "oasis-200401-wss-wssecurity-secext-1.0.xsd\" "
                    "xmlns:wsu=\"http://docs.oasis-open.org/wss/2004/01/"
                    "oasis-200401-wss-wssecurity-utility-1.0.xsd\"><wsse:UsernameToken>"
                    "<wsse:Username>%1</wsse:Username><wsse:Password Type=\"http://docs.oasis-open.org/"
                    "wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">%2"
                    "</wsse:Password><wsse:Nonce EncodingType=\"http://docs.oasis-open.org/wss/2004/01/"
                    "oasis-200401-wss-soap-message-security-1.0#Base64Binary\">%3</wsse:Nonce>"
                    "<wsu:Created>%4</wsu:Created></wsse:UsernameToken></wsse:Security></s:Header>")
                    .arg(escaped(user), QString::fromLatin1(passwordDigest(nonce, at, password)),
                         QString::fromLatin1(nonce.toBase64()), at);
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
           "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" "
           "xmlns:tt=\"http://www.onvif.org/ver10/schema\">"
           + header.toUtf8() + "<s:Body>" + body + "</s:Body></s:Envelope>";
}

QDateTime cameraUtc(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    bool inUtc = false;
    QHash<QString, int> parts;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (reader.name() == QLatin1String("UTCDateTime"))
                inUtc = true;
            else if (inUtc && reader.name() != QLatin1String("Time")
                     && reader.name() != QLatin1String("Date"))
                parts.insert(reader.name().toString(), reader.readElementText().trimmed().toInt());
        } else if (token == QXmlStreamReader::EndElement
                   && reader.name() == QLatin1String("UTCDateTime")) {
            break;
        }
    }
    const QDate date(parts.value(QStringLiteral("Year")), parts.value(QStringLiteral("Month")),
                     parts.value(QStringLiteral("Day")));
    const QTime time(parts.value(QStringLiteral("Hour"), -1), parts.value(QStringLiteral("Minute")),
                     parts.value(QStringLiteral("Second")));
    return date.isValid() && time.isValid() ? QDateTime(date, time, Qt::UTC) : QDateTime();
}

QString elementText(const QByteArray &xml, const QString &localName)
{
    QXmlStreamReader reader(xml);
    while (reader.readNextStartElement() || !reader.atEnd()) {
        if (reader.isStartElement() && reader.name() == localName)
            return reader.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        if (!reader.isStartElement())
            reader.readNext();
    }
    return {};
}

QString elementAttribute(const QByteArray &xml, const QString &localName, const QString &attribute)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == localName)
            return reader.attributes().value(attribute).toString();
    }
    return {};
}

Result<QByteArray> parseAnswer(int httpStatus, const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    bool sawEnvelope = false, inFault = false;
    QString subcode, reason;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = reader.name();
        if (name == QLatin1String("Envelope"))
            sawEnvelope = true;
        else if (name == QLatin1String("Fault"))
            inFault = true;
        else if (inFault && name == QLatin1String("Value"))
            subcode = reader.readElementText().trimmed(); // the last Value is the most specific
        else if (inFault && name == QLatin1String("Text") && reason.isEmpty())
            reason = reader.readElementText().trimmed();
    }
    if (inFault || httpStatus == 401) {
        const bool denied = httpStatus == 401 || subcode.endsWith(QLatin1String("NotAuthorized"));
        return makeError(denied ? QStringLiteral("ptz.not-authorized")
                                : QStringLiteral("ptz.fault"),
                         denied ? Tr::tr("The camera refused the account (ONVIF: %1)")
                                      .arg(reason.isEmpty() ? subcode : reason)
                                : Tr::tr("The camera answered with a fault: %1 (%2)")
                                      .arg(reason.left(200), subcode.left(100)));
    }
    if (reader.hasError() || !sawEnvelope || httpStatus != 200)
        return makeError(QStringLiteral("ptz.bad-answer"),
                         Tr::tr("The camera's answer is not SOAP (HTTP %1)").arg(httpStatus));
    return xml;
}

} // namespace Onvif

OnvifPtzClient::OnvifPtzClient(PtzEndpoint endpoint, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(new QNetworkAccessManager(this))
{}

OnvifPtzClient::~OnvifPtzClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
}

void OnvifPtzClient::continuousMove(double pan, double tilt, double zoom)
{
    enqueue({QStringLiteral("ContinuousMove"), pan, tilt, zoom, {}, {}});
}

void OnvifPtzClient::stop()
{
    enqueue({QStringLiteral("Stop"), 0, 0, 0, {}, {}});
}

void OnvifPtzClient::gotoPreset(const QString &presetToken)
{
    enqueue({QStringLiteral("GotoPreset"), 0, 0, 0, presetToken, {}});
}

void OnvifPtzClient::setPreset(const QString &name, const QString &presetToken)
{
    enqueue({QStringLiteral("SetPreset"), 0, 0, 0, presetToken, name});
}

void OnvifPtzClient::enqueue(Command command)
{
    const auto isMotion = [](const Command &c) {
        return c.operation == QLatin1String("ContinuousMove")
               || c.operation == QLatin1String("Stop");
    };
    // The newest motion wins: a queued move or stop not yet sent is replaced.
    if (isMotion(command))
        m_queue.removeIf(isMotion);
    m_queue.append(std::move(command));
    if (!m_reply)
        next();
}

QByteArray OnvifPtzClient::bodyOf(const Command &c) const
{
    const QString profile = QStringLiteral("<ProfileToken>%1</ProfileToken>")
                                .arg(escaped(m_endpoint.profileToken));
    QString inner;
    if (c.operation == QLatin1String("ContinuousMove"))
        inner = profile
                + QStringLiteral("<Velocity><tt:PanTilt x=\"%1\" y=\"%2\"/><tt:Zoom x=\"%3\"/>"
                                 "</Velocity><Timeout>PT%4S</Timeout>")
                      .arg(number(c.pan), number(c.tilt), number(c.zoom))
                      .arg(kMoveTimeoutS);
    else if (c.operation == QLatin1String("Stop"))
        inner = profile + QStringLiteral("<PanTilt>true</PanTilt><Zoom>true</Zoom>");
    else if (c.operation == QLatin1String("GotoPreset"))
        inner = profile
                + QStringLiteral("<PresetToken>%1</PresetToken>").arg(escaped(c.presetToken));
    else
        inner = profile
                + (c.presetName.isEmpty()
                       ? QString()
                       : QStringLiteral("<PresetName>%1</PresetName>").arg(escaped(c.presetName)))
                + (c.presetToken.isEmpty() ? QString()
                                           : QStringLiteral("<PresetToken>%1</PresetToken>")
                                                 .arg(escaped(c.presetToken)));
    return QStringLiteral("<%1 xmlns=\"%2\">%3</%1>").arg(c.operation, kPtzNs, inner).toUtf8();
}

void OnvifPtzClient::next()
{
    if (m_reply || m_queue.isEmpty())
        return;
    if (!m_clockAsked) {
        m_clockAsked = m_askingClock = true;
        m_current.reset();
        send(kDeviceNs + QStringLiteral("/GetSystemDateAndTime"),
             QStringLiteral("<GetSystemDateAndTime xmlns=\"%1\"/>").arg(kDeviceNs).toUtf8(), false);
        return;
    }
    if (m_endpoint.profileToken.isEmpty()) {
        // The moves name a media profile: the camera's first one, asked once.
        m_current.reset();
        send(kMediaNs + QStringLiteral("/GetProfiles"),
             QStringLiteral("<GetProfiles xmlns=\"%1\"/>").arg(kMediaNs).toUtf8());
        return;
    }
    m_current = m_queue.takeFirst();
    send(kPtzNs + QLatin1Char('/') + m_current->operation, bodyOf(*m_current));
}

void OnvifPtzClient::send(const QString &action, const QByteArray &body, bool authenticated)
{
    QByteArray nonce(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(nonce.data()),
                                          nonce.size() / 4);
    QNetworkRequest request(m_endpoint.service);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QStringLiteral("application/soap+xml; charset=utf-8; action=\"%1\"")
                          .arg(action));
    request.setTransferTimeout(kRequestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->post(request, Onvif::envelope(authenticated ? m_endpoint.user : QString(),
                                                       m_endpoint.password, body, nonce,
                                                       QDateTime::currentDateTimeUtc().addMSecs(
                                                           m_clockOffsetMs)));
    // Whatever a device sends back is read only up to a bound.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxAnswerBytes && m_reply)
            m_reply->abort();
    });
    connect(m_reply, &QNetworkReply::finished, this, &OnvifPtzClient::finished);
}

void OnvifPtzClient::finished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QString operation = m_current ? m_current->operation : QStringLiteral("GetProfiles");
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->read(kMaxAnswerBytes);
    if (std::exchange(m_askingClock, false)) {
        // A camera that does not tell its time is taken to share ours.
        const QDateTime camera = status == 200 ? Onvif::cameraUtc(data) : QDateTime();
        if (camera.isValid())
            m_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(camera);
        next();
        return;
    }
    Result<QByteArray> answer
        = status > 0 ? Onvif::parseAnswer(status, data)
                     : Result<QByteArray>(
                         makeError(QStringLiteral("ptz.unreachable"),
                                   Tr::tr("The camera's ONVIF service cannot be reached: %1")
                                       .arg(reply->errorString())));
    if (answer && !m_current) {
        m_endpoint.profileToken = Onvif::elementAttribute(answer.value(),
                                                          QStringLiteral("Profiles"),
                                                          QStringLiteral("token"));
        if (m_endpoint.profileToken.isEmpty())
            answer = makeError(QStringLiteral("ptz.no-profile"),
                               Tr::tr("The camera lists no media profile to move"));
    }
    if (!answer) {
        if (!m_current)
            m_queue.clear(); // nothing can be sent without a profile
        emit failed(operation, answer.error().code, answer.error().message);
    } else {
        if (m_current && m_current->operation == QLatin1String("SetPreset"))
            emit presetSet(m_current->presetName,
                           Onvif::elementText(answer.value(), QStringLiteral("PresetToken")));
        if (m_current)
            emit succeeded(operation);
    }
    m_current.reset();
    next();
}

} // namespace Cc::Video
