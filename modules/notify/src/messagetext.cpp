// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagetext.h"

#include <QCryptographicHash>

namespace Cc::Notify {

QString fillTemplate(const QString &templateText, const MessageFields &fields)
{
    QString out;
    out.reserve(templateText.size() + 64);
    qsizetype i = 0;
    while (i < templateText.size()) {
        const qsizetype open = templateText.indexOf(QLatin1Char('{'), i);
        const qsizetype close = open < 0 ? -1 : templateText.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            out += QStringView(templateText).mid(i);
            break;
        }
        out += QStringView(templateText).mid(i, open - i);
        const QString name = templateText.mid(open + 1, close - open - 1);
        auto it = fields.constFind(name);
        out += it != fields.cend() ? *it : templateText.mid(open, close - open + 1);
        i = close + 1;
    }
    return out;
}

QString messageId(const QString &cause, const QString &rule, const QString &recipient)
{
    const QByteArray key = (cause + QChar(0x1f) + rule + QChar(0x1f) + recipient).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return QString::fromLatin1(hash.left(32));
}

} // namespace Cc::Notify
