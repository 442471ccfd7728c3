// SPDX-License-Identifier: GPL-3.0-or-later
// GeoReport v2 documents in JSON and XML (docs/citygate.md, "Formats").
#include <cc/gate/open311format.h>

#include "gatetr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Cc::Gate::Open311 {

namespace {

Error badDocument(const QString &detail)
{
    return makeError("open311.bad-document",
                     Tr::tr("Not a GeoReport v2 document: %1").arg(detail.left(200)));
}

QByteArray writeJson(const ListDocument &document)
{
    QJsonArray array;
    for (const Record &record : document.records) {
        QJsonObject object;
        for (const Field &field : record)
            object.insert(field.name, field.value.isNull() ? QJsonValue(QJsonValue::Null)
                                                           : QJsonValue::fromVariant(field.value));
        array.append(object);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QByteArray writeXml(const ListDocument &document)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(document.root);
    for (const Record &record : document.records) {
        xml.writeStartElement(document.item);
        for (const Field &field : record)
            xml.writeTextElement(field.name, valueText(field.value));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Result<ListDocument> readJson(const QByteArray &bytes, ListDocument document)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return badDocument(error.errorString());
    if (!json.isArray())
        return badDocument(Tr::tr("the top level is not an array"));
    for (const QJsonValue &item : json.array()) {
        if (!item.isObject())
            return badDocument(Tr::tr("an element of the array is not an object"));
        Record record;
        const QJsonObject object = item.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it->isArray() || it->isObject())
                return badDocument(Tr::tr("field “%1” is nested").arg(it.key()));
            record.append({it.key(), it->toVariant()});
        }
        document.records.append(record);
    }
    return document;
}

/// Reads one <item> element's children as text fields (the reader stands on <item>).
Result<Record> readXmlRecord(QXmlStreamReader &xml)
{
    Record record;
    while (xml.readNextStartElement()) {
        const QString name = xml.name().toString();
        const QString text = xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement);
        if (xml.hasError())
            return badDocument(Tr::tr("field “%1” is nested").arg(name));
        record.append({name, text});
    }
    return record;
}

Result<ListDocument> readXml(const QByteArray &bytes, ListDocument document)
{
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != document.root)
        return badDocument(Tr::tr("the root element is not <%1>").arg(document.root));
    while (xml.readNextStartElement()) {
        if (xml.name() != document.item)
            return badDocument(Tr::tr("<%1> holds <%2>, not <%3>")
                                   .arg(document.root, xml.name().toString(), document.item));
        auto record = readXmlRecord(xml);
        if (!record)
            return record.error();
        document.records.append(record.value());
    }
    if (xml.hasError())
        return badDocument(xml.errorString());
    return document;
}

} // namespace

QString valueText(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 15);
    default:
        return value.isNull() ? QString() : value.toString();
    }
}

QVariant valueOf(const Record &record, const QString &name)
{
    for (const Field &field : record) {
        if (field.name == name)
            return field.value;
    }
    return {};
}

QByteArray write(const ListDocument &document, Format format)
{
    return format == Format::Json ? writeJson(document) : writeXml(document);
}

Result<ListDocument> read(const QByteArray &bytes, Format format, const QString &root,
                          const QString &item)
{
    ListDocument document{root, item, {}};
    return format == Format::Json ? readJson(bytes, document) : readXml(bytes, document);
}

QByteArray writeServiceDefinition(const QString &serviceCode, Format format)
{
    if (format == Format::Json)
        return QJsonDocument(
                   QJsonObject{{"service_code", serviceCode}, {"attributes", QJsonArray()}})
            .toJson(QJsonDocument::Compact);
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("service_definition"));
    xml.writeTextElement(QStringLiteral("service_code"), serviceCode);
    xml.writeEmptyElement(QStringLiteral("attributes"));
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

Result<QString> readServiceDefinition(const QByteArray &bytes, Format format)
{
    if (format == Format::Json) {
        const QJsonDocument json = QJsonDocument::fromJson(bytes);
        const QJsonValue code = json.object().value(QLatin1String("service_code"));
        if (!json.isObject() || !code.isString())
            return badDocument(Tr::tr("no service_code"));
        return code.toString();
    }
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || xml.name() != QLatin1String("service_definition"))
        return badDocument(Tr::tr("the root element is not <%1>").arg("service_definition"));
    QString code;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("service_code"))
            code = xml.readElementText();
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError() || code.isEmpty())
        return badDocument(xml.hasError() ? xml.errorString() : Tr::tr("no service_code"));
    return code;
}

QByteArray mimeType(Format format)
{
    return format == Format::Json ? QByteArrayLiteral("application/json; charset=utf-8")
                                  : QByteArrayLiteral("text/xml; charset=utf-8");
}

} // namespace Cc::Gate::Open311
