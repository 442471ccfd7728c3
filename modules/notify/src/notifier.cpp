// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"
#include "notifytr.h"
#include "recipients.h"

#include <cc/notify/notifier.h>
#include <cc/notify/notifysettings.h>
#include <cc/notify/rules.h>
#include <cc/notify/supervisionsheet.h>
#include <cc/storage/database.h>

#include <QGuiApplication>
#include <QJsonDocument>

namespace Cc::Notify {

using Core::CaseAction;

/// What a message is about: the trigger, the case as it stands, and the step or deadline
/// that caused it (`key` makes the message ids).
struct Notifier::Cause
{
    Trigger trigger = Trigger::Invalid;
    QString key;
    Storage::CaseRow row;
    QString eventId, actorName, note;
    QDateTime at;
};

namespace {

/// One row of notify_message before it is written.
struct Message
{
    QString id, caseId, eventId, rule, trigger, channel, recipient, address, subject, body,
        platform;
    bool urgent = false;
    QString status = QStringLiteral("queued"), lastError;
};

Result<bool> insertMessage(Storage::Database &db, const Message &m)
{
    // A message id seen before is the same message: queued once, whoever asks again.
    auto s = db.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO notify_message (message_id, case_id, event_id, rule_name, trigger, "
        "channel, recipient, address, subject, body, platform, urgent, status, next_attempt_at, "
        "created_at, last_error) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
        "?14, ?14, ?15)"));
    if (!s)
        return s.error();
    s->bindText(1, m.id)
        .bindText(2, m.caseId)
        .bindText(3, m.eventId)
        .bindText(4, m.rule)
        .bindText(5, m.trigger)
        .bindText(6, m.channel)
        .bindText(7, m.recipient)
        .bindText(8, m.address)
        .bindText(9, m.subject)
        .bindText(10, m.body)
        .bindText(11, m.platform)
        .bindInt(12, m.urgent ? 1 : 0)
        .bindText(13, m.status)
        .bindText(14, Storage::isoUtc(QDateTime::currentDateTimeUtc()))
        .bindText(15, m.lastError);
    if (auto r = s->exec(); !r)
        return r.error();
    return db.changes() > 0;
}

QString chineseTime(const QDateTime &t, const QTimeZone &zone)
{
    return t.isValid() ? t.toTimeZone(zone).toString(QStringLiteral("M月d日 HH:mm")) : QString();
}

} // namespace

Notifier::Notifier(Storage::Database &db, const Core::CategoryDictionary &categories,
                   const Core::WorkCalendar &calendar)
    : m_db(db)
    , m_categories(categories)
    , m_calendar(calendar)
{}

Cases::StepObserver Notifier::observer()
{
    return [this](const Storage::CaseRow &after, const Storage::CaseEventRow &event) {
        return onStep(after, event);
    };
}

Result<QList<Cases::NewAttachment>> Notifier::onStep(const Storage::CaseRow &after,
                                                     const Storage::CaseEventRow &event)
{
    // A step dated more than a day back is history being entered (cityctl case import of
    // last year's cases), not news: nobody is texted about it.
    if (event.at < QDateTime::currentDateTimeUtc().addDays(-1))
        return QList<Cases::NewAttachment>();
    const CaseAction action = Core::actionFromId(event.action);
    if (const Trigger trigger = triggerOf(action); trigger != Trigger::Invalid) {
        if (auto r = queueRules(
                {trigger, event.id, after, event.id, event.actorName, event.note, event.at});
            !r)
            return r.error();
    }
    if (action == CaseAction::Close || action == CaseAction::Revisit) {
        if (auto r = queueCallback(after, event); !r)
            return r.error();
    }
    QList<Cases::NewAttachment> documents;
    if (action == CaseAction::Supervise) {
        auto sheet = sheetFor(after, event);
        if (!sheet)
            return sheet.error();
        if (sheet.value())
            documents.append(*sheet.value());
    }
    return documents;
}

Result<QString> Notifier::departmentName(const QString &id)
{
    if (id.isEmpty())
        return QString();
    auto s = m_db.prepare(QStringLiteral("SELECT name_zh FROM department WHERE id = ?1"));
    if (!s)
        return s.error();
    s->bindText(1, id);
    auto row = s->step();
    if (!row)
        return row.error();
    return row.value() ? s->text(0) : id;
}

