// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsupport.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTimer>
#include <QTranslator>

#include <atomic>
#include <csignal>

#include <sys/prctl.h>

namespace Cc::App {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // English is the source language: nothing to load for it.
    if (!own->load(locale, QStringLiteral("citycommand"), QStringLiteral("_"),
                   QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    app.installTranslator(own);
    // Qt's own texts (Save, Cancel, OK in button boxes and message boxes, the file dialogs):
    // Debian's qt6-translations-l10n. "qt" is the catalogue of every Qt module's file.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qt"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return locale.name();
}

QString redactCredentials(const QString &text)
{
    static const QRegularExpression credentials(
        QStringLiteral("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@"));
    QString redacted = text;
    return redacted.replace(credentials, QStringLiteral("\\1"));
}

namespace {
std::atomic<bool> g_terminated{false};
void onTermination(int)
{
    g_terminated = true;
}
} // namespace

void quitOnTermination(QCoreApplication &app)
{
    std::signal(SIGTERM, onTermination);
    std::signal(SIGINT, onTermination);
    auto *poll = new QTimer(&app);
    QObject::connect(poll, &QTimer::timeout, &app, [&app] {
        if (g_terminated)
            app.quit();
    });
    poll->start(100);
}

void exitWithParent()
{
    prctl(PR_SET_PDEATHSIG, SIGKILL);
}

} // namespace Cc::App
