// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX through libxlsxwriter: one sheet per table, numbers as numbers, each chart as a
// native spreadsheet chart over a sheet of its data.
#include "reportstr.h"

#include <cc/reports/writers.h>

#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <xlsxwriter.h>

#include <cmath>

namespace Cc::Reports {

namespace {

/// Excel's sheet names: at most 31 characters, none of []:*?/\, unique (case-insensitive).
QString sheetName(QString wanted, QSet<QString> &taken)
{
    wanted.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral(" "));
    wanted = wanted.trimmed().left(28);
    if (wanted.isEmpty())
        wanted = QStringLiteral("Sheet");
    QString name = wanted;
    for (int n = 2; taken.contains(name.toLower()); ++n)
        name = wanted + QString::number(n);
    taken.insert(name.toLower());
    return name;
}

/// Column width in Excel's character units: a Chinese character takes two.
double textWidth(const QString &s)
{
    double w = 0;
    for (QChar c : s)
        w += c.unicode() >= 0x2e80 ? 2.1 : 1.1;
    return w;
}

struct Workbook
{
    lxw_workbook *book = nullptr;
    lxw_format *title = nullptr;
    lxw_format *header = nullptr;
    lxw_format *good = nullptr;
    lxw_format *bad = nullptr;
    QSet<QString> taken;

    lxw_format *numberFormat(int decimals, RowTone tone)
    {
        const QString key = QStringLiteral("%1/%2").arg(decimals).arg(int(tone));
        if (auto it = numbers.find(key); it != numbers.end())
            return *it;
        lxw_format *f = workbook_add_format(book);
        format_set_num_format(f,
                              decimals == 0
                                  ? "0"
                                  : QByteArray("0.").append(QByteArray(decimals, '0')).constData());
        tint(f, tone);
        numbers.insert(key, f);
        return f;
    }

    static void tint(lxw_format *f, RowTone tone)
    {
        if (tone != RowTone::Plain)
            format_set_bg_color(f, tone == RowTone::Good ? 0xFDECEC : 0xEEEEEE);
    }

    QHash<QString, lxw_format *> numbers;
};

void writeTable(Workbook &wb, const Table &table, const QString &fallbackName)
{
    const QByteArray name = sheetName(table.title.isEmpty() ? fallbackName : table.title, wb.taken)
                                .toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(wb.book, name.constData());
    worksheet_write_string(sheet, 0, 0,
                           (table.title.isEmpty() ? fallbackName : table.title)
                               .toUtf8()
                               .constData(),
                           wb.title);
    QList<double> widths;
    for (qsizetype c = 0; c < table.columns.size(); ++c) {
        worksheet_write_string(sheet, 1, lxw_col_t(c), table.columns[c].toUtf8().constData(),
                               wb.header);
        widths << textWidth(table.columns[c]);
    }
    if (table.rows.isEmpty())
        worksheet_write_string(sheet, 2, 0, table.emptyText.toUtf8().constData(), nullptr);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const RowTone tone = table.tone(r);
        lxw_format *textFormat = tone == RowTone::Good  ? wb.good
                                 : tone == RowTone::Bad ? wb.bad
                                                        : nullptr;
        for (qsizetype c = 0; c < table.rows[r].size() && c < table.columns.size(); ++c) {
            const Cell &cell = table.rows[r][c];
            const auto row = lxw_row_t(r + 2);
            if (cell.number && std::isfinite(*cell.number))
                worksheet_write_number(sheet, row, lxw_col_t(c), *cell.number,
                                       wb.numberFormat(cell.decimals, tone));
            else
                worksheet_write_string(sheet, row, lxw_col_t(c), cell.text.toUtf8().constData(),
                                       textFormat);
            widths[c] = std::max(widths[c], textWidth(cell.text));
        }
    }
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(60.0, widths[c] + 2),
                             nullptr);
    worksheet_freeze_panes(sheet, 2, 0);
}

