// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarbanner.h"

#include <cc/cases/calendaryears.h>
#include <cc/city/citycontext.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QToolBar>

namespace Cc::App {

namespace {

/// Translation context "Tr", as in the logic modules (modules/core/src/coretr.h says why).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Tr)
};

/// Imports the notice's file; what was imported, or nothing (the refusal shown).
std::optional<QString> importYear(QMainWindow *window, City::CityContext &city,
                                  const QString &adminLogin, const QString &path)
{
    QFile file(path);
    // A year is a few hundred bytes; the service judges what the file holds.
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(window, Tr::tr("Work calendar"),
                             Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    auto years = Cases::parseCalendarYears(file.read(1024 * 1024), city.calendar());
    auto imported = years ? Cases::CalendarYears(city.database(), city.calendar())
                                .import(years.value(), adminLogin, false)
                          : Result<Core::WorkCalendar>(years.error());
    if (!imported) {
        QMessageBox::warning(window, Tr::tr("Work calendar"), imported.error().message);
        return std::nullopt;
    }
    QStringList done;
    for (const Cases::CalendarYear &y : years.value())
        done << Tr::tr("%1: %2 holidays, %3 make-up workdays")
                    .arg(y.year)
                    .arg(y.holidays.size())
                    .arg(y.workdays.size());
    return done.join(QStringLiteral("; "));
}

} // namespace

void addCalendarBanner(QMainWindow *window, City::CityContext &city, const QString &adminLogin,
                       const QDate &today, std::function<QString()> chooseFile)
{
    const std::optional<int> missing = Cases::missingCalendarYear(city.calendar(), today);
    if (!missing)
        return;
    auto *bar = new QToolBar(window);
    bar->setObjectName(QStringLiteral("calendarBanner"));
    bar->setMovable(false);
    bar->setFloatable(false);
    bar->setStyleSheet(QStringLiteral("QToolBar { background: #f9a825; border: none; }"));
    auto *label = new QLabel(Tr::tr("The work calendar has no holidays for %1 yet: deadlines "
                                    "reaching into %1 are computed without them and flagged.")
                                 .arg(*missing),
                             bar);
    label->setObjectName(QStringLiteral("calendarBannerText"));
    label->setStyleSheet(
        QStringLiteral("background: #f9a825; color: #212121; font-weight: bold; padding: 4px;"));
    label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(label);
    if (!adminLogin.isEmpty()) {
        auto *button = new QPushButton(Tr::tr("Import the year…"), bar);
        button->setObjectName(QStringLiteral("calendarImport"));
        if (!chooseFile)
            chooseFile = [window] {
                return QFileDialog::getOpenFileName(window, Tr::tr("Import a year of holidays"),
                                                    QString(), Tr::tr("Calendar (*.json)"));
            };
        QObject::connect(button, &QPushButton::clicked, bar, [=, &city] {
            const QString path = chooseFile();
            if (path.isEmpty())
                return;
            if (auto done = importYear(window, city, adminLogin, path)) {
                // Said in the bar itself: nothing to click away.
                bar->setStyleSheet(
                    QStringLiteral("QToolBar { background: #2e7d32; border: none; }"));
                label->setStyleSheet(QStringLiteral(
                    "background: #2e7d32; color: white; font-weight: bold; padding: 4px;"));
                label->setText(Tr::tr("Imported %1. It goes to the hub and every workstation; "
                                      "deadlines use it from the next start of CityCommand.")
                                   .arg(*done));
                button->hide();
            }
        });
        bar->addWidget(button);
    }
    window->addToolBar(Qt::TopToolBarArea, bar);
}

} // namespace Cc::App
