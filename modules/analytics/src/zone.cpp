// SPDX-License-Identifier: GPL-3.0-or-later
#include "cc/analytics/zone.h"

#include "analyticstr.h"

namespace Cc::Analytics {

QString zoneKindKey(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::NoStall:
        return QStringLiteral("no-stall");
    case ZoneKind::NoParking:
        return QStringLiteral("no-parking");
    case ZoneKind::Rubbish:
        return QStringLiteral("rubbish");
    }
    return {};
}

std::optional<ZoneKind> zoneKindFromKey(const QString &key)
{
    for (ZoneKind kind : {ZoneKind::NoStall, ZoneKind::NoParking, ZoneKind::Rubbish})
        if (zoneKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString zoneKindLabel(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::NoStall:
        return AnalyticsTr::tr("No-stall zone");
    case ZoneKind::NoParking:
        return AnalyticsTr::tr("No-parking zone");
    case ZoneKind::Rubbish:
        return AnalyticsTr::tr("Rubbish watch");
    }
    return {};
}

QString candidateKindLabel(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::NoStall:
        return AnalyticsTr::tr("Street vending");
    case ZoneKind::NoParking:
        return AnalyticsTr::tr("Illegal parking");
    case ZoneKind::Rubbish:
        return AnalyticsTr::tr("Exposed rubbish");
    }
    return {};
}

QString categoryKeyOf(ZoneKind kind)
{
    switch (kind) {
    case ZoneKind::NoStall:
        return QStringLiteral("event:0501");
    case ZoneKind::NoParking:
        return QStringLiteral("event:0505");
    case ZoneKind::Rubbish:
        return QStringLiteral("event:0102");
    }
    return {};
}

double overlapOfSmaller(const QRectF &a, const QRectF &b)
{
    const QRectF common = a.intersected(b);
    const double smaller = std::min(a.width() * a.height(), b.width() * b.height());
    if (common.isEmpty() || smaller <= 0)
        return 0;
    return common.width() * common.height() / smaller;
}

} // namespace Cc::Analytics
