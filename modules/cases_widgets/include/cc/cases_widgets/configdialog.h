// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/database.h>

#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace Cc::Cases {
class ConfigStore;
} // namespace Cc::Cases

namespace Cc::CasesWidgets {

/// 中心规则: an administrator edits the centre's configuration (docs/config.md) — the 小类
/// with their names, limits, default level and 立案标准/结案标准, the centre's stage limits
/// per level, the routing of 小类 × area to departments and the default department — reviews
/// the differences and publishes it as the next version. Every check is the service's
/// (Cases::ConfigStore): a refusal shows its code and message, and everything typed stays.
class ConfigDialog : public QDialog
{
    Q_OBJECT

public:
    /// `login`: the administrator who publishes (the service checks the role).
    ConfigDialog(Storage::Database &db, const QString &login, QWidget *parent = nullptr);
    ~ConfigDialog() override;

    /// The configuration file the tables hold now.
    QByteArray documentJson() const;
    /// Checks and lists the differences from the rules in force (the review pane).
    bool review();
    /// Publishes the tables as the next version; false (with the reason shown) when refused.
    bool publish();
    /// Loads a file into the tables (nothing is published until publish()).
    bool loadFile(const QString &path);
    QString errorText() const;

private:
    QWidget *buildCategoriesTab();
    QWidget *buildStagesTab();
    QWidget *buildRoutingTab();
    QWidget *buildButtons();
    void fill(const QJsonObject &document);
    void fillCategories(const QJsonObject &document);
    void fillStages(const QJsonObject &document);
    void fillRouting(const QJsonObject &document);
    QJsonArray categoriesJson() const;
    QJsonObject stagesJson() const;
    QJsonObject routingJson() const;
    void categorySelected();
    void standardsEdited();
    void addCategory();
    void addRoute();
    void removeSelected(QTableWidget *table);
    void showError(const QString &code, const QString &message);
    void showVersion();
    void exportFile();
    void importFile();

    Storage::Database &m_db;
    QString m_login;
    std::unique_ptr<Cases::ConfigStore> m_store;
    QJsonObject m_base; ///< the document loaded (its 大类 and fields not shown stay as they are)
    QTableWidget *m_categories = nullptr;
    QPlainTextEdit *m_filing = nullptr;
    QPlainTextEdit *m_closing = nullptr;
    QTableWidget *m_stages = nullptr;
    QTableWidget *m_routes = nullptr;
    QLineEdit *m_defaultDepartment = nullptr;
    QLineEdit *m_note = nullptr;
    QPlainTextEdit *m_review = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_error = nullptr;
    bool m_filling = false;
};

} // namespace Cc::CasesWidgets
