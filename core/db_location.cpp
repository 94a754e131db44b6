#include "newsdex/db_location.hpp"

#include <cstdlib>

namespace newsdex {

namespace {
std::string env(const char* name) {
    const char* value = std::getenv(name);
    return value ? std::string(value) : std::string();
}
}  // namespace

std::string resolve_db_path(const std::optional<std::string>& from_option) {
    if (from_option && !from_option->empty()) return *from_option;
    if (auto db = env("NEWSDEX_DB"); !db.empty()) return db;
    if (auto data = env("XDG_DATA_HOME"); !data.empty()) return data + "/newsdex/db";
    auto home = env("HOME");
    return (home.empty() ? std::string(".") : home) + "/.local/share/newsdex/db";
}

}  // namespace newsdex
