// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QString>

namespace Cc::Core {

/// GB/T 30428.1 unit-grid code, 14 digits: 6 county (GB/T 2260) + 3 street + 3 community +
/// 2 sequence. A community-level cell has sequence "00".
struct UnitGridCode
{
    QString county;    ///< 6 digits
    QString street;    ///< 3 digits
    QString community; ///< 3 digits
    QString sequence;  ///< 2 digits

    /// Refuses with a clear message: wrong length, non-digits, zero county/street/community.
    static Result<UnitGridCode> parse(QStringView text);
    QString toString() const;
    QString streetCode() const { return county + street; }                ///< 9 digits
    QString communityCode() const { return county + street + community; } ///< 12 digits
    bool isCommunityLevel() const { return sequence == QLatin1String("00"); }
    friend bool operator==(const UnitGridCode &, const UnitGridCode &) = default;
};

/// GB/T 30428.2 component id, 16 digits: 6 admin + 2 大类 + 2 小类 + 6 sequence,
/// e.g. 3205080101000001 = 姑苏区 / 公用设施 / 上水井盖 / #1.
struct ComponentId
{
    QString admin;    ///< 6 digits
    QString major;    ///< 2 digits, 大类 01–06 or 21
    QString minor;    ///< 2 digits
    QString sequence; ///< 6 digits

    static Result<ComponentId> parse(QStringView text);
    QString toString() const;
    QString categoryCode() const { return major + minor; } ///< 4-digit 小类 code
    friend bool operator==(const ComponentId &, const ComponentId &) = default;
};

} // namespace Cc::Core
