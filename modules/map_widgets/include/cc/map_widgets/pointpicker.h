// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointF>

#include <optional>

class QLabel;
class QPushButton;

namespace Cc::MapWidgets {

class MapCanvas;
class MapPanel;

/// 地图选点: the city's grid map (the map tab's layers and view) in a dialog, e.g. for the
/// place of a new report. A click puts the point (a red cross, its coordinates below), a
/// drag pans as on the map tab, OK or a double-click takes it.
class PointPickerDialog : public QDialog
{
    Q_OBJECT
public:
    /// Opens at `current` when given, else where the map tab looks.
    PointPickerDialog(MapPanel &map, std::optional<QPointF> current, QWidget *parent = nullptr);

    /// Runs the dialog; the picked lon/lat, nothing when cancelled.
    static std::optional<QPointF> pick(MapPanel &map, QWidget *parent,
                                       std::optional<QPointF> current);

    std::optional<QPointF> point() const { return m_point; }
    MapCanvas *canvas() const { return m_canvas; }
    /// Picks at a pixel of the canvas, as a click there does.
    void pickAt(const QPointF &px);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setPoint(const QPointF &lonLat);
    void placeMarker();

    MapCanvas *m_canvas;
    QLabel *m_marker;
    QLabel *m_where;
    QPushButton *m_ok;
    std::optional<QPointF> m_point;
    QPointF m_pressedAt;
};

} // namespace Cc::MapWidgets
