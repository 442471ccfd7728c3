// SPDX-License-Identifier: GPL-3.0-or-later
// The rules a city starts with (docs/notify.md, "Default rules"). Names and templates are
// Chinese: they are what the recipients read, whatever the desk's language.
#include <cc/notify/rules.h>

namespace Cc::Notify {

namespace {

Rule rule(const char *name, Trigger trigger, RecipientKind kind, const char *ref,
          const char *channel, const char *text, bool urgent)
{
    Rule r;
    r.name = QString::fromUtf8(name);
    r.trigger = trigger;
    r.recipientKind = kind;
    r.recipientRef = QString::fromUtf8(ref);
    r.channel = QString::fromLatin1(channel);
    r.templateText = QString::fromUtf8(text);
    r.urgent = urgent;
    return r;
}

} // namespace

QList<Rule> defaultRules()
{
    using K = RecipientKind;
    return {
        // 一查二信: the responsible person and the unit head learn of every dispatched case.
        rule("派遣-责任人短信", Trigger::Dispatch, K::Department, "", "sms",
             "【数字城管】{recipient}：案件{number}（{category}，{address}）已派遣至{department}，"
             "请于{deadline}前处置。",
             false),
        rule("派遣-单位正职短信", Trigger::Dispatch, K::UnitHead, "", "sms",
             "【数字城管】{recipient}：贵单位收到案件{number}（{category}，{address}），"
             "处置时限{deadline}。",
             false),
        rule("时限八成-责任人短信", Trigger::Deadline80, K::Department, "", "sms",
             "【数字城管】案件{number}（{category}）处置时限已过八成，请于{deadline}前办结。",
             false),
        rule(
            "超期-单位正职短信", Trigger::Overdue, K::UnitHead, "", "sms",
            "【数字城管】案件{number}（{category}，{address}）已超过处置时限{deadline}，请督促办理。",
            true),
        rule(
            "督办-单位正职短信", Trigger::Supervise, K::UnitHead, "", "sms",
            "【数字城管督办】案件{number}（{category}，{address}）被督办：{note}。时限{deadline}。",
            true),
        rule("催办-责任人短信", Trigger::Urge, K::Department, "", "sms",
             "【数字城管催办】案件{number}（{category}）请尽快处置：{note}。", false),
        rule("回退-值班长", Trigger::Return, K::Role, "shift-leader", "sms",
             "【数字城管】{department}申请回退案件{number}：{note}，请审批。", false),
        rule("结案-责任人短信", Trigger::Close, K::Department, "", "sms",
             "【数字城管】案件{number}（{category}）已于{time}结案，感谢配合。", false),
    };
}

} // namespace Cc::Notify
