// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Cc::Reports {

/// Repairs the text layer of a PDF written by Qt 6.4 in a CJK font. Noto Sans CJK draws a
/// Kangxi radical (⼯ U+2F2F) and its ideograph (工 U+5DE5) with one glyph, and Qt's ToUnicode
/// map names the lowest code point for a glyph: copied or searched text would read "⼯作⽉度"
/// and pdftotext would not find "工作". Each radical in a ToUnicode map becomes its ideograph;
/// code points are four hex digits either way, so the file's length and offsets stay.
/// Returns how many entries were changed.
int fixRadicalsInToUnicode(QByteArray &pdf);

} // namespace Cc::Reports
