#pragma once
// Where the database lives when the user does not say: --db, else $NEWSDEX_DB, else
// $XDG_DATA_HOME/newsdex/db, else ~/.local/share/newsdex/db.

#include <optional>
#include <string>

namespace newsdex {

std::string resolve_db_path(const std::optional<std::string>& from_option);

}  // namespace newsdex
