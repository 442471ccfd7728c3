// SPDX-License-Identifier: GPL-3.0-or-later
#include <cc/storage/fulltext.h>

#include "storage_p.h"

#include <QStringList>

#include <sqlite3.h>

namespace Cc::Storage {

namespace {

enum class Kind { Separator, Word, Ideograph };

Kind kindOf(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Bopomofo:
        // Written without spaces between words: one token per character.
        if (QChar::isLetterOrNumber(ucs4))
            return Kind::Ideograph;
        break;
    default:
        break;
    }
    // The token characters of unicode61 ("L* N* Co"); anything else separates, as it would
    // inside FTS5, so the text we store and the tokens FTS5 sees agree.
    if (QChar::isLetterOrNumber(ucs4) || QChar::category(ucs4) == QChar::Other_PrivateUse)
        return Kind::Word;
    return Kind::Separator;
}

} // namespace

QString ftsTokens(QStringView text)
{
    QString out;
    out.reserve(text.size() * 2);
    Kind previous = Kind::Separator;
    for (qsizetype i = 0; i < text.size();) {
        char32_t ucs4 = text.at(i).unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(ucs4) && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            width = 2;
        }
        const Kind kind = kindOf(ucs4);
        if (kind != Kind::Separator) {
            const bool join = kind == Kind::Word && previous == Kind::Word;
            if (!join && !out.isEmpty())
                out.append(QLatin1Char(' '));
            out.append(text.mid(i, width));
        }
        previous = kind;
        i += width;
    }
    return out;
}

QString ftsMatchExpression(QStringView userText)
{
    QStringList phrases;
    const auto addPhrase = [&phrases](QStringView word) {
        const QString tokens = ftsTokens(word);
        if (tokens.isEmpty())
            return;
        // ftsTokens keeps only letters and digits, so a '"' can never reach the phrase; the
        // doubling is a second line of defence should the token rules ever change.
        QString quoted = tokens;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrases.append(QLatin1Char('"') + quoted + QLatin1Char('"'));
    };
    // Any whitespace (a full-width space typed with a Chinese IME too) separates words.
    qsizetype start = 0;
    for (qsizetype i = 0; i <= userText.size(); ++i) {
        if (i == userText.size() || userText.at(i).isSpace()) {
            if (i > start)
                addPhrase(userText.sliced(start, i - start));
            start = i + 1;
        }
    }
    return phrases.join(QLatin1Char(' '));
}

namespace Internal {

namespace {

void ftsTokensFunction(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    const auto *data = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int size = sqlite3_value_bytes(argv[0]);
    const QByteArray tokens = ftsTokens(QString::fromUtf8(data, size)).toUtf8();
    sqlite3_result_text(ctx, tokens.constData(), int(tokens.size()), SQLITE_TRANSIENT);
}

} // namespace

int registerFullTextFunctions(sqlite3 *db)
{
    // DETERMINISTIC + INNOCUOUS: usable in migrations, indexes and triggers alike.
    return sqlite3_create_function_v2(db, "cc_fts_tokens", 1,
                                      SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                      nullptr, ftsTokensFunction, nullptr, nullptr, nullptr);
}

} // namespace Internal
} // namespace Cc::Storage
