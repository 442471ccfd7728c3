// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/reports/document.h>

#include <QFont>
#include <QTextDocument>

#include <memory>

namespace Cc::Reports {

/// How charts go into the text document: drawn by QPainter at print time (vector, for the
/// PDF), or as images (the ODT writer exports images only).
enum class ChartMode { Drawn, Image };

/// The resolution the document is laid out at: a printer scales it to its own, as
/// QTextDocument::print does.
inline constexpr double kLayoutDpi = 96.0;

/// The Document as a rich-text document laid out on A4 pages at kLayoutDpi: title block,
/// section headings, tables with a repeated header row, charts. The charts' drawing handler
/// and the layout's paint device are children of the result.
std::unique_ptr<QTextDocument> buildTextDocument(const Document &document, ChartMode mode);

/// Glyphs straight from the font's character map, no shaping: shaped Latin text in Noto Sans
/// CJK takes glyphs (proportional digits) that no character maps to, so Qt's PDF writer finds
/// no text for them and a PDF reader could not copy or find "2026". Chinese needs no shaping.
inline constexpr QFont::StyleStrategy kTextStrategy = QFont::PreferNoShaping;

/// The A4 page margin, 20 mm, in the units of a device with `dpi`.
double pageMargin(double dpi);

} // namespace Cc::Reports
