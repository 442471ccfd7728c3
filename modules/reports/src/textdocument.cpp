// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdocument.h"

#include <cc/reports/writers.h>

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QTextCursor>
#include <QTextObjectInterface>
#include <QTextTable>
#include <QUrl>

#include <cmath>

namespace Cc::Reports {

double pageMargin(double dpi)
{
    return 20.0 / 25.4 * dpi;
}

namespace {

constexpr int kChartObject = QTextFormat::UserObject + 1;
constexpr int kChartIndex = QTextFormat::UserProperty + 1;

/// Draws the charts of one document where the layout placed them, at the page's resolution.
class ChartHandler
    : public QObject
    , public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartHandler(QList<Chart> charts, QString fontFamily, QObject *parent)
        : QObject(parent)
        , m_charts(std::move(charts))
        , m_fontFamily(std::move(fontFamily))
    {}

    QSizeF intrinsicSize(QTextDocument *doc, int, const QTextFormat &) override
    {
        const QTextFrameFormat root = doc->rootFrame()->frameFormat();
        const double width = doc->pageSize().width() - root.leftMargin() - root.rightMargin() - 4;
        return {width, width * 0.48};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const int index = format.intProperty(kChartIndex);
        if (index >= 0 && index < m_charts.size())
            paintChart(*painter, rect, m_charts[index], m_fontFamily);
    }

private:
    QList<Chart> m_charts;
    QString m_fontFamily;
};

struct Builder
{
    QTextDocument &doc;
    QTextCursor cursor;
    QString family;
    ChartMode mode;
    double dpi;
    QList<Chart> charts;

    QTextCharFormat text(double points, bool bold = false, QColor color = Qt::black) const
    {
        QTextCharFormat f;
        f.setFontFamilies({family});
        // Qt 6.4's ODF writer reads the family from the older property only.
        f.setProperty(QTextFormat::FontFamily, family);
        f.setFontStyleStrategy(kTextStrategy);
        f.setFontPointSize(points);
        f.setFontWeight(bold ? QFont::Bold : QFont::Normal);
        f.setForeground(color);
        return f;
    }

    void paragraph(const QString &s, const QTextCharFormat &format,
                   Qt::Alignment align = Qt::AlignLeft, double before = 0, double after = 4,
                   bool indent = false)
    {
        QTextBlockFormat block;
        block.setAlignment(align);
        block.setTopMargin(before);
        block.setBottomMargin(after);
        // Chinese body text: a two-character first-line indent and airy lines.
        if (indent)
            block.setTextIndent(2 * format.fontPointSize() * dpi / 72.0);
        block.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
        cursor.insertBlock(block, format);
        cursor.insertText(s, format);
    }

    void titleBlock(const TitleBlock &t)
    {
        const QColor red(0xc0, 0x10, 0x10);
        // The first block exists already: use it for the title.
        QTextBlockFormat first;
        first.setAlignment(Qt::AlignHCenter);
        first.setBottomMargin(6);
        cursor.setBlockFormat(first);
        cursor.insertText(t.title, text(22, true, red));
        paragraph(t.issue, text(12), Qt::AlignHCenter, 2, 8);
        paragraph(t.issuer + QStringLiteral("　　　　") + t.date, text(11), Qt::AlignHCenter, 0, 2);
        QTextBlockFormat rule;
        rule.setProperty(QTextFormat::BlockTrailingHorizontalRulerWidth,
                         QTextLength(QTextLength::PercentageLength, 100));
        rule.setBackground(red);
        cursor.insertBlock(rule);
        // A document of no period (a 督办单) prints no period line.
        if (!t.period.isEmpty())
            paragraph(QStringLiteral("统计期间：") + t.period, text(11), Qt::AlignLeft, 6, 6);
    }

    void table(const Table &t)
    {
        if (!t.title.isEmpty())
            paragraph(t.title, text(11, true), Qt::AlignHCenter, 6, 3);
        if (t.rows.isEmpty()) {
            paragraph(t.emptyText, text(10.5), Qt::AlignLeft, 0, 6);
            return;
        }
        QTextTableFormat format;
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorder(0.5);
        format.setBorderBrush(QColor(0x80, 0x80, 0x80));
        format.setBorderCollapse(true);
        format.setCellPadding(3);
        format.setCellSpacing(0);
        format.setHeaderRowCount(1); // repeated on each page the table runs onto
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        QList<QTextLength> widths;
        int total = 0;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            total += c < t.widths.size() ? t.widths[c] : 1;
        for (qsizetype c = 0; c < t.columns.size(); ++c)
            widths << QTextLength(QTextLength::PercentageLength,
                                  100.0 * (c < t.widths.size() ? t.widths[c] : 1) / total);
        format.setColumnWidthConstraints(widths);
        QTextTable *table = cursor.insertTable(int(t.rows.size() + 1), int(t.columns.size()),
                                               format);
        for (int c = 0; c < t.columns.size(); ++c)
            fillCell(table->cellAt(0, c), t.columns[c], text(9.5, true), QColor(0xe8, 0xec, 0xf2),
                     Qt::AlignHCenter);
        // A column with numbers is right-aligned throughout, "—" included.
        QList<bool> numeric(t.columns.size(), false);
        for (const QList<Cell> &row : t.rows) {
            for (qsizetype c = 0; c < row.size() && c < numeric.size(); ++c)
                numeric[c] = numeric[c] || row[c].number.has_value();
        }
        for (int r = 0; r < t.rows.size(); ++r) {
            const RowTone tone = t.tone(r);
            const QColor background = tone == RowTone::Good  ? QColor(0xfd, 0xec, 0xec)
                                      : tone == RowTone::Bad ? QColor(0xee, 0xee, 0xee)
                                                             : QColor(Qt::white);
            for (int c = 0; c < t.columns.size() && c < t.rows[r].size(); ++c) {
                const Cell &cell = t.rows[r][c];
                fillCell(table->cellAt(r + 1, c), cell.text, text(9.5), background,
                         numeric[c] ? Qt::AlignRight : Qt::AlignLeft);
            }
        }
        cursor.movePosition(QTextCursor::End);
    }

