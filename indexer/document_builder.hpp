#pragma once
// Analyses a passage into a Xapian document: folded, stemmed text with positions, title
// words, boolean filter terms and value slots, all as the schema defines them.

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "newsdex/passage_record.hpp"

namespace newsdex {

/// Words for the spelling data, with how often each was indexed.
using SpellingCounts = std::vector<std::pair<std::string, Xapian::termcount>>;

/// One per thread: it owns a TermGenerator and a stemmer's memory.
class DocumentBuilder {
public:
    DocumentBuilder();
    /// `speaker_names`: the speaker's canonical name and aliases, all matched by `speaker:`;
    /// empty means just record.speaker.
    Xapian::Document build(const PassageRecord& record,
                           const std::vector<std::string>& speaker_names = {});

private:
    Xapian::TermGenerator generator_;
};

/// The body words of `doc` with their counts: exactly what TermGenerator's FLAG_SPELLING
/// would add to the spelling data, gathered without a database so any thread can do it.
SpellingCounts spelling_words(const Xapian::Document& doc);

}  // namespace newsdex
