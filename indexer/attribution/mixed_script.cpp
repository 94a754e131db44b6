#include "internal/mixed_script.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace newsdex::attribution {

namespace {

// Cyrillic letters (UTF-8, two bytes) and the Latin letters they cannot be told from.
constexpr std::array<std::pair<std::string_view, char>, 22> kLookalikes = {{
    {"\u0410", 'A'}, {"\u0412", 'B'}, {"\u0415", 'E'}, {"\u041a", 'K'}, {"\u041c", 'M'},
    {"\u041d", 'H'}, {"\u041e", 'O'}, {"\u0420", 'P'}, {"\u0421", 'C'}, {"\u0422", 'T'},
    {"\u0425", 'X'}, {"\u0406", 'I'}, {"\u0430", 'a'}, {"\u0435", 'e'}, {"\u043e", 'o'},
    {"\u0440", 'p'}, {"\u0441", 'c'}, {"\u0443", 'y'}, {"\u0445", 'x'}, {"\u0456", 'i'},
    {"\u0458", 'j'}, {"\u0455", 's'},
}};

bool latin_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::string fold_word(std::string_view word) {
    std::string out;
    for (std::size_t i = 0; i < word.size();) {
        bool replaced = false;
        for (const auto& [cyrillic, latin] : kLookalikes)
            if (word.substr(i).starts_with(cyrillic)) {
                out += latin;
                i += cyrillic.size();
                replaced = true;
                break;
            }
        if (!replaced) out += word[i++];
    }
    return out;
}

}  // namespace

std::string latin_lookalikes(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ' || text[i] == '\n' || text[i] == '\t') {
            out += text[i++];
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t')
            ++end;
        const auto word = text.substr(i, end - i);
        bool latin = false;
        for (char c : word) latin = latin || latin_letter(c);
        out += latin ? fold_word(word) : std::string(word);
        i = end;
    }
    return out;
}

}  // namespace newsdex::attribution
