// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressfield.h"

#include <cc/storage/database.h>

#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

namespace {

constexpr int kShown = 6; // what fits under the field without pushing the form away

QString kindName(Gazetteer::Candidate::Kind kind)
{
    switch (kind) {
    case Gazetteer::Candidate::Kind::HouseNumber:
        //: 门牌地址 (a street and house number)
        return AddressField::tr("house number");
    case Gazetteer::Candidate::Kind::Intersection:
        //: 交叉口
        return AddressField::tr("intersection");
    case Gazetteer::Candidate::Kind::Place:
        //: 地点 (school, market, 小区 …)
        return AddressField::tr("place");
    case Gazetteer::Candidate::Kind::Street:
        break;
    }
    //: 道路
    return AddressField::tr("street");
}

} // namespace

AddressField::AddressField(Storage::Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    m_edit = new QLineEdit;
    m_edit->setObjectName(QStringLiteral("address"));
    m_edit->setPlaceholderText(tr("Address, place or intersection, e.g. 人民路12号"));
    m_edit->setToolTip(tr("Matches appear as you type (Chinese, pinyin or its initials); "
                          "Down and Enter take one"));
    m_edit->installEventFilter(this);
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("addressMatches"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * (kShown + 1) + 6);
    m_list->setFocusPolicy(Qt::NoFocus); // the keys stay in the line
    m_list->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    setFocusProxy(m_edit);
    // As tall as the line (and the list when it shows), never stretched by the form.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_edit, &QLineEdit::textEdited, this, &AddressField::suggest);
    connect(m_list, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { take(m_list->row(item)); });
}

AddressField::~AddressField() = default;

const Gazetteer::Matcher *AddressField::matcher()
{
    if (!m_loaded) {
        m_loaded = true;
        // A city without a gazetteer (or one that cannot be read) just gets no matches:
        // the address stays free text, as before there was a gazetteer.
        auto data = Gazetteer::GazetteerStore(m_db).load();
        if (data && (!data->streets.isEmpty() || !data->places.isEmpty()))
            m_matcher = std::make_unique<Gazetteer::Matcher>(std::move(data.value()));
    }
    return m_matcher.get();
}

void AddressField::suggest(const QString &text)
{
    m_list->clear();
    m_candidates.clear();
    if (const Gazetteer::Matcher *m = matcher(); m && !text.trimmed().isEmpty())
        m_candidates = m->match(text, kShown);
    for (const Gazetteer::Candidate &c : m_candidates) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3 %").arg(c.label, kindName(c.kind)).arg(qRound(c.score * 100)));
        item->setToolTip(c.detail);
        m_list->addItem(item);
    }
    m_list->setVisible(!m_candidates.isEmpty());
    if (!m_candidates.isEmpty())
        m_list->setCurrentRow(0);
}

void AddressField::take(int row)
{
    if (row < 0 || row >= m_candidates.size())
        return;
    const Gazetteer::Candidate c = m_candidates[row];
    m_edit->setText(c.label);
    m_list->clear();
    m_list->hide();
    m_candidates.clear();
    emit placeChosen(c.point, c.label);
}

bool AddressField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress && m_list->isVisible()) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up: {
            const int step = key->key() == Qt::Key_Down ? 1 : -1;
            m_list->setCurrentRow(std::clamp(m_list->currentRow() + step, 0, m_list->count() - 1));
            return true;
        }
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (key->modifiers() & Qt::ControlModifier)
                break; // Ctrl+Enter still saves
            take(m_list->currentRow());
            break; // and Enter goes on to the dialog: it moves to the next field, as everywhere
        case Qt::Key_Escape:
            m_list->hide(); // the first Escape closes the matches, not the dialog
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Cc::CasesWidgets
