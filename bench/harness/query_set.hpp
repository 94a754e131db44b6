#pragma once
// The benchmark's queries: each as newsdex takes it, and as words alone for the peers,
// which have no speaker or topic fields.

#include <string>
#include <vector>

namespace newsdex::bench {

struct BenchQuery {
    std::string text;   ///< newsdex syntax, fields included
    std::string words;  ///< `field:value` terms left out
    bool filtered = false;
};

/// One query a line; blank lines and `#` comments skipped. Throws std::runtime_error when
/// the file cannot be read or holds no query.
std::vector<BenchQuery> load_queries(const std::string& path);

/// `text` without its `field:value` and `field:"quoted value"` terms.
std::string words_only(const std::string& text);

}  // namespace newsdex::bench
