#pragma once
// Turns an article into its final passages: paragraphs and transcript turns from the
// segmenter, a quote passage for each direct quotation, speakers from attribution
// (canonicalised through the speaker table) and topics from the taxonomy.

#include <string>
#include <vector>

#include "attribution.hpp"
#include "newsdex/article.hpp"
#include "topic_tagger.hpp"

namespace newsdex {

struct AnalysisTables {
    SpeakerTable speakers;
    TopicTagger topics;
};

std::vector<Passage> build_passages(const Article& article, const AnalysisTables& tables);

/// Attribution of the quotes in `paragraphs` (the segmenter's passages of `article`).
attribution::Attribution attribute_article(const Article& article,
                                           const std::vector<Passage>& paragraphs,
                                           const SpeakerTable& speakers);

}  // namespace newsdex
