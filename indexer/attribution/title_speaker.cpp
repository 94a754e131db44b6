#include <cctype>

#include "attribution.hpp"
#include "internal/full_names.hpp"
#include "internal/name_parts.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

bool person_like(const std::string& name) {
    const auto words = split_words(name);
    if (words.empty() || words.size() > 4) return false;
    for (const auto& w : words) {
        const auto folded = schema::fold(w);
        // A name is written in title case (`SUNDAY SHOWS` is a heading).
        if (w.size() < 2 || !std::isupper(static_cast<unsigned char>(w[0])) ||
            std::isupper(static_cast<unsigned char>(w[1])) ||
            is_title_word(folded) || is_organisation_word(folded) || folded == "the")
            return false;
    }
    return true;
}

// The words after `by` / `from` in `Statement by President Biden on …`, up to the word that
// starts what the statement is about.
std::string after_by(const std::string& title) {
    const auto words = split_words(title);
    for (std::size_t i = 0; i + 1 < words.size(); ++i) {
        const auto lead = schema::fold(words[i]);
        if (lead != "by" && lead != "from") continue;
        if (i == 0) return {};
        const auto kind = schema::fold(words[i - 1]);
        if (kind != "statement" && kind != "statements" && kind != "remarks" && kind != "address" &&
            kind != "message" && kind != "op-ed" && kind != "letter" && kind != "speech")
            return {};
        std::string out;
        for (std::size_t k = i + 1; k < words.size(); ++k) {
            auto w = words[k];
            const auto folded = schema::fold(w);
            // `Statement from Secretary Rubio and NSC Waltz`: two speakers, not one.
            if ((folded == "and" || folded == "&") && !out.empty()) return {};
            if (folded == "on" || folded == "at" || folded == "following" || folded == "to" ||
                folded == "in" || folded == "regarding" || folded == "after" ||
                folded == "before" || folded == "ahead" || folded == "with")
                break;
            const bool ends = !w.empty() && (w.back() == ',' || w.back() == ':');
            while (!w.empty() && (w.back() == ',' || w.back() == ':')) w.pop_back();
            out += (out.empty() ? "" : " ") + w;
            if (ends) break;
        }
        return out;
    }
    return {};
}

}  // namespace

std::optional<std::string> speaker_of_title(const std::string& title, const std::string& author,
                                            const std::string& body, const SpeakerTable& table) {
    const std::string text = title + "\n" + body;
    auto settle = [&](const std::string& named) -> std::optional<std::string> {
        auto name = person_name(named, table).value_or(std::string());
        std::string bare;  // `President Biden` → Biden
        for (const auto& w : split_title(split_words(name)).name) bare += (bare.empty() ? "" : " ") + w;
        if (!bare.empty()) name = bare;
        if (auto full = full_name(name, text, table)) name = *full;
        if (!person_like(name)) return std::nullopt;
        return name;
    };
    if (!author.empty()) return settle(author);
    if (auto named = after_by(title); !named.empty()) return settle(named);
    // `ICYMI: Joe Biden: The U.S. won't back down …` — an op-ed's byline before its headline.
    std::string rest = title;
    if (rest.starts_with("ICYMI: ")) rest = rest.substr(7);
    if (auto colon = rest.find(": "); colon != std::string::npos && colon < 40) {
        const auto byline = rest.substr(0, colon);
        const auto words = split_words(byline);
        if (words.size() >= 2 && words.size() <= 3) return settle(byline);
    }
    return std::nullopt;
}

}  // namespace newsdex::attribution
