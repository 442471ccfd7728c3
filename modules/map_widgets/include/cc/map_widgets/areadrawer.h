// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/geometry.h>

#include <QDialog>

#include <optional>

class QLabel;
class QPushButton;

namespace Cc::MapWidgets {

class MapCanvas;
class MapPanel;

/// 在地图上画范围: the city's grid map (the map tab's layers and view) in a dialog with the
/// canvas's own polygon drawing (MapCanvas::Tool::SketchArea: click the corners, double-click
/// or Enter closes the outline, Backspace takes back a corner, Esc starts again; the middle
/// button pans, the wheel zooms). The outline is only drawn here; whoever takes it checks it
/// (a campaign's area: Cases::CampaignStore).
class AreaDrawDialog : public QDialog
{
    Q_OBJECT
public:
    /// Opens showing `current` (an outline drawn before) when given, else where the map tab looks.
    AreaDrawDialog(MapPanel &map, const Core::PolygonRings &current, QWidget *parent = nullptr);

    /// Runs the dialog; the drawn outline (one ring, closed), nothing when cancelled.
    static std::optional<Core::PolygonRings> draw(MapPanel &map, QWidget *parent,
                                                  const Core::PolygonRings &current);

    /// The outline drawn, one closed ring; empty before one is finished.
    Core::PolygonRings area() const;
    MapCanvas *canvas() const { return m_canvas; }

private:
    void showArea(const QList<QPointF> &corners);

    MapCanvas *m_canvas;
    QLabel *m_where;
    QPushButton *m_ok;
};

} // namespace Cc::MapWidgets
