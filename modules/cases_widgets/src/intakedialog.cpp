// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/cases_widgets/intakedialog.h>

#include "addressfield.h"
#include "placenames.h"

#include <cc/cases_widgets/photostrip.h>

#include <cc/cases/casequery.h>
#include <cc/cases/configstore.h>
#include <cc/core/category.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleValidator>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

using Core::Role;

namespace {

const char kErrorStyle[] = "color: #d9363e; font-weight: bold;";
const char kMissingStyle[] = "border: 1px solid #d9363e;";

/// The UI shows one language at a time: Chinese names in a Chinese UI, English otherwise
/// (the other one in the tooltip).
bool chineseUi()
{
    return QLocale().language() == QLocale::Chinese;
}

} // namespace

IntakeDialog::IntakeDialog(Storage::Database &db, Cases::CaseService &service,
                           const Cases::Session &session, const QDateTime &now, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_service(service)
    , m_session(session)
    , m_role(session.has(Role::Operator) ? Role::Operator : Role::Collector)
    , m_now(now)
    , m_places(std::make_unique<PlaceNames>(db))
{
    setObjectName(QStringLiteral("intakeDialog"));
    //: 新建上报
    setWindowTitle(tr("New report"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Registering as <b>%1</b> (%2)")
                                     .arg(Core::roleName(m_role).toHtmlEscaped(),
                                          m_session.user.displayName.toHtmlEscaped())));
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    auto *columns = new QHBoxLayout;
    // Forms spread extra height over their rows; keep the rows together at the top.
    for (QFormLayout *form : {buildWhatColumn(), buildWhereColumn()}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
    }
    layout->addLayout(columns);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QString::fromLatin1(kErrorStyle));
    m_error->hide();
    layout->addWidget(m_error);
    buildButtons(layout);

    connect(m_categorySearch, &QLineEdit::textChanged, this, &IntakeDialog::filterCategories);
    connect(m_categories, &QListWidget::currentRowChanged, this, &IntakeDialog::categoryChosen);
    connectValidation();
    filterCategories({});
    // The first field of a report: what it is. Enter there takes the highlighted category.
    setFocusProxy(m_categorySearch);
    m_categorySearch->setFocus();
    // Fits a 1366×768 desk with room for the task bar.
    resize(980, 560);
}

IntakeDialog::~IntakeDialog() = default;

QFormLayout *IntakeDialog::buildWhatColumn()
{
    auto *left = new QFormLayout;
    m_whatForm = left;
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
    m_categorySearch->setToolTip(tr("Up/Down choose, Enter takes the highlighted category"));
    m_categorySearch->setClearButtonEnabled(true);
    m_categorySearch->installEventFilter(this);
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
    m_level->addItem(Core::levelName(Core::CaseLevel::Normal),
                     Core::levelId(Core::CaseLevel::Normal));
    m_level->addItem(Core::levelName(Core::CaseLevel::Urgent),
                     Core::levelId(Core::CaseLevel::Urgent));
    //: 等级
    left->addRow(tr("Level:"), m_level);
    return left;
}

QFormLayout *IntakeDialog::buildWhereColumn()
{
    auto *right = new QFormLayout;
    m_addressField = new AddressField(m_db);
    m_address = m_addressField->lineEdit();
    connect(m_addressField, &AddressField::placeChosen, this, &IntakeDialog::addressChosen);
    //: 地址
    right->addRow(tr("Address:"), m_addressField);
    right->addRow(tr("Point (lon, lat):"), buildPointRow());
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
    m_duplicateTitle->setWordWrap(true);
    m_duplicates = new QListWidget;
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setMaximumHeight(100);
    right->addRow(m_duplicateTitle);
    right->addRow(m_duplicates);
    return right;
}

QWidget *IntakeDialog::buildPointRow()
{
    auto *row = new QWidget;
    auto *point = new QHBoxLayout(row);
    point->setContentsMargins(0, 0, 0, 0);
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
        point->addWidget(edit);
    }
    m_pick = new QPushButton(tr("Pick on map…"));
    m_pick->setObjectName(QStringLiteral("pickOnMap"));
    m_pick->setToolTip(tr(
        "Click the place on the grid map; an empty address gets the grid's street and community"));
    m_pick->hide();
    point->addWidget(m_pick);
    connect(m_pick, &QPushButton::clicked, this, [this] {
        if (!m_pointPicker)
            return;
        if (const auto picked = m_pointPicker(this, location()))
            pointPicked(*picked);
    });
    return row;
}

