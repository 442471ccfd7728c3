// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QWidget>

namespace Cc::MapWidgets {

class MapCanvas;
class MapPanel;

/// A small copy of the grid map around one place, ringed: the new report's address match
/// shown where it is (docs/gazetteer.md). It draws the map panel's data and reads nothing.
class PlacePreviewMap : public QWidget
{
    Q_OBJECT
public:
    explicit PlacePreviewMap(MapPanel &map, QWidget *parent = nullptr);
    void showPlace(const QPointF &lonLat);
    MapCanvas *canvas() const { return m_canvas; }

private:
    MapCanvas *m_canvas = nullptr;
};

} // namespace Cc::MapWidgets
