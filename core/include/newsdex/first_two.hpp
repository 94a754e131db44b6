#pragma once
// A quick test that a word cannot match any of some stems, from its first two letters, so
// that neither folding nor stemming is spent on it.

#include <bitset>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "newsdex/schema.hpp"

namespace newsdex {

// English Snowball keeps a word's first two letters in its stem (but for dying, lying and
// tying: die, lie, tie), so a word can match only a term that starts as the word does; the
// first two bytes of a word that starts with two ASCII letters or digits are enough to skip
// folding and stemming it.
class FirstTwo {
public:
    FirstTwo(const std::set<std::string>& terms, const std::vector<std::string>& prefixes) {
        auto add = [&](std::string_view t, bool stem) {
            if (t.size() < 2) {
                usable_ = false;
                return;
            }
            seen_.set(key(t[0], t[1]));
            if (stem && t[1] == 'i') seen_.set(key(t[0], 'y'));
        };
        for (const auto& t : terms) {
            if (t.starts_with(schema::kStemmed))
                add(std::string_view(t).substr(schema::kStemmed.size()), true);
            else
                add(t, false);
        }
        for (const auto& p : prefixes) add(p, true);
    }
    /// False only when the word certainly matches none of the terms.
    bool may_match(std::string_view word) const {
        if (!usable_ || word.size() < 2) return true;
        const auto a = static_cast<unsigned char>(word[0]), b = static_cast<unsigned char>(word[1]);
        if (!std::isalnum(a) || !std::isalnum(b)) return true;
        return seen_.test(
            key(static_cast<char>(std::tolower(a)), static_cast<char>(std::tolower(b))));
    }

private:
    static std::size_t key(char a, char b) {
        return static_cast<std::size_t>(static_cast<unsigned char>(a)) << 8 |
               static_cast<unsigned char>(b);
    }
    std::bitset<1u << 16> seen_;
    bool usable_ = true;
};

}  // namespace newsdex
