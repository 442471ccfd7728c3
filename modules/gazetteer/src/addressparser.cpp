// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressparser.h"

#include <QRegularExpression>

#include <cmath>

namespace Cc::Gazetteer {

namespace {

const QString kDirections = QStringLiteral("东北|东南|西北|西南|东|南|西|北");
const QString kChineseDigits = QStringLiteral("零〇一二两三四五六七八九十百千");

/// Street kinds, longest first so 大道 wins over 道.
const QStringList &streetSuffixes()
{
    static const QStringList list = {QStringLiteral("大道"), QStringLiteral("大街"),
                                     QStringLiteral("胡同"), QStringLiteral("路"),
                                     QStringLiteral("街"),   QStringLiteral("道"),
                                     QStringLiteral("巷"),   QStringLiteral("弄")};
    return list;
}

/// What closes an intersection: 交叉口, 路口 …, longest first.
const QStringList &crossingWords()
{
    static const QStringList list = {QStringLiteral("十字路口"), QStringLiteral("交叉路口"),
                                     QStringLiteral("交叉口"),   QStringLiteral("交汇处"),
                                     QStringLiteral("交会处"),   QStringLiteral("路口"),
                                     QStringLiteral("交口"),     QStringLiteral("十字")};
    return list;
}

bool chopSuffix(QString &text, const QStringList &words)
{
    for (const QString &w : words) {
        if (text.size() > w.size() && text.endsWith(w)) {
            text.chop(w.size());
            return true;
        }
    }
    return false;
}

/// Strips what only says "about there": 附近, 旁边, 一带 …
void chopVagueness(QString &text)
{
    static const QStringList words = {QStringLiteral("附近"), QStringLiteral("旁边"),
                                      QStringLiteral("周边"), QStringLiteral("一带"),
                                      QStringLiteral("对面"), QStringLiteral("旁"),
                                      QStringLiteral("处"),   QStringLiteral("这里"),
                                      QStringLiteral("那里")};
    while (chopSuffix(text, words)) {
    }
}

/// "…向西180米", "…北侧", "…东门" at the end of the text, peeled off in that order.
void peelModifiers(QString &text, ParsedAddress &p)
{
    chopVagueness(text);
    static const QRegularExpression side(
        QStringLiteral("(%1)(?:侧|边|面|方向|方)$").arg(kDirections));
    if (auto m = side.match(text); m.hasMatch() && m.capturedStart() > 0) {
        p.side = m.captured(1);
        text.truncate(m.capturedStart());
        chopVagueness(text);
    }
    static const QRegularExpression move(
        QStringLiteral(
            "(?:向|往|朝)?(%1)(?:方向)?(?:约|大约)?(\\d+(?:\\.\\d+)?|[%2]+)(米|m|公里|km)$")
            .arg(kDirections, kChineseDigits));
    if (auto m = move.match(text); m.hasMatch() && m.capturedStart() > 0) {
        const QString digits = m.captured(2);
        bool isDecimal = false;
        double value = digits.toDouble(&isDecimal);
        if (!isDecimal)
            value = parseNumber(digits);
        if (value >= 0) {
            const QString unit = m.captured(3);
            p.moveM = (unit == QLatin1String("公里") || unit == QLatin1String("km")) ? value * 1000
                                                                                     : value;
            p.moveDirection = m.captured(1);
            text.truncate(m.capturedStart());
            chopVagueness(text);
        }
    }
    static const QRegularExpression gate(QStringLiteral("(%1|正|大|前|后)门$").arg(kDirections));
    if (auto m = gate.match(text); m.hasMatch() && m.capturedStart() > 0) {
        p.gate = m.captured(1);
        text.truncate(m.capturedStart());
    }
}

/// "人民路12号", "人民路12", "人民路十二号", "rml12h" → name + number.
bool readHouseNumber(const QString &text, ParsedAddress &p)
{
    static const QRegularExpression arabic(
        QStringLiteral("^(.+?)(\\d+)(?:-\\d+)?(号|#|hao|h)?(?:院|楼|栋)?$"));
    static const QRegularExpression chinese(QStringLiteral("^(.+?)([%1]+)号$").arg(kChineseDigits));
    for (const QRegularExpression *re : {&arabic, &chinese}) {
        const auto m = re->match(text);
        if (!m.hasMatch())
            continue;
        const int n = parseNumber(m.captured(2));
        if (n <= 0 || n > 99999)
            return false;
        p.form = ParsedAddress::Form::HouseNumber;
        p.name = m.captured(1);
        p.number = n;
        p.numberMarked = re == &chinese || !m.captured(3).isEmpty();
        return true;
    }
    return false;
}

/// Splits at the separator of an intersection; "" as the second name while typing.
QList<std::pair<QString, QString>> intersectionSplits(const QString &text)
{
    QString body = text;
    const bool marked = chopSuffix(body, crossingWords());
    QList<std::pair<QString, QString>> out;
    static const QString separators = QStringLiteral("与、/&+跟及交和");
    for (qsizetype i = 1; i < body.size(); ++i) {
        if (!separators.contains(body[i]))
            continue;
        // 和 inside a name (和平路) is only a separator where a street name ends before it.
        if (body[i] == u'和' || body[i] == u'交' || body[i] == u'及') {
            const QString left = body.left(i);
            const bool endsStreet = std::any_of(streetSuffixes().cbegin(), streetSuffixes().cend(),
                                                [&](const QString &s) { return left.endsWith(s); });
            if (!endsStreet)
                continue;
        }
        out.append({body.left(i), body.mid(i + 1)});
    }
    if (out.isEmpty() && marked) {
        // "人民路解放路交叉口": split after a street kind inside the text.
        for (qsizetype i = 1; i + 1 < body.size(); ++i) {
            for (const QString &s : streetSuffixes()) {
                if (body.mid(0, i + 1).endsWith(s)) {
                    out.append({body.left(i + 1), body.mid(i + 1)});
                    break;
                }
            }
        }
    }
    return out;
}

/// Drops an administrative prefix (河南省安阳市汤阴县…, 城关街道…) that names no street.
QString withoutAdminPrefix(const QString &name)
{
    static const QRegularExpression prefix(QStringLiteral(
        "^(?:[^省]{2,7}省)?(?:[^市]{2,7}市)?(?:[^县区]{2,7}[县区])?(?:[^街]{2,5}街道)?"));
    const auto m = prefix.match(name);
    if (m.capturedLength() > 0 && name.size() - m.capturedLength() >= 2)
        return name.mid(m.capturedLength());
    return name;
}

} // namespace

QString normaliseAddress(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC);
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c.isSpace())
            continue;
        if (c == u'號')
            c = u'号';
        out.append(c.toLower());
    }
    return out;
}

