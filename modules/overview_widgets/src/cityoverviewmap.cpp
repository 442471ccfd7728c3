// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/overview/cityoverviewmap.h>

#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace Cc::Overview {

namespace {

QPainterPath pathOf(const Storage::PolygonRings &rings,
                    const std::function<QPointF(QPointF)> &toPixel)
{
    QPainterPath path;
    for (const Storage::Ring &ring : rings) {
        if (ring.isEmpty())
            continue;
        path.moveTo(toPixel(ring.first()));
        for (qsizetype i = 1; i < ring.size(); ++i)
            path.lineTo(toPixel(ring[i]));
        path.closeSubpath();
    }
    return path;
}

} // namespace

CityOverviewMap::CityOverviewMap(QWidget *parent) : QWidget(parent)
{
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void CityOverviewMap::setSnapshot(const CitySnapshot *snapshot)
{
    m_snapshot = snapshot;
    m_extent = QRectF();
    if (m_snapshot) {
        for (const auto &grid : m_snapshot->responsibilityGrids) {
            for (const QPointF &p : grid.geom.value(0))
                m_extent = m_extent.isNull() ? QRectF(p, QSizeF(1e-9, 1e-9))
                                             : m_extent.united(QRectF(p, QSizeF(1e-9, 1e-9)));
        }
    }
    render();
    update();
}

QPointF CityOverviewMap::toPixel(const QPointF &lonLat) const
{
    // Equirectangular with the x scale shrunk by cos(latitude), so grids look square.
    const double k = std::cos(m_extent.center().y() * M_PI / 180.0);
    return {m_offset.x() + (lonLat.x() - m_extent.left()) * k * m_scale,
            m_offset.y() + (m_extent.bottom() - lonLat.y()) * m_scale};
}

void CityOverviewMap::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    render();
}

void CityOverviewMap::render()
{
    const qreal dpr = devicePixelRatioF();
    m_image = QImage(size() * dpr, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    m_image.fill(QColor(0x10, 0x1a, 0x2b));
    if (!m_snapshot || m_extent.isNull() || width() < 10)
        return;
    QPainter p(&m_image);
    p.setRenderHint(QPainter::Antialiasing);
    const double k = std::cos(m_extent.center().y() * M_PI / 180.0);
    const double margin = 24;
    m_scale = std::min((width() - 2 * margin) / (m_extent.width() * k),
                       (height() - 2 * margin - 24) / m_extent.height());
    m_offset = QPointF((width() - m_extent.width() * k * m_scale) / 2,
                       (height() - 24 - m_extent.height() * m_scale) / 2);
    const auto pixel = [this](QPointF q) { return toPixel(q); };

    p.setPen(QPen(QColor(0x2c, 0x3e, 0x5a), 0.6));
    p.setBrush(QColor(0x16, 0x25, 0x3b));
    QPainterPath units;
    for (const auto &grid : m_snapshot->unitGrids)
        units.addPath(pathOf(grid.geom, pixel));
    p.drawPath(units);

    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(QColor(0x4f, 0xa3, 0xd9), 1.6));
    QFont label = font();
    label.setPointSizeF(label.pointSizeF() * 0.85);
    p.setFont(label);
    for (const auto &grid : m_snapshot->responsibilityGrids) {
        const QPainterPath path = pathOf(grid.geom, pixel);
        p.drawPath(path);
        p.setPen(QColor(0x8f, 0xc4, 0xea));
        p.drawText(path.boundingRect(), Qt::AlignCenter, grid.code);
        p.setPen(QPen(QColor(0x4f, 0xa3, 0xd9), 1.6));
    }

    p.setPen(Qt::NoPen);
    for (const CasePoint &c : m_snapshot->openCases) {
        p.setBrush(c.overdue ? QColor(0xff, 0x4d, 0x4f) : QColor(0xff, 0xb3, 0x47, 200));
        const double r = c.overdue ? 2.6 : 2.0;
        p.drawEllipse(toPixel(c.lonLat), r, r);
    }
    p.setBrush(QColor(0x36, 0xcf, 0xc9));
    p.setPen(QPen(Qt::black, 0.8));
    for (const auto &camera : m_snapshot->cameras) {
        const QPointF c = toPixel(camera.geom);
        const QPointF triangle[3] = {c + QPointF(0, -6), c + QPointF(5, 4), c + QPointF(-5, 4)};
        p.drawPolygon(triangle, 3);
    }

    // Legend along the bottom.
    const double y = height() - 16;
    const struct
    {
        QColor color;
        QString text;
    } legend[] = {{QColor(0x4f, 0xa3, 0xd9), tr("Responsibility grid")},
                  {QColor(0xff, 0xb3, 0x47), tr("Open case")},
                  {QColor(0xff, 0x4d, 0x4f), tr("Overdue case")},
                  {QColor(0x36, 0xcf, 0xc9), tr("Camera")}};
    double x = 12;
    p.setFont(font());
    for (const auto &item : legend) {
        p.setPen(Qt::NoPen);
        p.setBrush(item.color);
        p.drawEllipse(QPointF(x + 5, y), 5, 5);
        p.setPen(QColor(0xd0, 0xd8, 0xe4));
        const int w = p.fontMetrics().horizontalAdvance(item.text);
        p.drawText(QPointF(x + 14, y + p.fontMetrics().ascent() / 2.5), item.text);
        x += 30 + w;
    }
}

void CityOverviewMap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.drawImage(0, 0, m_image);
}

} // namespace Cc::Overview
