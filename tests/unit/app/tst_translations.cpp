// SPDX-License-Identifier: GPL-3.0-or-later
// The UI is Chinese first: the zh_CN file is complete, and the strings the code asks for at
// run time (by their moc or Tr context) find their translation.
#include "appsupport.h"

#include <cc/cases/caseservice.h>
#include <cc/core/casestatemachine.h>
#include <cc/core/role.h>
#include <cc/overview/overviewpanel.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QTest>
#include <QXmlStreamReader>

using namespace Cc;

class tst_Translations : public QObject
{
    Q_OBJECT

private slots:
    void zhFileIsComplete()
    {
        QFile file(QStringLiteral(CC_TS_ZH));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList missing;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished = xml.attributes().value(QLatin1String("type"))
                                        == QLatin1String("unfinished");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (unfinished || text.trimmed().isEmpty())
                    missing << source;
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 300);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(" | "))));
    }

    void runtimeLookupsFindChinese_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("state") << Core::stateName(Core::CaseState::PendingFiling)
                               << QStringLiteral("待立案");
        QTest::newRow("role") << Core::roleName(Core::Role::ShiftLeader)
                              << QStringLiteral("值班长");
        QTest::newRow("action") << Core::actionName(Core::CaseAction::ApprovePostpone)
                                << QStringLiteral("同意延期");
        QTest::newRow("channel") << Cases::channelName(QStringLiteral("hotline-12345"))
                                 << QStringLiteral("12345热线");
        QTest::newRow("level") << Core::levelName(Core::CaseLevel::Urgent)
                               << QStringLiteral("紧急");
    }

    void runtimeLookupsFindChinese()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void widgetCaptionsAreChinese()
    {
        Overview::OverviewPanel panel;
        QStringList captions;
        for (QLabel *label : panel.findChildren<QLabel *>()) {
            if (label->objectName() == QLatin1String("tileCaption"))
                captions << label->text();
        }
        QVERIFY(captions.contains(QStringLiteral("在办案卷")));
        for (const QString &caption : captions) {
            const bool hasHan = std::any_of(caption.cbegin(), caption.cend(), [](QChar c) {
                return c.script() == QChar::Script_Han;
            });
            QVERIFY2(hasHan, qPrintable(caption));
        }
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (App::installTranslations(app, QStringLiteral("zh_CN")) != QLatin1String("zh_CN")) {
        qCritical("the zh_CN translation is not embedded");
        return 1;
    }
    tst_Translations test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_translations.moc"
