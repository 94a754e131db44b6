// Fuzz target: the query builder against a small real database (corpora/). The first byte
// chooses the QueryOptions, the rest is the query. QueryError is documented; anything else
// escaping, or a query Xapian then refuses to run, is a finding.

#include <xapian.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "corpus_database.hpp"
#include "newsdex/errors.hpp"
#include "query_builder.hpp"

namespace {

Xapian::Database& database() {
    static Xapian::Database db(newsdex::fuzz::corpus_database());
    return db;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    database();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    newsdex::QueryOptions options;
    options.allow_empty = data[0] & 1;
    options.prose = data[0] & 2;
    options.stopwords = data[0] & 4;
    options.correct_spelling = data[0] & 8;
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    try {
        const auto parsed = newsdex::build_query(text, database(), options);
        Xapian::Enquire enquire(database());
        enquire.set_query(parsed.query);
        enquire.get_mset(0, 10);
    } catch (const newsdex::QueryError&) {
    }
    return 0;
}
