#pragma once
// An article's way into the index and out of it, the same for every input: analysed into
// its passages' documents, written in place of what its id had, or deleted with its words
// taken off the spelling data.

#include <string>

#include "analysis_pipeline.hpp"
#include "batch_writer.hpp"
#include "document_builder.hpp"
#include "passage_builder.hpp"

namespace newsdex {

/// Splits, attributes and analyses an article into its passages' documents (any thread);
/// the article comes back without its body.
AnalysedArticle analyse_article(Article article, const AnalysisTables& tables,
                                DocumentBuilder& builder);

/// Deletes the passages of article `id` (none: nothing happens) in the writer's batch.
void delete_article(BatchWriter& writer, const std::string& id);

/// Puts an analysed article's passages in place of whatever the index had under its id;
/// returns how many passages it wrote.
std::size_t write_article(BatchWriter& writer, const AnalysedArticle& analysed);

}  // namespace newsdex
