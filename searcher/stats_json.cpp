#include "newsdex/display_text.hpp"
#include "newsdex/json_version.hpp"
#include "newsdex/presenters.hpp"
#include "newsdex/record_json.hpp"

namespace newsdex {

nlohmann::ordered_json stats_json(const DatabaseStats& s) {
    using json = nlohmann::ordered_json;
    auto null_if_empty = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
    json j = {{kJsonVersionKey, kJsonVersion},
              {"articles", s.articles},
              {"passages", s.passages},
              {"speakers", s.speakers},
              {"first_date", null_if_empty(s.first_date)},
              {"last_date", null_if_empty(s.last_date)},
              {"last_indexed", null_if_empty(s.last_indexed)},
              {"schema_version", s.schema_version},
              {"positions", s.positions}};
    if (!s.last_run.empty()) j["last_run"] = json::parse(s.last_run, nullptr, false);
    return j;
}

std::string stats_json_text(const DatabaseStats& stats, int indent) {
    return dump_json(stats_json(stats), indent);
}

}  // namespace newsdex
