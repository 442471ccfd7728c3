// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/cases/duty.h>

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;

namespace Cc::City {
class CityContext;
}

namespace Cc::CasesWidgets {

/// The workbench's duty line (docs/duty.md): the shift on duty now, its 带班领导 and staff,
/// 交接班… for the people of the shift ending, 确认接班 when a handover waits for the user,
/// and the duty log. Refreshed every minute; the service checks every step again.
class DutyBar : public QWidget
{
    Q_OBJECT

public:
    DutyBar(City::CityContext &city, const QString &login, QWidget *parent = nullptr);
    ~DutyBar() override;

    /// The clock (tests set it); the current time by default.
    void setClock(std::function<QDateTime()> clock);
    void refresh();
    QString text() const; ///< what the line says (tests)

    void openHandover();
    void openConfirm();
    void openLog();

private:
    City::CityContext &m_city;
    QString m_login;
    std::unique_ptr<Cases::DutyBook> m_book;
    std::function<QDateTime()> m_clock;
    QLabel *m_label = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace Cc::CasesWidgets
