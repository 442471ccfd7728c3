// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A logged-in session for a demo-city user without the password check (argon2id costs a
// second per login), and a helper that answers a modal dialog once it is shown.

#include <cc/cases/auth.h>
#include <cc/storage/repositories.h>

#include <QApplication>
#include <QDialog>
#include <QTest>
#include <QTimer>

#include <functional>

inline Cc::Cases::Session deskSession(Cc::Storage::Database &db, const QString &login)
{
    auto users = Cc::Storage::UserRepository(db).all();
    if (!users)
        return {};
    for (const Cc::Storage::UserRow &u : users.value()) {
        if (u.login != login)
            continue;
        Cc::Cases::Session s{u, {}};
        for (Cc::Core::Role r : Cc::Core::allRoles()) {
            if (u.roles.contains(Cc::Core::roleId(r)))
                s.roles.append(r);
        }
        return s;
    }
    return {};
}

/// Runs `answer` on the next modal widget of type W once the event loop shows it (exec()
/// blocks the caller); closes whatever is left open so that a failure cannot hang.
template<typename W>
void whenShown(std::function<void(W *)> answer, int delayMs = 0)
{
    QTimer::singleShot(delayMs, [answer] {
        auto *widget = qobject_cast<W *>(QApplication::activeModalWidget());
        if (!widget) {
            qWarning("no modal widget of the expected type");
            if (auto *other = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
                other->reject();
            return;
        }
        answer(widget);
    });
}

/// Types text as key events; QTest::keyClicks takes only ASCII, and the fields take Chinese.
inline void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}
