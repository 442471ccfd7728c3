// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Cc::App {

/// Installs the translators for `language` ("zh_CN", "en"; empty: the system locale) and
/// makes it the default locale. Returns the language actually loaded ("en" when none fits).
QString installTranslations(QCoreApplication &app, const QString &language);

/// Removes the password (and user) from URLs in `text` (rtsp://user:pw@host → rtsp://host):
/// credentials are never shown in the UI or logs.
QString redactCredentials(const QString &text);

/// For the background processes (cityrec, cityvision): SIGTERM and SIGINT end `app`'s event
/// loop (the handler only sets a flag, which a 100 ms timer reads: nothing but async-signal-safe
/// work in the handler). Call it before the process says it is ready.
void quitOnTermination(QCoreApplication &app);
/// --exit-with-parent: the kernel kills this process when its parent dies (PR_SET_PDEATHSIG),
/// so a tool started beside the app or a test never outlives it.
void exitWithParent();

} // namespace Cc::App
