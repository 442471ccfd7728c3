// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <random>

namespace Cc::Demo {

/// Names for the demo county (汤阴县, GB/T 2260 code 410523), its streets, communities,
/// departments and people (the roads' names: streetnetwork.cpp). Invented but plausible;
/// none refers to a real person.
inline constexpr char kCountyCode[] = "410523";
inline constexpr char kCountyName[] = "汤阴县";

struct DepartmentSpec
{
    const char *code;
    const char *nameZh;
    const char *nameEn;
    const char *type; ///< Category::departmentType it disposes
    int level;
};

QStringList streetNames();    ///< 4 街道
QStringList communityNames(); ///< enough for every community
/// 29 departments; the four street offices ("street-office") are bound to their street.
QList<DepartmentSpec> departmentSpecs();
QString personName(std::mt19937_64 &random);

} // namespace Cc::Demo
