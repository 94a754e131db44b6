#include "document_builder.hpp"

#include "newsdex/schema.hpp"

namespace newsdex {

namespace s = newsdex::schema;

DocumentBuilder::DocumentBuilder(bool positions)
    : stemmer_(s::stemmer()), positions_(positions) {}

Xapian::Document DocumentBuilder::build(const PassageRecord& r,
                                        const std::vector<std::string>& speaker_names,
                                        SpellingCounts* spelling) {
    Xapian::Document doc;
    auto words = s::index_passage_words(doc, stemmer_, r.text, r.title, positions_);
    if (spelling)
        for (auto& word : words) spelling->push_back(std::move(word));

    doc.add_boolean_term(s::id_term(s::kPassageId, r.passage_id));
    doc.add_boolean_term(s::id_term(s::kArticle, r.article_id));
    doc.add_boolean_term(std::string(s::kKind) + std::string(to_string(r.kind)));
    if (r.speaker)
        for (const auto& t : s::filter_terms(s::kSpeaker, *r.speaker)) doc.add_boolean_term(t);
    for (const auto& name : speaker_names)
        for (const auto& t : s::filter_terms(s::kSpeaker, name)) doc.add_boolean_term(t);
    for (const auto& topic : r.topics)
        for (const auto& t : s::filter_terms(s::kTopic, topic)) doc.add_boolean_term(t);
    for (const auto& t : s::filter_terms(s::kSource, r.source)) doc.add_boolean_term(t);
    if (!r.language.empty())
        doc.add_boolean_term(std::string(s::kLanguage) + s::fold(r.language));

    if (auto date = s::date_value(r.date); date.size() == 8) {
        doc.add_boolean_term(std::string(s::kYear) + date.substr(0, 4));
        doc.add_boolean_term(std::string(s::kMonth) + date.substr(0, 6));
        doc.add_boolean_term(std::string(s::kDay) + date);
        doc.add_value(s::kSlotDate, s::date_value(r.date, r.time));
    }
    doc.add_value(s::kSlotArticle, r.article_id);
    if (r.speaker) doc.add_value(s::kSlotSpeaker, *r.speaker);
    doc.add_value(s::kSlotOrdinal, Xapian::sortable_serialise(r.ordinal));
    std::string topics;
    for (const auto& t : r.topics) topics += (topics.empty() ? "" : "\n") + t;
    if (!topics.empty()) doc.add_value(s::kSlotTopics, topics);
    if (!r.source.empty()) doc.add_value(s::kSlotSource, r.source);
    doc.set_data(r.serialise());
    return doc;
}

}  // namespace newsdex
