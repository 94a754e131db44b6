#include "cached_stemmer.hpp"

namespace newsdex {

std::string CachedStemmer::operator()(const std::string& word) {
    if (auto it = cache_.find(word); it != cache_.end()) return it->second;
    if (cache_.size() >= kMaxWords) cache_.clear();
    return cache_.emplace(word, stem_(word)).first->second;
}

}  // namespace newsdex
