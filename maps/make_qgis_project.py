#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes maps/citycommand.qgs: the demo city's layers (../demo/demo-city.gpkg, relative)
with the styles of CityCommand's own map, for QGIS desktop 3.22+.

Run with Debian's python3 and python3-qgis (packaging/debian-packages-bench.txt):
    QT_QPA_PLATFORM=offscreen /usr/bin/python3 maps/make_qgis_project.py [GPKG] [OUT.qgs]
"""
import os
import sys

from qgis.core import (QgsApplication, QgsCategorizedSymbolRenderer, QgsCoordinateReferenceSystem,
                       QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsPalLayerSettings, QgsProject,
                       QgsProperty, QgsRendererCategory, QgsRuleBasedRenderer, QgsSingleSymbolRenderer,
                       QgsSymbolLayer, QgsTextBufferSettings, QgsTextFormat, QgsUnitTypes, QgsVectorLayer,
                       QgsVectorLayerSimpleLabeling)
from qgis.PyQt.QtGui import QColor, QFont

here = os.path.dirname(os.path.abspath(__file__))
gpkg = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'demo', 'demo-city.gpkg'))
out = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, 'citycommand.qgs'))

app = QgsApplication([], False)
app.initQgis()
project = QgsProject.instance()
project.setTitle('CityCommand 数字城管 — demo city')
project.setCrs(QgsCoordinateReferenceSystem('EPSG:4490'))
project.writeEntryBool('Paths', '/Absolute', False)  # relative: the project travels with demo/


def layer(table, title):
    lyr = QgsVectorLayer(f'{gpkg}|layername={table}', title, 'ogr')
    if not lyr.isValid():
        raise SystemExit(f'{gpkg}: no layer {table}')
    return lyr


def labels(lyr, field, color, size=8, max_scale=0):
    fmt = QgsTextFormat()
    fmt.setFont(QFont('Noto Sans CJK SC'))
    fmt.setSize(size)
    fmt.setColor(QColor(color))
    buf = QgsTextBufferSettings()
    buf.setEnabled(True)
    buf.setSize(0.8)
    buf.setColor(QColor('white'))
    fmt.setBuffer(buf)
    s = QgsPalLayerSettings()
    s.fieldName = field
    s.setFormat(fmt)
    if max_scale:
        s.scaleVisibility = True
        s.minimumScale = max_scale  # QGIS: "minimum" = most zoomed out
        s.maximumScale = 0
    lyr.setLabeling(QgsVectorLayerSimpleLabeling(s))
    lyr.setLabelsEnabled(True)


# Bottom to top, as CityCommand draws them (modules/map/src/maprenderer.cpp).
# The town basemap, coloured as modules/map/src/townbasemap.cpp paints it.
basemap_areas = layer('basemap_area', '底图面 Basemap areas')
fills = {'fields': '#e9efdc', 'town': '#f6f3ee', 'block': '#e8e3db', 'water': '#a8ccee',
         'compound': '#efe4d2', 'school': '#f4e6c2', 'hospital': '#f5dcdc', 'market': '#f6d8bc',
         'landmark': '#e4dfee', 'park': '#c9e4b8', 'sports': '#d2eac6', 'plaza': '#e6e6e2'}
basemap_areas.setRenderer(QgsCategorizedSymbolRenderer('kind', [
    QgsRendererCategory(kind, QgsFillSymbol.createSimple(
        {'color': color, 'outline_style': 'solid' if kind == 'water' else 'no',
         'outline_color': '#7faedc', 'outline_width': '0.3'}), kind) for kind, color in fills.items()]))
basemap_lines = layer('basemap_line', '底图线 Basemap streets')
line_fills = {'alley': '#ffffff', 'secondary': '#ffffff', 'road': '#fce39c', 'arterial': '#fce39c',
              'bridge': '#ffffff'}


def street_symbol(color):
    """A line as wide as the street in metres on the ground (its width_m)."""
    sym = QgsLineSymbol.createSimple({'line_color': color})
    sym.symbolLayer(0).setDataDefinedProperty(QgsSymbolLayer.PropertyStrokeWidth,
                                              QgsProperty.fromExpression('"width_m"'))
    sym.symbolLayer(0).setWidthUnit(QgsUnitTypes.RenderMetersInMapUnits)
    return sym


basemap_lines.setRenderer(QgsCategorizedSymbolRenderer('kind', [
    QgsRendererCategory(kind, street_symbol(color), kind) for kind, color in line_fills.items()]))
labels(basemap_lines, 'name', '#554e44', 8, 10000)

streets = layer('street', '街道 Streets')
palette = ['#f0d9a8', '#c8e4b8', '#c4d4f0', '#f2c4c4', '#dcccf0']
cats = []
for i, f in enumerate(sorted(streets.getFeatures(), key=lambda f: f['code'])):
    sym = QgsFillSymbol.createSimple({'color': palette[i % len(palette)], 'outline_color': '#707070',
                                      'outline_width': '0.5'})
    cats.append(QgsRendererCategory(f['code'], sym, f['name']))
streets.setRenderer(QgsCategorizedSymbolRenderer('code', cats))
streets.setOpacity(0.16 if basemap_areas.featureCount() else 0.6)  # the town shows through, as in the app

communities = layer('community', '社区 Communities')
communities.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {'style': 'no', 'outline_color': '#558855', 'outline_width': '0.4', 'outline_style': 'dash'})))
labels(communities, 'name', '#3b5f3b', 9, 20000)

responsibility = layer('grid_responsibility', '责任网格 Responsibility grids')
responsibility.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {'style': 'no', 'outline_color': '#e07010', 'outline_width': '0.7'})))
labels(responsibility, 'code', '#9c4e0b', 10)

units = layer('grid_unit', '单元网格 Unit grids')
units.setRenderer(QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(
    {'style': 'no', 'outline_color': '64,96,144,200', 'outline_width': '0.26'})))
labels(units, 'code', '#204070', 7, 8000)

components = layer('component', '部件 Components')
majors = [('01', '公用设施', '#1f77b4'), ('02', '道路交通', '#8c564b'), ('03', '市容环境', '#9467bd'),
          ('04', '园林绿化', '#2ca02c'), ('05', '房屋土地', '#bcbd22'), ('06', '其他设施', '#7f7f7f'),
          ('21', '扩展部件', '#17becf')]
cats = [QgsRendererCategory(code, QgsMarkerSymbol.createSimple(
            {'name': 'circle', 'color': color, 'size': '1.2', 'outline_style': 'no'}), f'{code} {name}')
        for code, name, color in majors]
components.setRenderer(QgsCategorizedSymbolRenderer('left("category_code", 2)', cats))
components.setSubsetString('')
components.setScaleBasedVisibility(True)
components.setMinimumScale(25000)  # hidden when zoomed out, as in CityCommand

cases = layer('case_record', '案卷 Cases')
open_states = "\"state\" NOT IN ('closed', 'rejected', 'cancelled')"
root = QgsRuleBasedRenderer.Rule(None)
for label, expr, color, size in [
        ('已办结 closed', f'NOT ({open_states})', '153,153,153,144', '0.6'),
        ('挂账 shelved', f'{open_states} AND ("hung" = 1 OR "state" = \'hung\')', '#8855aa', '1.8'),
        ('超期 overdue', f'{open_states} AND "hung" = 0 AND "stage_deadline" < format_date(now(), \'yyyy-MM-ddTHH:mm:ss\')',
         '#e01010', '2.2'),
        ('在办 open', f'{open_states} AND "hung" = 0', '#ee9900', '1.8')]:
    rule = QgsRuleBasedRenderer.Rule(QgsMarkerSymbol.createSimple(
        {'name': 'circle', 'color': color, 'size': size, 'outline_color': 'white', 'outline_width': '0.2'}),
        filterExp=expr, label=label)
    root.appendChild(rule)
cases.setRenderer(QgsRuleBasedRenderer(root))
cases.renderer().rootRule().setIsElse(False)

cameras = layer('camera', '摄像头 Cameras')
cameras.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
    {'name': 'square', 'color': '#1060d0', 'size': '2.4', 'outline_color': 'white', 'outline_width': '0.3'})))
labels(cameras, 'name', '#0b4392', 7, 15000)

collectors = layer('collector_position', '监督员 Collectors')
collectors.setRenderer(QgsSingleSymbolRenderer(QgsMarkerSymbol.createSimple(
    {'name': 'circle', 'color': '#109950', 'size': '2.4', 'outline_color': 'white'})))

for lyr in [basemap_areas, basemap_lines, streets, communities, responsibility, units, components, cases,
            cameras, collectors]:
    project.addMapLayer(lyr, True)
# The layer tree lists the top layer first.
tree = project.layerTreeRoot()
order = [collectors, cameras, cases, components, units, responsibility, communities, streets, basemap_lines,
         basemap_areas]
tree.setHasCustomLayerOrder(False)
for i, lyr in enumerate(order):
    node = tree.findLayer(lyr.id())
    clone = node.clone()
    tree.insertChildNode(i, clone)
    tree.removeChildNode(node)

if not project.write(out):
    raise SystemExit(f'cannot write {out}')
print(out)
app.exitQgis()
