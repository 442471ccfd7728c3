// SPDX-License-Identifier: GPL-3.0-or-later
// The evaluation tab's 通报 button: asks what to write and hands it to the bulletin module
// through the injected writer, on a worker thread (docs/bulletin.md).
#include <cc/cases_widgets/evaluationbulletindialog.h>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QThread>
#include <QVBoxLayout>

namespace Cc::CasesWidgets {

EvaluationBulletinDialog::EvaluationBulletinDialog(BulletinWriter writer, QString databasePath,
                                                   QDateTime now, QDate today, QWidget *parent)
    : QDialog(parent)
    , m_writer(std::move(writer))
    , m_databasePath(std::move(databasePath))
    , m_now(std::move(now))
    , m_today(today)
{
    //: 通报
    setWindowTitle(tr("Bulletin"));
    m_kindBox = new QComboBox(this);
    //: 周报
    m_kindBox->addItem(tr("Weekly"), QStringLiteral("week"));
    //: 月报
    m_kindBox->addItem(tr("Monthly"), QStringLiteral("month"));
    //: 季报
    m_kindBox->addItem(tr("Quarterly"), QStringLiteral("quarter"));
    m_kindBox->setCurrentIndex(1);
    m_periodBox = new QComboBox(this);
    m_periodBox->setEditable(true); // any period the service accepts, e.g. a year back
    m_periodBox->setToolTip(tr("2026-W48 (week), 2026-11 (month) or 2026-Q4 (quarter)"));
    m_formatBox = new QComboBox(this);
    m_formatBox->addItem(QStringLiteral("PDF"), QStringLiteral("pdf"));
    m_formatBox->addItem(QStringLiteral("ODT"), QStringLiteral("odt"));
    m_formatBox->addItem(QStringLiteral("XLSX"), QStringLiteral("xlsx"));
    m_fileEdit = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Choose…"), this);
    m_browse = browse;
    connect(browse, &QPushButton::clicked, this, &EvaluationBulletinDialog::chooseFile);
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] { m_fileChosen = true; });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind:"), m_kindBox);
    form->addRow(tr("Period:"), m_periodBox);
    form->addRow(tr("Format:"), m_formatBox);
    form->addRow(tr("File:"), fileRow);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // busy, no percentage: the service does not report progress
    m_busy->setVisible(false);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    //: 生成 (write the bulletin file)
    QPushButton *writeButton = m_buttons->addButton(tr("Write"), QDialogButtonBox::AcceptRole);
    writeButton->setDefault(true);
    connect(writeButton, &QPushButton::clicked, this, &EvaluationBulletinDialog::write);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);

    connect(m_kindBox, &QComboBox::currentIndexChanged, this, [this] {
        fillPeriods();
        suggestFile();
    });
    connect(m_periodBox, &QComboBox::currentTextChanged, this,
            &EvaluationBulletinDialog::suggestFile);
    connect(m_formatBox, &QComboBox::currentIndexChanged, this,
            &EvaluationBulletinDialog::suggestFile);
    fillPeriods();
    suggestFile();
    resize(480, sizeHint().height());
}

EvaluationBulletinDialog::~EvaluationBulletinDialog()
{
    // The writer holds its own connection and a file; let it finish rather than cut it off.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QStringList EvaluationBulletinDialog::completePeriods(const QString &kind, const QDate &today,
                                                      int count)
{
    QStringList periods;
    if (kind == QLatin1String("week")) {
        // The Monday of this ISO week; the weeks before it have ended.
        QDate monday = today.addDays(1 - today.dayOfWeek());
        for (int i = 0; i < count; ++i) {
            monday = monday.addDays(-7);
            int year = 0;
            const int week = monday.weekNumber(&year);
            periods << QStringLiteral("%1-W%2").arg(year).arg(week, 2, 10, QLatin1Char('0'));
        }
    } else if (kind == QLatin1String("quarter")) {
        QDate start(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        for (int i = 0; i < count; ++i) {
            start = start.addMonths(-3);
            periods << QStringLiteral("%1-Q%2").arg(start.year()).arg((start.month() - 1) / 3 + 1);
        }
    } else {
        QDate start(today.year(), today.month(), 1);
        for (int i = 0; i < count; ++i) {
            start = start.addMonths(-1);
            periods << start.toString(QStringLiteral("yyyy-MM"));
        }
    }
    return periods;
}

void EvaluationBulletinDialog::fillPeriods()
{
    const QSignalBlocker blocker(m_periodBox);
    m_periodBox->clear();
    m_periodBox->addItems(completePeriods(kind(), m_today, 12));
    m_periodBox->setCurrentIndex(0);
}

void EvaluationBulletinDialog::suggestFile()
{
    if (m_fileChosen) {
        // Keep the user's name, with the suffix of the format chosen.
        const QFileInfo info(file());
        if (!info.fileName().isEmpty())
            m_fileEdit->setText(
                info.dir().filePath(info.completeBaseName() + QLatin1Char('.') + format()));
        return;
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    m_fileEdit->setText(
        QDir(dir).filePath(QStringLiteral("bulletin-%1.%2").arg(period().trimmed(), format())));
}

void EvaluationBulletinDialog::chooseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Write the bulletin to"), file(),
                                                        tr("%1 files (*.%2)")
                                                            .arg(m_formatBox->currentText(),
                                                                 format()));
    if (chosen.isEmpty())
        return;
    m_fileChosen = true;
    m_fileEdit->setText(QFileInfo(chosen).suffix().isEmpty() ? chosen + QLatin1Char('.') + format()
                                                             : chosen);
}