    void fillCell(QTextTableCell cell, const QString &s, const QTextCharFormat &format,
                  const QColor &background, Qt::Alignment align)
    {
        QTextCharFormat cf = cell.format();
        cf.setBackground(background);
        cell.setFormat(cf);
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat block;
        block.setAlignment(align);
        c.setBlockFormat(block);
        c.insertText(s, format);
    }

    void chart(const Chart &chart)
    {
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignHCenter);
        block.setTopMargin(6);
        block.setBottomMargin(6);
        cursor.insertBlock(block);
        if (mode == ChartMode::Drawn) {
            QTextCharFormat object;
            object.setObjectType(kChartObject);
            object.setProperty(kChartIndex, int(charts.size()));
            charts << chart;
            cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
            return;
        }
        // 1600 × 768 pixels, shown 16 cm wide: sharp enough on paper.
        QImage image(1600, 768, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        paintChart(painter, QRectF(0, 0, image.width(), image.height()), chart, family);
        painter.end();
        const QUrl name(QStringLiteral("chart%1.png").arg(imageCount++));
        doc.addResource(QTextDocument::ImageResource, name, image);
        QTextImageFormat format;
        format.setName(name.toString());
        format.setWidth(600);
        format.setHeight(288);
        cursor.insertImage(format);
    }

    int imageCount = 0;
};

} // namespace

/// A 1 × 1 image at kLayoutDpi: fonts and sizes come out the same on any screen (or none).
class LayoutDevice : public QObject
{
public:
    explicit LayoutDevice(QObject *parent) : QObject(parent), image(1, 1, QImage::Format_RGB32)
    {
        image.setDotsPerMeterX(int(std::lround(kLayoutDpi / 0.0254)));
        image.setDotsPerMeterY(int(std::lround(kLayoutDpi / 0.0254)));
    }
    QImage image;
};

std::unique_ptr<QTextDocument> buildTextDocument(const Document &document, ChartMode mode)
{
    auto doc = std::make_unique<QTextDocument>();
    QFont font(document.fontFamily);
    font.setPointSizeF(10.5); // 五号, the size of official documents' body text
    font.setStyleStrategy(kTextStrategy);
    doc->setDefaultFont(font);
    const double dpi = kLayoutDpi;

    Builder b{*doc, QTextCursor(doc.get()), document.fontFamily, mode, dpi, {}};
    b.cursor.beginEditBlock();
    b.titleBlock(document.title);
    for (const Section &section : document.sections) {
        if (!section.heading.isEmpty())
            b.paragraph(section.heading, b.text(14, true), Qt::AlignLeft, 10, 4);
        if (!section.text.isEmpty())
            b.paragraph(section.text, b.text(10.5), Qt::AlignJustify, 0, 4, true);
        if (section.table)
            b.table(*section.table);
        if (section.chart)
            b.chart(*section.chart);
    }
    b.cursor.endEditBlock();
    // Pages and the device only now: laid out once, not again after every inserted cell
    // (which made a long table quadratic).
    if (mode == ChartMode::Drawn) {
        auto *handler = new ChartHandler(b.charts, document.fontFamily, doc.get());
        doc->documentLayout()->registerHandler(kChartObject, handler);
    }
    doc->documentLayout()->setPaintDevice(&(new LayoutDevice(doc.get()))->image);
    const QSizeF a4 = QPageSize(QPageSize::A4).size(QPageSize::Inch) * dpi;
    doc->setPageSize(a4);
    QTextFrameFormat root = doc->rootFrame()->frameFormat();
    root.setMargin(pageMargin(dpi));
    root.setBottomMargin(pageMargin(dpi) * 1.25); // room for the page number
    doc->rootFrame()->setFrameFormat(root);

    return doc;
}

} // namespace Cc::Reports

#include "textdocument.moc"
