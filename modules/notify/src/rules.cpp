// SPDX-License-Identifier: GPL-3.0-or-later
#include "notifytr.h"

#include <cc/core/role.h>
#include <cc/notify/rules.h>
#include <cc/storage/database.h>

#include <QRegularExpression>

#include <array>

namespace Cc::Notify {

using Core::CaseAction;

namespace {

struct TriggerInfo
{
    Trigger trigger;
    const char *id;
    const char *name;
};

constexpr std::array kTriggers{
    TriggerInfo{Trigger::Dispatch, "dispatch", QT_TRANSLATE_NOOP("Tr", "dispatch")},
    TriggerInfo{Trigger::Deadline80, "deadline-80", QT_TRANSLATE_NOOP("Tr", "80% of the deadline")},
    TriggerInfo{Trigger::Overdue, "overdue", QT_TRANSLATE_NOOP("Tr", "overdue")},
    TriggerInfo{Trigger::Supervise, "supervise", QT_TRANSLATE_NOOP("Tr", "supervise")},
    TriggerInfo{Trigger::Urge, "urge", QT_TRANSLATE_NOOP("Tr", "urge")},
    TriggerInfo{Trigger::Return, "return", QT_TRANSLATE_NOOP("Tr", "return request")},
    TriggerInfo{Trigger::Close, "close", QT_TRANSLATE_NOOP("Tr", "close")},
};

struct ChannelInfo
{
    const char *id;
    const char *name;
    bool group;
};

constexpr std::array kChannels{
    ChannelInfo{"sms", QT_TRANSLATE_NOOP("Tr", "SMS"), false},
    ChannelInfo{"email", QT_TRANSLATE_NOOP("Tr", "e-mail"), false},
    ChannelInfo{"webhook", QT_TRANSLATE_NOOP("Tr", "webhook"), true},
    ChannelInfo{"wecom", QT_TRANSLATE_NOOP("Tr", "WeCom group"), true},
    ChannelInfo{"dingtalk", QT_TRANSLATE_NOOP("Tr", "DingTalk group"), true},
    ChannelInfo{"wechat", QT_TRANSLATE_NOOP("Tr", "WeChat"), false},
};

const QStringList kKinds{QStringLiteral("department"), QStringLiteral("role"),
                         QStringLiteral("person"), QStringLiteral("unit-head")};

Rule ruleFrom(const Storage::Statement &s)
{
    Rule r;
    r.id = s.integer(0);
    r.name = s.text(1);
    r.trigger = triggerFromId(s.text(2));
    r.recipientKind = recipientKindFromId(s.text(3));
    r.recipientRef = s.text(4);
    r.channel = s.text(5);
    r.templateText = s.text(6);
    r.urgent = s.integer(7) != 0;
    r.enabled = s.integer(8) != 0;
    return r;
}

constexpr const char *kRuleColumns = "fid, name, trigger, recipient_kind, recipient_ref, channel, "
                                     "template, urgent, enabled";

Result<QList<Rule>> readRules(Storage::Database &db, const QString &where, const QString &arg)
{
    auto s = db.prepare(QStringLiteral("SELECT %1 FROM notify_rule %2 ORDER BY fid")
                            .arg(QLatin1String(kRuleColumns), where));
    if (!s)
        return s.error();
    if (!arg.isEmpty())
        s->bindText(1, arg);
    QList<Rule> rules;
    if (auto r = Storage::forEachRow(*s,
                                     [&](const Storage::Statement &row) {
                                         rules.append(ruleFrom(row));
                                     });
        !r)
        return r.error();
    return rules;
}

Result<bool> exists(Storage::Database &db, const char *sql, const QString &arg)
{
    auto n = db.scalar(QString::fromLatin1(sql), {arg});
    if (!n)
        return n.error();
    return n.value() > 0;
}

} // namespace

QStringList triggerIds()
{
    QStringList ids;
    for (const TriggerInfo &t : kTriggers)
        ids << QString::fromLatin1(t.id);
    return ids;
}

QString triggerId(Trigger trigger)
{
    for (const TriggerInfo &t : kTriggers) {
        if (t.trigger == trigger)
            return QString::fromLatin1(t.id);
    }
    return {};
}

Trigger triggerFromId(QStringView id)
{
    for (const TriggerInfo &t : kTriggers) {
        if (id == QLatin1String(t.id))
            return t.trigger;
    }
    return Trigger::Invalid;
}

QString triggerName(Trigger trigger)
{
    for (const TriggerInfo &t : kTriggers) {
        if (t.trigger == trigger)
            return Tr::tr(t.name);
    }
    return {};
}

Trigger triggerOf(CaseAction action)
{
    switch (action) {
    case CaseAction::Dispatch:
    case CaseAction::Redispatch:
        return Trigger::Dispatch;
    case CaseAction::Supervise:
        return Trigger::Supervise;
    case CaseAction::Urge:
        return Trigger::Urge;
    case CaseAction::RequestReturn:
        return Trigger::Return;
    case CaseAction::Close:
        return Trigger::Close;
    default:
        return Trigger::Invalid;
    }
}

QString recipientKindId(RecipientKind kind)
{
    const int i = int(kind) - 1;
    return i >= 0 && i < kKinds.size() ? kKinds[i] : QString();
}

RecipientKind recipientKindFromId(QStringView id)
{
    const qsizetype i = kKinds.indexOf(id.toString());
    return i < 0 ? RecipientKind::Invalid : RecipientKind(i + 1);
}

QStringList channelIds()
{
    QStringList ids;
    for (const ChannelInfo &c : kChannels)
        ids << QString::fromLatin1(c.id);
    return ids;
}

QString channelName(const QString &channelId)
{
    for (const ChannelInfo &c : kChannels) {
        if (channelId == QLatin1String(c.id))
            return Tr::tr(c.name);
    }
    if (channelId == QLatin1String("callback"))
        //: the 12345 platform's callback URL
        return Tr::tr("12345 callback");
    return channelId;
}

bool isGroupChannel(const QString &channelId)
{
    for (const ChannelInfo &c : kChannels) {
        if (channelId == QLatin1String(c.id))
            return c.group;
    }
    return false;
}

QString Rule::recipientText() const
{
    const QString kind = recipientKindId(recipientKind);
    return recipientRef.isEmpty() ? kind : kind + QLatin1Char(':') + recipientRef;
}

Result<void> parseRecipient(const QString &text, Rule &rule)
{
    const QString kind = text.section(QLatin1Char(':'), 0, 0).trimmed();
    const QString ref = text.section(QLatin1Char(':'), 1).trimmed();
    rule.recipientKind = recipientKindFromId(kind);
    rule.recipientRef = ref;
    if (rule.recipientKind == RecipientKind::Invalid)
        return makeError("notify.bad-recipient",
                         Tr::tr("Unknown recipient “%1”; use department[:CODE], unit-head[:CODE], "
                                "role:ROLE or person:LOGIN.")
                             .arg(text.left(80)));
    return {};
}

QStringList templateFields()
{
    return {QStringLiteral("number"),   QStringLiteral("category"),    QStringLiteral("level"),
            QStringLiteral("address"),  QStringLiteral("description"), QStringLiteral("department"),
            QStringLiteral("deadline"), QStringLiteral("action"),      QStringLiteral("note"),
            QStringLiteral("actor"),    QStringLiteral("recipient"),   QStringLiteral("time"),
            QStringLiteral("trigger")};
}

Result<void> RuleStore::validate(const Rule &rule)
{
    if (rule.name.trimmed().isEmpty() || rule.name.size() > 64)
        return makeError("notify.bad-rule", Tr::tr("A rule needs a name of 1–64 characters."));
    if (rule.trigger == Trigger::Invalid)
        return makeError("notify.bad-rule", Tr::tr("Say when the rule fires: one of %1.")
                                                .arg(triggerIds().join(", ")));
    if (!channelIds().contains(rule.channel))
        return makeError("notify.unknown-channel",
                         Tr::tr("Unknown channel “%1”; use one of: %2.")
                             .arg(rule.channel.left(40), channelIds().join(", ")));
    if (rule.templateText.trimmed().isEmpty() || rule.templateText.size() > 500)
        return makeError("notify.bad-template", Tr::tr("A template needs 1–500 characters."));
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]*)\\}"));
    for (auto it = placeholder.globalMatch(rule.templateText); it.hasNext();) {
        const QString field = it.next().captured(1);
        if (!templateFields().contains(field))
            return makeError("notify.bad-template",
                             Tr::tr("The template uses {%1}; known fields: %2.")
                                 .arg(field.left(40), templateFields().join(", ")));
    }
    const QString &ref = rule.recipientRef;
    Result<bool> found = true;
    switch (rule.recipientKind) {
    case RecipientKind::Invalid:
        return makeError("notify.bad-recipient", Tr::tr("Say who gets the message."));
    case RecipientKind::Department:
    case RecipientKind::UnitHead:
        if (!ref.isEmpty())
            found = exists(m_db, "SELECT count(*) FROM department WHERE code = ?1", ref);
        break;
    case RecipientKind::Role:
        found = Core::roleFromId(ref) != Core::Role::Invalid;
        break;
    case RecipientKind::Person:
        found = exists(m_db, "SELECT count(*) FROM app_user WHERE login = ?1", ref);
        break;
    }
    if (!found)
        return found.error();
    if (!found.value())
        return makeError("notify.bad-recipient",
                         Tr::tr("There is no %1 “%2”.")
                             .arg(recipientKindId(rule.recipientKind), ref.left(80)));
    return {};
}

