// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"
#include "reportstr.h"
#include "textdocument.h"

#include <cc/reports/writers.h>

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFontDatabase>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocumentWriter>

namespace Cc::Reports {

Result<void> checkFont(const QString &family)
{
    if (!QFontDatabase::families().contains(family))
        return makeError(QStringLiteral("report.no-font"),
                         Tr::tr("The font “%1” is not installed; Chinese text would not print.")
                             .arg(family));
    return {};
}

namespace {

/// See pdftext.h: the written file's ToUnicode maps name ideographs, not radicals.
Result<void> repairTextLayer(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”.").arg(path));
    QByteArray pdf = file.readAll();
    if (fixRadicalsInToUnicode(pdf) > 0 && (!file.seek(0) || file.write(pdf) != pdf.size()))
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”.").arg(path));
    return {};
}

} // namespace

Result<void> writePdf(const Document &document, const QString &path)
{
    if (auto font = checkFont(document.fontFamily); !font)
        return font;
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    writer.setTitle(document.title.title + QLatin1Char(' ') + document.title.issue);
    writer.setCreator(QStringLiteral("CityCommand"));
    // Qt's PDF engine embeds the glyphs it uses from each font (a subset), so the file shows
    // the same Chinese on a machine without the font.
    auto doc = buildTextDocument(document, ChartMode::Drawn);
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”.").arg(path));
    const QSizeF page = doc->pageSize();
    const int pages = doc->pageCount();
    QFont footer(document.fontFamily);
    footer.setPixelSize(int(9 * kLayoutDpi / 72)); // 9 pt in the layout's units
    footer.setStyleStrategy(kTextStrategy);
    // The document is laid out at kLayoutDpi; the writer draws at its own resolution.
    painter.scale(writer.logicalDpiX() / kLayoutDpi, writer.logicalDpiY() / kLayoutDpi);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -page.height() * i);
        const QRectF view(0, page.height() * i, page.width(), page.height());
        painter.setClipRect(view);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = view;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc->documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footer);
        painter.setPen(Qt::black);
        const double margin = pageMargin(kLayoutDpi);
        painter.drawText(QRectF(0, page.height() - margin, page.width(), margin * 0.6),
                         Qt::AlignCenter, Tr::tr("— %1 / %2 —").arg(i + 1).arg(pages));
    }
    if (!painter.end())
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”.").arg(path));
    return repairTextLayer(path);
}

Result<void> writeOdt(const Document &document, const QString &path)
{
    if (auto font = checkFont(document.fontFamily); !font)
        return font;
    auto doc = buildTextDocument(document, ChartMode::Image);
    QTextDocumentWriter writer(path, QByteArrayLiteral("odf"));
    if (!writer.write(doc.get()))
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”.").arg(path));
    return {};
}

Format formatFromId(QStringView id)
{
    for (Format f : {Format::Pdf, Format::Odt, Format::Xlsx}) {
        if (id == formatId(f))
            return f;
    }
    return Format::Invalid;
}

QString formatId(Format format)
{
    switch (format) {
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Invalid:
        break;
    }
    return {};
}

Result<void> write(const Document &document, Format format, const QString &path)
{
    switch (format) {
    case Format::Pdf:
        return writePdf(document, path);
    case Format::Odt:
        return writeOdt(document, path);
    case Format::Xlsx:
        return writeXlsx(document, path);
    case Format::Invalid:
        break;
    }
    return makeError(QStringLiteral("report.bad-format"),
                     Tr::tr("The format is pdf, odt or xlsx."));
}

} // namespace Cc::Reports
