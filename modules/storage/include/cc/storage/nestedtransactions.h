// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cc/storage/database.h>

namespace Cc::Storage {

/// While one lives, a Transaction opened on `db` inside an open transaction is a savepoint
/// instead of a refused second BEGIN: its work commits or rolls back whole within the outer
/// transaction, and is durable when the outer one commits. For a caller that runs whole
/// services inside a transaction of its own (citygate's group commit, docs/citygate.md
/// "Group commit"); everywhere else a nested BEGIN stays refused, so that no one takes a
/// commit for durable that is not. Per thread, as the connection is (docs/design.md §2).
class NestedTransactions
{
public:
    explicit NestedTransactions(Database &db);
    ~NestedTransactions();
    NestedTransactions(const NestedTransactions &) = delete;
    NestedTransactions &operator=(const NestedTransactions &) = delete;

private:
    Database &m_db;
    bool m_already = false; ///< an enclosing one allows it already
};

} // namespace Cc::Storage
