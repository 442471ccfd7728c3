// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/intakedraftstore.h>

#include <cc/core/category.h>
#include <cc/storage/repositories.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Cc::CasesWidgets {

QString IntakeDraftStore::key(const QString &login)
{
    return QStringLiteral("intake.draft.") + login;
}

QByteArray IntakeDraftStore::toJson(const Cases::NewReport &draft)
{
    QJsonObject o;
    o.insert(QStringLiteral("channel"), draft.channel);
    o.insert(QStringLiteral("category"), draft.categoryKey);
    o.insert(QStringLiteral("level"), Core::levelId(draft.level));
    o.insert(QStringLiteral("description"), draft.description);
    o.insert(QStringLiteral("address"), draft.address);
    o.insert(QStringLiteral("reporter"), draft.reporter);
    if (draft.location) {
        o.insert(QStringLiteral("lon"), draft.location->x());
        o.insert(QStringLiteral("lat"), draft.location->y());
    }
    QJsonArray photos;
    for (const Cases::NewAttachment &a : draft.attachments) {
        photos.append(
            QJsonObject{{QStringLiteral("name"), a.fileName},
                        {QStringLiteral("data"), QString::fromLatin1(a.data.toBase64())}});
    }
    o.insert(QStringLiteral("photos"), photos);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<Cases::NewReport> IntakeDraftStore::fromJson(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    Cases::NewReport r;
    r.channel = o.value(QStringLiteral("channel")).toString();
    r.categoryKey = o.value(QStringLiteral("category")).toString();
    const Core::CaseLevel level = Core::levelFromId(o.value(QStringLiteral("level")).toString());
    r.level = level == Core::CaseLevel::Invalid ? Core::CaseLevel::Normal : level;
    r.description = o.value(QStringLiteral("description")).toString();
    r.address = o.value(QStringLiteral("address")).toString();
    r.reporter = o.value(QStringLiteral("reporter")).toString();
    if (o.contains(QStringLiteral("lon")) && o.contains(QStringLiteral("lat")))
        r.location = QPointF(o.value(QStringLiteral("lon")).toDouble(),
                             o.value(QStringLiteral("lat")).toDouble());
    for (const QJsonValue &v : o.value(QStringLiteral("photos")).toArray()) {
        const QJsonObject p = v.toObject();
        r.attachments.append(
            {QString(), p.value(QStringLiteral("name")).toString(),
             QByteArray::fromBase64(p.value(QStringLiteral("data")).toString().toLatin1())});
    }
    return r;
}

Result<void> IntakeDraftStore::save(const QString &login, const Cases::NewReport &draft)
{
    return Storage::SettingRepository(m_db).set(key(login), QString::fromUtf8(toJson(draft)));
}

Result<std::optional<Cases::NewReport>> IntakeDraftStore::load(const QString &login)
{
    auto stored = Storage::SettingRepository(m_db).get(key(login));
    if (!stored)
        return stored.error();
    if (!stored.value() || stored.value()->isEmpty())
        return std::optional<Cases::NewReport>();
    return fromJson(stored.value()->toUtf8());
}

Result<void> IntakeDraftStore::clear(const QString &login)
{
    // An empty value is "no draft": the settings table has no delete.
    return Storage::SettingRepository(m_db).set(key(login), QString());
}

} // namespace Cc::CasesWidgets
