// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/gazetteer/matcher.h>

#include <QPointF>
#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;

namespace Cc::Storage {
class Database;
}

namespace Cc::CasesWidgets {

/// The intake's address (地址) with the gazetteer's matches as one types (docs/gazetteer.md):
/// the ranked candidates below the line, Up/Down to walk them, a click or Enter (which then
/// moves on, as in every field of the dialog) to take one.
/// Taking one writes its canonical text and tells where it is; typing stays free text (an
/// address the gazetteer does not know is still an address).
class AddressField : public QWidget
{
    Q_OBJECT
public:
    explicit AddressField(Storage::Database &db, QWidget *parent = nullptr);
    ~AddressField() override;

    QLineEdit *lineEdit() const { return m_edit; }
    QListWidget *matchList() const { return m_list; }

signals:
    void placeChosen(const QPointF &lonLat, const QString &label);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void suggest(const QString &text);
    void take(int row);
    const Gazetteer::Matcher *matcher();

    Storage::Database &m_db;
    std::unique_ptr<Gazetteer::Matcher> m_matcher; ///< read on the first keystroke
    bool m_loaded = false;
    QList<Gazetteer::Candidate> m_candidates;
    QLineEdit *m_edit = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Cc::CasesWidgets
