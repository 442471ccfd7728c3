// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>
#include <functional>

class QMainWindow;

namespace Cc::City {
class CityContext;
}

namespace Cc::App {

/// A yellow bar over the window while the work calendar lacks this year's holidays, or from
/// 1 November next year's (Cases::missingCalendarYear): deadlines reaching into that year are
/// computed without its holidays. An administrator (`adminLogin` not empty) imports the year
/// from the bar (the file from `chooseFile`, by default a file dialog); the service checks the
/// role again. Nothing is shown when nothing is missing.
void addCalendarBanner(QMainWindow *window, City::CityContext &city, const QString &adminLogin,
                       const QDate &today, std::function<QString()> chooseFile = {});

} // namespace Cc::App
