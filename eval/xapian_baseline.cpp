#include <xapian.h>

#include "baselines.hpp"

namespace newsdex::eval {

Run plain_xapian_run(const Documents& docs, const std::vector<Query>& queries,
                     std::size_t depth) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    const Xapian::Stem stemmer("english");
    Xapian::TermGenerator generator;
    generator.set_stemmer(stemmer);
    for (const auto& [id, text] : docs) {
        Xapian::Document doc;
        generator.set_document(doc);
        generator.index_text(text);
        doc.set_data(id);
        doc.add_boolean_term("Q" + id);
        db.replace_document("Q" + id, doc);
    }
    db.commit();

    Xapian::QueryParser parser;
    parser.set_database(db);
    parser.set_stemmer(stemmer);
    parser.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
    Xapian::Enquire enquire(db);
    Run run;
    for (const auto& q : queries) {
        Xapian::Query query;
        try {
            query = parser.parse_query(q.text);
        } catch (const Xapian::QueryParserError&) {
            query = parser.parse_query(q.text, 0);
        }
        enquire.set_query(query);
        auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(depth));
        auto& ranked = run[q.id];
        for (auto it = mset.begin(); it != mset.end(); ++it) ranked.push_back(it.get_document().get_data());
    }
    return run;
}

}  // namespace newsdex::eval
