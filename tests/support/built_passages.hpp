#pragma once
// For the attribution unit tests that build an article's passages from a snippet of a real
// text: the passages indexing makes, and the speakers of its paragraphs and turns.

#include <string>
#include <vector>

#include "passage_builder.hpp"
#include "snippet_passages.hpp"

namespace newsdex::test {

/// The passages indexing makes of `article`, attributed with the speaker table written in
/// `table_yaml` (and no topics).
inline std::vector<Passage> built_passages(const char* table_yaml, Article article) {
    if (article.id.empty()) article.id = "t";
    AnalysisTables tables{SpeakerTable::parse(table_yaml, "t.yaml"), TopicTagger()};
    return build_passages(article, tables);
}

/// The passages of a news story whose text is `body`.
inline std::vector<Passage> news_passages(const char* table_yaml, const std::string& body) {
    Article article;
    article.kind = "news";
    article.body = body;
    return built_passages(table_yaml, std::move(article));
}

/// The passages of a transcript titled `title` whose text is `body`.
inline std::vector<Passage> transcript_passages(const char* table_yaml, const std::string& body,
                                                const std::string& title) {
    Article article;
    article.kind = "transcript";
    article.title = title;
    article.body = body;
    return built_passages(table_yaml, std::move(article));
}

/// The speaker of the smallest passage holding `snippet` (a quote rather than its
/// paragraph), compared on squeezed spaces: `-` for none, `(no passage)` when none holds it.
inline std::string snippet_speaker(const std::vector<Passage>& passages,
                                   const std::string& snippet) {
    return speaker_shown(passage_with(passages, squeezed(snippet)));
}

/// The speaker of each paragraph and turn in order (quotes left out), `-` for none.
inline std::vector<std::string> paragraph_speakers(const std::vector<Passage>& passages) {
    std::vector<std::string> out;
    for (const auto& p : passages)
        if (p.kind != PassageKind::quote) out.push_back(p.speaker.value_or("-"));
    return out;
}

/// The speaker of the first paragraph or turn holding `words`: `-` for none, `(not found)`
/// when no paragraph holds them.
inline std::string paragraph_speaker(const std::vector<Passage>& passages,
                                     const std::string& words) {
    for (const auto& p : passages)
        if (p.kind != PassageKind::quote && p.text.find(words) != std::string::npos)
            return p.speaker.value_or("-");
    return "(not found)";
}

}  // namespace newsdex::test
