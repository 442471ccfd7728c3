// SPDX-License-Identifier: GPL-3.0-or-later
// 综合评价's exports: CSV (one writer for every CSV of the app, cc/cases/csv.h) and the PDF
// report with the chart; the view's toolbar calls them.
#include <cc/cases_widgets/evaluationview.h>

#include <cc/cases/csv.h>
#include <cc/storage/repositories.h>

#include <QBuffer>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTextDocument>

#include <algorithm>

namespace Cc::CasesWidgets {

using Cases::EvaluationRow;
using Cases::EvaluationScope;

QString EvaluationView::reportTitle() const
{
    //: 综合评价 %1 %2–%3 (scope, first day, last day)
    return tr("Evaluation: %1, %2–%3")
        .arg(scopeTitle(), from().toString(Qt::ISODate), to().toString(Qt::ISODate));
}

bool EvaluationView::ensureEvaluated()
{
    // Export what the toolbar says, not a result from before the last change.
    return (!m_dirty && m_hasRows) || evaluate();
}

QList<int> EvaluationView::exportColumns() const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QList<int> EvaluationView::exportRows() const
{
    QList<int> rows;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    return rows;
}

QString EvaluationView::suggestedFileName(const QString &suffix) const
{
    return QStringLiteral("evaluation-%1-%2-%3.%4")
        .arg(Cases::scopeId(scope()), from().toString(Qt::ISODate), to().toString(Qt::ISODate),
             suffix);
}

bool EvaluationView::exportCsv(const QString &file)
{
    if (!ensureEvaluated())
        return false;
    const QList<int> columns = exportColumns();
    // QSaveFile: a failed export leaves an existing file as it was.
    QSaveFile out(file);
    bool written = out.open(QIODevice::WriteOnly);
    Cases::CsvWriter csv(out);
    QStringList fields;
    for (int column : columns)
        fields << m_model->exportHeader(column);
    written = written && csv.writeRecord(fields);
    for (int row : exportRows()) {
        fields.clear();
        for (int column : columns)
            fields << m_model->exportText(row, column);
        written = written && csv.writeRecord(fields);
    }
    if (!written || !out.commit())
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

bool EvaluationView::exportPdf(const QString &file)
{
    if (!ensureEvaluated())
        return false;
    const QString title = reportTitle();
    QString cityName;
    if (auto city = m_city.settings().cityName(); city.ok())
        cityName = city.value();

    // The chart on its own view at a fixed size: the PDF does not depend on the window.
    const QList<EvaluationRow> rows = visibleRows();
    QChartView chartView(createChart(rows));
    chartView.setRenderHint(QPainter::Antialiasing);
    // About the page's width in layout pixels, so that the labels print at reading size.
    chartView.resize(1000, std::max(420, int(rows.size()) * 20 + 110));
    const QImage chart = chartView.grab().toImage();

    QString html;
    html += QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped());
    QStringList subtitle;
    if (!cityName.isEmpty())
        subtitle << cityName.toHtmlEscaped();
    subtitle << tr("Evaluated %1 (%2)")
                    .arg(now().toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         QString::fromUtf8(m_zone.id()))
                    .toHtmlEscaped();
    subtitle << m_summary->text().toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(subtitle.join(QStringLiteral("<br/>")));

    const QList<int> columns = exportColumns();
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\""
                           " width=\"100%\" style=\"border-collapse: collapse;"
                           " border-color: #999999;\"><thead><tr>");
    for (int column : columns) {
        html += QStringLiteral("<th bgcolor=\"#e8eef4\">%1</th>")
                    .arg(m_model->exportHeader(column).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>");
    for (int row : exportRows()) {
        html += QStringLiteral("<tr>");
        for (int column : columns) {
            const QModelIndex index = m_model->index(row, column);
            const QString text = m_model->data(index).toString().toHtmlEscaped();
            if (column == m_model->gradeColumn()) {
                const QColor background = m_model->data(index, Qt::BackgroundRole).value<QColor>();
                const QColor foreground = m_model->data(index, Qt::ForegroundRole).value<QColor>();
                html += QStringLiteral("<td align=\"center\" bgcolor=\"%1\">"
                                       "<b><font color=\"%2\">%3</font></b></td>")
                            .arg(background.name(), foreground.name(), text);
            } else {
                const bool numeric = column >= m_model->firstIndicatorColumn();
                html += QStringLiteral("<td%1>%2</td>")
                            .arg(numeric ? QStringLiteral(" align=\"right\"") : QString(), text);
            }
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    // A4 landscape less the 2 cm margins QTextDocument::print keeps is about 970 × 640
    // layout pixels; the chart gets a page of its own and is scaled to fit it.
    const QSizeF box(960, 600);
    const QSizeF size = QSizeF(chart.size()).scaled(box, Qt::KeepAspectRatio);
    html += QStringLiteral("<p style=\"page-break-before: always;\" align=\"center\">"
                           "<img src=\"cc-chart.png\" width=\"%1\" height=\"%2\"/></p>")
                .arg(qRound(size.width()))
                .arg(qRound(size.height()));

    QTextDocument document;
    QFont font;
    // Chinese names must not fall back to boxes: name the CJK family the packages install.
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                      QStringLiteral("WenQuanYi Micro Hei")});
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("cc-chart.png")), chart);
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);

    // Rendered in memory first: the PDF engine closes its device when done, which QSaveFile
    // refuses, and a half-written file must not replace a good one.
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("CityCommand"));
        document.print(&writer);
    }
    if (!pdf.startsWith("%PDF"))
        return fail(tr("Cannot create the PDF document."));
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        return fail(
            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    return true;
}

void EvaluationView::exportCsvInteractive()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                suggestedFileName(QStringLiteral("csv")),
                                                tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".csv");
    exportCsv(file);
}

void EvaluationView::exportPdfInteractive()
{
    QString file = QFileDialog::getSaveFileName(this, tr("Export PDF"),
                                                suggestedFileName(QStringLiteral("pdf")),
                                                tr("PDF files (*.pdf)"));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QStringLiteral(".pdf");
    exportPdf(file);
}

} // namespace Cc::CasesWidgets
