// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A clip file for the hub's clip tests (tst_hub_clips, tst_hub_clipevidence).

#include <cc/cases/caseclips.h>

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstring>

namespace HubTest {

/// A clip file of `bytes` random bytes at `path` (the hub checks bytes, not pictures) and its
/// reference; an empty reference when the file cannot be written.
inline Cc::Cases::ClipReference makeClipFile(const QString &path, qint64 bytes)
{
    QByteArray data(bytes, Qt::Uninitialized);
    for (qint64 i = 0; i < bytes; i += 4) {
        const quint32 r = QRandomGenerator::global()->generate();
        std::memcpy(data.data() + i, &r, size_t(std::min<qint64>(4, bytes - i)));
    }
    Cc::Cases::ClipReference c;
    c.file = path;
    QFile f(c.file);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != bytes)
        return {};
    c.cameraId = QStringLiteral("cam01");
    c.cameraName = QStringLiteral("人民路口");
    c.end = QDateTime::currentDateTimeUtc().addSecs(-60);
    c.start = c.end.addSecs(-30);
    c.size = bytes;
    c.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return c;
}

} // namespace HubTest
