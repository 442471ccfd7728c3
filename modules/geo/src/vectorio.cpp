// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/geo/vectorio.h>

#include "geotr.h"

#include <QFileInfo>

#include <gdal.h>
#include <ogr_api.h>
#include <ogr_srs_api.h>

#include <memory>

namespace Cc::Geo {

namespace {

struct DatasetCloser
{
    void operator()(void *ds) const
    {
        if (ds)
            GDALClose(ds);
    }
};
using DatasetPtr = std::unique_ptr<void, DatasetCloser>;
struct FeatureDeleter
{
    void operator()(OGRFeatureH f) const
    {
        if (f)
            OGR_F_Destroy(f);
    }
};
using FeaturePtr = std::unique_ptr<std::remove_pointer_t<OGRFeatureH>, FeatureDeleter>;
struct SrsDeleter
{
    void operator()(OGRSpatialReferenceH s) const
    {
        if (s)
            OSRRelease(s);
    }
};
using SrsPtr = std::unique_ptr<std::remove_pointer_t<OGRSpatialReferenceH>, SrsDeleter>;
struct TransformDeleter
{
    void operator()(OGRCoordinateTransformationH t) const
    {
        if (t)
            OCTDestroyCoordinateTransformation(t);
    }
};
using TransformPtr
    = std::unique_ptr<std::remove_pointer_t<OGRCoordinateTransformationH>, TransformDeleter>;

Error gdalError(const QString &what)
{
    const char *msg = CPLGetLastErrorMsg();
    return makeError(QStringLiteral("geo.gdal"),
                     msg && *msg ? GeoTr::tr("%1: %2").arg(what, QString::fromUtf8(msg)) : what);
}

SrsPtr cgcs2000()
{
    SrsPtr srs(OSRNewSpatialReference(nullptr));
    OSRImportFromEPSG(srs.get(), 4490);
    // lon/lat order whatever the EPSG axis order says: our rings are (lon, lat).
    OSRSetAxisMappingStrategy(srs.get(), OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

QString crsName(OGRSpatialReferenceH srs)
{
    if (!srs)
        return {};
    const char *auth = OSRGetAuthorityName(srs, nullptr);
    const char *code = OSRGetAuthorityCode(srs, nullptr);
    if (auth && code)
        return QStringLiteral("%1:%2").arg(QString::fromLatin1(auth), QString::fromLatin1(code));
    return QString::fromUtf8(OSRGetName(srs));
}

Ring ringOf(OGRGeometryH ring)
{
    Ring out;
    const int n = OGR_G_GetPointCount(ring);
    out.reserve(n);
    for (int i = 0; i < n; ++i)
        out.append(QPointF(OGR_G_GetX(ring, i), OGR_G_GetY(ring, i)));
    return out;
}

OGRGeometryH ringGeometry(const Ring &ring)
{
    OGRGeometryH r = OGR_G_CreateGeometry(wkbLinearRing);
    for (const QPointF &p : ring)
        OGR_G_AddPoint_2D(r, p.x(), p.y());
    return r;
}

} // namespace

VectorFormat formatFromPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("gpkg"))
        return VectorFormat::GeoPackage;
    if (suffix == QLatin1String("geojson") || suffix == QLatin1String("json"))
        return VectorFormat::GeoJson;
    if (suffix == QLatin1String("shp"))
        return VectorFormat::Shapefile;
    return VectorFormat::Invalid;
}

QString driverName(VectorFormat format)
{
    switch (format) {
    case VectorFormat::GeoPackage:
        return QStringLiteral("GPKG");
    case VectorFormat::GeoJson:
        return QStringLiteral("GeoJSON");
    case VectorFormat::Shapefile:
        return QStringLiteral("ESRI Shapefile");
    case VectorFormat::Invalid:
        break;
    }
    return {};
}

Result<QList<LayerInfo>> listLayers(const QString &path)
{
    GDALAllRegister();
    DatasetPtr ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                             nullptr, nullptr));
    if (!ds)
        return gdalError(GeoTr::tr("GDAL cannot open “%1” as a vector file").arg(path));
    QList<LayerInfo> out;
    const int n = GDALDatasetGetLayerCount(ds.get());
    for (int i = 0; i < n; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(ds.get(), i);
        OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
        LayerInfo info;
        info.name = QString::fromUtf8(OGR_L_GetName(layer));
        info.geometryType = QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(layer)));
        info.featureCount = OGR_L_GetFeatureCount(layer, 1);
        for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f)
            info.fields << QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f)));
        info.crs = crsName(OGR_L_GetSpatialRef(layer));
        out << info;
    }
    return out;
}

