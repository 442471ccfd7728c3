// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUuid>

namespace Cc::Core {

/// UUIDv7 (RFC 9562 §5.7): 48-bit Unix milliseconds, version/variant bits, then random bits.
/// Ids made in one process are strictly increasing, also within one millisecond, so rows
/// sort by creation time and B-tree inserts stay at the end of the index.
QUuid makeUuidV7();
QUuid makeUuidV7(qint64 unixMs); ///< for deterministic generators and tests

/// The millisecond timestamp a UUIDv7 carries; -1 for another version.
qint64 uuidV7UnixMs(const QUuid &id);

/// Lower-case 36-character form without braces, as stored in the database.
QString uuidText(const QUuid &id);

} // namespace Cc::Core
