// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Cc::Reports {

/// A printed report (通报 and the like) as data: a title block and sections, each with an
/// optional paragraph, table and chart. The writers (writers.h) turn one Document into PDF,
/// ODT or XLSX, so the three files always say the same thing. No database, no widgets: what
/// goes in is already counted and formatted by the caller (modules/bulletin).

/// One table cell: the text as printed, and the number behind it where there is one, so
/// that a spreadsheet gets a number it can sum rather than text.
struct Cell
{
    QString text;
    std::optional<double> number;
    /// Decimals of the number in a spreadsheet (0 for counts, 2 for percentages).
    int decimals = 0;

    static Cell of(const QString &text) { return {text, std::nullopt, 0}; }
    static Cell count(qint64 value);
    /// A percentage given as 0–100, printed "98.73%"; nullopt prints "—" (nothing due).
    static Cell percent(std::optional<double> value);
    /// A change in percentage points or percent, printed with its sign: "+1.20%", "−3".
    static Cell change(std::optional<double> value, const QString &suffix, int decimals);
};

/// How a row is marked in print: 红榜 rows in red-ish, 黑榜 rows in grey, else plain.
enum class RowTone { Plain, Good, Bad };

struct Table
{
    QString title; ///< printed above the table; also the spreadsheet's sheet name
    QStringList columns;
    QList<QList<Cell>> rows;
    QList<RowTone> tones; ///< per row; missing entries are Plain
    /// Relative column widths (any unit); empty = equal.
    QList<int> widths;
    QString emptyText; ///< printed instead of an empty table, e.g. "本期无超期案件"

    RowTone tone(qsizetype row) const { return row < tones.size() ? tones[row] : RowTone::Plain; }
};

enum class ChartType { Bar, Line };

struct Series
{
    QString name;
    QList<double> values; ///< one per label; NaN leaves a gap
};

struct Chart
{
    QString title;
    ChartType type = ChartType::Bar;
    QStringList labels; ///< the x axis
    QList<Series> series;
    QString unit; ///< of the y axis, e.g. "件"
};

struct Section
{
    QString heading;
    QString text; ///< a paragraph before the table/chart; may be empty
    std::optional<Table> table;
    std::optional<Chart> chart;
};

/// The block on top of the first page.
struct TitleBlock
{
    QString title;  ///< e.g. "数字城管工作月度通报"
    QString issue;  ///< e.g. "2026年第11期"
    QString issuer; ///< e.g. "某市数字化城市管理监督指挥中心"
    QString period; ///< e.g. "2026年11月1日—11月30日"
    QString date;   ///< the day it is issued, e.g. "2026年12月1日"
    QString cityName;
};

struct Document
{
    TitleBlock title;
    QList<Section> sections;
    /// The font family the PDF/ODT are set in (must cover Chinese).
    QString fontFamily = QStringLiteral("Noto Sans CJK SC");
};

} // namespace Cc::Reports
