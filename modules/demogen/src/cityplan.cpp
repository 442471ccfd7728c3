// SPDX-License-Identifier: GPL-3.0-or-later
#include "cityplan.h"

#include "basemap.h"
#include "districts.h"
#include "names.h"
#include "townplaces.h"

#include <cc/cases/auth.h>
#include <cc/city/citycontext.h>
#include <cc/core/category.h>
#include <cc/core/role.h>
#include <cc/core/uuid.h>
#include <cc/core/workcalendar.h>
#include <cc/storage/repositories.h>
#include <cc/storage/settings.h>

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <future>
#include <map>

namespace Cc::Demo {

namespace {

constexpr quint64 kLayoutSeed = 0x6772'6964'7320'3130ULL; // the grids draw apart from the rest

template<typename T>
Result<void> insertAll(Storage::SpatialRepository &repo, const QList<T> &rows)
{
    for (const T &row : rows) {
        if (auto r = repo.insert(row); !r)
            return r;
    }
    return {};
}

QString newId()
{
    return Core::uuidText(Core::makeUuidV7());
}

/// Relative frequency of components per 小类 in a county (manhole covers, lamps and trees
/// dominate real inventories); unlisted classes get a small share.
double componentWeight(const QString &nameZh)
{
    static const std::map<QString, double> weights
        = {{"上水井盖", 6},   {"污水井盖", 8},   {"雨水井盖", 8},  {"雨水箅子", 7},
           {"电力井盖", 3},   {"路灯井盖", 2},   {"通讯井盖", 4},  {"燃气井盖", 1},
           {"路灯", 12},      {"立杆", 4},       {"行道树", 12},   {"垃圾箱", 6},
           {"交通标志牌", 3}, {"交通护栏", 3},   {"路名牌", 2},    {"绿地", 2},
           {"消防设施", 1.5}, {"电力设施", 1.5}, {"宣传栏", 1},    {"街头坐椅", 1},
           {"公交站亭", 0.6}, {"公共厕所", 0.3}, {"停车咪表", 0.5}};
    const auto it = weights.find(nameZh);
    return it == weights.end() ? 0.15 : it->second;
}

/// `total` split by weight, the rounding left over going to the largest remainders (in
/// order, so the split follows the weights alone).
QList<int> shares(const QList<double> &weights, int total)
{
    double sum = 0;
    for (double w : weights)
        sum += w;
    QList<int> counts;
    QList<std::pair<double, int>> remainders;
    int given = 0;
    for (int i = 0; i < weights.size(); ++i) {
        const double exact = total * weights[i] / sum;
        counts << int(exact);
        given += counts.last();
        remainders.append({-(exact - counts.last()), i});
    }
    std::stable_sort(remainders.begin(), remainders.end());
    for (int i = 0; given < total; ++i, ++given)
        ++counts[remainders[i % remainders.size()].second];
    return counts;
}

/// How far from the street's centreline (of that half width) a component of this class
/// stands: covers in the carriageway, gullies and lamps and signs at the kerb, trees and
/// bins on the sidewalk, the rest behind it. `draw` in [0, 1) varies it.
double standOffsetM(const QString &nameZh, double halfWidthM, double draw)
{
    if (nameZh.endsWith(QStringLiteral("井盖")))
        return halfWidthM * (0.1 + 0.6 * draw);
    if (nameZh == QStringLiteral("雨水箅子"))
        return halfWidthM - 0.5;
    static const QStringList kerb = QStringLiteral("路灯 立杆 交通标志牌 路名牌 交通护栏 停车咪表")
                                        .split(u' ');
    static const QStringList sidewalk
        = QStringLiteral("行道树 垃圾箱 街头坐椅 公交站亭 宣传栏 消防设施 电力设施").split(u' ');
    if (kerb.contains(nameZh))
        return halfWidthM + 0.5 + draw;
    if (sidewalk.contains(nameZh))
        return halfWidthM + 2.0 + 2.0 * draw;
    return halfWidthM + 6.0 + 10.0 * draw;
}

} // namespace

namespace {

/// writeCityPlan's steps, in the order they draw from the random source (the same seed
/// must give the same city): the layout in memory first, then the rows in one transaction.
class CityPlanWriter
{
public:
    CityPlanWriter(Storage::Database &db, const DemoOptions &options, DemoNetwork network,
                   std::mt19937_64 &random,
                   const std::function<void(int, int, const QString &)> &progress)
        : m_db(db)
        , m_options(options)
        , m_random(random)
        , m_progress(progress)
    {
        m_plan.network = std::move(network);
    }