void IntakeDialog::buildButtons(QVBoxLayout *layout)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(QStringLiteral("save"));
    saveButton->setToolTip(tr("Save the report (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setToolTip(tr("Close; what was typed can be kept as a draft (Esc)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &IntakeDialog::reject);
    layout->addWidget(buttons);
    for (const QKeySequence &key :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(key, this), &QShortcut::activated, this, &IntakeDialog::save);
}

void IntakeDialog::connectValidation()
{
    // After the first save attempt the message follows the form; a refusal from the
    // service is stale as soon as the user changes something.
    const auto edited = [this] { QTimer::singleShot(0, this, &IntakeDialog::revalidate); };
    for (QLineEdit *edit : {m_address, m_lon, m_lat, m_reporter})
        connect(edit, &QLineEdit::textEdited, this, edited);
    connect(m_description, &QPlainTextEdit::textChanged, this, edited);
    connect(m_photos, &PhotoStrip::photosChanged, this, edited);
}

void IntakeDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_categorySearch->setFocus(Qt::OtherFocusReason);
}

void IntakeDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void IntakeDialog::filterCategories(const QString &text)
{
    const QString current = categoryKey();
    const QSignalBlocker block(m_categories);
    m_categories->clear();
    const Core::CategoryDictionary &dict = m_service.categories();
    const QList<Core::Category> found = text.trimmed().isEmpty() ? dict.categories()
                                                                 : dict.search(text.trimmed());
    const bool chinese = chineseUi();
    for (const Core::Category &c : found) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1 %2 %3")
                .arg(Core::kindName(c.kind), c.code, chinese ? c.nameZh : c.nameEn));
        item->setToolTip(chinese ? c.nameEn : c.nameZh);
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

bool IntakeDialog::takeHighlightedCategory()
{
    if (m_categories->currentRow() < 0 && m_categories->count() > 0)
        m_categories->setCurrentRow(0); // the best match
    if (m_categories->currentRow() < 0)
        return false;
    m_level->setFocus(Qt::TabFocusReason);
    return true;
}

