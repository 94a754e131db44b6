// Lines of a one-speaker text (a statement, a reprinted release) that are not its speaker's
// words: a republisher's credit (`Source: UN News`) and a reporter's line leading into the
// quoted statement (`The statement said, in part:`).

#include <cctype>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"

namespace newsdex::attribution {

bool credit_line(std::string_view paragraph) {
    const auto text = trim_blanks(paragraph);
    // The UN press releases' footer.
    if (text == "For information media. Not an official record." ||
        text == "For information media - not an official record.")
        return true;
    // `Source: UN News`, `Source - NATO`: the word, a colon or a dash, then a short name in
    // title case with no sentence in it.
    for (std::string_view lead : {"Source:", "Source -", "Source \u2013", "Source \u2014"}) {
        if (!text.starts_with(lead)) continue;
        const auto rest = split_words(text.substr(lead.size()));
        if (rest.empty() || rest.size() > 5 || text.back() == '.') return false;
        for (const auto& w : rest)
            if (!std::isupper(static_cast<unsigned char>(w[0]))) return false;
        return true;
    }
    return false;
}

bool reported_lead_in(std::string_view paragraph) {
    const auto text = trim_blanks(paragraph);
    if (text.empty() || text.back() != ':') return false;
    const auto words = split_words(text);
    if (words.size() > 12) return false;
    // Someone else's voice: no first or second person (`I would say the following:`, `Dear
    // friends:` are the speaker's own), and a speech verb (`said`, `reads`).
    bool speech = false;
    for (const auto& w : words) {
        auto folded = fold_word(w);
        while (!folded.empty() && !std::isalpha(static_cast<unsigned char>(folded.back())))
            folded.pop_back();
        if (folded == "i" || folded == "we" || folded == "my" || folded == "our" ||
            folded == "me" || folded == "us" || folded == "you" || folded == "dear")
            return false;
        Tok t;
        t.kind = Kind::word;
        t.low = folded;
        speech = speech || is_speech_verb(t) || folded == "reads";
    }
    return speech;
}

}  // namespace newsdex::attribution
