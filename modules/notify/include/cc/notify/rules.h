// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The notification rules as data (docs/notify.md, "Rules"): on which event, to whom, by which
// channel, with which Chinese template. Stored in notify_rule; checked here, whoever writes
// them (cityctl, the settings page).

#include <cc/core/casestatemachine.h>
#include <cc/core/result.h>

#include <QList>
#include <QString>
#include <QStringList>

namespace Cc::Storage {
class Database;
}

namespace Cc::Notify {

/// What causes a notification: a step, or the clock (80 % of a deadline, overdue).
enum class Trigger { Invalid = 0, Dispatch, Deadline80, Overdue, Supervise, Urge, Return, Close };

QStringList triggerIds(); ///< dispatch, deadline-80, overdue, supervise, urge, return, close
QString triggerId(Trigger trigger);
Trigger triggerFromId(QStringView id);
QString triggerName(Trigger trigger); ///< translated: 派遣, 时限过八成, 超期 …
/// The trigger a case action fires: 派遣/二次派遣 → dispatch, 督办, 催办, 申请回退 → return,
/// 结案; Invalid for the others.
Trigger triggerOf(Core::CaseAction action);

/// Who gets it. `ref` names the department (code), the role (Core::roleId) or the person
/// (login); an empty department ref means the case's own department.
enum class RecipientKind { Invalid = 0, Department, Role, Person, UnitHead };
QString recipientKindId(RecipientKind kind); ///< department, role, person, unit-head
RecipientKind recipientKindFromId(QStringView id);

/// The channels a rule may use (callbacks to 12345 are not rules: they follow case_external).
QStringList channelIds();                      ///< sms, email, webhook, wecom, dingtalk, wechat
QString channelName(const QString &channelId); ///< translated: 短信, 邮件 …
/// Group channels post once per rule to a configured group (robot URL), naming the people.
bool isGroupChannel(const QString &channelId);

struct Rule
{
    qint64 id = 0;
    QString name;
    Trigger trigger = Trigger::Invalid;
    RecipientKind recipientKind = RecipientKind::Invalid;
    QString recipientRef;
    QString channel;
    QString templateText; ///< with {number}, {category} … (docs/notify.md lists them)
    bool urgent = false;  ///< sent in quiet hours too
    bool enabled = true;

    /// "unit-head", "department:D07", "role:shift-leader", "person:zhangsan".
    QString recipientText() const;
};

/// Parses "KIND[:REF]" (recipientText's form) into the rule; "notify.bad-recipient" else.
Result<void> parseRecipient(const QString &text, Rule &rule);
/// The placeholders a template may use.
QStringList templateFields();
/// The rules a demo city starts with: 一查二信 (the responsible department's users and its
/// unit head by SMS on dispatch), 80 % and overdue reminders, 督办/催办, 回退 and 结案.
QList<Rule> defaultRules();

class RuleStore
{
public:
    explicit RuleStore(Storage::Database &db) : m_db(db) {}

    /// Checks a rule: name 1–64 characters, known trigger, recipient and channel, a
    /// template of 1–500 characters using only known placeholders; the department, role or
    /// person it names must exist. Errors "notify.bad-rule", "notify.bad-recipient",
    /// "notify.unknown-channel", "notify.bad-template".
    Result<void> validate(const Rule &rule);
    Result<qint64> add(const Rule &rule); ///< "notify.rule-exists" when the name is taken
    Result<QList<Rule>> all();
    Result<QList<Rule>> forTrigger(Trigger trigger); ///< the enabled ones
    Result<void> remove(const QString &name);        ///< "notify.unknown-rule"
    Result<void> setEnabled(const QString &name, bool enabled);
    /// Adds defaultRules() not there yet (by name); returns how many were added.
    Result<int> installDefaults();

private:
    Storage::Database &m_db;
};

} // namespace Cc::Notify
