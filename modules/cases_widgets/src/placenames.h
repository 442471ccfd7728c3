// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/database.h>
#include <cc/storage/repositories.h>

#include <QHash>
#include <QString>

namespace Cc::CasesWidgets {

/// Names of the city's communities (社区) and streets (街道) by code, read once: people know
/// "东关社区", not 410523002004. Until a gazetteer exists this is also the address a map pick
/// suggests (street and community of the grid).
class PlaceNames
{
public:
    explicit PlaceNames(Storage::Database &db)
    {
        Storage::SpatialRepository spatial(db);
        QHash<QString, QString> streets;
        if (auto rows = spatial.streets()) {
            for (const Storage::StreetRow &s : rows.value())
                streets.insert(s.code, s.name);
        }
        if (auto rows = spatial.communities()) {
            for (const Storage::CommunityRow &c : rows.value())
                m_communities.insert(c.code, {c.name, streets.value(c.streetCode)});
        }
    }

    /// The community's name, or its code when the city has no name for it.
    QString community(const QString &code) const
    {
        const QString name = m_communities.value(code).name;
        return name.isEmpty() ? code : name;
    }
    /// "<street><community>", e.g. "城关街道东关社区"; empty when the code is unknown.
    QString streetAndCommunity(const QString &code) const
    {
        const Place p = m_communities.value(code);
        return p.name.isEmpty() ? QString() : p.street + p.name;
    }

private:
    struct Place
    {
        QString name, street;
    };
    QHash<QString, Place> m_communities;
};

} // namespace Cc::CasesWidgets
