// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointF>
#include <QString>

namespace Cc::Gazetteer {

/// One reading of a typed address (docs/gazetteer.md, "How a text is read"). A text can
/// be read several ways ("人和小区" is a name, or 人 and 小区 crossing); the matcher scores
/// every reading and keeps the best.
struct ParsedAddress
{
    enum class Form { Name, HouseNumber, Intersection };
    Form form = Form::Name;
    QString name;              ///< street or place as typed
    QString secondName;        ///< the other street of an intersection (empty while still typing)
    int number = 0;            ///< house number
    bool numberMarked = false; ///< "号" was typed
    QString gate;              ///< 东/南/西/北/东北… of "东门"; 正/大 for the main gate
    QString moveDirection;     ///< of "向西180米"
    double moveM = 0;
    QString side;       ///< of "北侧"
    bool latin = false; ///< pinyin or its initials
};

/// Full-width to half-width, no white space, latin in lower case, 號 → 号.
QString normaliseAddress(const QString &text);
/// Every plausible reading of a normalised text, the most likely first.
QList<ParsedAddress> parseAddress(const QString &normalised);
/// 180, "一百八十", "一八零", "两百" → the number; -1 when it is not one.
int parseNumber(const QString &text);
/// A direction's unit vector (east, north): 东 (1, 0), 西北 (−0.71, 0.71); null if unknown.
QPointF directionVector(const QString &direction);
/// The name without its kind: 人民路 → 人民, 迎宾大道 → 迎宾, 东关一巷 → 东关一.
QString streetStem(const QString &name);

} // namespace Cc::Gazetteer