Result<int> Notifier::queueRules(const Cause &cause)
{
    auto rules = RuleStore(m_db).forTrigger(cause.trigger);
    if (!rules)
        return rules.error();
    if (rules->isEmpty())
        return 0;
    const Storage::CaseRow &c = cause.row;
    auto department = departmentName(c.departmentId);
    if (!department)
        return department.error();
    const Core::Category *category = m_categories.findByKey(c.categoryKey);
    const QTimeZone zone = m_calendar.timeZone();
    const bool urgentCase = c.level == Core::levelId(Core::CaseLevel::Urgent);
    MessageFields fields{
        {"number", c.number},
        {"category", category ? category->nameZh : c.categoryKey},
        {"level", urgentCase ? QStringLiteral("紧急") : QStringLiteral("一般")},
        {"address", c.address.isEmpty() ? QStringLiteral("未填地址") : c.address},
        {"description", c.description.left(120)},
        {"department", department.value()},
        {"deadline",
         chineseTime(c.stageDeadline.isValid() ? c.stageDeadline : c.disposalDeadline, zone)},
        {"trigger", triggerName(cause.trigger)},
        {"action", triggerName(cause.trigger)},
        {"note", cause.note.left(200)},
        {"actor", cause.actorName},
        {"time", chineseTime(cause.at, zone)},
    };
    NotifySettings settings(m_db);
    int queued = 0;
    for (const Rule &rule : rules.value()) {
        auto recipients = resolveRecipients(m_db, rule, c.departmentId);
        if (!recipients)
            return recipients.error();
        Message m;
        m.caseId = c.id;
        m.eventId = cause.eventId;
        m.rule = rule.name;
        m.trigger = triggerId(cause.trigger);
        m.channel = rule.channel;
        m.urgent = rule.urgent || urgentCase;
        m.subject = QStringLiteral("【数字城管】案件%1 %2")
                        .arg(c.number, triggerName(cause.trigger));
        if (isGroupChannel(rule.channel)) {
            // A group robot gets one post naming everyone; their phones go in `subject` for
            // the @-mentions WeCom and DingTalk support.
            auto config = settings.channel(rule.channel);
            if (!config)
                return config.error();
            QStringList names, phones;
            for (const Recipient &r : recipients.value()) {
                names << r.label();
                if (!r.phone.isEmpty())
                    phones << r.phone;
            }
            fields.insert(QStringLiteral("recipient"), names.join(QStringLiteral("、")));
            m.id = messageId(cause.key, rule.name, rule.channel);
            m.recipient = names.isEmpty() ? channelName(rule.channel)
                                          : names.join(QStringLiteral("、"));
            m.address = config->value("url").toString();
            m.subject = phones.join(QLatin1Char(','));
            m.body = fillTemplate(rule.templateText, fields);
            if (m.address.isEmpty()) {
                m.status = QStringLiteral("undeliverable");
                m.lastError = QStringLiteral("channel not configured");
            }
            auto inserted = insertMessage(m_db, m);
            if (!inserted)
                return inserted.error();
            queued += inserted.value();
            continue;
        }
        for (const Recipient &r : recipients.value()) {
            fields.insert(QStringLiteral("recipient"), r.name);
            m.id = messageId(cause.key, rule.name, r.userId);
            m.recipient = r.label();
            m.address = r.address(rule.channel);
            m.body = fillTemplate(rule.templateText, fields);
            m.status = m.address.isEmpty() ? QStringLiteral("undeliverable")
                                           : QStringLiteral("queued");
            // Nothing is dropped in silence: the log says who could not be reached and why.
            m.lastError = m.address.isEmpty() ? QStringLiteral("no %1 address").arg(rule.channel)
                                              : QString();
            auto inserted = insertMessage(m_db, m);
            if (!inserted)
                return inserted.error();
            queued += inserted.value();
        }
    }
    return queued;
}

Result<int> Notifier::queueCallback(const Storage::CaseRow &after,
                                    const Storage::CaseEventRow &event)
{
    // case_external comes with citygate's 12345 intake (migration 0021); checked once, so a
    // database from before it still takes steps.
    if (!m_hasExternalTable) {
        auto n = m_db.scalar(QStringLiteral(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'case_external'"));
        if (!n)
            return n.error();
        m_hasExternalTable = n.value() > 0;
    }
    if (!*m_hasExternalTable)
        return 0;
    // case_id is case_record's integer key (fid), as citygate writes it (migration 0021).
    auto s = m_db.prepare(QStringLiteral(
        "SELECT e.platform, e.external_id, coalesce(e.callback_url, '') FROM case_external e "
        "JOIN case_record c ON c.fid = e.case_id WHERE c.id = ?1"));
    if (!s)
        return s.error();
    s->bindText(1, after.id);
    auto row = s->step();
    if (!row)
        return row.error();
    if (!row.value() || s->text(2).isEmpty())
        return 0;
    const bool closed = event.action == Core::actionId(CaseAction::Close);
    Message m;
    m.caseId = after.id;
    m.eventId = event.id;
    m.trigger = closed ? QStringLiteral("close") : QStringLiteral("revisit");
    m.channel = QStringLiteral("callback");
    m.platform = s->text(0);
    m.recipient = m.platform;
    m.address = s->text(2);
    m.urgent = true; // a machine on the other side: no quiet hours
    m.id = messageId(event.id, QStringLiteral("callback"), m.platform);
    const QJsonObject payload = QJsonDocument::fromJson(event.payload.toUtf8()).object();
    QJsonObject body{{"messageId", m.id},
                     {"platform", m.platform},
                     {"externalId", s->text(1)},
                     {"caseNumber", after.number},
                     {"event", closed ? QStringLiteral("closed") : QStringLiteral("revisited")},
                     {"at", Storage::isoUtc(event.at)},
                     {"note", event.note}};
    if (closed)
        body.insert("closedInTime", after.closedInTime.value_or(true));
    else
        body.insert("revisitResult", payload.value("revisitResult").toString());
    m.body = QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact));
    auto inserted = insertMessage(m_db, m);
    if (!inserted)
        return inserted.error();
    return int(inserted.value());
}