int parseNumber(const QString &text)
{
    if (text.isEmpty())
        return -1;
    bool ok = false;
    const int arabic = text.toInt(&ok);
    if (ok)
        return arabic;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    const auto digitOf = [](QChar c) {
        if (c == u'〇')
            return 0;
        if (c == u'两')
            return 2;
        return int(digits.indexOf(c));
    };
    const bool positional = text.contains(u'十') || text.contains(u'百') || text.contains(u'千');
    if (!positional) { // 一八零 = 180
        int value = 0;
        for (QChar c : text) {
            const int d = digitOf(c);
            if (d < 0)
                return -1;
            value = value * 10 + d;
        }
        return value;
    }
    int total = 0, pending = -1;
    for (QChar c : text) {
        const int unit = c == u'千' ? 1000 : c == u'百' ? 100 : c == u'十' ? 10 : 0;
        if (unit) {
            total += (pending < 0 ? 1 : pending) * unit; // 十二: the 1 is implied
            pending = -1;
        } else {
            const int d = digitOf(c);
            if (d < 0)
                return -1;
            pending = d;
        }
    }
    return total + std::max(pending, 0);
}

QPointF directionVector(const QString &direction)
{
    QPointF v;
    for (QChar c : direction) {
        if (c == u'东')
            v += QPointF(1, 0);
        else if (c == u'西')
            v += QPointF(-1, 0);
        else if (c == u'北')
            v += QPointF(0, 1);
        else if (c == u'南')
            v += QPointF(0, -1);
    }
    const double len = std::hypot(v.x(), v.y());
    return len > 0 ? v / len : QPointF();
}

QString streetStem(const QString &name)
{
    QString stem = name;
    chopSuffix(stem, streetSuffixes());
    return stem;
}

QList<ParsedAddress> parseAddress(const QString &normalised)
{
    QList<ParsedAddress> out;
    if (normalised.isEmpty())
        return out;
    ParsedAddress base;
    QString text = normalised;
    peelModifiers(text, base);
    static const QRegularExpression latinOnly(QStringLiteral("^[a-z0-9/&+]+$"));
    base.latin = latinOnly.match(text).hasMatch() && text.front().isLetter();

    for (const auto &[a, b] : intersectionSplits(text)) {
        ParsedAddress p = base;
        p.form = ParsedAddress::Form::Intersection;
        p.name = withoutAdminPrefix(a);
        p.secondName = b;
        out << p;
    }
    ParsedAddress numbered = base;
    if (readHouseNumber(text, numbered)) {
        numbered.name = withoutAdminPrefix(numbered.name);
        out << numbered;
    }
    ParsedAddress named = base;
    named.name = text;
    out << named;
    if (const QString shorter = withoutAdminPrefix(text); shorter != text) {
        named.name = shorter;
        out << named;
    }
    return out;
}

} // namespace Cc::Gazetteer
