#pragma once
// Analyses a passage into a Xapian document: folded, stemmed words (with positions if the
// index keeps them), title words, boolean filter terms and value slots, all as the schema defines them.

#include <xapian.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

/// Words for the spelling data, with how often each was indexed.
using SpellingCounts = schema::WordCounts;

/// One per thread: it owns a stemmer's memory.
class DocumentBuilder {
public:
    /// `positions`: record where each word is, as an index built with --positions does.
    explicit DocumentBuilder(bool positions);
    /// `speaker_names`: the speaker's canonical name and aliases, all matched by `speaker:`;
    /// empty means just record.speaker. `spelling`, if given, receives the words of the
    /// passage's text with their counts, unstemmed, as TermGenerator's FLAG_SPELLING would add
    /// them to the spelling data (found without a database, so that any thread can do it).
    Xapian::Document build(const PassageRecord& record,
                           const std::vector<std::string>& speaker_names = {},
                           SpellingCounts* spelling = nullptr);

private:
    Xapian::Stem stemmer_;
    bool positions_;
};

}  // namespace newsdex
