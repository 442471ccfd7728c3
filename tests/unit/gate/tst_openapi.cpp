// SPDX-License-Identifier: GPL-3.0-or-later
// /openapi.json (modules/gate/resources/openapi.json, written by hand) documents exactly the
// routes citygate's Gateway answers, method by method (docs/citygate.md, "OpenAPI").
#include <cc/gate/gateway.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace Cc::Gate;

namespace {

/// Every route citygate serves: Open311, the field API and the platforms' intake.
QList<Route> allRoutes()
{
    return Gateway::routes();
}

} // namespace

class TstOpenApi : public QObject
{
    Q_OBJECT

private slots:
    void documentMatchesRoutes()
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(Open311Service::openApiDocument(),
                                                               &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.object().value("openapi").toString().startsWith("3."));
        QSet<QString> documented;
        const QJsonObject paths = document.object().value("paths").toObject();
        for (auto path = paths.begin(); path != paths.end(); ++path) {
            const QJsonObject methods = path->toObject();
            for (auto method = methods.begin(); method != methods.end(); ++method) {
                if (method.key() == QLatin1String("parameters"))
                    continue;
                QVERIFY2(method->toObject().contains("responses"), qPrintable(path.key()));
                documented.insert(method.key().toUpper() + ' ' + path.key());
            }
        }
        QSet<QString> served;
        for (const Route &route : allRoutes())
            served.insert(QString::fromLatin1(route.method) + ' ' + route.path);
        QVERIFY(!served.isEmpty());
        QCOMPARE(documented - served, QSet<QString>());
        QCOMPARE(served - documented, QSet<QString>());
    }

    /// The path parameters a route's template names are declared in the document.
    void pathParametersDeclared()
    {
        const QJsonObject paths = QJsonDocument::fromJson(Open311Service::openApiDocument())
                                      .object()
                                      .value("paths")
                                      .toObject();
        for (const Route &route : allRoutes()) {
            const QJsonObject operation = paths.value(route.path)
                                              .toObject()
                                              .value(QString::fromLatin1(route.method).toLower())
                                              .toObject();
            QSet<QString> declared;
            for (const QJsonValue &p : operation.value("parameters").toArray()) {
                if (p.toObject().value("in").toString() == QLatin1String("path"))
                    declared.insert(p.toObject().value("name").toString());
            }
            QSet<QString> named;
            qsizetype at = 0;
            while ((at = route.path.indexOf('{', at)) >= 0) {
                const qsizetype end = route.path.indexOf('}', at);
                named.insert(route.path.mid(at + 1, end - at - 1));
                at = end;
            }
            QCOMPARE(declared, named);
        }
    }
};

QTEST_GUILESS_MAIN(TstOpenApi)
#include "tst_openapi.moc"
