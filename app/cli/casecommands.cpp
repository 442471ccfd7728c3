// SPDX-License-Identifier: GPL-3.0-or-later
// cityctl case file|act|show|import: the case workflow, headless.
#include "cli.h"

#include <cc/cases/caseimport.h>
#include <cc/cases/caseservice.h>
#include <cc/city/citycontext.h>
#include <cc/core/category.h>
#include <cc/core/codes.h>
#include <cc/core/workcalendar.h>
#include <cc/gazetteer/reversegeocoder.h>
#include <cc/notify/notifier.h>
#include <cc/storage/repositories.h>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <unistd.h>

namespace Cc::Cli {

namespace {

/// The service over an opened database and the city it serves.
struct Session
{
    std::unique_ptr<Storage::Database> db;
    std::unique_ptr<City::CityContext> city;
    Core::WorkCalendar calendar;                ///< the city's
    std::unique_ptr<Notify::Notifier> notifier; ///< before the service: it outlives it
    std::unique_ptr<Cases::CaseService> service;
};

Result<Session> openSession(const QCommandLineParser &parser)
{
    auto db = openDb(parser, Storage::Database::OpenMode::ReadWrite);
    if (!db)
        return db.error();
    Session session;
    session.db = std::move(db.value());
    auto city = City::CityContext::load(*session.db);
    if (!city)
        return city.error();
    session.city = std::move(city).value();
    session.calendar = session.city->calendar();
    session.service = std::make_unique<Cases::CaseService>(*session.db, session.city->categories(),
                                                           session.calendar);
    session.service->setAddressOf(Gazetteer::describerOf(*session.db));
    // Every step queues its notifications in its own transaction (docs/notify.md).
    session.notifier = std::make_unique<Notify::Notifier>(*session.db, session.city->categories(),
                                                          session.calendar);
    session.notifier->setCityName(session.city->cityName());
    session.service->addStepObserver(session.notifier->observer());
    return session;
}

QString localTime(const QDateTime &utc, const Core::WorkCalendar &calendar)
{
    return utc.isValid()
               ? utc.toTimeZone(calendar.timeZone()).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
               : QStringLiteral("-");
}

Result<QDateTime> timeOption(const QCommandLineParser &parser, const QString &name)
{
    if (!parser.isSet(name))
        return QDateTime();
    const QDateTime at = QDateTime::fromString(parser.value(name), Qt::ISODateWithMs);
    if (!at.isValid())
        return makeError("cli.bad-time", Tr::tr("--%1 takes an ISO 8601 time such as "
                                                "2026-11-23T09:30:00+08:00.")
                                             .arg(name));
    return at;
}

/// A time given without an offset is the city's local time (the calendar's zone), not the
/// zone of the machine cityctl runs on.
QDateTime inCityZone(const QDateTime &at, const Core::WorkCalendar &calendar)
{
    if (at.isValid() && at.timeSpec() == Qt::LocalTime)
        return QDateTime(at.date(), at.time(), calendar.timeZone());
    return at;
}

const QCommandLineOption kAs(QStringLiteral("as"), Tr::tr("Acting user (login)."),
                             QStringLiteral("LOGIN"));
const QCommandLineOption kRole(QStringLiteral("role"),
                               Tr::tr("Role to act in: operator, shift-leader, "
                                      "dispatcher, department, collector, supervisor "
                                      "(or 受理员 …)."),
                               QStringLiteral("ROLE"));
const QCommandLineOption kAt(QStringLiteral("at"),
                             Tr::tr("When it happened (ISO 8601; default now)."),
                             QStringLiteral("TIME"));
const QCommandLineOption kJson(QStringLiteral("json"), Tr::tr("Print JSON."));

Result<Cases::Actor> actorOption(const QCommandLineParser &parser, Cases::CaseService &service)
{
    if (!parser.isSet(kAs) || !parser.isSet(kRole))
        return makeError("cli.no-actor", Tr::tr("Say who acts with --as LOGIN --role ROLE."));
    const Core::Role role = Core::roleFromId(parser.value(kRole));
    if (role == Core::Role::Invalid)
        return makeError("auth.unknown-role",
                         Tr::tr("Unknown role “%1”.").arg(parser.value(kRole)));
    return service.actor(parser.value(kAs), role);
}

const QCommandLineOption kPhoto(
    QStringLiteral("photo"),
    Tr::tr("Attach a photo (repeat for more): before with a report, after "
           "with feedback, of the check with checks."),
    QStringLiteral("FILE"));

/// The files named by --photo, read whole; the service judges what they are. Only regular
/// files: a FIFO or a device would block or never end.
Result<QList<Cases::NewAttachment>> photoOptions(const QCommandLineParser &parser)
{
    QList<Cases::NewAttachment> photos;
    for (const QString &path : parser.values(kPhoto)) {
        const QFileInfo info(path);
        if (!info.exists())
            return makeError("cli.unreadable-file", Tr::tr("There is no file %1.").arg(path));
        if (!info.isFile())
            return makeError("cli.not-a-file",
                             Tr::tr("%1 is not a regular file (a folder, pipe or device); give a "
                                    "photo file.")
                                 .arg(path));
        if (info.size() > Cases::kMaxAttachmentBytes)
            return makeError("attachment.too-large",
                             Tr::tr(
                                 "The file “%1” has %2 MB; an attachment may have at most %3 MB.")
                                 .arg(info.fileName())
                                 .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                                 .arg(Cases::kMaxAttachmentBytes / (1024 * 1024)));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError("cli.unreadable-file",
                             Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        // Read one byte past the limit: a file that grew meanwhile is still caught.
        photos.append({{}, info.fileName(), file.read(Cases::kMaxAttachmentBytes + 1)});
    }
    return photos;
}

void printCase(const Storage::CaseRow &c, const City::CityContext &city)
{
    const Core::WorkCalendar &calendar = city.calendar();
    const Core::Category *category = city.categories().findByKey(c.categoryKey);
    out() << Tr::tr("Case %1  [%2]").arg(c.number, Core::stateName(Core::stateFromId(c.state)))
          << '\n'
          << Tr::tr("  category  %1 %2 (%3)")
                 .arg(c.categoryKey, category ? category->nameZh : QString(),
                      Core::levelName(Core::levelFromId(c.level)))
          << '\n'
          << Tr::tr("  channel   %1").arg(Cases::channelName(c.channel)) << '\n'
          << Tr::tr("  where     %1  grid %2  (%3)")
                 .arg(c.address, c.gridCode, c.responsibilityCode)
          << '\n'
          << Tr::tr("  reported  %1").arg(localTime(c.reportedAt, calendar)) << '\n'
          << Tr::tr("  deadline  %1").arg(localTime(c.stageDeadline, calendar)) << '\n';
}

int runFile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Register a report (信息收集) as a new case."));
    parser.addOption(dbOption());
    const QCommandLineOption channel(QStringLiteral("channel"),
                                     Tr::tr("collector, hotline-12319, hotline-12345, "
                                            "video, wechat or superior."),
                                     QStringLiteral("CHANNEL"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      Tr::tr("Category key, e.g. event:0102 "
                                             "(see cityctl categories)."),
                                      QStringLiteral("KEY"));
    const QCommandLineOption level(QStringLiteral("level"), Tr::tr("urgent or normal."),
                                   QStringLiteral("LEVEL"), QStringLiteral("normal"));
    const QCommandLineOption lon(QStringLiteral("lon"), Tr::tr("Longitude (CGCS2000)."),
                                 QStringLiteral("DEG"));
    const QCommandLineOption lat(QStringLiteral("lat"), Tr::tr("Latitude (CGCS2000)."),
                                 QStringLiteral("DEG"));
    const QCommandLineOption grid(QStringLiteral("grid"),
                                  Tr::tr("Unit-grid code (14 digits) when there is no point."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption address(QStringLiteral("address"), Tr::tr("Address."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption description(QStringLiteral("description"), Tr::tr("What is wrong."),
                                         QStringLiteral("TEXT"));
    const QCommandLineOption reporter(QStringLiteral("reporter"), Tr::tr("Caller or collector."),
                                      QStringLiteral("TEXT"));
    const QCommandLineOption component(QStringLiteral("component"),
                                       Tr::tr("Component id (16 digits)."), QStringLiteral("ID"));
    parser.addOptions({kAs, kRole, channel, category, level, lon, lat, grid, address, description,
                       reporter, component, kPhoto, kAt, kJson});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    for (const QCommandLineOption &required : {channel, category}) {
        if (!parser.isSet(required))
            return usage(parser, Tr::tr("--%1 is required.").arg(required.names().first()));
    }
    Cases::NewReport report;
    report.channel = parser.value(channel);
    report.categoryKey = parser.value(category);
    report.level = Core::levelFromId(parser.value(level));
    if (report.level == Core::CaseLevel::Invalid)
        return usage(parser, Tr::tr("--level is urgent or normal."));
    if (parser.isSet(lon) != parser.isSet(lat))
        return usage(parser, Tr::tr("Give both --lon and --lat."));
    if (parser.isSet(lon)) {
        bool okLon = false, okLat = false;
        const double x = parser.value(lon).toDouble(&okLon), y = parser.value(lat).toDouble(&okLat);
        if (!okLon || !okLat)
            return usage(parser, Tr::tr("--lon and --lat take degrees (-180…180, -90…90)."));
        report.location = QPointF(x, y); // the service judges the range (and NaN)
    }
    if (parser.isSet(grid)) {
        if (auto code = Core::UnitGridCode::parse(parser.value(grid)); !code)
            return fail(code.error());
        report.gridCode = parser.value(grid);
    }
    if (parser.isSet(component)) {
        if (auto code = Core::ComponentId::parse(parser.value(component)); !code)
            return fail(code.error());
        report.componentCode = parser.value(component);
    }
    report.address = parser.value(address);
    report.description = parser.value(description);
    report.reporter = parser.value(reporter);
    auto photos = photoOptions(parser);
    if (!photos)
        return fail(photos.error());
    report.attachments = photos.value();
    auto at = timeOption(parser, kAt.names().first());
    if (!at)
        return fail(at.error());
    report.at = at.value();

    auto session = openSession(parser);
    if (!session)
        return fail(session.error());
    report.at = inCityZone(report.at, session->calendar);
    auto actor = actorOption(parser, *session->service);
    if (!actor)
        return fail(actor.error());
    auto row = session->service->report(report, actor.value());
    if (!row)
        return fail(row.error());
    if (report.location && row->gridCode.isEmpty())
        err() << Tr::tr("cityctl: warning: the point lies outside every unit grid.") << '\n';
    if (parser.isSet(kJson))
        out() << QJsonDocument(QJsonObject{{"number", row->number},
                                           {"id", row->id},
                                           {"state", row->state},
                                           {"gridCode", row->gridCode}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    else
        printCase(row.value(), *session->city);
    return Ok;
}

int runAct(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Run one workflow action on a case."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("case"),
                                 Tr::tr("Case number (e.g. 2026-000123) or id."));
    parser.addPositionalArgument(QStringLiteral("action"), Tr::tr("Action: %1.").arg([] {
        QStringList ids;
        for (Core::CaseAction a : Core::CaseStateMachine::allActions())
            if (a != Core::CaseAction::Report)
                ids << Core::actionId(a);
        return ids.join(QStringLiteral(", "));
    }()));
    const QCommandLineOption note(QStringLiteral("note"), Tr::tr("Reason or remark."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption
        department(QStringLiteral("department"),
                   Tr::tr(
                       "Dispatch to this department (code or id; default: the responsible one)."),
                   QStringLiteral("DEPT"));
    const QCommandLineOption hours(QStringLiteral("hours"),
                                   Tr::tr("Extension in working hours (延期)."),
                                   QStringLiteral("N"));
    const QCommandLineOption result(QStringLiteral("result"),
                                    Tr::tr(
                                        "回访: how the caller judged the result: satisfied (满意), "
                                        "basic (基本满意) or unsatisfied (不满意)."),
                                    QStringLiteral("RESULT"));
    parser.addOptions({kAs, kRole, note, department, hours, result, kPhoto, kAt, kJson});
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 2)
        return usage(parser, Tr::tr("Give the case and the action."));
    Cases::ActionRequest request;
    request.action = Core::actionFromId(parser.positionalArguments().at(1));
    if (request.action == Core::CaseAction::Invalid || request.action == Core::CaseAction::Report)
        return usage(parser,
                     Tr::tr("Unknown action “%1”.").arg(parser.positionalArguments().at(1)));
    request.note = parser.value(note);
    request.departmentId = parser.value(department);
    // Checked by the service (channel, answer, once per closing), like every caller's.
    request.revisitResult = parser.value(result);
    if (parser.isSet(hours)) {
        bool ok = false;
        request.extensionHours = parser.value(hours).toInt(&ok);
        if (!ok || request.extensionHours <= 0)
            return usage(parser, Tr::tr("--hours takes a positive whole number."));
    }
    auto photos = photoOptions(parser);
    if (!photos)
        return fail(photos.error());
    request.attachments = photos.value();
    auto at = timeOption(parser, kAt.names().first());
    if (!at)
        return fail(at.error());
    request.at = at.value();

    auto session = openSession(parser);
    if (!session)
        return fail(session.error());
    request.at = inCityZone(request.at, session->calendar);
    auto actor = actorOption(parser, *session->service);
    if (!actor)
        return fail(actor.error());
    auto before = session->service->find(parser.positionalArguments().at(0));
    if (!before)
        return fail(before.error());
    auto row = session->service->act(before->id, request, actor.value());
    if (!row)
        return fail(row.error());
    if (parser.isSet(kJson)) {
        out() << QJsonDocument(QJsonObject{{"number", row->number},
                                           {"state", row->state},
                                           {"version", row->version},
                                           {"stageDeadline", Storage::isoUtc(row->stageDeadline)}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
    } else {
        out() << Tr::tr("%1: %2 → %3, deadline %4")
                     .arg(row->number, Core::stateName(Core::stateFromId(before->state)),
                          Core::stateName(Core::stateFromId(row->state)),
                          localTime(row->stageDeadline, session->calendar))
              << '\n';
    }
    return Ok;
}

int runShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Show a case with its full event timeline."));
    parser.addOption(dbOption());
    parser.addPositionalArgument(QStringLiteral("case"), Tr::tr("Case number or id."));
    parser.addOption(kJson);
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return usage(parser, Tr::tr("Give the case."));
    auto session = openSession(parser);
    if (!session)
        return fail(session.error());
    auto details = session->service->details(parser.positionalArguments().first());
    if (!details)
        return fail(details.error());
    const Storage::CaseRow &c = details->record;
    if (parser.isSet(kJson)) {
        QJsonArray events;
        for (const Storage::CaseEventRow &e : details->events) {
            QJsonObject o{{"seq", e.seq},
                          {"action", e.action},
                          {"from", e.fromState},
                          {"to", e.toState},
                          {"actor", e.actorName},
                          {"role", e.role},
                          {"at", Storage::isoUtc(e.at)},
                          {"note", e.note}};
            if (e.deadline.isValid())
                o.insert("deadline", Storage::isoUtc(e.deadline));
            if (e.inTime)
                o.insert("inTime", *e.inTime);
            events.append(o);
        }
        QJsonObject o{{"number", c.number},
                      {"id", c.id},
                      {"state", c.state},
                      {"category", c.categoryKey},
                      {"level", c.level},
                      {"channel", c.channel},
                      {"gridCode", c.gridCode},
                      {"responsibilityCode", c.responsibilityCode},
                      {"departmentId", c.departmentId},
                      {"reportedAt", Storage::isoUtc(c.reportedAt)},
                      {"version", c.version},
                      {"reworkCount", c.reworkCount},
                      {"postponeCount", c.postponeCount},
                      {"events", events}};
        QJsonArray attachments;
        for (const Cases::CaseAttachment &a : details->attachments)
            attachments.append(QJsonObject{{"kind", a.row.kind},
                                           {"fileName", a.row.fileName},
                                           {"mime", a.row.mime},
                                           {"sha256", a.row.sha256},
                                           {"size", a.data.size()}});
        o.insert("attachments", attachments);
        if (c.stageDeadline.isValid())
            o.insert("stageDeadline", Storage::isoUtc(c.stageDeadline));
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return Ok;
    }
    printCase(c, *session->city);
    for (const Cases::CaseAttachment &a : details->attachments)
        out() << Tr::tr("  attached  %1 %2 (%3, %4 KB)")
                     .arg(a.row.kind, a.row.fileName, a.row.mime)
                     .arg((a.data.size() + 1023) / 1024)
              << '\n';
    out() << Tr::tr("  timeline") << '\n';
    for (const Storage::CaseEventRow &e : details->events) {
        const QString timing = !e.inTime   ? QString()
                               : *e.inTime ? Tr::tr("in time")
                                           : Tr::tr("LATE");
        out() << QStringLiteral("  %1  %2  %3 (%4)  %5  %6\n")
                     .arg(localTime(e.at, session->calendar))
                     .arg(Core::actionName(Core::actionFromId(e.action)), -8)
                     .arg(e.actorName, Core::roleName(Core::roleFromId(e.role)))
                     .arg(timing, -7)
                     .arg(e.note);
    }
    return Ok;
}

/// Standard input as it arrives: one read(2) per call. A QFile over stdin waits to fill each
/// block (and its readLine() stops at NUL bytes), so a slow producer's lines would wait.
class StdinDevice : public QIODevice
{
public:
    StdinDevice() { open(QIODevice::ReadOnly | QIODevice::Unbuffered); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, data, size_t(maxSize));
            if (n >= 0 || errno != EINTR)
                return n; // 0: the end of the input
        }
    }
    qint64 writeData(const char *, qint64) override { return -1; }
};

int runImport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Apply JSON lines from stdin (reports and workflow actions, each "
               "with actor, role and time) in batches through the workflow. "
               "Refused lines are reported with their reason."));
    parser.addOption(dbOption());
    const QCommandLineOption batch(QStringLiteral("batch"), Tr::tr("Lines per transaction."),
                                   QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOption(batch);
    int exitCode = Ok;
    if (!parse(parser, args, exitCode))
        return exitCode;
    bool ok = false;
    const int batchSize = parser.value(batch).toInt(&ok);
    if (!ok || batchSize <= 0)
        return usage(parser, Tr::tr("--batch takes a positive whole number."));
    auto session = openSession(parser);
    if (!session)
        return fail(session.error());
    StdinDevice input;
    Cases::CaseImporter importer(*session->service, batchSize);
    auto summary = importer.run(input, [](const Cases::ImportLine &line) {
        if (!line.applied)
            err() << Tr::tr("line %1: refused: %2 [%3]")
                         .arg(line.line)
                         .arg(line.error.message.simplified(), line.error.code)
                  << '\n'; // one line each
    });
    if (!summary)
        return fail(summary.error());
    out() << Tr::tr("%1 lines applied, %2 refused").arg(summary->applied).arg(summary->refused)
          << '\n';
    return summary->refused > 0 ? Refused : Ok;
}

} // namespace

int runCase(const QStringList &args)
{
    const QString sub = args.size() > 1 ? args[1] : QString();
    QStringList rest = args.mid(2);
    rest.prepend(args.first() + QLatin1Char(' ') + sub);
    if (sub == QLatin1String("file"))
        return runFile(rest);
    if (sub == QLatin1String("act"))
        return runAct(rest);
    if (sub == QLatin1String("show"))
        return runShow(rest);
    if (sub == QLatin1String("import"))
        return runImport(rest);
    err() << Tr::tr("Usage: cityctl case file|act|show|import [OPTIONS]  (--help on each)") << '\n';
    return sub == QLatin1String("--help") ? Ok : Usage;
}

} // namespace Cc::Cli
