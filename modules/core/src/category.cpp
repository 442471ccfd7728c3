// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/category.h>

#include <cc/core/pinyin.h>

#include "coretr.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace Cc::Core {

QString kindId(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Component:
        return QStringLiteral("part");
    case CaseKind::Event:
        return QStringLiteral("event");
    case CaseKind::Invalid:
        break;
    }
    return {};
}

CaseKind kindFromId(QStringView id)
{
    if (id == u"part" || id == u"component" || id == u"部件")
        return CaseKind::Component;
    if (id == u"event" || id == u"事件")
        return CaseKind::Event;
    return CaseKind::Invalid;
}

QString kindName(CaseKind kind)
{
    switch (kind) {
    case CaseKind::Component:
        return Tr::tr("Component");
    case CaseKind::Event:
        return Tr::tr("Event");
    case CaseKind::Invalid:
        break;
    }
    return {};
}

QString levelId(CaseLevel level)
{
    switch (level) {
    case CaseLevel::Urgent:
        return QStringLiteral("urgent");
    case CaseLevel::Normal:
        return QStringLiteral("normal");
    case CaseLevel::Invalid:
        break;
    }
    return {};
}

CaseLevel levelFromId(QStringView id)
{
    if (id == u"urgent" || id == u"紧急")
        return CaseLevel::Urgent;
    if (id == u"normal" || id == u"一般")
        return CaseLevel::Normal;
    return CaseLevel::Invalid;
}

QString levelName(CaseLevel level)
{
    switch (level) {
    case CaseLevel::Urgent:
        return Tr::tr("Urgent");
    case CaseLevel::Normal:
        return Tr::tr("Normal");
    case CaseLevel::Invalid:
        break;
    }
    return {};
}

QString Category::key() const
{
    return kindId(kind) + QLatin1Char(':') + code;
}

namespace {

bool isDigits(QStringView text, qsizetype size)
{
    if (text.size() != size)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

Error dictError(const char *code, const QString &message)
{
    return makeError(QString::fromLatin1(code), message);
}

QString entryName(const char *array, qsizetype index, const QJsonObject &o)
{
    // "categories[12] (event:0502)": the index finds it in the file, the key in the UI.
    const QString kind = o.value(QLatin1String("kind")).toString();
    const QString code = o.value(QLatin1String("code")).toString();
    QString name = QStringLiteral("%1[%2]").arg(QLatin1String(array)).arg(index);
    if (!kind.isEmpty() || !code.isEmpty())
        name += QStringLiteral(" (%1:%2)").arg(kind, code);
    return name;
}

Result<QStringList> stringList(const QJsonObject &o, const char *field, const QString &entry)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined())
        return QStringList{};
    QStringList list;
    bool ok = v.isArray();
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isString() || item.toString().trimmed().isEmpty())
            ok = false;
        list.append(item.toString());
    }
    if (!ok) {
        return dictError("category.bad-field",
                         Tr::tr("Category dictionary: %1 has a \"%2\" that is not a list of "
                                "non-empty texts.")
                             .arg(entry, QLatin1String(field)));
    }
    return list;
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

} // namespace

