// SPDX-License-Identifier: GPL-3.0-or-later
// The administrator's window of the centre's rules: layout, review and publishing. The
// tables' contents are read and written in configdialogtables.cpp.
#include <cc/cases_widgets/configdialog.h>
#include <cc/cases_widgets/orgpage.h>

#include <cc/cases/configstore.h>
#include <cc/city/citycontext.h>

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

ConfigDialog::ConfigDialog(Storage::Database &db, const QString &login, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_login(login)
    , m_store(std::make_unique<Cases::ConfigStore>(db, City::CityContext::nationalCategories()))
{
    setObjectName(QStringLiteral("configDialog"));
    //: 中心规则设置
    setWindowTitle(tr("Centre rules"));
    auto *layout = new QVBoxLayout(this);
    m_version = new QLabel;
    m_version->setObjectName(QStringLiteral("version"));
    layout->addWidget(m_version);
    auto *tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("configTabs"));
    //: 类别与立结案标准
    tabs->addTab(buildCategoriesTab(), tr("Categories and standards"));
    //: 环节时限
    tabs->addTab(buildStagesTab(), tr("Stage limits"));
    //: 派遣规则
    tabs->addTab(buildRoutingTab(), tr("Routing"));
    //: 部门与人员
    auto *org = new OrgPage(db, login);
    tabs->addTab(org, tr("Departments and people"));
    layout->addWidget(tabs, 1);
    m_review = new QPlainTextEdit;
    m_review->setObjectName(QStringLiteral("review"));
    m_review->setReadOnly(true);
    m_review->setMaximumHeight(110);
    //: 检查结果：与现行规则的差异
    m_review->setPlaceholderText(tr("Check shows what this version changes."));
    layout->addWidget(m_review);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    QWidget *buttons = buildButtons();
    layout->addWidget(buttons);
    // The org page saves each edit itself: the rules' review and publishing are not its.
    connect(tabs, &QTabWidget::currentChanged, this, [=](int index) {
        const bool rules = tabs->widget(index) != org;
        m_review->setVisible(rules);
        for (QWidget *w : buttons->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (w->objectName() != QLatin1String("close"))
                w->setVisible(rules);
        }
    });

    auto rules = m_store->exportable();
    if (!rules)
        showError(rules.error().code, rules.error().message);
    else
        fill(QJsonDocument::fromJson(rules->toJson()).object());
    showVersion();
    resize(1100, 680);
}

ConfigDialog::~ConfigDialog() = default;

QWidget *ConfigDialog::buildCategoriesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    m_categories = new QTableWidget(0, 7);
    m_categories->setObjectName(QStringLiteral("categoryTable"));
    m_categories->setHorizontalHeaderLabels({tr("Kind"), tr("Code"), tr("Name"), tr("English name"),
                                             tr("Limit (normal)"), tr("Limit (urgent)"),
                                             tr("Default level")});
    m_categories->setToolTip(tr("Limits: 4wh = 4 working hours, 5wd = 5 working days, 30m = "
                                "30 minutes, 6h = 6 hours."));
    m_categories->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_categories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_categories->setSelectionMode(QAbstractItemView::SingleSelection);
    m_categories->verticalHeader()->hide();
    m_categories->setWordWrap(false);
    connect(m_categories, &QTableWidget::currentCellChanged, this, &ConfigDialog::categorySelected);
    auto *standards = new QWidget;
    auto *form = new QFormLayout(standards);
    m_filing = new QPlainTextEdit;
    m_filing->setObjectName(QStringLiteral("filingEdit"));
    m_filing->setPlaceholderText(tr("One condition per line"));
    m_closing = new QPlainTextEdit;
    m_closing->setObjectName(QStringLiteral("closingEdit"));
    m_closing->setPlaceholderText(tr("One condition per line"));
    //: 立案标准
    form->addRow(tr("Filing standard:"), m_filing);
    //: 结案标准
    form->addRow(tr("Closing standard:"), m_closing);
    for (QPlainTextEdit *edit : {m_filing, m_closing}) {
        // A standard is a few lines; the table of 小类 gets the room.
        edit->setMaximumHeight(96);
        connect(edit, &QPlainTextEdit::textChanged, this, &ConfigDialog::standardsEdited);
    }
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_categories);
    split->addWidget(standards);
    split->setStretchFactor(0, 3);
    split->setSizes({400, 200});
    layout->addWidget(split, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add category"));
    add->setObjectName(QStringLiteral("addCategory"));
    connect(add, &QPushButton::clicked, this, &ConfigDialog::addCategory);
    auto *remove = new QPushButton(tr("Remove category"));
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(m_categories); });
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    layout->addLayout(row);
    return page;
}

QWidget *ConfigDialog::buildStagesTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("How long the centre's own steps may take, per level. The "
                                    "disposal limit is each category's.")));
    m_stages = new QTableWidget(0, 2);
    m_stages->setObjectName(QStringLiteral("stageTable"));
    m_stages->setHorizontalHeaderLabels({tr("Urgent"), tr("Normal")});
    m_stages->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    layout->addWidget(m_stages, 1);
    return page;
}

