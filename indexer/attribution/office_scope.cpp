// Offices named without a name: whom a text's source speaks for (the country or
// organisation that qualifies a bare title), and the holder of an office on the text's date.

#include <array>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// A publisher that speaks for one country or organisation: its web addresses (a host or
// the end of one), words of its name as sources write it, and the words that qualify an
// office of that country or organisation in the speaker table.
struct Publisher {
    std::vector<std::string_view> hosts;
    std::vector<std::string_view> names;
    std::vector<std::string> qualifiers;
};

const std::vector<Publisher>& publishers() {
    static const std::vector<Publisher> all = {
        {{"whitehouse.gov", "whitehouse.archives.gov", "state.gov", "usembassy.gov",
          "usmission.gov"},
         {"the white house", "white house", "department of state", "state department"},
         {"United States", "US", "U.S.", "American"}},
        {{"un.org"}, {"united nations"}, {"United Nations", "UN", "U.N."}},
        {{"nato.int"}, {"nato"}, {"NATO"}},
        {{"gov.uk", "number10.gov.uk"},
         {"prime minister's office", "10 downing street", "foreign office",
          "foreign, commonwealth & development office"},
         {"United Kingdom", "UK", "British"}},
        {{"kremlin.ru"}, {"kremlin", "president of russia"},
         {"Russia", "Russian", "Russian Federation", "Kremlin"}},
        {{"president.az"}, {"president of the republic of azerbaijan"},
         {"Azerbaijan", "Azerbaijani", "Republic of Azerbaijan"}},
        {{"president.gov.ua"}, {"president of ukraine"}, {"Ukraine", "Ukrainian"}},
        {{"primeminister.am"}, {"prime minister of armenia", "armenian government"},
         {"Armenia", "Armenian", "Republic of Armenia"}},
        {{"consilium.europa.eu"}, {"european council"}, {"European Council"}},
        {{"ec.europa.eu", "commission.europa.eu"}, {"european commission"},
         {"European Commission"}},
    };
    return all;
}

// The host of a web address, lower case (`https://www.un.org/sg/…` → `www.un.org`).
std::string host_of(const std::string& url) {
    auto start = url.find("://");
    start = start == std::string::npos ? 0 : start + 3;
    auto end = url.find_first_of("/?#:", start);
    std::string host = url.substr(start, end == std::string::npos ? end : end - start);
    for (auto& c : host) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return host;
}

bool host_is(const std::string& host, std::string_view domain) {
    return host == domain ||
           (host.size() > domain.size() && host.ends_with(domain) &&
            host[host.size() - domain.size() - 1] == '.');
}

// The words of a phrase folded and joined by single spaces, as the table keys roles.
std::string folded_words(std::string_view text) {
    return join_words(schema::words(schema::fold(text)));
}

}  // namespace

OfficeScope office_scope(const std::string& date, const std::string& source,
                         const std::string& url) {
    OfficeScope scope{date, {}};
    const auto host = host_of(url);
    const auto name = folded_words(source);
    // Only a source that matches one publisher: two (a wire story quoting both) say nothing.
    const Publisher* found = nullptr;
    for (const auto& p : publishers()) {
        bool match = false;
        for (auto h : p.hosts) match = match || (!host.empty() && host_is(host, h));
        for (auto n : p.names) {
            const auto words = folded_words(n);
            // The name's words as words of the source (`United Nations, Secretary-General`).
            match = match || name == words || name.starts_with(words + " ") ||
                    name.ends_with(" " + words) ||
                    name.find(" " + words + " ") != std::string::npos;
        }
        if (!match) continue;
        if (found) return scope;
        found = &p;
    }
    if (found) scope.qualifiers = found->qualifiers;
    return scope;
}

std::optional<OfficeHolder> office_holder(std::string_view office, const OfficeScope& scope,
                                          const SpeakerTable& table) {
    if (auto h = table.holder(office, scope.date)) return h;
    auto words = split_words(office);
    if (!words.empty() && schema::fold(words.front()) == "the") words.erase(words.begin());
    if (words.empty()) return std::nullopt;
    const auto title = join_words(words);
    // `the NATO Secretary General`: the office with its organisation, after `the`.
    if (auto h = table.holder(title, scope.date)) return h;
    for (const auto& q : scope.qualifiers)
        for (const auto& form : {title + " of the " + q, title + " of " + q, q + " " + title,
                                 q + "'s " + title})
            if (auto h = table.holder(form, scope.date)) return h;
    return std::nullopt;
}

std::string office_evidence(const OfficeHolder& holder, const OfficeScope& scope) {
    if (!holder.office.dated()) return "role \"" + holder.office.role + "\"";
    return "office \"" + holder.office.role + "\" on " + scope.date;
}

}  // namespace newsdex::attribution
