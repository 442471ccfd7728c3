// SPDX-License-Identifier: GPL-3.0-or-later
// CaseService: the rules a step is checked against before it changes anything (the time
// window, extensions, 回访 and 重办), the deadline a step would set, and the channel and
// 回访 catalogues (docs/domain.md). The step itself: caseservice.cpp.
#include <cc/cases/caseservice.h>

#include "casestep.h"
#include "casestr.h"

#include <QJsonDocument>

namespace Cc::Cases {

using Core::CaseAction;
using Core::CaseState;
using Core::CaseStateMachine;
using Core::Role;
using Core::TimerEffect;

QStringList channelIds()
{
    return {QStringLiteral("collector"),     QStringLiteral("hotline-12319"),
            QStringLiteral("hotline-12345"), QStringLiteral("video"),
            QStringLiteral("wechat"),        QStringLiteral("superior")};
}

QString channelName(const QString &channelId)
{
    if (channelId == QLatin1String("collector"))
        return Tr::tr("Collector report");
    if (channelId == QLatin1String("hotline-12319"))
        return Tr::tr("Hotline 12319");
    if (channelId == QLatin1String("hotline-12345"))
        return Tr::tr("Hotline 12345");
    if (channelId == QLatin1String("video"))
        return Tr::tr("Video surveillance");
    if (channelId == QLatin1String("wechat"))
        return Tr::tr("WeChat / snapshot");
    if (channelId == QLatin1String("superior"))
        return Tr::tr("Assigned by superiors");
    return channelId;
}

QStringList revisitChannels()
{
    return {QStringLiteral("hotline-12319"), QStringLiteral("hotline-12345"),
            QStringLiteral("wechat")};
}

QStringList revisitResults()
{
    return {QStringLiteral("satisfied"), QStringLiteral("basic"), QStringLiteral("unsatisfied")};
}

QString revisitResultName(const QString &resultId)
{
    if (resultId == QLatin1String("satisfied"))
        //: 回访 result: 满意
        return Tr::tr("Satisfied");
    if (resultId == QLatin1String("basic"))
        //: 回访 result: 基本满意
        return Tr::tr("Basically satisfied");
    if (resultId == QLatin1String("unsatisfied"))
        //: 回访 result: 不满意
        return Tr::tr("Unsatisfied");
    return resultId;
}

QStringList attachmentKinds()
{
    return {QStringLiteral("before"), QStringLiteral("after"), QStringLiteral("check"),
            QStringLiteral("snapshot"), QStringLiteral("voice")};
}

Result<DeadlinePreview> CaseService::previewDeadline(const Storage::CaseRow &row,
                                                     const ActionRequest &request, Core::Role role)
{
    Actor actor;
    actor.role = role;
    actor.departmentId = row.departmentId;
    Storage::CaseRow after = row;
    ActionRequest asked = request;
    if (!asked.at.isValid())
        asked.at = QDateTime::currentDateTimeUtc();
    auto step = validateStep(after, asked, actor);
    if (!step)
        return step.error();
    if (auto r = applyEffects(after, asked, *step); !r)
        return r.error();
    applyTimer(after, *step);
    return DeadlinePreview{after.stageDeadline, step->limit, step->restarted.beyondKnownCalendar};
}

Result<void> CaseService::checkTime(const QDateTime &at) const
{
    const QDateTime latest = QDateTime::currentDateTimeUtc().addSecs(
        qint64(m_rules.futureSkewMinutes) * 60);
    const QDateTime earliest(m_rules.earliest, QTime(0, 0), m_calendar.timeZone());
    if (!at.isValid() || at < earliest || at > latest)
        return makeError("case.time-out-of-range",
                         Tr::tr("The time %1 is outside the accepted window %2 … %3 (now plus %4 "
                                "minutes).")
                             .arg(at.isValid() ? Storage::isoUtc(at) : Tr::tr("(invalid)"),
                                  Storage::isoUtc(earliest), Storage::isoUtc(latest))
                             .arg(m_rules.futureSkewMinutes));
    return {};
}

int CaseService::maxExtensionHours() const
{
    const qint64 minutes = qint64(std::max(1, m_rules.maxExtensionWorkingDays))
                           * m_calendar.minutesPerWorkday();
    return int(std::clamp<qint64>(minutes / 60, 1, 100000));
}

Result<void> CaseService::checkExtension(int hours) const
{
    if (hours <= 0)
        return makeError("case.extension-missing",
                         Tr::tr("Say how many working hours the extension should be."));
    if (hours > maxExtensionHours())
        return makeError("case.extension-too-long",
                         Tr::tr("An extension may be at most %1 working hours (%2 working days); "
                                "%3 were asked.")
                             .arg(maxExtensionHours())
                             .arg(m_rules.maxExtensionWorkingDays)
                             .arg(hours));
    return {};
}

/// The hours an approval grants: those given, else the latest request's.
Result<int> CaseService::grantedHours(const Storage::CaseRow &row, int asked)
{
    int hours = asked;
    if (hours <= 0) {
        auto events = m_events.forCase(row.id);
        if (!events)
            return events.error();
        for (auto it = events->crbegin(); it != events->crend() && hours <= 0; ++it) {
            if (it->action == Core::actionId(CaseAction::RequestPostpone))
                hours = QJsonDocument::fromJson(it->payload.toUtf8())["extensionHours"].toInt();
        }
    }
    if (hours <= 0)
        return makeError("case.extension-missing", Tr::tr("Say how many working hours to grant."));
    if (auto r = checkExtension(hours); !r)
        return r.error();
    return hours;
}

QString revisitResultOfRound(const QList<Storage::CaseEventRow> &events)
{
    for (auto it = events.crbegin(); it != events.crend(); ++it) {
        if (it->action == Core::actionId(CaseAction::Close))
            break;
        if (it->action == Core::actionId(CaseAction::Revisit)) {
            const QString result = QJsonDocument::fromJson(it->payload.toUtf8())["revisitResult"]
                                       .toString();
            return result.isEmpty() ? QStringLiteral("?") : result; // called back, answer damaged
        }
    }
    return QString();
}

Result<QString> CaseService::revisitOfThisRound(const Storage::CaseRow &row)
{
    auto events = m_events.forCase(row.id);
    if (!events)
        return events.error();
    return revisitResultOfRound(events.value());
}

/// 回访: only the hotline and WeChat channels have a reporter to call back; one of the three
/// answers; once per closing (a second call would count the same closing twice).
Result<void> CaseService::checkRevisit(const Storage::CaseRow &row, const ActionRequest &request)
{
    if (!revisitChannels().contains(row.channel))
        return makeError("case.revisit-channel",
                         Tr::tr("Case %1 came in through “%2”; only cases of the hotlines and "
                                "WeChat are called back.")
                             .arg(row.number, channelName(row.channel)));
    if (!revisitResults().contains(request.revisitResult))
        return makeError("case.revisit-result",
                         Tr::tr("Say how the caller judged the result: one of %1 (not “%2”).")
                             .arg(revisitResults().join(QStringLiteral(", ")),
                                  request.revisitResult.left(40)));
    if (request.note.size() > kMaxRevisitNoteChars)
        return makeError("case.note-too-long",
                         Tr::tr("A call-back note may have at most %1 characters; this one has %2.")
                             .arg(kMaxRevisitNoteChars)
                             .arg(request.note.size()));
    auto earlier = revisitOfThisRound(row);
    if (!earlier)
        return earlier.error();
    if (!earlier->isEmpty())
        return makeError("case.already-revisited",
                         Tr::tr("Case %1 has been called back since it was closed (%2).")
                             .arg(row.number, revisitResultName(earlier.value())));
    return {};
}

/// 重办: only after an unsatisfied 回访 of this round, and back to the department that did it.
Result<void> CaseService::checkReopen(const Storage::CaseRow &row)
{
    auto result = revisitOfThisRound(row);
    if (!result)
        return result.error();
    if (result.value() != QLatin1String("unsatisfied"))
        return makeError("case.reopen-not-unsatisfied",
                         Tr::tr("Case %1 is reopened only after the caller said “%2” at the "
                                "call-back.")
                             .arg(row.number, revisitResultName(QStringLiteral("unsatisfied"))));
    if (row.departmentId.isEmpty())
        return makeError("case.no-department",
                         Tr::tr("Case %1 has no department to dispose of it again.")
                             .arg(row.number));
    return {};
}

} // namespace Cc::Cases