void IntakeDialog::categoryChosen()
{
    const Core::Category *c = m_service.categories().findByKey(categoryKey());
    if (!c) {
        m_categoryInfo->setText(tr("Choose a category."));
        updateDuplicates();
        revalidate();
        return;
    }
    const bool chinese = chineseUi();
    QString html = QStringLiteral("<b>%1 %2</b><br>")
                       .arg(c->code, (chinese ? c->nameZh : c->nameEn).toHtmlEscaped());
    //: 处置时限 一般/紧急
    html += tr("Disposal limit: %1 (normal), %2 (urgent)")
                .arg(c->limitNormal.displayText(), c->limitUrgent.displayText());
    if (!c->filingConditions.isEmpty()) {
        //: 立案条件
        html += QStringLiteral("<br>") + tr("Filing conditions:")
                + QStringLiteral("<ul style=\"margin:0\">");
        for (const QString &condition : c->filingConditions)
            html += QStringLiteral("<li>%1</li>").arg(condition.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!c->closingConditions.isEmpty()) {
        //: 结案标准 (the centre's configuration, docs/config.md)
        html += tr("Closing standard:") + QStringLiteral("<ul style=\"margin:0\">");
        for (const QString &condition : c->closingConditions)
            html += QStringLiteral("<li>%1</li>").arg(condition.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_categoryInfo->setText(html);
    // The level the centre's manual gives the 小类 (the operator may still change it).
    const Core::CaseLevel level = m_service.config().current().rules->defaultLevel(c->key());
    m_level->setCurrentIndex(m_level->findData(Core::levelId(level)));
    updateDuplicates();
    revalidate(); // the list is refilled with signals blocked: this is the one place that sees the choice
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
        m_grid->setProperty("communityCode", QString());
        if (m_preview.widget)
            m_whatForm->setRowVisible(m_preview.widget, false);
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
                                 m_places->community(grid.value()->communityCode)));
    const bool inGrid = grid && grid.value();
    m_grid->setProperty("gridCode", inGrid ? grid.value()->code : QString());
    m_grid->setProperty("communityCode", inGrid ? grid.value()->communityCode : QString());
    m_grid->setToolTip(inGrid ? tr("Community code %1").arg(grid.value()->communityCode)
                              : QString());
    if (m_preview.widget) {
        m_whatForm->setRowVisible(m_preview.widget, true);
        m_preview.show(*point);
    }
    updateDuplicates();
}

void IntakeDialog::setPlacePreview(PlacePreview preview)
{
    m_preview = std::move(preview);
    if (!m_preview.widget)
        return;
    // Under the category column, where the form has room (the dialog keeps its height on a
    // 1366×768 desk); shown once there is a point to show.
    //: 位置 (the small map)
    m_whatForm->addRow(tr("On the map:"), m_preview.widget);
    m_whatForm->setRowVisible(m_preview.widget, location().has_value());
    locationChanged();
}

void IntakeDialog::addressChosen(const QPointF &lonLat)
{
    // The gazetteer's point: the grid, the community and the map follow from it
    // (locationChanged), as for a typed or picked point.
    m_autoAddress.clear();
    m_lon->setText(QString::number(lonLat.x(), 'f', 7));
    m_lat->setText(QString::number(lonLat.y(), 'f', 7));
    revalidate();
}

void IntakeDialog::pointPicked(const QPointF &lonLat)
{
    m_lon->setText(QString::number(lonLat.x(), 'f', 7));
    m_lat->setText(QString::number(lonLat.y(), 'f', 7));
    // No gazetteer yet: the grid's street and community are the best address we know. Only an
    // empty address, or one an earlier pick filled, is replaced: never what the user typed.
    const QString typed = m_address->text().trimmed();
    if (!typed.isEmpty() && typed != m_autoAddress)
        return;
    const QString place = m_places->streetAndCommunity(
        m_grid->property("communityCode").toString());
    if (place.isEmpty())
        return;
    m_autoAddress = place;
    m_address->setText(place);
    revalidate();
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
                                          .arg(row.number,
                                               Core::stateName(Core::stateFromId(row.state)),
                                               row.address, row.description.left(40)));
            }
        }
    }
    if (m_duplicateNumbers.isEmpty()) {
        m_duplicateTitle->setText(tr("Possible duplicates: none"));
        m_duplicateTitle->setStyleSheet({});
    } else {
        m_duplicateTitle->setText(tr("Possible duplicates (same category within 50 m and 7 days, "
                                     "open): %n — saving anyway is allowed",
                                     nullptr, int(m_duplicateNumbers.size())));
        m_duplicateTitle->setStyleSheet(QStringLiteral("color: #c98a00; font-weight: bold;"));
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

bool IntakeDialog::hasInput() const
{
    return !categoryKey().isEmpty() || !m_description->toPlainText().trimmed().isEmpty()
           || !m_address->text().trimmed().isEmpty() || !m_reporter->text().trimmed().isEmpty()
           || !m_lon->text().trimmed().isEmpty() || !m_lat->text().trimmed().isEmpty()
           || m_photos->count() > 0 || m_level->currentIndex() > 0;
}

void IntakeDialog::setPointPicker(
    std::function<std::optional<QPointF>(QWidget *, std::optional<QPointF>)> picker)
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
    if (const int level = m_level->findData(Core::levelId(draft.level)); level >= 0)
        m_level->setCurrentIndex(level);
    m_address->setText(draft.address);
    m_description->setPlainText(draft.description);
    m_reporter->setText(draft.reporter);
    if (draft.location) {
        m_lon->setText(QString::number(draft.location->x(), 'f', 7));
        m_lat->setText(QString::number(draft.location->y(), 'f', 7));
    }
    for (const Cases::NewAttachment &a : draft.attachments) {
        QString error;
        if (!m_photos->addPhoto(a.fileName, a.data, &error))
            showError(error);
    }
}

