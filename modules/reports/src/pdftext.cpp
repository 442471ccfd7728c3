// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdftext.h"

#include <QHash>
#include <QString>

namespace Cc::Reports {

namespace {

/// The ideograph a radical stands for: Kangxi radicals (U+2F00–2FD5) by their compatibility
/// decomposition; the CJK Radicals Supplement's simplified forms (U+2E80–2EF3), which have
/// none, from Unicode's EquivalentUnifiedIdeograph.txt (the ones a simplified-Chinese text uses).
char16_t ideographFor(char16_t radical)
{
    if (radical >= 0x2F00 && radical <= 0x2FD5) {
        const QString d = QChar(radical).decomposition();
        return d.size() == 1 ? d.at(0).unicode() : radical;
    }
    static const QHash<char16_t, char16_t> supplement{
        {0x2E85, 0x4EBB}, {0x2E86, 0x5182}, {0x2E89, 0x5202}, {0x2E8F, 0x5C23}, {0x2E90, 0x5C22},
        {0x2E92, 0x5DF3}, {0x2E93, 0x5E7A}, {0x2E94, 0x5F51}, {0x2E96, 0x5FC4}, {0x2E98, 0x624C},
        {0x2E99, 0x6535}, {0x2E9B, 0x65E1}, {0x2E9F, 0x6BCD}, {0x2EA0, 0x6C11}, {0x2EA1, 0x6C35},
        {0x2EA2, 0x6C3A}, {0x2EA3, 0x706C}, {0x2EA4, 0x722B}, {0x2EA6, 0x4E2C}, {0x2EA8, 0x72AD},
        {0x2EA9, 0x738B}, {0x2EAB, 0x7F52}, {0x2EAC, 0x793A}, {0x2EAD, 0x793B}, {0x2EB9, 0x8002},
        {0x2EBE, 0x8279}, {0x2EC1, 0x864E}, {0x2EC2, 0x8864}, {0x2EC3, 0x8980}, {0x2EC4, 0x897F},
        {0x2EC5, 0x89C1}, {0x2EC6, 0x89D2}, {0x2EC8, 0x8BA0}, {0x2EC9, 0x8D1D}, {0x2ECB, 0x8F66},
        {0x2ECC, 0x8FB6}, {0x2ECF, 0x961D}, {0x2ED0, 0x9485}, {0x2ED1, 0x9577}, {0x2ED3, 0x957F},
        {0x2ED4, 0x95E8}, {0x2ED6, 0x961D}, {0x2ED7, 0x96E8}, {0x2ED8, 0x9752}, {0x2ED9, 0x97E6},
        {0x2EDA, 0x9875}, {0x2EDB, 0x98CE}, {0x2EDC, 0x98DE}, {0x2EDD, 0x98DF}, {0x2EDF, 0x98E0},
        {0x2EE0, 0x9963}, {0x2EE2, 0x9A6C}, {0x2EE3, 0x9AA8}, {0x2EE4, 0x9B3C}, {0x2EE5, 0x9C7C},
        {0x2EE6, 0x9E1F}, {0x2EE7, 0x5364}, {0x2EE8, 0x9EA6}, {0x2EE9, 0x9EC4}, {0x2EEA, 0x9EFE},
        {0x2EEC, 0x9F50}, {0x2EEE, 0x9F7F}, {0x2EF0, 0x9F99}, {0x2EF3, 0x9F9F}};
    return supplement.value(radical, radical);
}

/// Rewrites the "<XXXX>" at `at` (6 bytes) when it names a radical.
int fixToken(QByteArray &pdf, qsizetype at)
{
    bool ok = false;
    const auto code = char16_t(pdf.mid(at + 1, 4).toUShort(&ok, 16));
    if (!ok || code < 0x2E80 || code > 0x2FDF)
        return 0;
    const char16_t ideograph = ideographFor(code);
    if (ideograph == code)
        return 0;
    const QByteArray hex = QByteArray::number(ideograph, 16).toUpper().rightJustified(4, '0');
    pdf.replace(at + 1, 4, hex);
    return 1;
}

bool isToken(const QByteArray &pdf, qsizetype at)
{
    return at + 5 < pdf.size() && pdf.at(at) == '<' && pdf.at(at + 5) == '>';
}

/// One line of a bfrange ("<lo> <hi> [<u> …]" or "<lo> <hi> <u>") or bfchar ("<g> <u>")
/// block: only the destinations change, and a range's single start only when it maps one glyph.
int fixLine(QByteArray &pdf, qsizetype from, qsizetype to, bool range)
{
    int fixed = 0;
    if (!range)
        return isToken(pdf, from + 7) ? fixToken(pdf, from + 7) : 0;
    if (!isToken(pdf, from) || !isToken(pdf, from + 7))
        return 0;
    const qsizetype open = pdf.indexOf('[', from);
    if (open >= 0 && open < to) {
        for (qsizetype at = pdf.indexOf('<', open); at >= 0 && at < to;
             at = pdf.indexOf('<', at + 6)) {
            if (isToken(pdf, at))
                fixed += fixToken(pdf, at);
        }
        return fixed;
    }
    if (pdf.mid(from, 6) == pdf.mid(from + 7, 6) && isToken(pdf, from + 14))
        fixed += fixToken(pdf, from + 14);
    return fixed;
}

} // namespace

int fixRadicalsInToUnicode(QByteArray &pdf)
{
    int fixed = 0;
    for (const bool range : {true, false}) {
        const QByteArray begin = range ? QByteArrayLiteral("beginbfrange")
                                       : QByteArrayLiteral("beginbfchar");
        const QByteArray end = range ? QByteArrayLiteral("endbfrange")
                                     : QByteArrayLiteral("endbfchar");
        for (qsizetype at = pdf.indexOf(begin); at >= 0; at = pdf.indexOf(begin, at + 1)) {
            const qsizetype stop = pdf.indexOf(end, at);
            if (stop < 0)
                break;
            for (qsizetype line = pdf.indexOf('\n', at) + 1; line > 0 && line < stop;) {
                qsizetype next = pdf.indexOf('\n', line);
                if (next < 0 || next > stop)
                    next = stop;
                fixed += fixLine(pdf, line, next, range);
                line = next + 1;
            }
        }
    }
    return fixed;
}

} // namespace Cc::Reports
