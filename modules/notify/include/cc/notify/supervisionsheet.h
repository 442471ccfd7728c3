// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The 督办单 (supervision sheet) a 督办 produces, as a one-page PDF set like the bulletins
// (modules/reports): the case, the department, the deadline and the supervisor's words.

#include <cc/core/result.h>

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Cc::Notify {

struct SupervisionSheet
{
    QString cityName, caseNumber, category, level, address, description, department;
    QString deadline, superviseNote, supervisor, issuedAt;
    int superviseCount = 1;
};

/// The PDF's bytes. Needs a QGuiApplication (fonts): "report.no-font" else.
Result<QByteArray> supervisionSheetPdf(const SupervisionSheet &sheet);

} // namespace Cc::Notify
