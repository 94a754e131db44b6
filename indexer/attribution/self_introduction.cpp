#include <cctype>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// A word of a person's name: title case, not a function word; the first not a title either
// (a surname may be one: `Amanda Head`).
bool name_part(const std::string& word, bool first) {
    if (word.size() < 2 || !std::isupper(static_cast<unsigned char>(word[0])) ||
        !std::islower(static_cast<unsigned char>(word[1])))
        return false;
    const auto folded = schema::fold(word);
    return !(first && is_title_word(folded)) && !is_sentence_opener(folded) &&
           !is_organisation_word(folded);
}

std::string bare(std::string word) {
    while (!word.empty() && std::string_view(",.:;!?").find(word.back()) != std::string_view::npos)
        word.pop_back();
    return word;
}

}  // namespace

std::optional<std::string> self_introduced(const std::string& text) {
    // Only the opening of the question: a name further on is someone it is about.
    auto words = split_words(text.substr(0, 240));
    for (std::size_t i = 0; i < words.size(); ++i) {
        // `Amanda Head with Just the News`, `Trevor Hunnicutt from Reuters`,
        // `I'm Trevor Hunnicutt with Reuters`.
        std::size_t n = 0;
        while (i + n < words.size() && n < 3 && name_part(bare(words[i + n]), n == 0) &&
               bare(words[i + n]) == words[i + n])
            ++n;
        if (n < 2 || i + n >= words.size()) continue;
        const auto next = schema::fold(words[i + n]);
        if (next != "with" && next != "from") continue;
        // What comes before the name: the start, a greeting or thanks ending in a stop or a
        // comma, or `I'm`.
        if (i > 0) {
            const auto& before = words[i - 1];
            const auto folded = schema::fold(before);
            if (folded != "i'm" && folded != "i’m" && before.back() != '.' && before.back() != ',')
                continue;
        }
        std::string name;
        for (std::size_t k = 0; k < n; ++k) name += (k ? " " : "") + words[i + k];
        return name;
    }
    return std::nullopt;
}

}  // namespace newsdex::attribution
