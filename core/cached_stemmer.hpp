#pragma once
// A Snowball stemmer that remembers the words it has stemmed: a news corpus repeats a small
// vocabulary, and stemming each occurrence again is a large part of indexing time.

#include <xapian.h>

#include <string>
#include <unordered_map>

namespace newsdex {

class CachedStemmer : public Xapian::StemImplementation {
public:
    explicit CachedStemmer(const std::string& language) : stem_(language) {}
    std::string operator()(const std::string& word) override;
    std::string get_description() const override { return "cached " + stem_.get_description(); }

private:
    // Enough for any one language's working vocabulary; past it the cache starts again.
    static constexpr std::size_t kMaxWords = 1u << 20;
    Xapian::Stem stem_;
    std::unordered_map<std::string, std::string> cache_;
};

}  // namespace newsdex