const CategoryDictionary &CategoryDictionary::builtin()
{
    static const CategoryDictionary dictionary = [] {
        QFile file(QStringLiteral(":/cc/categories.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("Cc::Core: the shipped category dictionary :/cc/categories.json is missing");
        Result<CategoryDictionary> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("Cc::Core: the shipped category dictionary is broken: %s",
                   qPrintable(parsed.error().message));
        return std::move(parsed).value();
    }();
    return dictionary;
}

namespace {

/// The document's top level: a JSON object of version 1 with the two lists.
Result<QJsonObject> dictionaryRoot(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return dictError("category.bad-json",
                         Tr::tr("Category dictionary: not a JSON object (%1 at offset %2).")
                             .arg(parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : Tr::tr("wrong top-level type"))
                             .arg(parseError.offset));
    }
    const QJsonObject root = doc.object();
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1) {
        return dictError("category.bad-version",
                         Tr::tr("Category dictionary: unsupported version %1; this build reads "
                                "version 1.")
                             .arg(version.toVariant().toString()));
    }
    if (!root.value(QLatin1String("majors")).isArray()
        || !root.value(QLatin1String("categories")).isArray()) {
        return dictError("category.bad-json",
                         Tr::tr("Category dictionary: \"majors\" and \"categories\" must both "
                                "be lists."));
    }
    return root;
}

Error badKind(const QString &entry)
{
    return dictError("category.bad-kind",
                     Tr::tr("Category dictionary: %1 has no valid kind; use \"part\" "
                            "or \"event\".")
                         .arg(entry));
}

Error missingName(const QString &entry)
{
    return dictError("category.missing-name",
                     Tr::tr("Category dictionary: %1 has no Chinese name (nameZh).").arg(entry));
}

/// What a 大类 and a 小类 entry both have: a kind, a code and the two names; false when
/// the kind is not one.
template<typename Entry>
bool readIdentity(const QJsonObject &o, Entry &e)
{
    e.kind = kindFromId(o.value(QLatin1String("kind")).toString());
    e.code = o.value(QLatin1String("code")).toString();
    e.nameZh = o.value(QLatin1String("nameZh")).toString();
    e.nameEn = o.value(QLatin1String("nameEn")).toString();
    return e.kind != CaseKind::Invalid;
}

/// One 大类 entry on its own: a kind, a two-digit code other than 00, a Chinese name.
Result<MajorCategory> readMajor(const QJsonObject &o, const QString &entry)
{
    MajorCategory m;
    if (!readIdentity(o, m))
        return badKind(entry);
    if (!isDigits(m.code, 2) || m.code == QLatin1String("00")) {
        return dictError("category.bad-code",
                         Tr::tr("Category dictionary: %1 has the code \"%2\"; a major "
                                "class code is two digits, not 00.")
                             .arg(entry, m.code));
    }
    if (m.nameZh.trimmed().isEmpty())
        return missingName(entry);
    return m;
}

/// A 小类 entry's identity: its kind and a four-digit code not ending in 00.
Result<Category> readCategoryIdentity(const QJsonObject &o, const QString &entry)
{
    Category c;
    c.departmentType = o.value(QLatin1String("departmentType")).toString();
    if (!readIdentity(o, c))
        return badKind(entry);
    if (!isDigits(c.code, 4) || c.code.mid(2) == QLatin1String("00")) {
        return dictError("category.bad-code",
                         Tr::tr("Category dictionary: %1 has the code \"%2\"; a minor "
                                "class code is four digits and does not end in 00.")
                             .arg(entry, c.code));
    }
    return c;
}

/// The rest of a 小类 entry, once its place in the dictionary is known to be free: its
/// Chinese name, the two disposal limits and the filing and closing conditions.
Result<void> readCategoryRules(const QJsonObject &o, const QString &entry, Category &c)
{
    if (c.nameZh.trimmed().isEmpty())
        return missingName(entry);
    for (const char *field : {"limitUrgent", "limitNormal"}) {
        const QString text = o.value(QLatin1String(field)).toString();
        Result<TimeLimit> limit = TimeLimit::parse(text);
        if (!limit) {
            return dictError("category.bad-limit",
                             Tr::tr("Category dictionary: %1 has an invalid %2: %3")
                                 .arg(entry, QLatin1String(field), limit.error().message));
        }
        (qstrcmp(field, "limitUrgent") == 0 ? c.limitUrgent : c.limitNormal) = *limit;
    }
    Result<QStringList> filing = stringList(o, "filing", entry);
    if (!filing)
        return filing.error();
    Result<QStringList> closing = stringList(o, "closing", entry);
    if (!closing)
        return closing.error();
    c.filingConditions = filing.value();
    c.closingConditions = closing.value();
    return {};
}

QString majorKey(CaseKind kind, const QString &majorCode)
{
    return kindId(kind) + QLatin1Char(':') + majorCode;
}

/// Reads each entry of one of the two lists in order; the first refusal ends it.
template<typename Read>
Result<void> forEachEntry(const QJsonArray &array, const char *list, Read &&read)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        if (auto r = read(o, entryName(list, i, o)); !r)
            return r;
    }
    return {};
}

/// The 大类 list, each declared once.
Result<QList<MajorCategory>> readMajors(const QJsonArray &array)
{
    QList<MajorCategory> majors;
    QSet<QString> keys;
    auto read = forEachEntry(
        array, "majors", [&](const QJsonObject &o, const QString &entry) -> Result<void> {
            auto major = readMajor(o, entry);
            if (!major)
                return major.error();
            const QString key = majorKey(major->kind, major->code);
            if (keys.contains(key)) {
                return dictError("category.duplicate",
                                 Tr::tr("Category dictionary: %1 repeats the major class %2.")
                                     .arg(entry, key));
            }
            keys.insert(key);
            majors.append(*major);
            return {};
        });
    if (!read)
        return read.error();
    return majors;
}

/// The 小类 list, each under a declared 大类 of its kind and not repeated.
Result<QList<Category>> readCategories(const QJsonArray &array, const QList<MajorCategory> &majors)
{
    QSet<QString> majorKeys;
    for (const MajorCategory &m : majors)
        majorKeys.insert(majorKey(m.kind, m.code));
    QList<Category> categories;
    QSet<QString> keys;
    auto read = forEachEntry(
        array, "categories", [&](const QJsonObject &o, const QString &entry) -> Result<void> {
            auto c = readCategoryIdentity(o, entry);
            if (!c)
                return c.error();
            if (!majorKeys.contains(majorKey(c->kind, c->majorCode()))) {
                return dictError("category.unknown-major",
                                 Tr::tr("Category dictionary: %1 belongs to the major class %2, "
                                        "which is not declared for this kind.")
                                     .arg(entry, c->majorCode()));
            }
            if (keys.contains(c->key())) {
                return dictError("category.duplicate",
                                 Tr::tr("Category dictionary: %1 repeats the category %2.")
                                     .arg(entry, c->key()));
            }
            if (auto r = readCategoryRules(o, entry, *c); !r)
                return r.error();
            keys.insert(c->key());
            categories.append(*c);
            return {};
        });
    if (!read)
        return read.error();
    return categories;
}

} // namespace

