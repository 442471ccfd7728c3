// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Cc::Cases {

/// One CSV field (RFC 4180: quoted when it holds a quote, comma or line break, quotes
/// doubled). Text that a spreadsheet would run as a formula (starting with = + - @, a tab or
/// a carriage return, e.g. a description typed as "=HYPERLINK(…)") gets a leading
/// apostrophe so it opens as text; plain numbers such as "-2.5" stay numbers.
QString csvField(const QString &value);

} // namespace Cc::Cases
