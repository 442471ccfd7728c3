// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Cc::Storage {

/// Text as the full-text index (case_fts, FTS5 unicode61) stores it: every CJK ideograph
/// (and kana) becomes a token of its own, runs of other letters and digits stay words, and
/// everything else becomes a single space. unicode61 sees a run of Chinese as one token and
/// Debian 12 has no Chinese segmenter, so single-character tokens queried as a phrase are
/// what lets a term of any length match (docs/design.md §6). Registered on every
/// connection as the deterministic SQL function cc_fts_tokens(text), so SQL (migrations,
/// bulk copies) and C++ index exactly the same tokens.
QString ftsTokens(QStringView text);

/// An FTS5 MATCH expression for what a user typed: each whitespace-separated word becomes
/// one quoted phrase of its tokens ("井盖 破损" → "井 盖" "破 损", all must match), so no
/// character the user types can act as FTS5 syntax. Empty when the text has no token.
QString ftsMatchExpression(QStringView userText);

} // namespace Cc::Storage
