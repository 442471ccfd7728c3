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

} // namespace Cc::App