Result<QList<VectorFeature>> readLayer(const QString &path, const QString &layerName,
                                       const QHash<QString, QString> &mapping,
                                       const Progress &progress)
{
    GDALAllRegister();
    // A CSV's points: the column names gazetteers and spreadsheets use (GDAL's CSV driver
    // reads a WKT column by itself).
    const char *csvOptions[] = {"X_POSSIBLE_NAMES=lon,lng,x,longitude,经度",
                                "Y_POSSIBLE_NAMES=lat,y,latitude,纬度", "KEEP_GEOM_COLUMNS=NO",
                                "AUTODETECT_TYPE=YES", nullptr};
    const bool csv = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive)
                     == 0;
    DatasetPtr ds(GDALOpenEx(path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                             csv ? csvOptions : nullptr, nullptr));
    if (!ds)
        return gdalError(GeoTr::tr("GDAL cannot open “%1” as a vector file").arg(path));
    OGRLayerH layer = layerName.isEmpty()
                          ? GDALDatasetGetLayer(ds.get(), 0)
                          : GDALDatasetGetLayerByName(ds.get(), layerName.toUtf8().constData());
    if (!layer)
        return makeError(QStringLiteral("geo.no-layer"),
                         GeoTr::tr("“%1” has no layer “%2”.").arg(path, layerName));
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);

    // target name → source field index
    QList<QPair<QString, int>> fields;
    if (mapping.isEmpty()) {
        for (int f = 0; f < OGR_FD_GetFieldCount(defn); ++f)
            fields.append({QString::fromUtf8(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, f))), f});
    } else {
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            const int index = OGR_FD_GetFieldIndex(defn, it.value().toUtf8().constData());
            if (index < 0)
                return makeError(QStringLiteral("geo.no-field"),
                                 GeoTr::tr("The layer “%1” has no field “%2” (mapped to “%3”).")
                                     .arg(QString::fromUtf8(OGR_L_GetName(layer)), it.value(),
                                          it.key()));
            fields.append({it.key(), index});
        }
    }

    TransformPtr transform;
    SrsPtr target = cgcs2000();
    if (OGRSpatialReferenceH source = OGR_L_GetSpatialRef(layer)) {
        SrsPtr src(OSRClone(source));
        OSRSetAxisMappingStrategy(src.get(), OAMS_TRADITIONAL_GIS_ORDER);
        if (!OSRIsSame(src.get(), target.get())) {
            transform.reset(OCTNewCoordinateTransformation(src.get(), target.get()));
            if (!transform)
                return gdalError(
                    GeoTr::tr("No transformation from %1 to EPSG:4490").arg(crsName(source)));
        }
    }

    const qint64 total = OGR_L_GetFeatureCount(layer, 1);
    QList<VectorFeature> out;
    OGR_L_ResetReading(layer);
    qint64 done = 0;
    while (FeaturePtr f{OGR_L_GetNextFeature(layer)}) {
        VectorFeature feature;
        for (const auto &[name, index] : fields) {
            if (!OGR_F_IsFieldSetAndNotNull(f.get(), index))
                continue;
            switch (OGR_Fld_GetType(OGR_FD_GetFieldDefn(defn, index))) {
            case OFTInteger:
            case OFTInteger64:
                feature.attributes.insert(name, qint64(OGR_F_GetFieldAsInteger64(f.get(), index)));
                break;
            case OFTReal:
                feature.attributes.insert(name, OGR_F_GetFieldAsDouble(f.get(), index));
                break;
            default:
                feature.attributes.insert(name, QString::fromUtf8(
                                                    OGR_F_GetFieldAsString(f.get(), index)));
            }
        }
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f.get())) {
            if (transform && OGR_G_Transform(g, transform.get()) != OGRERR_NONE)
                return gdalError(
                    GeoTr::tr("Feature %1 could not be reprojected").arg(OGR_F_GetFID(f.get())));
            const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
            if (type == wkbPoint) {
                feature.point = QPointF(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0));
            } else if (type == wkbPolygon
                       || (type == wkbMultiPolygon && OGR_G_GetGeometryCount(g) == 1)) {
                OGRGeometryH poly = type == wkbPolygon ? g : OGR_G_GetGeometryRef(g, 0);
                for (int r = 0; r < OGR_G_GetGeometryCount(poly); ++r)
                    feature.polygon.append(ringOf(OGR_G_GetGeometryRef(poly, r)));
            } else if (type == wkbLineString
                       || (type == wkbMultiLineString && OGR_G_GetGeometryCount(g) == 1)) {
                feature.line = ringOf(type == wkbLineString ? g : OGR_G_GetGeometryRef(g, 0));
            } else {
                return makeError(QStringLiteral("geo.geometry-type"),
                                 GeoTr::tr("Feature %1 of “%2” is a %3; only points, single lines "
                                           "and single polygons can be imported.")
                                     .arg(OGR_F_GetFID(f.get()))
                                     .arg(QString::fromUtf8(OGR_L_GetName(layer)),
                                          QString::fromUtf8(OGRGeometryTypeToName(type))));
            }
        }
        out.append(std::move(feature));
        if (progress && (++done % 256 == 0) && !progress(done, total))
            return makeError(QStringLiteral("geo.cancelled"),
                             GeoTr::tr("The import was cancelled."));
    }
    if (progress)
        progress(total, total);
    return out;
}

