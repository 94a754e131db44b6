#include "internal/name_parts.hpp"

#include <set>

#include <utf8proc.h>

#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

bool title_case(std::string_view word) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(word.data());
    const auto size = static_cast<utf8proc_ssize_t>(word.size());
    utf8proc_int32_t first = -1, second = -1;
    const auto n = utf8proc_iterate(p, size, &first);
    if (n <= 0 || n >= size || utf8proc_iterate(p + n, size - n, &second) <= 0) return false;
    const auto upper = utf8proc_category(first);
    if (upper != UTF8PROC_CATEGORY_LU && upper != UTF8PROC_CATEGORY_LT) return false;
    // `O’Grady`, `O'Brien`: a capital, an apostrophe, a capitalised rest.
    if (second == '\'' || second == 0x2019) {
        const auto m = utf8proc_iterate(p + n, size - n, &second);
        return m > 0 && n + m < size && title_case(word.substr(static_cast<std::size_t>(n + m)));
    }
    return utf8proc_category(second) == UTF8PROC_CATEGORY_LL;
}

std::string join_words(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
    return out;
}

std::vector<std::string> split_words(std::string_view raw) {
    // A no-break space separates words too: the Kremlin's titles bind an office to the name
    // after it with one (`President of Russia\u00a0Vladimir Putin`).
    std::string spaced(raw);
    for (auto at = spaced.find("\xC2\xA0"); at != std::string::npos;
         at = spaced.find("\xC2\xA0", at))
        spaced.replace(at, 2, " ");
    for (auto& c : spaced)
        if (c == '\t') c = ' ';
    const std::string_view text = spaced;
    std::vector<std::string> out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        auto start = text.find_first_not_of(' ', pos);
        if (start == std::string_view::npos) break;
        auto end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        out.emplace_back(text.substr(start, end - start));
        pos = end;
    }
    return out;
}

SplitName split_title(const std::vector<std::string>& given) {
    SplitName out;
    // `Frank Field MP`, `Jane Doe QC`: letters after a full name are no part of it.
    static const std::set<std::string, std::less<>> postnominals = {
        "mp", "mep", "msp", "qc", "kc", "obe", "mbe", "cbe"};
    std::vector<std::string> words = given;
    if (words.size() >= 3 && postnominals.count(schema::fold(words.back())) &&
        title_case(words[words.size() - 2]) && title_case(words[words.size() - 3]))
        words.pop_back();
    std::size_t start = 0;
    auto title = [&](std::size_t i) {
        auto folded = schema::fold(words[i]);
        if (!folded.empty() && folded.back() == '.') folded.pop_back();
        return is_title_word(folded);
    };
    // `Labour MP Oona King`: a title word after a given name is a surname.
    const bool surname_title = words.size() >= 2 && title(words.size() - 1) && !title(words.size() - 2);
    for (std::size_t i = 0; i < words.size(); ++i)
        if (title(i) && !(surname_title && i + 1 == words.size())) start = i + 1;
    // `Ms King`: after an honorific a title word is the surname.
    if (start == words.size() && words.size() >= 2) {
        auto before_last = schema::fold(words[words.size() - 2]);
        if (is_honorific(before_last)) start = words.size() - 1;
    }
    if (start == words.size()) start = 0;
    if (start > 0 && words.size() - start == 1) {
        auto folded = schema::fold(words[start - 1]);
        if (is_peerage(folded)) --start;
    }
    out.titles.assign(words.begin(), words.begin() + static_cast<long>(start));
    out.name.assign(words.begin() + static_cast<long>(start), words.end());
    return out;
}

}  // namespace newsdex::attribution
