// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases/caseimport.h>

#include "casestr.h"

#include <cc/storage/database.h>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <cmath>
#include <cstring>
#include <limits>

namespace Cc::Cases {

namespace {

/// The JSON type of a value, for messages ("a number", "an object" …).
QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return Tr::tr("null");
    case QJsonValue::Bool:
        return Tr::tr("true/false");
    case QJsonValue::Double:
        return Tr::tr("a number");
    case QJsonValue::String:
        return Tr::tr("text");
    case QJsonValue::Array:
        return Tr::tr("a list");
    case QJsonValue::Object:
        return Tr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Tr::tr("missing");
}

Error badField(const QString &name, const QString &expected, const QJsonValue &value)
{
    return makeError("import.bad-field",
                     Tr::tr("“%1” must be %2, not %3.").arg(name, expected, typeName(value)));
}

/// A text field: absent is empty; any other JSON type is refused, not read as "".
Result<QString> text(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined())
        return QString();
    if (!value.isString())
        return badField(QString::fromLatin1(name), Tr::tr("text"), value);
    return value.toString();
}

/// A time without an offset is the city's local time (`zone`), not the machine's.
Result<QDateTime> timeOf(const QJsonObject &object, const QTimeZone &zone)
{
    auto given = text(object, "at");
    if (!given)
        return given.error();
    if (given->isEmpty())
        return QDateTime();
    QDateTime at = QDateTime::fromString(given.value(), Qt::ISODateWithMs);
    if (!at.isValid())
        return makeError("import.bad-time",
                         Tr::tr("“at” is not an ISO-8601 time: %1").arg(given->left(80)));
    if (at.timeSpec() == Qt::LocalTime)
        at = QDateTime(at.date(), at.time(), zone);
    return at.toUTC();
}

/// "lon" and "lat": both or neither, both numbers (the service checks the range).
Result<std::optional<QPointF>> locationOf(const QJsonObject &object)
{
    const QJsonValue lon = object.value(QLatin1String("lon")),
                     lat = object.value(QLatin1String("lat"));
    if (lon.isUndefined() && lat.isUndefined())
        return std::optional<QPointF>();
    if (lon.isUndefined() || lat.isUndefined())
        return makeError("case.bad-location", Tr::tr("Give both “lon” and “lat”, or neither."));
    if (!lon.isDouble())
        return badField(QStringLiteral("lon"), Tr::tr("a number of degrees"), lon);
    if (!lat.isDouble())
        return badField(QStringLiteral("lat"), Tr::tr("a number of degrees"), lat);
    return std::optional<QPointF>(QPointF(lon.toDouble(), lat.toDouble()));
}

/// A whole number field (absent: 0).
Result<int> wholeNumber(const QJsonObject &object, const char *name)
{
    const QJsonValue value = object.value(QLatin1String(name));
    if (value.isUndefined())
        return 0;
    const double d = value.toDouble(std::nan(""));
    if (!value.isDouble()
        || !(d >= std::numeric_limits<int>::min() && d <= std::numeric_limits<int>::max())
        || d != std::floor(d))
        return badField(QString::fromLatin1(name), Tr::tr("a whole number"), value);
    return int(d);
}

/// Splits the input into lines by reading it in blocks: NUL-safe (a FILE*-backed QFile's
/// readLine() stops at the first NUL), and a line longer than `maxBytes` is dropped as it is
/// read, so a huge line costs time linear in its size but no memory.
class LineReader
{
public:
    enum class Read { Line, TooLong, Binary, End };

    LineReader(QIODevice &input, qsizetype maxBytes) : m_input(input), m_max(maxBytes) {}

    Read next(QByteArray &line)
    {
        line.clear();
        bool tooLong = false;
        for (;;) {
            const qsizetype newline = m_buffer.indexOf('\n', m_pos);
            const qsizetype end = newline >= 0 ? newline : m_buffer.size();
            if (std::memchr(m_buffer.constData() + m_pos, 0, size_t(end - m_pos)))
                return Read::Binary;
            if (!tooLong) {
                line.append(m_buffer.constData() + m_pos, end - m_pos);
                if (line.size() > m_max) {
                    tooLong = true;
                    line.clear();
                }
            }
            if (newline >= 0) {
                m_pos = newline + 1;
                return tooLong ? Read::TooLong : Read::Line;
            }
            m_buffer = m_input.read(kBlock);
            m_pos = 0;
            if (m_buffer.isEmpty()) // the end (a pipe's read blocks until data or its end)
                return tooLong ? Read::TooLong : line.isEmpty() ? Read::End : Read::Line;
        }
    }

private:
    static constexpr qint64 kBlock = 256 * 1024;
    QIODevice &m_input;
    qsizetype m_max;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
};

} // namespace

