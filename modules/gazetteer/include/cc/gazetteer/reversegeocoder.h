// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gazetteer/gazetteer.h>

#include <QPointF>
#include <QString>

#include <functional>

namespace Cc::Gazetteer {

/// A point → the address a hall operator would write for it, for the reports that arrive with
/// a point and no address text (a collector's device, a 12345 order with coordinates): the
/// compound, school or market it lies in ("幸福小区"); else the house number beside it on the
/// nearest street within kStreetReachM ("和平路23号", interpolated on the side it lies on);
/// else the nearest crossing within kCrossingReachM ("解放路与和平路交叉口向东北80米"); else
/// nothing. Every text is one the Matcher reads back to about the same point
/// (docs/gazetteer.md, "Describing a point"). Immutable once built: safe from any thread.
class ReverseGeocoder
{
public:
    static constexpr double kStreetReachM = 60;
    static constexpr double kCrossingReachM = 250;

    explicit ReverseGeocoder(GazetteerData data);

    /// Empty when the gazetteer knows nothing near the point.
    QString describe(const QPointF &lonLat) const;

private:
    QString placeAround(const QPointF &lonLat) const;
    QString houseNumberBeside(const QPointF &lonLat) const;
    QString crossingNear(const QPointF &lonLat) const;

    GazetteerData m_data;
};

/// What a CaseService describes a report's point with (CaseService::setAddressOf): reads the
/// city's gazetteer on first use and again when its streets or places changed (an import while
/// the app runs: their counts and highest fids, one query per report).
std::function<QString(const QPointF &)> describerOf(Storage::Database &db);

} // namespace Cc::Gazetteer
