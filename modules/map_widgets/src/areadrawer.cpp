// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/map_widgets/areadrawer.h>

#include <cc/geo/operations.h>
#include <cc/map_widgets/mapcanvas.h>
#include <cc/map_widgets/mappanel.h>

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Cc::MapWidgets {

AreaDrawDialog::AreaDrawDialog(MapPanel &map, const Core::PolygonRings &current, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("areaDrawer"));
    setWindowTitle(tr("Draw the area on the map"));
    m_canvas = new MapCanvas(map.document());
    m_canvas->setObjectName(QStringLiteral("areaCanvas"));
    m_canvas->setData(map.canvas()->data());
    m_canvas->setViewport(map.canvas()->viewport());
    m_canvas->setTool(MapCanvas::Tool::SketchArea);
    connect(m_canvas, &MapCanvas::areaSketched, this, &AreaDrawDialog::showArea);

    m_where = new QLabel(tr("Click the corners of the area; double-click or Enter closes it. "
                            "Backspace takes back a corner, Esc starts again; the middle button "
                            "pans, the wheel zooms."));
    m_where->setObjectName(QStringLiteral("areaSummary"));
    m_where->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setText(tr("Use this area"));
    m_ok->setEnabled(false);
    auto *clear = buttons->addButton(tr("Start again"), QDialogButtonBox::ResetRole);
    clear->setObjectName(QStringLiteral("clearArea"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_canvas->cancelSketch();
        m_canvas->setArea({});
        m_ok->setEnabled(false);
        m_canvas->setFocus();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_where);
    layout->addWidget(buttons);
    resize(960, 720);
    if (!current.isEmpty() && current.first().size() >= 3) {
        QList<QPointF> corners = current.first();
        if (corners.size() > 3 && corners.first() == corners.last())
            corners.removeLast();
        const QRectF box = Geo::boundsOf(current);
        m_canvas->zoomToRect(
            box.adjusted(-box.width() / 4, -box.height() / 4, box.width() / 4, box.height() / 4));
        m_canvas->setArea(corners);
        showArea(corners);
    }
    m_canvas->setFocus();
}

std::optional<Core::PolygonRings> AreaDrawDialog::draw(MapPanel &map, QWidget *parent,
                                                       const Core::PolygonRings &current)
{
    AreaDrawDialog dialog(map, current, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.area();
}

Core::PolygonRings AreaDrawDialog::area() const
{
    QList<QPointF> ring = m_canvas->area();
    if (ring.size() < 3)
        return {};
    ring.append(ring.first());
    return {ring};
}

void AreaDrawDialog::showArea(const QList<QPointF> &corners)
{
    const double m2 = Geo::areaM2(area());
    m_where->setText(tr("%n corner(s), about %1 m² (%2 km²). “Use this area” takes it; draw again "
                        "to replace it.",
                        nullptr, int(corners.size()))
                         .arg(QLocale().toString(m2, 'f', 0))
                         .arg(m2 / 1e6, 0, 'f', 3));
    m_ok->setEnabled(true);
}

} // namespace Cc::MapWidgets
