// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/core/codes.h>

#include "coretr.h"

namespace Cc::Core {

namespace {

// ASCII digits only: QChar::isDigit() would also accept full-width and Arabic-Indic digits,
// which the databases and GIS layers keyed by these codes do not.
bool allAsciiDigits(QStringView text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool allZero(QStringView text)
{
    for (const QChar c : text) {
        if (c != QLatin1Char('0'))
            return false;
    }
    return true;
}

Error badLength(const QString &what, QStringView text, int expected)
{
    return makeError(QStringLiteral("code.bad-length"),
                     Tr::tr("The %1 \"%2\" has %3 characters; it must have exactly %4 digits.")
                         .arg(what, text)
                         .arg(text.size())
                         .arg(expected));
}

Error notDigits(const QString &what, QStringView text)
{
    return makeError(QStringLiteral("code.not-digits"),
                     Tr::tr("The %1 \"%2\" may contain only the digits 0–9.").arg(what, text));
}

Error zeroPart(const QString &what, QStringView text, const QString &part)
{
    return makeError(QStringLiteral("code.zero-part"),
                     Tr::tr("The %1 \"%2\" has an all-zero %3 part.").arg(what, text, part));
}

} // namespace

Result<UnitGridCode> UnitGridCode::parse(QStringView text)
{
    const QString what = Tr::tr("unit-grid code");
    if (text.size() != 14)
        return badLength(what, text, 14);
    if (!allAsciiDigits(text))
        return notDigits(what, text);
    UnitGridCode c{text.mid(0, 6).toString(), text.mid(6, 3).toString(), text.mid(9, 3).toString(),
                   text.mid(12, 2).toString()};
    if (allZero(c.county))
        return zeroPart(what, text, Tr::tr("county"));
    if (allZero(c.street))
        return zeroPart(what, text, Tr::tr("street"));
    if (allZero(c.community))
        return zeroPart(what, text, Tr::tr("community"));
    // sequence "00" is legal: it names the community-level cell itself.
    return c;
}

QString UnitGridCode::toString() const
{
    return county + street + community + sequence;
}

Result<ComponentId> ComponentId::parse(QStringView text)
{
    const QString what = Tr::tr("component id");
    if (text.size() != 16)
        return badLength(what, text, 16);
    if (!allAsciiDigits(text))
        return notDigits(what, text);
    ComponentId c{text.mid(0, 6).toString(), text.mid(6, 2).toString(), text.mid(8, 2).toString(),
                  text.mid(10, 6).toString()};
    if (allZero(c.admin))
        return zeroPart(what, text, Tr::tr("administrative division"));
    const int major = c.major.toInt();
    // GB/T 30428.2: 大类 01–06 are standard, 21 is the local extension class.
    if (!((major >= 1 && major <= 6) || major == 21)) {
        return makeError(QStringLiteral("code.bad-major"),
                         Tr::tr("The component id \"%1\" has the major class %2; it must be "
                                "01–06 or 21.")
                             .arg(text, c.major));
    }
    if (allZero(c.minor))
        return zeroPart(what, text, Tr::tr("minor class"));
    if (allZero(c.sequence))
        return zeroPart(what, text, Tr::tr("sequence"));
    return c;
}

QString ComponentId::toString() const
{
    return admin + major + minor + sequence;
}

} // namespace Cc::Core
