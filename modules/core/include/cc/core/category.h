// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/core/timelimit.h>

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Cc::Core {

enum class CaseKind { Invalid = 0, Component /*部件*/, Event /*事件*/ };
enum class CaseLevel { Invalid = 0, Urgent /*紧急*/, Normal /*一般*/ };

QString kindId(CaseKind kind);         ///< "part" / "event"
CaseKind kindFromId(QStringView id);   ///< also accepts 部件 / 事件
QString kindName(CaseKind kind);       ///< translated
QString levelId(CaseLevel level);      ///< "urgent" / "normal"
CaseLevel levelFromId(QStringView id); ///< also accepts 紧急 / 一般
QString levelName(CaseLevel level);    ///< translated

/// A 大类 (major class) of one kind, e.g. 部件 01 公用设施.
struct MajorCategory
{
    CaseKind kind = CaseKind::Invalid;
    QString code; ///< 2 digits
    QString nameZh;
    QString nameEn;
};

/// A 小类 with its filing/closing rules and default disposal limits (立结案标准).
struct Category
{
    CaseKind kind = CaseKind::Invalid;
    QString code; ///< 4 digits: 大类 + 小类, e.g. "0101"
    QString nameZh;
    QString nameEn;
    TimeLimit limitUrgent;
    TimeLimit limitNormal;
    QStringList filingConditions;  ///< 立案条件 (zh)
    QStringList closingConditions; ///< 结案条件 (zh)
    QString departmentType; ///< kind of 责任单位, e.g. "municipal", "sanitation" (demo routing)

    QString majorCode() const { return code.left(2); }
    /// Unique across kinds, as stored in the database: "part:0101", "event:0502".
    QString key() const;
    TimeLimit limit(CaseLevel level) const
    {
        return level == CaseLevel::Urgent ? limitUrgent : limitNormal;
    }
};

/// The category dictionary: editable data (resources/categories.json), keyed by kind + code.
class CategoryDictionary
{
public:
    /// The dictionary shipped in the binary's resources (from resources/categories.json).
    static const CategoryDictionary &builtin();
    /// Refuses bad JSON, malformed codes, duplicates, unknown 大类 and invalid limits.
    static Result<CategoryDictionary> fromJson(const QByteArray &json);
    QByteArray toJson() const;

    QList<MajorCategory> majors(CaseKind kind) const;
    QList<Category> categories() const { return m_categories; }
    QList<Category> categories(CaseKind kind, QStringView majorCode = {}) const;
    const Category *find(CaseKind kind, QStringView code) const;
    const Category *findByKey(QStringView key) const; ///< "part:0101"
    /// Case-insensitive match on code, zh or en name (a substring).
    QList<Category> search(QStringView text) const;

private:
    QList<MajorCategory> m_majors;
    QList<Category> m_categories;
    QHash<QString, int> m_byKey;
};

} // namespace Cc::Core
