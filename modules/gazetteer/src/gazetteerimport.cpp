// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/gazetteer/gazetteerimport.h>

#include <cc/gazetteer/gazetteer.h>

#include "gazetteertr.h"
#include "linegeometry.h"

#include <cc/geo/types.h>
#include <cc/storage/database.h>

#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace Cc::Gazetteer {

namespace {

/// A whole non-negative number from a field (integer, real or text); -1 when it is not one.
int numberOf(const QVariant &v)
{
    if (!v.isValid() || v.isNull() || v.toString().trimmed().isEmpty())
        return 0;
    bool ok = false;
    const double d = v.toString().trimmed().toDouble(&ok);
    if (!ok || d < 0 || d > 1e6 || d != std::floor(d))
        return -1;
    return int(d);
}

QStringList aliasesOf(const QVariant &v)
{
    QStringList out;
    for (const QString &a :
         v.toString().split(QRegularExpression(QStringLiteral("[|,;、，；]")), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            out << a.trimmed();
    return out;
}

Error badFeature(qsizetype index, const QString &why)
{
    return makeError(QStringLiteral("gazetteer.bad-row"),
                     GazetteerTr::tr("Feature %1: %2.").arg(index + 1).arg(why));
}

/// A polygon's place: the centre of its box, half its larger side as the extent.
void placeFromPolygon(const Geo::PolygonRings &polygon, Place &place)
{
    const QRectF box = Geo::boundsOf(polygon);
    place.point = box.center();
    const QPointF size = metresBetween(box.topLeft(), box.bottomRight());
    place.extentM = std::max(std::abs(size.x()), std::abs(size.y())) / 2;
}

} // namespace

QStringList streetImportFields()
{
    return {QStringLiteral("name"),      QStringLiteral("aliases"), QStringLiteral("kind"),
            QStringLiteral("from_left"), QStringLiteral("to_left"), QStringLiteral("from_right"),
            QStringLiteral("to_right")};
}

QStringList placeImportFields()
{
    return {QStringLiteral("name"), QStringLiteral("aliases"), QStringLiteral("kind"),
            QStringLiteral("extent_m"), QStringLiteral("address")};
}

Result<QHash<QString, QString>> parseMapping(const QString &text)
{
    QHash<QString, QString> mapping;
    const QStringList known = streetImportFields() + placeImportFields();
    for (const QString &pair : text.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString ours = pair.left(eq).trimmed(), theirs = pair.mid(eq + 1).trimmed();
        if (eq <= 0 || theirs.isEmpty())
            return makeError(QStringLiteral("gazetteer.bad-mapping"),
                             GazetteerTr::tr("“%1” is not ours=theirs (e.g. name=NAME).")
                                 .arg(pair));
        if (!known.contains(ours))
            return makeError(QStringLiteral("gazetteer.bad-mapping"),
                             GazetteerTr::tr("“%1” is not a gazetteer field; they are: %2.")
                                 .arg(ours, known.join(QStringLiteral(", "))));
        mapping.insert(ours, theirs);
    }
    return mapping;
}

Result<ImportCounts> importLayer(Storage::Database &db, const QString &path, const QString &layer,
                                 const QHash<QString, QString> &mapping,
                                 const Geo::Progress &progress)
{
    auto features = Geo::readLayer(path, layer, mapping, progress);
    if (!features)
        return features.error();
    QList<Street> streets;
    QList<Place> places;
    // Rows are tagged with where they came from, so importing the file again replaces them.
    const QString source = QFileInfo(path).fileName()
                           + (layer.isEmpty() ? QString() : u':' + layer);
    for (qsizetype i = 0; i < features->size(); ++i) {
        const Geo::VectorFeature &f = features->at(i);
        const QString name = f.attributes.value(QStringLiteral("name")).toString().trimmed();
        if (!f.line.isEmpty()) {
            Street s;
            s.name = name;
            s.aliases = aliasesOf(f.attributes.value(QStringLiteral("aliases")));
            s.kind = f.attributes.value(QStringLiteral("kind")).toString().trimmed();
            s.line = f.line;
            s.source = source;
            int *numbers[] = {&s.leftFrom, &s.leftTo, &s.rightFrom, &s.rightTo};
            const char *fields[] = {"from_left", "to_left", "from_right", "to_right"};
            for (int k = 0; k < 4; ++k) {
                *numbers[k] = numberOf(f.attributes.value(QLatin1String(fields[k])));
                if (*numbers[k] < 0)
                    return badFeature(i, GazetteerTr::tr("%1 is not a house number: “%2”")
                                             .arg(QLatin1String(fields[k]),
                                                  f.attributes.value(QLatin1String(fields[k]))
                                                      .toString()));
            }
            if (const QString problem = streetProblem(s); !problem.isEmpty())
                return badFeature(i, problem);
            streets << s;
            continue;
        }
        Place p;
        p.name = name;
        p.aliases = aliasesOf(f.attributes.value(QStringLiteral("aliases")));
        p.kind = f.attributes.value(QStringLiteral("kind")).toString().trimmed();
        p.address = f.attributes.value(QStringLiteral("address")).toString().trimmed();
        p.source = source;
        if (f.point)
            p.point = *f.point;
        else if (!f.polygon.isEmpty())
            placeFromPolygon(f.polygon, p);
        else
            return badFeature(i, GazetteerTr::tr("“%1” has no geometry").arg(name));
        if (const QVariant extent = f.attributes.value(QStringLiteral("extent_m"));
            extent.isValid())
            p.extentM = extent.toDouble();
        if (const QString problem = placeProblem(p); !problem.isEmpty())
            return badFeature(i, problem);
        places << p;
    }
    GazetteerStore store(db);
    if (auto r = store.add(streets, places, source); !r)
        return r.error();
    auto counts = store.counts();
    if (!counts)
        return counts.error();
    return ImportCounts{int(streets.size()), int(places.size()), int(counts.value()[2])};
}

} // namespace Cc::Gazetteer