QString IntakeDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void IntakeDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QStringList IntakeDialog::missingFields() const
{
    QStringList missing;
    const bool noCategory = categoryKey().isEmpty();
    const bool badPoint = !location()
                          && (!m_lon->text().trimmed().isEmpty()
                              || !m_lat->text().trimmed().isEmpty());
    const bool noDescription = m_description->toPlainText().trimmed().isEmpty();
    //: the fields named in "Missing: 类别、问题描述"
    if (noCategory)
        missing << tr("category");
    if (badPoint)
        missing << tr("a valid point (longitude and latitude)");
    if (noDescription)
        missing << tr("description");
    return missing;
}

void IntakeDialog::revalidate()
{
    const QStringList missing = missingFields();
    // Mark the fields that are missing; clear marks and messages that no longer hold.
    const auto mark = [](QWidget *w, bool on) {
        w->setStyleSheet(on ? QString::fromLatin1(kMissingStyle) : QString());
    };
    if (m_validating) {
        mark(m_categorySearch, categoryKey().isEmpty());
        mark(m_description, m_description->toPlainText().trimmed().isEmpty());
        const bool badPoint = !location()
                              && (!m_lon->text().trimmed().isEmpty()
                                  || !m_lat->text().trimmed().isEmpty());
        mark(m_lon, badPoint);
        mark(m_lat, badPoint);
    }
    if (!m_validating || missing.isEmpty()) {
        showError({});
        return;
    }
    //: followed by the list of missing fields, joined with 、
    showError(tr("Please fill in: %1.").arg(missing.join(tr(", "))));
}

void IntakeDialog::save()
{
    m_validating = true;
    revalidate();
    if (!missingFields().isEmpty()) {
        if (categoryKey().isEmpty())
            m_categorySearch->setFocus();
        else if (m_description->toPlainText().trimmed().isEmpty())
            m_description->setFocus();
        else
            m_lon->setFocus();
        return;
    }
    auto row = m_service.report(report(), m_session.actor(m_role));
    if (!row) {
        showError(row.error().message);
        return;
    }
    m_created = row.value();
    accept();
}

IntakeDialog::CloseChoice IntakeDialog::askOnClose()
{
    if (m_askOnClose)
        return m_askOnClose(this);
    QMessageBox box(QMessageBox::Question, windowTitle(),
                    tr("Keep what you typed as a draft? It opens again with the next new report, "
                       "also after a restart."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("closeQuestion"));
    //: 保留草稿
    QPushButton *keep = box.addButton(tr("Keep draft"), QMessageBox::AcceptRole);
    keep->setObjectName(QStringLiteral("keepDraft"));
    QPushButton *discard = box.addButton(QMessageBox::Discard);
    discard->setObjectName(QStringLiteral("discardDraft"));
    //: 继续填写
    QPushButton *back = box.addButton(tr("Continue editing"), QMessageBox::RejectRole);
    back->setObjectName(QStringLiteral("continueEditing"));
    box.setDefaultButton(keep);
    box.setEscapeButton(keep); // Escape twice closes and loses nothing
    box.exec();
    if (box.clickedButton() == discard)
        return CloseChoice::Discard;
    if (box.clickedButton() == back)
        return CloseChoice::ContinueEditing;
    return CloseChoice::KeepDraft;
}

void IntakeDialog::reject()
{
    m_closeChoice = hasInput() ? askOnClose() : CloseChoice::Discard;
    if (m_closeChoice == CloseChoice::ContinueEditing)
        return;
    QDialog::reject();
}

void IntakeDialog::keyPressEvent(QKeyEvent *event)
{
    // Enter confirms the field it is in and moves on; only Ctrl+Enter (or the Save
    // button) saves. Buttons with the focus handle Enter themselves.
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & Qt::ControlModifier)) {
        focusNextChild();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool IntakeDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_categorySearch && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool ctrl = key->modifiers() & Qt::ControlModifier;
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            const int row = std::clamp(m_categories->currentRow() + step, 0,
                                       m_categories->count() - 1);
            m_categories->setCurrentRow(row);
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (ctrl)
                break;
            takeHighlightedCategory();
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace Cc::CasesWidgets
