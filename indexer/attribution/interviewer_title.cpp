#include <cctype>
#include <string>
#include <string_view>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// A word of a person's name in a title: title case (`Lester`, `Holt`), or an initial (`J.`);
// no office (`Foreign Minister Kuleba` names the other party by office, not an interviewer).
bool name_word(const std::string& word, bool first) {
    if (word.size() == 2 && std::isupper(static_cast<unsigned char>(word[0])) && word[1] == '.')
        return !first;
    // `O'Donnell`, `D’Souza`: a capital, an apostrophe and a name in title case.
    for (std::string_view apostrophe : {"'", "\u2019"})
        if (word.size() > 1 + apostrophe.size() + 1 &&
            std::isupper(static_cast<unsigned char>(word[0])) &&
            std::string_view(word).substr(1).starts_with(apostrophe))
            return name_word(word.substr(1 + apostrophe.size()), first);
    if (word.size() < 2 || !std::isupper(static_cast<unsigned char>(word[0])) ||
        !std::islower(static_cast<unsigned char>(word[1])))
        return false;
    const auto folded = schema::fold(word);
    return !is_title_word(folded) && !is_organisation_word(folded) && !is_sentence_opener(folded);
}

}  // namespace

std::optional<std::string> interviewer_of_title(const std::string& title) {
    const auto words = split_words(title);
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (schema::fold(words[i - 1]) != "with") continue;
        std::size_t n = 0;
        while (i + n < words.size() && n < 3 && name_word(words[i + n], n == 0)) ++n;
        if (n < 2) continue;
        // The name ends the title or is followed by the outlet (`of NBC Nightly News`,
        // `on CBS`, `from Reuters`).
        if (i + n < words.size()) {
            const auto next = schema::fold(words[i + n]);
            if (next != "of" && next != "on" && next != "from" && next != "at") continue;
        }
        std::string name;
        for (std::size_t k = 0; k < n; ++k) name += (k ? " " : "") + words[i + k];
        return name;
    }
    return std::nullopt;
}

std::vector<std::string> hosts_of_title(const std::string& title) {
    const auto words = split_words(title);
    std::vector<std::string> hosts;
    for (std::size_t i = 1; i < words.size(); ++i) {
        if (schema::fold(words[i - 1]) != "with") continue;
        // Names of two or three words, each list item ending at a comma or before `and`,
        // the list ending at the outlet (`of Morning Joe`) or the title's end.
        while (i < words.size()) {
            std::size_t n = 0;
            std::string name;
            bool comma = false;
            while (i + n < words.size() && n < 3) {
                std::string w = words[i + n];
                comma = !w.empty() && w.back() == ',';
                if (comma) w.pop_back();
                if (!name_word(w, n == 0)) break;
                name += (n ? " " : "") + w;
                ++n;
                if (comma) break;
            }
            if (n < 2) break;
            hosts.push_back(name);
            i += n;
            if (i < words.size() && schema::fold(words[i]) == "and")
                ++i;
            else if (!comma)
                break;
        }
        break;
    }
    return hosts;
}

}  // namespace newsdex::attribution