Result<qint64> RuleStore::add(const Rule &rule)
{
    if (auto r = validate(rule); !r)
        return r.error();
    auto taken = exists(m_db, "SELECT count(*) FROM notify_rule WHERE name = ?1", rule.name);
    if (!taken)
        return taken.error();
    if (taken.value())
        return makeError("notify.rule-exists",
                         Tr::tr("There is a rule named “%1” already.").arg(rule.name));
    auto s = m_db.prepare(QStringLiteral(
        "INSERT INTO notify_rule (name, trigger, recipient_kind, recipient_ref, channel, template, "
        "urgent, enabled, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"));
    if (!s)
        return s.error();
    s->bindText(1, rule.name.trimmed())
        .bindText(2, triggerId(rule.trigger))
        .bindText(3, recipientKindId(rule.recipientKind))
        .bindText(4, rule.recipientRef)
        .bindText(5, rule.channel)
        .bindText(6, rule.templateText)
        .bindInt(7, rule.urgent ? 1 : 0)
        .bindInt(8, rule.enabled ? 1 : 0)
        .bindText(9, Storage::isoUtc(QDateTime::currentDateTimeUtc()));
    if (auto r = s->exec(); !r)
        return r.error();
    return m_db.lastInsertRowId();
}

Result<QList<Rule>> RuleStore::all()
{
    return readRules(m_db, {}, {});
}

