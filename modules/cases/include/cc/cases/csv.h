// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

namespace Cc::Cases {

/// One CSV field (RFC 4180: quoted when it holds a quote, comma or line break, quotes
/// doubled). Text that a spreadsheet would run as a formula (starting with = + - @, a tab or
/// a carriage return, e.g. a description typed as "=HYPERLINK(…)") gets a leading
/// apostrophe so it opens as text; plain numbers such as "-2.5" stay numbers.
QString csvField(const QString &value);

/// One CSV record: the fields as csvField() writes them, comma-separated, CRLF-terminated
/// (RFC 4180's line break).
QString csvRecord(const QStringList &fields);

/// The one way the app writes CSV files (case lists, evaluations): UTF-8 with a BOM before
/// the first record (Excel assumes the ANSI code page without it), records as csvRecord().
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &out) : m_out(out) {}

    bool writeRecord(const QStringList &fields) { return writeRecords(csvRecord(fields)); }
    /// Records already made with csvRecord() (one write for a page of rows).
    bool writeRecords(const QString &records);
    /// The device's error after a failed write.
    QString errorString() const;

private:
    QIODevice &m_out;
    bool m_started = false;
};

} // namespace Cc::Cases