void writeChart(Workbook &wb, const Chart &chart, const QString &fallbackName)
{
    const QString title = chart.title.isEmpty() ? fallbackName : chart.title;
    const QByteArray name = sheetName(title, wb.taken).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(wb.book, name.constData());
    worksheet_write_string(sheet, 0, 0, "", wb.header);
    for (qsizetype s = 0; s < chart.series.size(); ++s)
        worksheet_write_string(sheet, 0, lxw_col_t(s + 1),
                               chart.series[s].name.toUtf8().constData(), wb.header);
    for (qsizetype i = 0; i < chart.labels.size(); ++i) {
        worksheet_write_string(sheet, lxw_row_t(i + 1), 0, chart.labels[i].toUtf8().constData(),
                               nullptr);
        for (qsizetype s = 0; s < chart.series.size(); ++s) {
            if (i < chart.series[s].values.size() && std::isfinite(chart.series[s].values[i]))
                worksheet_write_number(sheet, lxw_row_t(i + 1), lxw_col_t(s + 1),
                                       chart.series[s].values[i], nullptr);
        }
    }
    worksheet_set_column(sheet, 0, 0, 24, nullptr);
    if (chart.labels.isEmpty())
        return;
    lxw_chart *c = workbook_add_chart(wb.book, chart.type == ChartType::Bar ? LXW_CHART_COLUMN
                                                                            : LXW_CHART_LINE);
    const auto last = lxw_row_t(chart.labels.size());
    for (qsizetype s = 0; s < chart.series.size(); ++s) {
        lxw_chart_series *series = chart_add_series(c, nullptr, nullptr);
        chart_series_set_categories(series, name.constData(), 1, 0, last, 0);
        chart_series_set_values(series, name.constData(), 1, lxw_col_t(s + 1), last,
                                lxw_col_t(s + 1));
        chart_series_set_name_range(series, name.constData(), 0, lxw_col_t(s + 1));
    }
    chart_title_set_name(c, title.toUtf8().constData());
    lxw_chart_options options{};
    options.x_scale = 1.6;
    options.y_scale = 1.4;
    worksheet_insert_chart_opt(sheet, 1, lxw_col_t(chart.series.size() + 2), c, &options);
}

void writeCover(Workbook &wb, const Document &document)
{
    lxw_worksheet *sheet
        = workbook_add_worksheet(wb.book,
                                 sheetName(Tr::tr("Bulletin"), wb.taken).toUtf8().constData());
    const TitleBlock &t = document.title;
    lxw_row_t row = 0;
    worksheet_write_string(sheet, row++, 0, t.title.toUtf8().constData(), wb.title);
    for (const QString &line : {t.issue, t.issuer, t.period, t.date})
        worksheet_write_string(sheet, row++, 0, line.toUtf8().constData(), nullptr);
    ++row;
    for (const Section &s : document.sections) {
        if (!s.heading.isEmpty())
            worksheet_write_string(sheet, row++, 0, s.heading.toUtf8().constData(), wb.header);
        if (!s.text.isEmpty())
            worksheet_write_string(sheet, row++, 0, s.text.toUtf8().constData(), nullptr);
    }
    worksheet_set_column(sheet, 0, 0, 100, nullptr);
}

} // namespace

Result<void> writeXlsx(const Document &document, const QString &path)
{
    Workbook wb;
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    wb.book = workbook_new_opt(file.constData(), &options);
    if (!wb.book)
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”.").arg(path));
    wb.title = workbook_add_format(wb.book);
    format_set_bold(wb.title);
    format_set_font_size(wb.title, 14);
    wb.header = workbook_add_format(wb.book);
    format_set_bold(wb.header);
    format_set_bg_color(wb.header, 0xE8ECF2);
    format_set_border(wb.header, LXW_BORDER_THIN);
    wb.good = workbook_add_format(wb.book);
    Workbook::tint(wb.good, RowTone::Good);
    wb.bad = workbook_add_format(wb.book);
    Workbook::tint(wb.bad, RowTone::Bad);

    writeCover(wb, document);
    for (const Section &section : document.sections) {
        if (section.table)
            writeTable(wb, *section.table, section.heading);
        if (section.chart)
            writeChart(wb, *section.chart, section.heading);
    }
    const lxw_error error = workbook_close(wb.book);
    if (error != LXW_NO_ERROR)
        return makeError(QStringLiteral("report.write-failed"),
                         Tr::tr("Cannot write “%1”: %2.")
                             .arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

} // namespace Cc::Reports
