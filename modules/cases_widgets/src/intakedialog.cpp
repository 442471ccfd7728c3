// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/intakedialog.h>

#include <cc/cases_widgets/photostrip.h>

#include <cc/cases/casequery.h>
#include <cc/core/category.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

using Core::Role;

IntakeDialog::IntakeDialog(Storage::Database &db, Cases::CaseService &service,
                           const Cases::Session &session, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_service(service)
    , m_session(session)
    , m_role(session.has(Role::Operator) ? Role::Operator : Role::Collector)
    , m_now(now)
{
    setObjectName(QStringLiteral("intakeDialog"));
    //: 新建上报
    setWindowTitle(tr("New report"));
    auto *columns = new QHBoxLayout;

    // Left: what and where.
    auto *left = new QFormLayout;
    m_channel = new QComboBox;
    m_channel->setObjectName(QStringLiteral("channel"));
    // The service refuses the mix anyway; offering only what fits avoids the refusal.
    for (const QString &id : Cases::channelIds()) {
        const bool collectorChannel = id == QLatin1String("collector");
        if (collectorChannel == (m_role == Role::Collector))
            m_channel->addItem(Cases::channelName(id), id);
    }
    //: 来源
    left->addRow(tr("Channel:"), m_channel);

    m_categorySearch = new QLineEdit;
    m_categorySearch->setObjectName(QStringLiteral("categorySearch"));
    m_categorySearch->setPlaceholderText(tr("Search code, Chinese, pinyin or English name"));
    m_categorySearch->setClearButtonEnabled(true);
    m_categories = new QListWidget;
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categories->setMinimumHeight(120);
    m_categories->setMaximumHeight(220);
    auto *categoryBox = new QVBoxLayout;
    categoryBox->addWidget(m_categorySearch);
    categoryBox->addWidget(m_categories);
    //: 大类/小类
    left->addRow(tr("Category:"), categoryBox);
    m_categoryInfo = new QLabel(tr("Choose a category."));
    m_categoryInfo->setObjectName(QStringLiteral("categoryInfo"));
    m_categoryInfo->setWordWrap(true);
    m_categoryInfo->setTextFormat(Qt::RichText);
    left->addRow(QString(), m_categoryInfo);

    m_level = new QComboBox;
    m_level->setObjectName(QStringLiteral("level"));
    m_level->addItem(Core::levelName(Core::CaseLevel::Normal), Core::levelId(Core::CaseLevel::Normal));
    m_level->addItem(Core::levelName(Core::CaseLevel::Urgent), Core::levelId(Core::CaseLevel::Urgent));
    //: 等级
    left->addRow(tr("Level:"), m_level);

    // Right: location, text, duplicates.
    auto *right = new QFormLayout;
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("address"));
    //: 地址
    right->addRow(tr("Address:"), m_address);
    m_lon = new QLineEdit;
    m_lon->setObjectName(QStringLiteral("lon"));
    m_lon->setPlaceholderText(tr("longitude, e.g. 114.352"));
    m_lat = new QLineEdit;
    m_lat->setObjectName(QStringLiteral("lat"));
    m_lat->setPlaceholderText(tr("latitude, e.g. 35.908"));
    for (QLineEdit *edit : {m_lon, m_lat}) {
        auto *validator = new QDoubleValidator(edit);
        validator->setNotation(QDoubleValidator::StandardNotation);
        validator->setLocale(QLocale::c());
        edit->setValidator(validator);
        connect(edit, &QLineEdit::textChanged, this, &IntakeDialog::locationChanged);
    }
    auto *point = new QHBoxLayout;
    point->addWidget(m_lon);
    point->addWidget(m_lat);
    m_pick = new QPushButton(tr("Pick on map…"));
    m_pick->setObjectName(QStringLiteral("pickOnMap"));
    m_pick->setToolTip(tr("Click the place on the grid map"));
    m_pick->hide();
    point->addWidget(m_pick);
    connect(m_pick, &QPushButton::clicked, this, [this] {
        if (!m_pointPicker)
            return;
        if (const auto picked = m_pointPicker(this, location())) {
            m_lon->setText(QString::number(picked->x(), 'f', 7));
            m_lat->setText(QString::number(picked->y(), 'f', 7));
        }
    });
    right->addRow(tr("Point (lon, lat):"), point);
    m_grid = new QLabel(tr("Type a point to find its grid."));
    m_grid->setObjectName(QStringLiteral("gridInfo"));
    m_grid->setWordWrap(true);
    //: 单元网格 / 责任网格 / 社区
    right->addRow(tr("Grid:"), m_grid);
    m_reporter = new QLineEdit;
    m_reporter->setObjectName(QStringLiteral("reporter"));
    m_reporter->setPlaceholderText(m_role == Role::Collector ? m_session.user.login
                                                             : tr("caller name or phone"));
    right->addRow(tr("Reporter:"), m_reporter);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(110);
    //: 问题描述
    right->addRow(tr("Description:"), m_description);
    m_photos = new PhotoStrip(PhotoStrip::Mode::Editable);
    connect(m_photos, &PhotoStrip::refused, this, &IntakeDialog::showError);
    //: 现场照片
    right->addRow(tr("Photos:"), m_photos);
    //: 疑似重复案卷
    m_duplicateTitle = new QLabel(tr("Possible duplicates: none"));
    m_duplicateTitle->setObjectName(QStringLiteral("duplicateTitle"));
    m_duplicates = new QListWidget;
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setMaximumHeight(120);
    right->addRow(m_duplicateTitle);
    right->addRow(m_duplicates);

    // Forms spread extra height over their rows; keep the rows together at the top.
    for (QFormLayout *form : {left, right}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Registering as <b>%1</b> (%2)")
                                     .arg(Core::roleName(m_role).toHtmlEscaped(),
                                          m_session.user.displayName.toHtmlEscaped())));
    layout->addLayout(columns);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_error->hide();
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("save"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the report (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                    QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &IntakeDialog::save);

    connect(m_categorySearch, &QLineEdit::textChanged, this, &IntakeDialog::filterCategories);
    connect(m_categories, &QListWidget::currentRowChanged, this, &IntakeDialog::categoryChosen);
    filterCategories({});
    resize(1000, 520);
}

