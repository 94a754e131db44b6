#include "article_writes.hpp"

#include <set>

#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

AnalysedArticle analyse_article(Article article, const AnalysisTables& tables,
                                DocumentBuilder& builder) {
    AnalysedArticle out;
    const std::set<std::string> headings(article.headings.begin(), article.headings.end());
    for (const auto& passage : build_passages(article, tables)) {
        // A section heading was there for attribution; it is no passage of its own.
        if (passage.kind == PassageKind::paragraph && headings.count(passage.text)) continue;
        auto names = passage.speaker ? tables.speakers.names_of(*passage.speaker)
                                     : std::vector<std::string>{};
        out.passages.push_back(
            builder.build(PassageRecord::from(article, passage), names, &out.spelling));
    }
    article.body.clear();
    out.article = std::move(article);
    return out;
}

// Its words leave the spelling data too, so an updated index suggests no word that only a
// deleted article had.
void delete_article(BatchWriter& writer, const std::string& id) {
    auto& db = writer.begin();
    const auto term = schema::id_term(schema::kArticle, id);
    if (!db.term_exists(term)) return;
    for (auto p = db.postlist_begin(term); p != db.postlist_end(term); ++p)
        writer.remove_spelling(
            schema::spelling_words(PassageRecord::parse(db.get_document(*p).get_data()).text));
    db.delete_document(term);
}

std::size_t write_article(BatchWriter& writer, const AnalysedArticle& analysed) {
    delete_article(writer, analysed.article.id);
    auto& db = writer.begin();
    for (const auto& d : analysed.passages) db.add_document(d);
    writer.add_spelling(analysed.spelling);
    return analysed.passages.size();
}

}  // namespace newsdex
