// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/hotspots.h>
#include <cc/cases/recurring.h>

#include <QDate>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Cc::City {
class CityContext;
}

namespace Cc::MapWidgets {

class MapCanvas;

/// The map's 热点 and 老不改 controls (docs/hotspots.md): a toggle for the density layer with
/// its period (whole days of the city), category and cell size, its legend, and the list of
/// recurring places and reworked or reopened cases. Everything is computed by modules/cases;
/// this panel only asks and draws on the canvas: cells coloured by legend class, places as
/// numbered rings (the chosen one highlighted and zoomed to). A case of the list opens in the
/// workbench (double-click).
class HotspotPanel : public QWidget
{
    Q_OBJECT
public:
    HotspotPanel(const City::CityContext &city, MapCanvas *canvas, QWidget *parent = nullptr);

    /// The toggle: computes and draws the layer (and the list), or clears both.
    void setLayerVisible(bool visible);
    bool isLayerVisible() const;
    /// The period as whole days of the city, inclusive.
    void setPeriod(const QDate &first, const QDate &last);
    /// "" (all), a kind, 大类 or 小类 key (see Cases::HotspotQuery); false when not offered.
    bool setCategory(const QString &key);
    void setCellM(int metres);

    /// What is drawn now (empty while the layer is off).
    const Cases::HotspotLayer &layer() const { return m_layer; }
    const Cases::RecurringList &recurring() const { return m_recurring; }
    /// Highlights place `index` of recurring().places on the map and zooms to it.
    void showPlace(int index);
    QString statusText() const;

    /// The legend's fill of class `k` of `classes` (light yellow → dark red).
    static QColor classColor(int k, int classes);

signals:
    void openCaseRequested(const QString &caseId);

private:
    void buildControls();
    void applyPreset(int index);
    void refresh();
    void drawLayer();
    void fillList();
    void updateLegend();

    const City::CityContext &m_city;
    MapCanvas *m_canvas;
    QCheckBox *m_toggle = nullptr;
    QComboBox *m_preset = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_category = nullptr;
    QSpinBox *m_cell = nullptr;
    QWidget *m_legend = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_list = nullptr;
    Cases::HotspotLayer m_layer;
    Cases::RecurringList m_recurring;
    int m_selectedPlace = -1;
    bool m_updating = false;
};

} // namespace Cc::MapWidgets
