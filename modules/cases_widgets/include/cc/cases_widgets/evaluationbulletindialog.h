// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/core/result.h>

#include <QDateTime>
#include <QDialog>

#include <functional>

QT_BEGIN_NAMESPACE
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QThread;
QT_END_NAMESPACE

namespace Cc::CasesWidgets {

/// What the evaluation tab asks for: the bulletin (通报, docs/bulletin.md) of `kind`
/// ("week", "month", "quarter") and `period` ("2026-W48", "2026-11", "2026-Q4") as `format`
/// ("pdf", "odt", "xlsx") in `file`, with the figures as of `now`.
struct BulletinRequest
{
    QString databasePath; ///< the writer opens its own connection: it runs on a worker thread
    QString kind, period, format, file;
    QDateTime now;
};

/// Writes a bulletin. The application injects it (app/gui/mainwindow.cpp): the bulletin
/// module is a level-3 module like this one, which may not link it (docs/design.md §2).
/// Called on a worker thread; the service checks kind, period and format.
using BulletinWriter = std::function<Result<void>(const BulletinRequest &)>;

/// 通报: kind, period (the last complete one by default), format and file, written off the
/// GUI thread with a busy indicator; a failure is shown in the dialog, which stays open.
class EvaluationBulletinDialog : public QDialog
{
    Q_OBJECT

public:
    EvaluationBulletinDialog(BulletinWriter writer, QString databasePath, QDateTime now,
                             QDate today, QWidget *parent = nullptr);
    ~EvaluationBulletinDialog() override; ///< waits for a bulletin being written

    QString kind() const;
    void setKind(const QString &kind);
    QString period() const;
    void setPeriod(const QString &period);
    QString format() const;
    void setFormat(const QString &format);
    QString file() const;
    void setFile(const QString &file);
    bool isBusy() const { return m_worker != nullptr; }
    QString message() const; ///< the last error or the file written, as shown

    /// The periods of `kind` that have ended by `today`, latest first ("2026-11", …).
    static QStringList completePeriods(const QString &kind, const QDate &today, int count);

public slots:
    /// Starts writing; false when nothing was started (busy, or no file named).
    bool write();

signals:
    void written(const QString &file);
    void failed(const QString &message);

private:
    void fillPeriods();
    void suggestFile();
    void chooseFile();
    void finish(const Result<void> &result, const QString &file);
    void setBusy(bool busy);

    BulletinWriter m_writer;
    QString m_databasePath;
    QDateTime m_now;
    QDate m_today;
    bool m_fileChosen = false; ///< the user named the file: do not rename it
    QComboBox *m_kindBox = nullptr;
    QComboBox *m_periodBox = nullptr;
    QComboBox *m_formatBox = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QWidget *m_browse = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QThread *m_worker = nullptr;
};

} // namespace Cc::CasesWidgets