    Result<CityPlan> write();

private:
    void layOutTown();
    void nameRoadsAndGrids();
    Result<void> writeLayers(Storage::SpatialRepository &spatial);
    Result<void> writeCategoriesAndCalendar();
    Result<void> writeDepartments();
    Result<void> assignCategoriesToDepartments();
    Result<void> writeUsers(const QString &passwordHash);
    Result<Person> addUser(const QString &passwordHash, const QString &login, const QString &role,
                           const QString &departmentId, const QString &responsibility);
    QString departmentFor(const QString &categoryKey);
    Result<void> writeComponents(Storage::SpatialRepository &spatial);
    Result<void> writeCameras(Storage::SpatialRepository &spatial);
    Result<void> writeSettings();

    Storage::Database &m_db;
    const DemoOptions &m_options;
    std::mt19937_64 &m_random;
    const std::function<void(int, int, const QString &)> &m_progress;
    const Core::CategoryDictionary &m_dictionary = City::CityContext::nationalCategories();
    const QString m_county = QString::fromLatin1(kCountyCode);
    const QStringList m_streets = streetNames();
    const QStringList m_communityPool = communityNames();
    const QDate m_installedBase{2012, 1, 1};

    CityPlan m_plan;
    Districts m_districts;
    QList<Storage::UnitGridRow> m_gridRows;
    QHash<QString, QStringList> m_departmentsByType;
    QHash<QString, QString> m_departmentIdByCode;
    QStringList m_departmentCodes; ///< in the order of departmentSpecs()
    QString m_fallbackDepartment;
};

Result<CityPlan> CityPlanWriter::write()
{
    // argon2id is slow on purpose (~0.1 s and 64 MiB per hash): hash the demo password once,
    // for every demo user, rather than 109 times with their own salts; and on another thread,
    // while the lattice and the spatial layers are written, so the city is not later for it.
    std::future<Result<QString>> demoHash = std::async(std::launch::async, [] {
        return Cases::AuthService::hashPassword(QString::fromLatin1(kDemoPassword));
    });
    layOutTown();
    nameRoadsAndGrids();

    Storage::Transaction tx(m_db);
    if (!tx.isActive())
        return tx.beginError();
    Storage::SpatialRepository spatial(m_db);
    if (auto r = writeLayers(spatial); !r)
        return r.error();
    if (auto r = writeCategoriesAndCalendar(); !r)
        return r.error();
    if (auto r = writeDepartments(); !r)
        return r.error();
    if (auto r = assignCategoriesToDepartments(); !r)
        return r.error();
    const Result<QString> passwordHash = demoHash.get();
    if (!passwordHash)
        return passwordHash.error();
    if (auto r = writeUsers(passwordHash.value()); !r)
        return r.error();
    if (auto r = writeComponents(spatial); !r)
        return r.error();
    if (auto r = writeCameras(spatial); !r)
        return r.error();
    if (auto r = writeSettings(); !r)
        return r.error();
    if (auto r = writeBasemap(m_db, m_plan); !r)
        return r.error();
    if (auto r = tx.commit(); !r)
        return r.error();
    return std::move(m_plan);
}

// 1. The town: unit grids on the street network, and the areas made of them.
void CityPlanWriter::layOutTown()
{
    const DemoNetwork &net = m_plan.network;
    m_plan.town = TownLayout::build({countyCells(), net.alleyBlocks, net.placeBlocks,
                                     m_options.unitGrids, m_options.seed ^ kLayoutSeed});
    for (const TownGrid &g : std::as_const(m_plan.town.grids)) {
        Cell cell;
        cell.plan = g.rect;
        cell.water = g.water;
        cell.ring = m_plan.town.ringOf(g.rect);
        cell.areaM2 = ringAreaM2(cell.ring);
        m_plan.cells << cell;
    }
    m_districts = divideTown(m_plan, m_county, m_streets, m_communityPool, newId);
    for (const Storage::ResponsibilityGridRow &row : std::as_const(m_districts.responsibility))
        m_plan.responsibilityCodes << row.code;
}

// The grids' rows; each grid's address road is the street nearest its middle.
void CityPlanWriter::nameRoadsAndGrids()
{
    const TownPlaces places(m_plan);
    for (int i = 0; i < m_plan.cells.size(); ++i) {
        const Cell &cell = m_plan.cells[i];
        m_plan.cellByCode.insert(cell.code, i);
        m_plan.roadOfCell.insert(cell.code, places.roadNear(cell.plan.center()));
        m_gridRows << Storage::UnitGridRow{newId(),
                                           cell.code,
                                           cell.communityCode,
                                           cell.responsibilityCode,
                                           std::round(cell.areaM2 * 10) / 10,
                                           1,
                                           {cell.ring}};
    }
}

Result<void> CityPlanWriter::writeLayers(Storage::SpatialRepository &spatial)
{
    if (auto r = insertAll(spatial, m_districts.streets); !r)
        return r;
    if (auto r = insertAll(spatial, m_districts.communities); !r)
        return r;
    if (auto r = insertAll(spatial, m_districts.responsibility); !r)
        return r;
    if (auto r = insertAll(spatial, m_gridRows); !r)
        return r;
    m_plan.streets = int(m_districts.streets.size());
    m_plan.communities = int(m_districts.communities.size());
    return {};
}

// 4. Reference data: categories, calendar, departments, users.
Result<void> CityPlanWriter::writeCategoriesAndCalendar()
{
    Storage::CategoryRepository categoryRepo(m_db);
    for (const Core::Category &c : m_dictionary.categories()) {
        if (auto r = categoryRepo.upsert({c.key(), Core::kindId(c.kind), c.code, c.majorCode(),
                                          c.nameZh, c.nameEn, c.limitUrgent.toString(),
                                          c.limitNormal.toString(), c.filingConditions,
                                          c.closingConditions, c.departmentType});
            !r)
            return r;
    }
    return Storage::CalendarRepository(m_db).save(City::CityContext::nationalCalendar().toJson());
}

Result<void> CityPlanWriter::writeDepartments()
{
    Storage::DepartmentRepository departmentRepo(m_db);
    for (const DepartmentSpec &spec : departmentSpecs()) {
        Storage::DepartmentRow row{newId(),
                                   QString::fromLatin1(spec.code),
                                   QString::fromUtf8(spec.nameZh),
                                   QString::fromUtf8(spec.nameEn),
                                   spec.level,
                                   {},
                                   QString::fromLatin1(spec.type),
                                   QStringLiteral("0372-62%1").arg(m_plan.departments + 10000)};
        if (auto r = departmentRepo.upsert(row); !r)
            return r;
        m_departmentsByType[row.departmentType] << row.id;
        m_departmentIdByCode.insert(row.code, row.id);
        m_departmentCodes << row.code;
        ++m_plan.departments;
    }
    m_fallbackDepartment = m_departmentIdByCode.value(QStringLiteral("D07"));
    return {};
}

// A street-office category goes, in each responsibility grid, to the office of that grid's
// street; any other to the departments of its type (the first is the primary one, which
// suggestDepartment takes), else to the fallback department.
Result<void> CityPlanWriter::assignCategoriesToDepartments()
{
    Storage::DepartmentRepository departmentRepo(m_db);
    for (const Core::Category &c : m_dictionary.categories()) {
        if (c.departmentType == QLatin1String("street-office")) {
            for (const QString &resp : std::as_const(m_plan.responsibilityCodes)) {
                const int street = m_districts.streetOfResponsibility.value(
                    int(m_plan.responsibilityCodes.indexOf(resp)));
                const QString office = m_departmentIdByCode.value(
                    QStringLiteral("S%1").arg(street + 1, 2, 10, QLatin1Char('0')));
                if (auto r = departmentRepo.addCategory({office, c.key(), resp}); !r)
                    return r;
            }
            continue;
        }
        const QStringList ids = m_departmentsByType.value(c.departmentType, {m_fallbackDepartment});
        if (auto r = departmentRepo.addCategory({ids.first(), c.key(), QString()}); !r)
            return r;
    }
    return {};
}

Result<Person> CityPlanWriter::addUser(const QString &passwordHash, const QString &login,
                                       const QString &role, const QString &departmentId,
                                       const QString &responsibility)
{
    Person p{newId(), login, personName(m_random), departmentId, responsibility};
    Storage::UserRow row{p.id,
                         login,
                         p.name,
                         passwordHash,
                         departmentId,
                         responsibility,
                         QStringLiteral("139%1").arg(quint32(m_random() % 100000000), 8, 10,
                                                     QLatin1Char('0')),
                         true,
                         {role}};
    if (auto r = Storage::UserRepository(m_db).upsert(row); !r)
        return r.error();
    ++m_plan.users;
    return p;
}

// The command hall's posts, the admin, the collectors (spread over the responsibility
// grids) and one user per department.
Result<void> CityPlanWriter::writeUsers(const QString &passwordHash)
{
    struct Post
    {
        const char *prefix;
        Core::Role role;
        int count;
        QList<Person> *list;
    };
    const Post posts[] = {{"op", Core::Role::Operator, 6, &m_plan.operators},
                          {"sl", Core::Role::ShiftLeader, 4, &m_plan.shiftLeaders},
                          {"dp", Core::Role::Dispatcher, 4, &m_plan.dispatchers},
                          {"sv", Core::Role::Supervisor, 2, &m_plan.supervisors}};
    for (const Post &post : posts) {
        for (int i = 1; i <= post.count; ++i) {
            auto p = addUser(passwordHash,
                             QStringLiteral("%1%2")
                                 .arg(QLatin1String(post.prefix))
                                 .arg(i, 2, 10, QLatin1Char('0')),
                             Core::roleId(post.role), {}, {});
            if (!p)
                return p.error();
            *post.list << p.value();
        }
    }
    if (auto p = addUser(passwordHash, QStringLiteral("admin"), Core::roleId(Core::Role::Admin), {},
                         {});
        !p)
        return p.error();
    for (int i = 0; i < m_options.collectors; ++i) {
        const QString resp = m_plan.responsibilityCodes[i % m_plan.responsibilityCodes.size()];
        auto p = addUser(passwordHash, QStringLiteral("col%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                         Core::roleId(Core::Role::Collector), {}, resp);
        if (!p)
            return p.error();
        m_plan.collectorsByGrid[resp] << p.value();
    }
    // In the departments' order, not a hash's (which differs from run to run): the names
    // and phones drawn for them must follow the seed alone.
    for (const QString &code : std::as_const(m_departmentCodes)) {
        const QString id = m_departmentIdByCode.value(code);
        auto p = addUser(passwordHash, code.toLower(), Core::roleId(Core::Role::Department), id,
                         {});
        if (!p)
            return p.error();
        m_plan.departmentUsers.insert(id, p.value());
    }
    return {};
}

QString CityPlanWriter::departmentFor(const QString &categoryKey)
{
    auto found = Storage::DepartmentRepository(m_db).responsibleFor(categoryKey, QString());
    return found && !found->isEmpty() ? found->first().id : m_fallbackDepartment;
}

// 5. Components along the kerbs (the cameras, 部件 0136, come apart): each class's count
//    from its share of a county's inventory, spread evenly over every street's two sides
//    (so lamps stand some 25–35 m apart in the full city), where that class stands.
Result<void> CityPlanWriter::writeComponents(Storage::SpatialRepository &spatial)
{
    QList<const Core::Category *> partCategories;
    QList<double> weights;
    for (const Core::Category &c : m_dictionary.categories(Core::CaseKind::Component)) {
        if (c.code == QLatin1String("0136"))
            continue;
        partCategories << m_dictionary.find(c.kind, c.code);
        weights << componentWeight(c.nameZh);
    }
    const QList<int> counts = shares(weights, m_options.components);
    const TownPlaces places(m_plan);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int written = 0;
    for (int c = 0; c < partCategories.size(); ++c) {
        const Core::Category *category = partCategories[c];
        const QString department = departmentFor(category->key());
        const double spacing = places.kerbLengthM() / std::max(1, counts[c]);
        const double phase = unit(m_random) * spacing;
        for (int i = 0; i < counts[c]; ++i) {
            const double along = phase + (i + 0.3 * (unit(m_random) - 0.5)) * spacing;
            const double halfWidth = places.kerbAt(along).halfWidthM;
            const Spot at = places.atKerb(along, standOffsetM(category->nameZh, halfWidth,
                                                              unit(m_random)));
            const Cell &cell = m_plan.cells[std::max(0, at.cell)];
            const QString code = m_county + category->code
                                 + QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
            Storage::ComponentRow row{newId(),
                                      code,
                                      category->code,
                                      category->nameZh,
                                      unit(m_random) < 0.96 ? QStringLiteral("完好")
                                                            : QStringLiteral("破损"),
                                      department,
                                      cell.code,
                                      m_installedBase.addDays(qint64(m_random() % 4000)),
                                      at.lonLat};
            if (auto r = spatial.insert(row); !r)
                return r;
            m_plan.componentsByCategory[category->code]
                << ComponentRef{code, cell.code, at.lonLat, at.address, at.road};
            if (m_progress && ++written % 20000 == 0)
                m_progress(written, m_options.components,
                           QCoreApplication::translate("Cc::Demo", "components"));
        }
    }
    m_plan.components = m_options.components;
    return {};
}

// Cameras at crossings of two named roads well inside the county, on the corner's pole.
Result<void> CityPlanWriter::writeCameras(Storage::SpatialRepository &spatial)
{
    const DemoNetwork &net = m_plan.network;
    const QSet<qint64> county = countyCells();
    QList<QPoint> crossings;
    for (int k = 1; k <= net.eastWest.size(); ++k) {
        for (int j = 1; j <= net.northSouth.size(); ++j) {
            bool inside = true;
            for (int dc = -1; dc <= 0; ++dc)
                for (int dr = -1; dr <= 0; ++dr)
                    inside = inside && county.contains(cellKey(4 * j + dc, 4 * k + dr));
            if (inside)
                crossings << QPoint(j, k);
        }
    }
    std::shuffle(crossings.begin(), crossings.end(), m_random);
    const QString cameraCategory = QStringLiteral("0136");
    const QString cameraDepartment = departmentFor(QStringLiteral("part:0136"));
    for (int i = 0; i < m_options.cameras && i < crossings.size(); ++i) {
        const QPoint x = crossings[i];
        const QPointF plan(x.x() * kBlockFine + 0.4, x.y() * kBlockFine + 0.4); // ~15 m NE
        const Cell &cell = m_plan.cells[std::max(0, m_plan.town.gridAt(plan))];
        const QString name = net.eastWest[x.y() - 1] + QStringLiteral("与")
                             + net.northSouth[x.x() - 1] + QStringLiteral("路口");
        const QString code = m_county + cameraCategory
                             + QStringLiteral("%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const QString mount = QStringLiteral("%1/cam%2")
                                  .arg(m_options.cameraUrlBase)
                                  .arg(i + 1, 2, 10, QLatin1Char('0'));
        const QPointF at = townLonLat(plan);
        if (auto r = spatial.insert(Storage::ComponentRow{newId(), code, cameraCategory,
                                                          QStringLiteral("监控电子眼"),
                                                          QStringLiteral("完好"), cameraDepartment,
                                                          cell.code, m_installedBase, at});
            !r)
            return r;
        if (auto r = spatial.insert(Storage::CameraRow{newId(), code, name,
                                                       mount + QStringLiteral("/main"),
                                                       mount + QStringLiteral("/sub"), cell.code,
                                                       m_streets[cell.street], i % 5 == 0, at});
            !r)
            return r;
        ++m_plan.cameras;
    }
    return {};
}

Result<void> CityPlanWriter::writeSettings()
{
    Storage::Settings settings(m_db);
    const QString zone = QString::fromLatin1(City::CityContext::nationalCalendar().timeZone().id());
    for (const Result<void> &r :
         {settings.setCityName(QString::fromUtf8(kCountyName)), settings.setCountyCode(m_county),
          settings.setTimeZoneId(zone), settings.setDemoSeed(m_options.seed)}) {
        if (!r)
            return r;
    }
    return {};
}

} // namespace

Result<CityPlan> writeCityPlan(Storage::Database &db, const DemoOptions &options,
                               DemoNetwork network, std::mt19937_64 &random,
                               const std::function<void(int, int, const QString &)> &progress)
{
    return CityPlanWriter(db, options, std::move(network), random, progress).write();
}

} // namespace Cc::Demo
