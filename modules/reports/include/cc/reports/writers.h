// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>
#include <cc/reports/document.h>

#include <QPainter>
#include <QStringView>

namespace Cc::Reports {

enum class Format { Invalid = 0, Pdf, Odt, Xlsx };

Format formatFromId(QStringView id); ///< "pdf", "odt", "xlsx"
QString formatId(Format format);

/// A4 PDF through Qt's PDF writer; the document's font is embedded (as a subset).
/// Errors: "report.write-failed" (the file cannot be written), "report.no-font" (no font of
/// the document's family is installed: the Chinese would print as boxes).
Result<void> writePdf(const Document &document, const QString &path);
/// OpenDocument text through QTextDocumentWriter; charts as images.
Result<void> writeOdt(const Document &document, const QString &path);
/// One sheet per table (numbers as numbers), each chart as a native chart next to its data.
Result<void> writeXlsx(const Document &document, const QString &path);

Result<void> write(const Document &document, Format format, const QString &path);

/// Draws a chart into `area` (vector on a PDF, pixels on an image): axes, grid lines, bars or
/// lines per series, labels and a legend, in `fontFamily`.
void paintChart(QPainter &painter, const QRectF &area, const Chart &chart,
                const QString &fontFamily);

} // namespace Cc::Reports
