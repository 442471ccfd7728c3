// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one way tests check a Cc::Result. A failed check names the error's code and message;
// a check never calls error() on a success (QVERIFY2 builds its message even when the check
// passes, and error() of a success is not there).

#include <cc/core/result.h>

#include <QString>
#include <QTest>

namespace CcTest {

/// "code: message" of a refusal; empty for a success.
template<typename T>
QString failureOf(const Cc::Result<T> &result)
{
    return result.ok() ? QString()
                       : result.error().code + QStringLiteral(": ") + result.error().message;
}

/// The refusal's code, or "ok": QCOMPARE(CcTest::codeOf(r), "case.no-department") fails cleanly
/// (instead of crashing) when r unexpectedly succeeded.
template<typename T>
QString codeOf(const Cc::Result<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : result.error().code;
}

/// The refusal's message; empty for a success.
template<typename T>
QString messageOf(const Cc::Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace CcTest

/// QVERIFY for a Cc::Result: the test fails, naming the error's code and message, unless `expr`
/// succeeded. `expr` is evaluated once.
#define CC_VERIFY_OK(expr) \
    do { \
        const auto &ccVerifyResult = (expr); \
        QVERIFY2(ccVerifyResult.ok(), qPrintable(::CcTest::failureOf(ccVerifyResult))); \
    } while (false)

/// The check for a refusal: `expr` fails with the error code `expectedCode`, and its message
/// (what a person reads) mentions `mentions`. `expr` is evaluated once.
#define CC_VERIFY_REFUSED(expr, expectedCode, mentions) \
    do { \
        const auto &ccRefusedResult = (expr); \
        QVERIFY2(!ccRefusedResult.ok(), "succeeded where a refusal was expected"); \
        QCOMPARE(ccRefusedResult.error().code, QString(expectedCode)); \
        QVERIFY2(ccRefusedResult.error().message.contains(mentions), \
                 qPrintable(ccRefusedResult.error().message)); \
    } while (false)
