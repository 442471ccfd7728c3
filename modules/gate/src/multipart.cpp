// SPDX-License-Identifier: GPL-3.0-or-later
// multipart/form-data (RFC 7578) for the field API's reports with photos: citygate reads POST
// bodies itself (docs/citygate.md, "Why cpp-httplib"), so it splits them itself too.
#include "multipart.h"

#include "gatetr.h"

#include <QRegularExpression>

namespace Cc::Gate {

namespace {

Error bad(const QString &what)
{
    return makeError("field.bad-multipart",
                     Tr::tr("The multipart/form-data body is not valid: %1.").arg(what));
}

/// The value of `parameter` in a header such as `form-data; name="photo"; filename="a.png"`.
QString headerParameter(const QByteArray &header, const char *parameter)
{
    const QRegularExpression pattern(QStringLiteral("(?:^|;)\\s*%1=(?:\"([^\"]*)\"|([^;\\s]*))")
                                         .arg(QLatin1String(parameter)),
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(header));
    if (!match.hasMatch())
        return {};
    return match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
}

Result<FormPart> parsePart(const QByteArray &raw)
{
    const qsizetype headerEnd = raw.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return bad(Tr::tr("a part has no header"));
    FormPart part;
    for (const QByteArray &line : raw.left(headerEnd).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-disposition") {
            part.name = headerParameter(value, "name");
            part.fileName = headerParameter(value, "filename");
        } else if (name == "content-type") {
            part.contentType = value.split(';').first().trimmed().toLower();
        }
    }
    if (part.name.isEmpty())
        return bad(Tr::tr("a part has no name"));
    part.data = raw.mid(headerEnd + 4);
    return part;
}

} // namespace

Result<QList<FormPart>> parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return bad(Tr::tr("the Content-Type is not multipart/form-data"));
    const QString boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty() || boundary.size() > 70)
        return bad(Tr::tr("no boundary"));
    const QByteArray delimiter = "--" + boundary.toLatin1();
    qsizetype at = body.startsWith(delimiter) ? 0 : body.indexOf("\r\n" + delimiter);
    if (at < 0)
        return bad(Tr::tr("no boundary"));
    at = body.indexOf(delimiter, at) + delimiter.size();
    QList<FormPart> parts;
    const QByteArray next = "\r\n" + delimiter;
    while (true) {
        if (body.mid(at, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(at, 2) != "\r\n")
            return bad(Tr::tr("cut short"));
        at += 2;
        const qsizetype end = body.indexOf(next, at);
        if (end < 0)
            return bad(Tr::tr("cut short"));
        if (parts.size() == kMaxFormParts)
            return bad(Tr::tr("more than %1 parts").arg(kMaxFormParts));
        auto part = parsePart(body.mid(at, end - at));
        if (!part)
            return part.error();
        parts.append(std::move(part.value()));
        at = end + next.size();
    }
}

} // namespace Cc::Gate
