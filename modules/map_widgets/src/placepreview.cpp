// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/placepreview.h>

#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>

#include <QVBoxLayout>

namespace Cc::MapWidgets {

namespace {
constexpr double kPreviewMetresPerPixel = 2.5; // a block and the streets around it
constexpr int kPreviewHeightPx = 200;          // under the intake's category column
} // namespace

PlacePreviewMap::PlacePreviewMap(MapPanel &map, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("placePreview"));
    m_canvas = new MapCanvas(map.document());
    m_canvas->setObjectName(QStringLiteral("placePreviewCanvas"));
    m_canvas->setData(map.canvas()->data());
    m_canvas->setViewport(map.canvas()->viewport());
    m_canvas->setMinimumHeight(kPreviewHeightPx);
    m_canvas->setMaximumHeight(kPreviewHeightPx);
    m_canvas->setToolTip(tr("Where the address lies; drag to look around"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_canvas);
}

void PlacePreviewMap::showPlace(const QPointF &lonLat)
{
    m_canvas->zoomToPoint(lonLat, kPreviewMetresPerPixel);
    m_canvas->setHighlight(lonLat);
}

} // namespace Cc::MapWidgets