QString EvaluationBulletinDialog::kind() const
{
    return m_kindBox->currentData().toString();
}

void EvaluationBulletinDialog::setKind(const QString &kind)
{
    const int index = m_kindBox->findData(kind);
    if (index >= 0)
        m_kindBox->setCurrentIndex(index);
}

QString EvaluationBulletinDialog::period() const
{
    return m_periodBox->currentText();
}

void EvaluationBulletinDialog::setPeriod(const QString &period)
{
    m_periodBox->setCurrentText(period);
}

QString EvaluationBulletinDialog::format() const
{
    return m_formatBox->currentData().toString();
}

void EvaluationBulletinDialog::setFormat(const QString &format)
{
    const int index = m_formatBox->findData(format);
    if (index >= 0)
        m_formatBox->setCurrentIndex(index);
}

QString EvaluationBulletinDialog::file() const
{
    return m_fileEdit->text().trimmed();
}

void EvaluationBulletinDialog::setFile(const QString &file)
{
    m_fileChosen = true;
    m_fileEdit->setText(file);
}

QString EvaluationBulletinDialog::message() const
{
    return m_message->text();
}

void EvaluationBulletinDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    for (QWidget *w :
         {static_cast<QWidget *>(m_kindBox), static_cast<QWidget *>(m_periodBox),
          static_cast<QWidget *>(m_formatBox), static_cast<QWidget *>(m_fileEdit), m_browse})
        w->setEnabled(!busy);
    m_buttons->setEnabled(!busy);
}

bool EvaluationBulletinDialog::write()
{
    if (m_worker)
        return false;
    const BulletinRequest request{m_databasePath,
                                  kind(),
                                  period().trimmed(),
                                  format(),
                                  file(),
                                  m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc()};
    if (request.file.isEmpty()) {
        m_message->setText(tr("Name the file to write."));
        emit failed(m_message->text());
        return false;
    }
    setBusy(true);
    m_message->setText(tr("Writing the bulletin of %1…").arg(request.period));
    // Composing a bulletin counts a period's cases several ways: seconds on a large city.
    m_worker = QThread::create([this, writer = m_writer, request] {
        const Result<void> result = writer
                                        ? writer(request)
                                        : Result<void>(
                                            makeError(QStringLiteral("bulletin.unavailable"),
                                                      tr("This window cannot write bulletins.")));
        QMetaObject::invokeMethod(
            this, [this, result, file = request.file] { finish(result, file); },
            Qt::QueuedConnection);
    });
    m_worker->start();
    return true;
}

void EvaluationBulletinDialog::finish(const Result<void> &result, const QString &file)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    setBusy(false);
    if (!result) {
        m_message->setStyleSheet(QStringLiteral("color: #c62828;"));
        m_message->setText(tr("The bulletin was not written: %1 [%2]")
                               .arg(result.error().message, result.error().code));
        emit failed(m_message->text());
        return;
    }
    m_message->setStyleSheet({});
    m_message->setText(tr("Written: %1").arg(QDir::toNativeSeparators(file)));
    emit written(file);
    accept();
}

} // namespace Cc::CasesWidgets