// Each entry is checked on its own first, then for its place among the others; the first
// fault refuses the whole dictionary, naming the entry.
Result<CategoryDictionary> CategoryDictionary::fromJson(const QByteArray &json)
{
    auto root = dictionaryRoot(json);
    if (!root)
        return root.error();
    auto majors = readMajors(root->value(QLatin1String("majors")).toArray());
    if (!majors)
        return majors.error();
    auto categories = readCategories(root->value(QLatin1String("categories")).toArray(), *majors);
    if (!categories)
        return categories.error();
    CategoryDictionary dict;
    dict.m_majors = std::move(majors).value();
    dict.m_categories = std::move(categories).value();
    for (qsizetype i = 0; i < dict.m_categories.size(); ++i)
        dict.m_byKey.insert(dict.m_categories.at(i).key(), int(i));
    return dict;
}

QByteArray CategoryDictionary::toJson() const
{
    QJsonArray majors;
    for (const MajorCategory &m : m_majors) {
        majors.append(QJsonObject{{QLatin1String("kind"), kindId(m.kind)},
                                  {QLatin1String("code"), m.code},
                                  {QLatin1String("nameZh"), m.nameZh},
                                  {QLatin1String("nameEn"), m.nameEn}});
    }
    QJsonArray categories;
    for (const Category &c : m_categories) {
        QJsonObject o{{QLatin1String("kind"), kindId(c.kind)},
                      {QLatin1String("code"), c.code},
                      {QLatin1String("nameZh"), c.nameZh},
                      {QLatin1String("nameEn"), c.nameEn},
                      {QLatin1String("limitUrgent"), c.limitUrgent.toString()},
                      {QLatin1String("limitNormal"), c.limitNormal.toString()},
                      {QLatin1String("filing"), toArray(c.filingConditions)},
                      {QLatin1String("closing"), toArray(c.closingConditions)}};
        if (!c.departmentType.isEmpty())
            o.insert(QLatin1String("departmentType"), c.departmentType);
        categories.append(o);
    }
    const QJsonObject root{{QLatin1String("version"), 1},
                           {QLatin1String("majors"), majors},
                           {QLatin1String("categories"), categories}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<MajorCategory> CategoryDictionary::majors(CaseKind kind) const
{
    QList<MajorCategory> out;
    for (const MajorCategory &m : m_majors) {
        if (m.kind == kind)
            out.append(m);
    }
    return out;
}

QList<Category> CategoryDictionary::categories(CaseKind kind, QStringView majorCode) const
{
    QList<Category> out;
    for (const Category &c : m_categories) {
        if (c.kind == kind && (majorCode.isEmpty() || c.majorCode() == majorCode))
            out.append(c);
    }
    return out;
}

const Category *CategoryDictionary::find(CaseKind kind, QStringView code) const
{
    return findByKey(QString(kindId(kind) + QLatin1Char(':') + code.toString()));
}

const Category *CategoryDictionary::findByKey(QStringView key) const
{
    const auto it = m_byKey.constFind(key.toString());
    return it == m_byKey.cend() ? nullptr : &m_categories.at(*it);
}

QList<Category> CategoryDictionary::search(QStringView text) const
{
    // An empty filter box shows everything, as a picker expects.
    const QStringView needle = text.trimmed();
    if (needle.isEmpty())
        return m_categories;
    // Latin letters may also be pinyin of the Chinese name ("bllj" → 暴露垃圾).
    const bool latin = std::all_of(needle.begin(), needle.end(),
                                   [](QChar ch) { return ch.isLetter() && ch.unicode() < 128; });
    const Pinyin &pinyin = Pinyin::builtin();
    // Pinyin-only hits come after the literal ones: "bin" lists the bins before 结冰.
    QList<Category> out, byPinyin;
    for (const Category &c : m_categories) {
        if (c.code.contains(needle, Qt::CaseInsensitive)
            || c.nameZh.contains(needle, Qt::CaseInsensitive)
            || c.nameEn.contains(needle, Qt::CaseInsensitive)) {
            out.append(c);
        } else if (latin && pinyin.matches(c.nameZh, needle)) {
            byPinyin.append(c);
        }
    }
    return out + byPinyin;
}

} // namespace Cc::Core