void IntakeDialog::filterCategories(const QString &text)
{
    const QString current = categoryKey();
    const QSignalBlocker block(m_categories);
    m_categories->clear();
    const Core::CategoryDictionary &dict = m_service.categories();
    const QList<Core::Category> found = text.trimmed().isEmpty() ? dict.categories()
                                                                 : dict.search(text.trimmed());
    for (const Core::Category &c : found) {
        auto *item = new QListWidgetItem(QStringLiteral("%1 %2 · %3 %4")
                                             .arg(Core::kindName(c.kind), c.code, c.nameZh, c.nameEn));
        item->setData(Qt::UserRole, c.key());
        m_categories->addItem(item);
        if (c.key() == current)
            m_categories->setCurrentItem(item);
    }
    // One hit: take it, so typing a code and pressing Tab is enough.
    if (m_categories->count() == 1)
        m_categories->setCurrentRow(0);
    categoryChosen();
}

QString IntakeDialog::categoryKey() const
{
    const QListWidgetItem *item = m_categories ? m_categories->currentItem() : nullptr;
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void IntakeDialog::categoryChosen()
{
    const Core::Category *c = m_service.categories().findByKey(categoryKey());
    if (!c) {
        m_categoryInfo->setText(tr("Choose a category."));
        updateDuplicates();
        return;
    }
    QString html = QStringLiteral("<b>%1 %2</b><br>").arg(c->code, c->nameZh.toHtmlEscaped());
    //: 处置时限 一般/紧急
    html += tr("Disposal limit: %1 (normal), %2 (urgent)")
                .arg(c->limitNormal.displayText(), c->limitUrgent.displayText());
    if (!c->filingConditions.isEmpty()) {
        //: 立案条件
        html += QStringLiteral("<br>") + tr("Filing conditions:") + QStringLiteral("<ul style=\"margin:0\">");
        for (const QString &condition : c->filingConditions)
            html += QStringLiteral("<li>%1</li>").arg(condition.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_categoryInfo->setText(html);
    updateDuplicates();
}

std::optional<QPointF> IntakeDialog::location() const
{
    bool okLon = false, okLat = false;
    const double lon = QLocale::c().toDouble(m_lon->text().trimmed(), &okLon);
    const double lat = QLocale::c().toDouble(m_lat->text().trimmed(), &okLat);
    if (!okLon || !okLat || lon < -180 || lon > 180 || lat < -90 || lat > 90)
        return std::nullopt;
    return QPointF(lon, lat);
}

void IntakeDialog::locationChanged()
{
    const std::optional<QPointF> point = location();
    if (!point) {
        m_grid->setText(tr("Type a point to find its grid."));
        updateDuplicates();
        return;
    }
    auto grid = m_service.gridAt(*point);
    if (!grid)
        m_grid->setText(grid.error().message);
    else if (!grid.value())
        //: 不在任何单元网格内
        m_grid->setText(tr("Outside every grid"));
    else
        m_grid->setText(tr("Unit grid %1 · responsibility grid %2 · community %3")
                            .arg(grid.value()->code, grid.value()->responsibilityCode,
                                 grid.value()->communityCode));
    m_grid->setProperty("gridCode", grid && grid.value() ? grid.value()->code : QString());
    updateDuplicates();
}

void IntakeDialog::updateDuplicates()
{
    m_duplicates->clear();
    m_duplicateNumbers.clear();
    const std::optional<QPointF> point = location();
    const QString key = categoryKey();
    if (point && !key.isEmpty()) {
        Cases::CaseQuery query(m_db);
        const QDateTime at = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
        auto found = query.duplicates(key, *point, at);
        if (found) {
            for (const Cases::CaseListRow &row : found.value()) {
                m_duplicateNumbers.append(row.number);
                m_duplicates->addItem(tr("%1 · %2 · %3 · %4")
                                          .arg(row.number, Core::stateName(Core::stateFromId(row.state)),
                                               row.address, row.description.left(40)));
            }
        }
    }
    if (m_duplicateNumbers.isEmpty()) {
        m_duplicateTitle->setText(tr("Possible duplicates: none"));
        m_duplicateTitle->setStyleSheet({});
    } else {
        m_duplicateTitle->setText(tr("Possible duplicates (same category within 50 m and 7 days, "
                                     "open): %n — saving anyway is allowed", nullptr,
                                     int(m_duplicateNumbers.size())));
        m_duplicateTitle->setStyleSheet(QStringLiteral("color: #9a6700; font-weight: bold;"));
    }
}

Cases::NewReport IntakeDialog::report() const
{
    Cases::NewReport r;
    r.channel = m_channel->currentData().toString();
    r.categoryKey = categoryKey();
    r.level = Core::levelFromId(m_level->currentData().toString());
    r.description = m_description->toPlainText().trimmed();
    r.address = m_address->text().trimmed();
    r.reporter = m_reporter->text().trimmed();
    if (r.reporter.isEmpty() && m_role == Role::Collector)
        r.reporter = m_session.user.login;
    r.location = location();
    if (m_now.isValid())
        r.at = m_now;
    r.attachments = m_photos->attachments();
    return r;
}

void IntakeDialog::setPointPicker(std::function<std::optional<QPointF>(QWidget *, std::optional<QPointF>)> picker)
{
    m_pointPicker = std::move(picker);
    m_pick->setVisible(bool(m_pointPicker));
}

void IntakeDialog::setDraft(const Cases::NewReport &draft)
{
    if (const int channel = m_channel->findData(draft.channel); channel >= 0)
        m_channel->setCurrentIndex(channel);
    if (!draft.categoryKey.isEmpty()) {
        for (int i = 0; i < m_categories->count(); ++i) {
            if (m_categories->item(i)->data(Qt::UserRole).toString() == draft.categoryKey)
                m_categories->setCurrentRow(i);
        }
    }
    m_address->setText(draft.address);
    m_description->setPlainText(draft.description);
    m_reporter->setText(draft.reporter);
    if (draft.location) {
        m_lon->setText(QString::number(draft.location->x(), 'f', 6));
        m_lat->setText(QString::number(draft.location->y(), 'f', 6));
    }
    for (const Cases::NewAttachment &a : draft.attachments) {
        QString error;
        if (!m_photos->addPhoto(a.fileName, a.data, &error))
            showError(error);
    }
}

QString IntakeDialog::errorText() const
{
    return m_error->text();
}

void IntakeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

void IntakeDialog::save()
{
    const Cases::NewReport r = report();
    if (r.categoryKey.isEmpty()) {
        showError(tr("Choose a category."));
        m_categorySearch->setFocus();
        return;
    }
    if (!r.location && (!m_lon->text().trimmed().isEmpty() || !m_lat->text().trimmed().isEmpty())) {
        showError(tr("The point is not a valid longitude/latitude."));
        m_lon->setFocus();
        return;
    }
    if (r.description.isEmpty()) {
        showError(tr("Describe the problem."));
        m_description->setFocus();
        return;
    }
    auto row = m_service.report(r, m_session.actor(m_role));
    if (!row) {
        showError(row.error().message);
        return;
    }
    m_created = row.value();
    accept();
}

} // namespace Cc::CasesWidgets