Result<QList<Rule>> RuleStore::forTrigger(Trigger trigger)
{
    return readRules(m_db, QStringLiteral("WHERE enabled = 1 AND trigger = ?1"),
                     triggerId(trigger));
}

Result<void> RuleStore::remove(const QString &name)
{
    auto s = m_db.prepare(QStringLiteral("DELETE FROM notify_rule WHERE name = ?1"));
    if (!s)
        return s.error();
    s->bindText(1, name);
    if (auto r = s->exec(); !r)
        return r;
    if (m_db.changes() == 0)
        return makeError("notify.unknown-rule",
                         Tr::tr("There is no rule “%1”.").arg(name.left(80)));
    return {};
}

Result<void> RuleStore::setEnabled(const QString &name, bool enabled)
{
    auto s = m_db.prepare(QStringLiteral("UPDATE notify_rule SET enabled = ?2 WHERE name = ?1"));
    if (!s)
        return s.error();
    s->bindText(1, name).bindInt(2, enabled ? 1 : 0);
    if (auto r = s->exec(); !r)
        return r;
    if (m_db.changes() == 0)
        return makeError("notify.unknown-rule",
                         Tr::tr("There is no rule “%1”.").arg(name.left(80)));
    return {};
}

Result<int> RuleStore::installDefaults()
{
    auto existing = all();
    if (!existing)
        return existing.error();
    QStringList names;
    for (const Rule &r : existing.value())
        names << r.name;
    int added = 0;
    for (const Rule &rule : defaultRules()) {
        if (names.contains(rule.name))
            continue;
        if (auto r = add(rule); !r)
            return r.error();
        ++added;
    }
    return added;
}

} // namespace Cc::Notify
