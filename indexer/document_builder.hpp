#pragma once
// Analyses a passage into a Xapian document: folded, stemmed text with positions, title
// words, boolean filter terms and value slots, all as the schema defines them.

#include <xapian.h>

#include "newsdex/passage_record.hpp"

namespace newsdex {

class DocumentBuilder {
public:
    /// With a database, the words indexed also feed its spelling data (for suggestions).
    explicit DocumentBuilder(Xapian::WritableDatabase* spelling_db = nullptr);
    /// `speaker_names`: the speaker's canonical name and aliases, all matched by `speaker:`;
    /// empty means just record.speaker.
    Xapian::Document build(const PassageRecord& record,
                           const std::vector<std::string>& speaker_names = {});

private:
    Xapian::TermGenerator generator_;
};

}  // namespace newsdex