QWidget *ConfigDialog::buildRoutingTab()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(
        tr("A case of a category in an area goes to the department of the highest priority; at "
           "equal priority a responsibility grid's rule comes before the whole city's (area "
           "left empty).")));
    m_routes = new QTableWidget(0, 4);
    m_routes->setObjectName(QStringLiteral("routeTable"));
    m_routes->setHorizontalHeaderLabels(
        {tr("Category"), tr("Area (responsibility grid)"), tr("Department code"), tr("Priority")});
    m_routes->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_routes->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_routes, 1);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add rule"));
    add->setObjectName(QStringLiteral("addRoute"));
    connect(add, &QPushButton::clicked, this, &ConfigDialog::addRoute);
    auto *remove = new QPushButton(tr("Remove rule"));
    connect(remove, &QPushButton::clicked, this, [this] { removeSelected(m_routes); });
    m_defaultDepartment = new QLineEdit;
    m_defaultDepartment->setObjectName(QStringLiteral("defaultDepartment"));
    m_defaultDepartment->setPlaceholderText(tr("none"));
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    //: 默认部门（无规则匹配时）
    row->addWidget(new QLabel(tr("Default department:")));
    row->addWidget(m_defaultDepartment);
    layout->addLayout(row);
    return page;
}

QWidget *ConfigDialog::buildButtons()
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    m_note = new QLineEdit;
    m_note->setObjectName(QStringLiteral("note"));
    //: 版本说明
    m_note->setPlaceholderText(tr("What this version changes (kept with it)"));
    row->addWidget(m_note, 1);
    const struct
    {
        QString text;
        const char *name;
        void (ConfigDialog::*slot)();
    } buttons[] = {{tr("Import file…"), "importFile", &ConfigDialog::importFile},
                   {tr("Export file…"), "exportFile", &ConfigDialog::exportFile}};
    for (const auto &b : buttons) {
        auto *button = new QPushButton(b.text);
        button->setObjectName(QLatin1String(b.name));
        connect(button, &QPushButton::clicked, this, b.slot);
        row->addWidget(button);
    }
    //: 检查
    auto *check = new QPushButton(tr("Check"));
    check->setObjectName(QStringLiteral("check"));
    connect(check, &QPushButton::clicked, this, [this] { review(); });
    row->addWidget(check);
    //: 发布新版本
    auto *publishButton = new QPushButton(tr("Publish as new version"));
    publishButton->setObjectName(QStringLiteral("publish"));
    connect(publishButton, &QPushButton::clicked, this, [this] { publish(); });
    row->addWidget(publishButton);
    auto *close = new QPushButton(tr("Close"));
    close->setObjectName(QStringLiteral("close"));
    close->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // alone on the org page
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    row->addWidget(close);
    return box;
}

void ConfigDialog::showVersion()
{
    const int version = m_store->currentVersion();
    m_version->setText(
        version == 0 ? tr("In force: the national defaults (no version published yet).")
                     : tr("In force: version %1, published %2 by %3.")
                           .arg(version)
                           .arg(QLocale().toString(m_store->current().effectiveAt.toLocalTime(),
                                                   QLocale::ShortFormat),
                                m_store->current().publishedByName));
}

void ConfigDialog::showError(const QString &code, const QString &message)
{
    if (message.isEmpty()) {
        m_error->clear();
        m_error->hide();
        return;
    }
    m_error->setText(QStringLiteral("[%1] %2").arg(code, message));
    m_error->show();
}

QString ConfigDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QByteArray ConfigDialog::documentJson() const
{
    QJsonObject root = m_base;
    root.insert(QStringLiteral("categories"), categoriesJson());
    root.insert(QStringLiteral("stageLimits"), stagesJson());
    root.insert(QStringLiteral("routing"), routingJson());
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ConfigDialog::review()
{
    auto lines = m_store->diff(documentJson());
    if (!lines) {
        showError(lines.error().code, lines.error().message);
        return false;
    }
    showError({}, {});
    m_review->setPlainText(lines->isEmpty() ? tr("No change against the rules in force.")
                                            : lines->join(QLatin1Char('\n')));
    return true;
}

bool ConfigDialog::publish()
{
    auto version = m_store->import(documentJson(), m_login, m_note->text().trimmed());
    if (!version) {
        showError(version.error().code, version.error().message);
        return false;
    }
    showError({}, {});
    showVersion();
    m_note->clear();
    m_review->setPlainText(tr("Version %1 is in force. Cases reported before keep their rules; "
                              "the hub sends it to every workstation.")
                               .arg(version->version));
    return true;
}

bool ConfigDialog::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(QStringLiteral("cli.unreadable-file"), file.errorString());
        return false;
    }
    auto rules = Core::CityRules::fromJson(file.read(8 * 1024 * 1024));
    if (!rules) {
        showError(rules.error().code, rules.error().message);
        return false;
    }
    showError({}, {});
    fill(QJsonDocument::fromJson(rules->toJson()).object());
    return review();
}

void ConfigDialog::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Configuration file"), {},
                                                      tr("JSON (*.json)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ConfigDialog::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Configuration file"),
                                                      QStringLiteral("citycommand-config.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(documentJson()) < 0 || !file.commit())
        showError(QStringLiteral("cli.unwritable-file"), file.errorString());
}

} // namespace Cc::CasesWidgets