Result<Actor> CaseImporter::actorFor(const QJsonObject &object)
{
    auto login = text(object, "actor");
    if (!login)
        return login.error();
    auto roleText = text(object, "role");
    if (!roleText)
        return roleText.error();
    if (login->isEmpty() || roleText->isEmpty())
        return makeError("import.no-actor", Tr::tr("Every line needs “actor” and “role”."));
    const Core::Role role = Core::roleFromId(roleText.value());
    if (role == Core::Role::Invalid)
        return makeError("auth.unknown-role", Tr::tr("Unknown role “%1”.").arg(roleText->left(80)));
    const QString key = login.value() + QLatin1Char('/') + Core::roleId(role);
    if (auto it = m_actors.constFind(key); it != m_actors.cend())
        return *it;
    auto actor = m_service.actor(login.value(), role);
    if (actor)
        m_actors.insert(key, actor.value());
    return actor;
}

Result<QJsonObject> CaseImporter::parseLine(const QByteArray &line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError("import.bad-json", Tr::tr("Not valid JSON: %1 at character %2.")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset));
    if (!doc.isObject())
        return makeError("import.bad-json",
                         Tr::tr("A line must be one JSON object {…}, not %1.")
                             .arg(doc.isArray() ? Tr::tr("a list") : Tr::tr("a single value")));
    return doc.object();
}

Result<QString> CaseImporter::applyReport(const QJsonObject &o, const Actor &actor,
                                          const QDateTime &at)
{
    auto ref = text(o, "ref");
    if (!ref)
        return ref.error();
    if (!ref->isEmpty() && m_refs.contains(ref.value()))
        return makeError("import.duplicate-ref",
                         Tr::tr("Ref “%1” was already used for another report in this input.")
                             .arg(ref->left(80)));
    NewReport report;
    struct
    {
        const char *name;
        QString *field;
    } texts[] = {{"channel", &report.channel},
                 {"category", &report.categoryKey},
                 {"description", &report.description},
                 {"address", &report.address},
                 {"reporter", &report.reporter},
                 {"component", &report.componentCode},
                 {"grid", &report.gridCode}};
    for (const auto &t : texts) {
        auto value = text(o, t.name);
        if (!value)
            return value.error();
        *t.field = value.value();
    }
    auto level = text(o, "level");
    if (!level)
        return level.error();
    report.level = Core::levelFromId(level->isEmpty() ? QStringLiteral("normal") : level.value());
    auto location = locationOf(o);
    if (!location)
        return location.error();
    report.location = location.value();
    report.at = at;
    auto row = m_service.report(report, actor);
    if (!row)
        return row.error();
    if (!ref->isEmpty())
        m_refs.insert(ref.value(), row->id);
    return row->number;
}

Result<QString> CaseImporter::applyAction(const QJsonObject &o, const Actor &actor,
                                          const QDateTime &at)
{
    auto caseKey = text(o, "case");
    if (!caseKey)
        return caseKey.error();
    if (caseKey->isEmpty()) {
        auto ref = text(o, "ref");
        if (!ref)
            return ref.error();
        if (ref->isEmpty())
            return makeError("import.no-case",
                             Tr::tr(
                                 "An action line needs “case” (a case number or id) or the “ref” "
                                 "of a report earlier in this input."));
        caseKey = m_refs.value(ref.value());
        if (caseKey->isEmpty())
            return makeError("import.unknown-ref",
                             Tr::tr("No case was reported with ref “%1” in this input.")
                                 .arg(ref->left(80)));
    }
    auto action = text(o, "action");
    if (!action)
        return action.error();
    if (action->isEmpty())
        return makeError("workflow.unknown-action",
                         Tr::tr("An action line needs “action” (e.g. accept)."));
    ActionRequest request;
    request.action = Core::actionFromId(action.value());
    if (request.action == Core::CaseAction::Invalid)
        return makeError("workflow.unknown-action",
                         Tr::tr("Unknown action “%1”.").arg(action->left(80)));
    auto note = text(o, "note");
    auto department = text(o, "department");
    auto hours = wholeNumber(o, "extensionHours");
    auto revisit = text(o, "revisitResult"); // 回访: satisfied, basic, unsatisfied
    if (!note || !department || !hours || !revisit)
        return !note         ? note.error()
               : !department ? department.error()
               : !hours      ? hours.error()
                             : revisit.error();
    request.note = note.value();
    request.revisitResult = revisit.value();
    request.departmentId = department.value();
    request.extensionHours = hours.value();
    const QJsonValue payload = o.value(QLatin1String("payload"));
    if (!payload.isUndefined() && !payload.isObject())
        return badField(QStringLiteral("payload"), Tr::tr("an object"), payload);
    request.payload = payload.toObject();
    request.at = at;
    auto row = m_service.act(caseKey.value(), request, actor);
    if (!row)
        return row.error();
    return row->number;
}

