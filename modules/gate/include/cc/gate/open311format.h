// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariant>

namespace Cc::Gate::Open311 {

/// The two encodings GeoReport v2 defines; the path's extension picks one (".json", ".xml").
enum class Format { Json, Xml };

/// One field of a record, in the order the specification lists it (XML keeps the order).
struct Field
{
    QString name;
    QVariant value; ///< QString, double, qint64 or bool; a null QVariant writes as empty/null
    friend bool operator==(const Field &, const Field &) = default;
};
using Record = QList<Field>;

/// A GeoReport v2 list document: in JSON an array of objects, in XML
/// <root><item><field>…</field>…</item>…</root> (docs/citygate.md, "Formats"). Services,
/// requests, the answer to a POST and errors all have this shape.
struct ListDocument
{
    QString root; ///< "services", "service_requests", "errors"
    QString item; ///< "service", "request", "error"
    QList<Record> records;
};

QByteArray write(const ListDocument &document, Format format);
/// Reads a list document of the given root and item names. Values come back as QString from
/// XML and as JSON types from JSON (valueText() compares them alike). Refuses malformed input,
/// a wrong root or item, or nested values other than an empty list ("open311.bad-document").
Result<ListDocument> read(const QByteArray &bytes, Format format, const QString &root,
                          const QString &item);

/// A field's value as text, whatever the encoding it was read from (numbers in their shortest
/// form, booleans as true/false, null as empty).
QString valueText(const QVariant &value);
/// The value of the first field called `name` in `record` (a null QVariant when absent).
QVariant valueOf(const Record &record, const QString &name);

/// The service definition of a service without attributes (metadata false):
/// {"service_code": …, "attributes": []} or <service_definition>…</service_definition>.
QByteArray writeServiceDefinition(const QString &serviceCode, Format format);
Result<QString> readServiceDefinition(const QByteArray &bytes, Format format);

QByteArray mimeType(Format format);

} // namespace Cc::Gate::Open311
