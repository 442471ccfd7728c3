// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A rule's template filled with one case's fields ({number}, {category} …).

#include <QHash>
#include <QString>

namespace Cc::Notify {

using MessageFields = QHash<QString, QString>;

/// Replaces every {field} by its value; an unknown field stays as written (validate() keeps
/// them out of stored rules). Values are inserted as they are: no field is re-expanded.
QString fillTemplate(const QString &templateText, const MessageFields &fields);

/// A stable message id: the same cause, rule and recipient always give the same id, so a
/// message queued twice is one message (UNIQUE) and a receiver can drop what it has seen.
QString messageId(const QString &cause, const QString &rule, const QString &recipient);

} // namespace Cc::Notify