Result<void> writeLayer(const QString &path, VectorFormat format, const QString &layerName,
                        const QStringList &fieldNames, const QList<VectorFeature> &features,
                        const Progress &progress)
{
    GDALAllRegister();
    CPLErrorReset();
    GDALDriverH driver = GDALGetDriverByName(driverName(format).toUtf8().constData());
    if (!driver)
        return makeError(QStringLiteral("geo.format"),
                         GeoTr::tr("Export to “%1” is not supported: use .gpkg, .geojson or .shp.")
                             .arg(path));
    if (QFileInfo::exists(path))
        GDALDeleteDataset(driver, path.toUtf8().constData());
    DatasetPtr ds(GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!ds)
        return gdalError(GeoTr::tr("GDAL cannot create “%1”").arg(path));
    const bool points = !features.isEmpty() && features.first().point.has_value();
    const bool lines = !features.isEmpty() && !features.first().line.isEmpty();
    SrsPtr srs = cgcs2000();
    char *options[] = {const_cast<char *>("ENCODING=UTF-8"), nullptr};
    OGRLayerH layer = GDALDatasetCreateLayer(ds.get(), layerName.toUtf8().constData(), srs.get(),
                                             points  ? wkbPoint
                                             : lines ? wkbLineString
                                                     : wkbPolygon,
                                             format == VectorFormat::Shapefile ? options : nullptr);
    if (!layer)
        return gdalError(GeoTr::tr("GDAL cannot create the layer “%1”").arg(layerName));
    for (const QString &name : fieldNames) {
        OGRFieldType type = OFTString;
        for (const VectorFeature &f : features) {
            const QVariant v = f.attributes.value(name);
            if (!v.isValid())
                continue;
            const int id = v.typeId();
            type = id == QMetaType::Double                               ? OFTReal
                   : (id == QMetaType::Int || id == QMetaType::LongLong) ? OFTInteger64
                                                                         : OFTString;
            break;
        }
        OGRFieldDefnH fd = OGR_Fld_Create(name.toUtf8().constData(), type);
        const OGRErr err = OGR_L_CreateField(layer, fd, 1);
        OGR_Fld_Destroy(fd);
        if (err != OGRERR_NONE)
            return gdalError(GeoTr::tr("GDAL cannot create the field “%1”").arg(name));
    }
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(layer);
    // GeoJSON and Shapefile have no transactions; GeoPackage writes much faster in one.
    const bool inTransaction = GDALDatasetStartTransaction(ds.get(), 0) == OGRERR_NONE;
    qint64 done = 0;
    for (const VectorFeature &feature : features) {
        FeaturePtr f(OGR_F_Create(defn));
        for (int i = 0; i < fieldNames.size(); ++i) {
            const QVariant v = feature.attributes.value(fieldNames[i]);
            if (!v.isValid() || v.isNull())
                continue;
            const int id = v.typeId();
            if (id == QMetaType::Double)
                OGR_F_SetFieldDouble(f.get(), i, v.toDouble());
            else if (id == QMetaType::Int || id == QMetaType::LongLong)
                OGR_F_SetFieldInteger64(f.get(), i, v.toLongLong());
            else
                OGR_F_SetFieldString(f.get(), i, v.toString().toUtf8().constData());
        }
        OGRGeometryH g = nullptr;
        if (feature.point) {
            g = OGR_G_CreateGeometry(wkbPoint);
            OGR_G_SetPoint_2D(g, 0, feature.point->x(), feature.point->y());
        } else if (!feature.line.isEmpty()) {
            g = OGR_G_CreateGeometry(wkbLineString);
            for (const QPointF &p : feature.line)
                OGR_G_AddPoint_2D(g, p.x(), p.y());
        } else if (!feature.polygon.isEmpty()) {
            g = OGR_G_CreateGeometry(wkbPolygon);
            for (const Ring &ring : feature.polygon)
                OGR_G_AddGeometryDirectly(g, ringGeometry(ring));
        }
        if (g)
            OGR_F_SetGeometryDirectly(f.get(), g);
        if (OGR_L_CreateFeature(layer, f.get()) != OGRERR_NONE)
            return gdalError(
                GeoTr::tr("GDAL cannot write feature %1 to “%2”").arg(done + 1).arg(path));
        if (progress && (++done % 256 == 0) && !progress(done, features.size()))
            return makeError(QStringLiteral("geo.cancelled"),
                             GeoTr::tr("The export was cancelled."));
    }
    if (inTransaction && GDALDatasetCommitTransaction(ds.get()) != OGRERR_NONE)
        return gdalError(GeoTr::tr("GDAL cannot finish “%1”").arg(path));
    ds.reset();
    if (CPLGetLastErrorType() == CE_Failure)
        return gdalError(GeoTr::tr("GDAL failed to write “%1”").arg(path));
    return {};
}

} // namespace Cc::Geo
