#include "internal/tokenizer.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <set>

#include "newsdex/schema.hpp"

namespace newsdex::attribution {

int cp_at(const std::string& s, std::size_t i, std::size_t& n) {
    if (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
        n = 1;
        return static_cast<unsigned char>(s[i]);
    }
    utf8proc_int32_t cp = -1;
    auto r = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    n = r > 0 ? static_cast<std::size_t>(r) : 1;
    return r > 0 ? cp : -1;
}

namespace {

bool alnum(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    auto c = utf8proc_category(cp);
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) ||
           c == UTF8PROC_CATEGORY_ND || c == UTF8PROC_CATEGORY_MN;
}

const std::set<std::string, std::less<>>& abbreviations() {
    static const std::set<std::string, std::less<>> a = {
        "mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "sen", "rep", "gov", "lt", "col",
        "capt", "prof", "no", "vs", "inc", "ltd", "co", "corp", "mt", "ft", "rev", "sgt", "u.s",
        "u.n", "u.k", "e.g", "i.e", "etc", "approx"};
    return a;
}

}  // namespace

std::string fold_word(const std::string& w) {
    auto f = schema::fold(w);
    while (!f.empty() && f.back() == '.') f.pop_back();
    return f;
}

bool starts_upper(const std::string& w) {
    std::size_t n = 0;
    auto cp = w.empty() ? -1 : cp_at(w, 0, n);
    return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

// Tokens of one paragraph; each quote segment becomes a single quote token.
Toks tokenize(const std::string& s, const std::vector<QuoteRef>& quotes,
              const std::vector<ExtractedQuote>& all) {
    Toks out;
    std::size_t q = 0, i = 0;
    while (i < s.size()) {
        if (q < quotes.size() && i >= quotes[q].open) {
            Tok t;
            t.kind = Kind::quote;
            t.quote = quotes[q].quote;
            const auto& text = all[t.quote].text;
            auto end = text.find_last_not_of(" ");
            t.last = end == std::string::npos ? 0 : text[end];
            if (t.last == '\'' || t.last == '"') t.last = end > 0 ? text[end - 1] : 0;
            t.words = schema::words(schema::fold(text)).size();
            out.push_back(t);
            i = std::max(i, quotes[q].close_end);
            ++q;
            continue;
        }
        std::size_t n = 0;
        auto cp = cp_at(s, i, n);
        if (alnum(cp)) {
            std::size_t j = i + n;
            while (j < s.size()) {
                std::size_t m = 0;
                auto c = cp_at(s, j, m);
                if (alnum(c)) {
                    j += m;
                    continue;
                }
                // `B&B`, `M&S`, `AT&T`: an ampersand between capitals joins one name.
                if (c == '&' && j + m < s.size() && s[j - 1] >= 'A' && s[j - 1] <= 'Z' &&
                    s[j + m] >= 'A' && s[j + m] <= 'Z') {
                    j += m;
                    continue;
                }
                // (`Secretary‑General`: a non-breaking hyphen, U+2011, joins as `-` does.)
                if ((c == '\'' || c == 0x2019 || c == '-' || c == 0x2010 || c == 0x2011 ||
                     c == '.') &&
                    j + m < s.size()) {
                    std::size_t k = 0;
                    if (alnum(cp_at(s, j + m, k)) && (q >= quotes.size() || j < quotes[q].open)) {
                        j += m;
                        continue;
                    }
                }
                break;
            }
            Tok t;
            t.kind = Kind::word;
            t.text = s.substr(i, j - i);
            for (const char* dash : {"\u2010", "\u2011"})
                for (auto at = t.text.find(dash); at != std::string::npos; at = t.text.find(dash))
                    t.text.replace(at, 3, "-");
            // Initials and abbreviations keep their full stop, so it does not end a sentence.
            if (j < s.size() && s[j] == '.') {
                auto f = fold_word(t.text);
                std::size_t letters = 0, dummy = 0;
                for (std::size_t k = 0; k < t.text.size(); k += dummy) {
                    cp_at(t.text, k, dummy);
                    ++letters;
                }
                // (`the FT.` ends its sentence: the Financial Times, not feet.)
                const bool ft = t.text == "FT";
                if ((abbreviations().count(f) && !ft) || (letters == 1 && starts_upper(t.text))) {
                    t.text += '.';
                    ++j;
                }
            }
            t.low = fold_word(t.text);
            t.cap = starts_upper(t.text);
            out.push_back(std::move(t));
            i = j;
            continue;
        }
        if (cp != ' ' && cp != '\t' && cp != 0xA0) {
            Tok t;
            t.kind = Kind::punct;
            t.text = s.substr(i, n);
            if (cp == 0x2014 || cp == 0x2013) t.text = "-";
            if (cp == 0x2026) t.text = ".";
            t.low = t.text;
            out.push_back(std::move(t));
        }
        i += n;
    }
    return out;
}

bool is_punct(const Tok& t, std::string_view p) { return t.kind == Kind::punct && t.text == p; }

std::string_view trim_blanks(std::string_view s) {
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

std::string without_possessive(const std::string& word) {
    for (std::string_view mark : {"'s", "\u2019s", "'S", "\u2019S"})
        if (word.ends_with(mark)) return word.substr(0, word.size() - mark.size());
    return word;
}

}  // namespace newsdex::attribution