ImportLine CaseImporter::applyLine(int lineNumber, const QByteArray &line)
{
    ImportLine result;
    result.line = lineNumber;
    auto outcome = [&]() -> Result<QString> {
        auto o = parseLine(line);
        if (!o)
            return o.error();
        auto actor = actorFor(o.value());
        if (!actor)
            return actor.error();
        auto at = timeOf(o.value(), m_service.calendar().timeZone());
        if (!at)
            return at.error();
        const QJsonValue type = o->value(QLatin1String("type"));
        if (type.toString() == QLatin1String("report"))
            return applyReport(o.value(), actor.value(), at.value());
        if (type.toString() == QLatin1String("action"))
            return applyAction(o.value(), actor.value(), at.value());
        return makeError("import.bad-type",
                         type.isString()
                             ? Tr::tr("“type” must be “report” or “action”, not “%1”.")
                                   .arg(type.toString().left(80))
                             : Tr::tr("“type” must be the text “report” or “action”, not %1.")
                                   .arg(typeName(type)));
    }();
    if (outcome) {
        result.applied = true;
        result.caseNumber = outcome.value();
    } else {
        result.error = outcome.error();
    }
    return result;
}

/// A failing database (not a refusal of the line) stops the import. What was applied before
/// stays applied, unless the file is damaged: then nothing more is written to it.
Error CaseImporter::stop(int lineNumber, const Error &error)
{
    const bool damaged = error.code == QLatin1String("database.corrupt")
                         || error.code == QLatin1String("database.damaged");
    int appliedThrough = m_committedThrough;
    if (m_service.inBatch()) {
        if (!damaged && m_service.commitBatch())
            appliedThrough = lineNumber - 1;
        else
            m_service.rollbackBatch();
    }
    return makeError(error.code,
                     Tr::tr("Import stopped at line %1: %2 Lines up to %3 are applied; from line "
                            "%4 on nothing was applied.")
                         .arg(lineNumber)
                         .arg(error.message)
                         .arg(appliedThrough)
                         .arg(appliedThrough + 1));
}

Result<ImportSummary> CaseImporter::run(QIODevice &input,
                                        const std::function<void(const ImportLine &)> &onLine)
{
    ImportSummary summary;
    int lineNumber = 0;
    int inBatch = 0;
    m_committedThrough = 0;
    LineReader reader(input, kMaxLineBytes);
    QByteArray read;
    for (;;) {
        const LineReader::Read kind = reader.next(read);
        if (kind == LineReader::Read::End)
            break;
        ++lineNumber;
        if (kind == LineReader::Read::Binary)
            return stop(lineNumber, makeError("import.not-text",
                                              Tr::tr("The input holds NUL bytes: it is not JSON "
                                                     "lines (UTF-8 text).")));
        const bool tooLong = kind == LineReader::Read::TooLong;
        const QByteArray text = read.trimmed();
        if (text.isEmpty() && !tooLong)
            continue;
        if (!m_service.inBatch()) {
            if (auto r = m_service.beginBatch(); !r)
                return stop(lineNumber, r.error());
        }
        ImportLine line;
        if (tooLong) {
            line.line = lineNumber;
            line.error = makeError("import.line-too-long",
                                   Tr::tr("The line is longer than %1 KiB; it was skipped.")
                                       .arg(kMaxLineBytes / 1024));
        } else {
            line = applyLine(lineNumber, text);
        }
        if (!line.applied && line.error.code.startsWith(QLatin1String("database."))) {
            // A rule of the database (a trigger, a constraint) refused the line's rows: the
            // savepoint dropped them, the line is refused. Anything else is the database failing.
            if (line.error.code != QLatin1String("database.constraint"))
                return stop(lineNumber, line.error);
            line.error = makeError("import.rejected",
                                   Tr::tr("The line could not be stored: it breaks a rule of the "
                                          "database (%1).")
                                       .arg(line.error.message));
        }
        line.applied ? ++summary.applied : ++summary.refused;
        if (onLine)
            onLine(line);
        if (++inBatch >= m_batchSize) {
            if (auto r = m_service.commitBatch(); !r)
                return stop(lineNumber, r.error());
            inBatch = 0;
            m_committedThrough = lineNumber;
        }
    }
    if (m_service.inBatch()) {
        if (auto r = m_service.commitBatch(); !r)
            return stop(lineNumber, r.error());
    }
    return summary;
}

} // namespace Cc::Cases
