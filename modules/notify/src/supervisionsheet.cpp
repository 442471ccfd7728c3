// SPDX-License-Identifier: GPL-3.0-or-later
// The 督办单 set through the bulletins' writer (modules/reports): a title block and one table
// of the case's particulars, so the type, fonts and text layer are the bulletins' own.
#include <cc/notify/supervisionsheet.h>
#include <cc/reports/writers.h>

#include <QFile>
#include <QTemporaryDir>

namespace Cc::Notify {

namespace {

Reports::Document sheetDocument(const SupervisionSheet &s)
{
    Reports::Document doc;
    doc.title.title = QStringLiteral("数字城管案件督办单");
    doc.title.issue = QStringLiteral("第%1次督办").arg(s.superviseCount);
    doc.title.issuer = s.cityName.isEmpty()
                           ? QStringLiteral("数字化城市管理监督指挥中心")
                           : s.cityName + QStringLiteral("数字化城市管理监督指挥中心");
    doc.title.date = s.issuedAt;
    doc.title.cityName = s.cityName;
    Reports::Table table;
    table.columns = {QStringLiteral("项目"), QStringLiteral("内容")};
    table.widths = {1, 4};
    const auto row = [&](const char *label, const QString &value) {
        table.rows.append({Reports::Cell::of(QString::fromUtf8(label)),
                           Reports::Cell::of(value.isEmpty() ? QStringLiteral("—") : value)});
    };
    row("案卷编号", s.caseNumber);
    row("问题类别", s.category);
    row("紧急程度", s.level);
    row("问题地址", s.address);
    row("问题描述", s.description);
    row("责任单位", s.department);
    row("处置时限", s.deadline);
    row("督办意见", s.superviseNote);
    row("督办人", s.supervisor);
    row("督办时间", s.issuedAt);
    Reports::Section section;
    section.heading = QStringLiteral("督办事项");
    section.text = QStringLiteral("%1：请贵单位接此督办单后立即组织处置，并于处置时限前将处置结果"
                                  "反馈指挥中心。")
                       .arg(s.department.isEmpty() ? QStringLiteral("责任单位") : s.department);
    section.table = table;
    doc.sections.append(section);
    Reports::Section receipt;
    receipt.heading = QStringLiteral("签收");
    receipt.text = QStringLiteral("签收人：＿＿＿＿＿＿　　签收时间：＿＿＿＿年＿＿月＿＿日＿＿时");
    doc.sections.append(receipt);
    return doc;
}

} // namespace

Result<QByteArray> supervisionSheetPdf(const SupervisionSheet &sheet)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(QStringLiteral("report.write-failed"), dir.errorString());
    const QString path = dir.filePath(QStringLiteral("sheet.pdf"));
    if (auto r = Reports::writePdf(sheetDocument(sheet), path); !r)
        return r.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("report.write-failed"), file.errorString());
    return file.readAll();
}

} // namespace Cc::Notify