Result<std::optional<Cases::NewAttachment>> Notifier::sheetFor(const Storage::CaseRow &after,
                                                               const Storage::CaseEventRow &event)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return std::optional<Cases::NewAttachment>();
    auto department = departmentName(after.departmentId);
    if (!department)
        return department.error();
    const QTimeZone zone = m_calendar.timeZone();
    const Core::Category *category = m_categories.findByKey(after.categoryKey);
    SupervisionSheet sheet;
    sheet.cityName = m_cityName;
    sheet.caseNumber = after.number;
    sheet.category = category ? category->nameZh : after.categoryKey;
    sheet.level = after.level == Core::levelId(Core::CaseLevel::Urgent) ? QStringLiteral("紧急")
                                                                        : QStringLiteral("一般");
    sheet.address = after.address;
    sheet.description = after.description;
    sheet.department = department.value();
    sheet.deadline = chineseTime(after.disposalDeadline.isValid() ? after.disposalDeadline
                                                                  : after.stageDeadline,
                                 zone);
    sheet.superviseNote = event.note;
    sheet.supervisor = event.actorName;
    sheet.issuedAt = event.at.toTimeZone(zone).toString(QStringLiteral("yyyy年M月d日 HH:mm"));
    sheet.superviseCount = after.superviseCount;
    auto pdf = supervisionSheetPdf(sheet);
    if (!pdf)
        return pdf.error();
    return std::optional<Cases::NewAttachment>(Cases::NewAttachment{
        QStringLiteral("document"),
        QStringLiteral("督办单-%1-%2.pdf").arg(after.number).arg(after.superviseCount),
        pdf.value()});
}

Result<int> Notifier::scanDeadlines(const QDateTime &now)
{
    RuleStore store(m_db);
    auto at80 = store.forTrigger(Trigger::Deadline80);
    if (!at80)
        return at80.error();
    auto overdue = store.forTrigger(Trigger::Overdue);
    if (!overdue)
        return overdue.error();
    if (at80->isEmpty() && overdue->isEmpty())
        return 0;
    // Open, not parked cases whose stage deadline is still ahead (80 %) or passed within a day.
    auto s = m_db.prepare(
        QStringLiteral("SELECT id FROM case_record WHERE closed_at IS NULL AND hung = 0 "
                       "AND stage_deadline IS NOT NULL AND stage_started_at IS NOT NULL "
                       "AND stage_deadline > ?1 ORDER BY stage_deadline"));
    if (!s)
        return s.error();
    s->bindText(1, Storage::isoUtc(now.addDays(-1)));
    QStringList ids;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) { ids << row.text(0); });
        !r)
        return r.error();
    Storage::CaseRepository cases(m_db);
    const Core::StageLimits stageLimits;
    int queued = 0;
    for (const QString &id : std::as_const(ids)) {
        auto found = cases.find(id);
        if (!found)
            return found.error();
        if (!found.value())
            continue;
        const Storage::CaseRow &c = *found.value();
        const QString deadlineKey = Storage::isoUtc(c.stageDeadline);
        Trigger trigger = Trigger::Invalid;
        if (c.stageDeadline <= now) {
            trigger = overdue->isEmpty() ? Trigger::Invalid : Trigger::Overdue;
        } else if (!at80->isEmpty()) {
            const Core::CaseState state = Core::stateFromId(c.state);
            const Core::Category *category = m_categories.findByKey(c.categoryKey);
            const Core::TimeLimit limit = Core::CaseStateMachine::isInDisposal(state)
                                              ? (category
                                                     ? category->limit(Core::levelFromId(c.level))
                                                     : Core::TimeLimit{})
                                              : stageLimits.forState(state);
            const qint64 total = limit.isValid() ? m_calendar.limitMinutes(limit) : 0;
            if (total > 0 && m_calendar.minutesUsed(c.stageStartedAt, now, limit) * 5 >= total * 4)
                trigger = Trigger::Deadline80;
        }
        if (trigger == Trigger::Invalid)
            continue;
        Cause cause{trigger,
                    c.id + QLatin1Char('|') + triggerId(trigger) + QLatin1Char('|') + deadlineKey,
                    c,
                    QString(),
                    QString(),
                    QString(),
                    now};
        auto n = queueRules(cause);
        if (!n)
            return n.error();
        queued += n.value();
    }
    return queued;
}

} // namespace Cc::Notify
