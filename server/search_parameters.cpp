#include "search_parameters.hpp"

#include <algorithm>
#include <set>

#include "cli_common.hpp"
#include "newsdex/display_text.hpp"

namespace newsdex::serve {

namespace {

const std::set<std::string> kRepeatable = {"speaker", "topic", "kind", "facets"};
const std::set<std::string> kSingle = {"q",      "since",  "until",       "sort",
                                       "limit",  "offset", "per_article", "facet_limit",
                                       "explain", "no_feedback", "no_also"};

std::size_t whole(const std::string& name, std::string value, std::uint64_t most) {
    if (auto problem = cli::whole_number(0, most)(value); !problem.empty())
        throw BadParameter(name + ": " + problem);
    return static_cast<std::size_t>(std::stoull(value));
}

// A flag: present without a value, or 1/true/yes, or 0/false/no.
bool flag(const std::string& name, const std::string& value) {
    if (value.empty() || value == "1" || value == "true" || value == "yes") return true;
    if (value == "0" || value == "false" || value == "no") return false;
    throw BadParameter(name + ": " + display_text(value) + " is not true or false");
}

void one_of(const std::string& name, const std::string& value,
            const std::vector<std::string>& allowed) {
    if (std::find(allowed.begin(), allowed.end(), value) != allowed.end()) return;
    std::string list;
    for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
    throw BadParameter(name + ": " + display_text(value) + " is not one of " + list);
}

}  // namespace

SearchParameters search_parameters(const std::multimap<std::string, std::string>& params) {
    SearchParameters out;
    auto& r = out.request;
    for (auto it = params.begin(); it != params.end(); it = params.upper_bound(it->first)) {
        const auto& name = it->first;
        if (!kRepeatable.count(name) && !kSingle.count(name))
            throw BadParameter("unknown parameter " + display_text(name) +
                               " (known: q, speaker, topic, kind, since, until, sort, limit, "
                               "offset, per_article, facets, facet_limit, explain, no_feedback, "
                               "no_also)");
        if (kSingle.count(name) && params.count(name) > 1)
            throw BadParameter(name + " is given more than once");
    }
    for (const auto& [name, value] : params) {
        if (name == "q") r.query = value;
        else if (name == "speaker") r.speakers.push_back(value);
        else if (name == "topic") r.topics.push_back(value);
        else if (name == "kind") {
            one_of(name, value, cli::kKindNames);
            r.kinds.push_back(value);
        } else if (name == "since") r.since = value;
        else if (name == "until") r.until = value;
        else if (name == "sort") {
            one_of(name, value, cli::kSortNames);
            r.sort = cli::sort_from_name(value);
        } else if (name == "limit") r.limit = whole(name, value, kMaxServeLimit);
        else if (name == "offset") r.offset = whole(name, value, kMaxOffset);
        else if (name == "per_article") r.per_article = whole(name, value, kMaxPerArticle);
        else if (name == "facet_limit") out.facet_limit = whole(name, value, kMaxLimit);
        else if (name == "explain") r.explain = flag(name, value);
        else if (name == "no_feedback") {
            if (flag(name, value)) r.ranking.feedback_docs = 0;
        } else if (name == "no_also") {
            r.also = !flag(name, value);
        } else if (name == "facets") {
            // Comma-separated or repeated, as --facets takes them.
            for (auto& facet : cli::comma_list(value)) r.facets.push_back(std::move(facet));
        }
    }
    if (r.query.empty() && !cli::has_filter(r)) throw BadParameter("give q or a filter parameter");
    return out;
}

}  // namespace newsdex::serve
