#pragma once
// Analyses a passage into a Xapian document: folded, stemmed text with positions, title
// words, boolean filter terms and value slots, all as the schema defines them.

#include <xapian.h>

#include "newsdex/passage_record.hpp"

namespace newsdex {

class DocumentBuilder {
public:
    DocumentBuilder();
    Xapian::Document build(const PassageRecord& record);

private:
    Xapian::TermGenerator generator_;
};

}  // namespace newsdex
