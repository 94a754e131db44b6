#include "newsdex/stats.hpp"

#include <set>

#include "database_reads.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace {
std::string iso(const std::string& yyyymmdd) {
    if (yyyymmdd.size() < 8) return {};  // a time may follow the day
    return yyyymmdd.substr(0, 4) + "-" + yyyymmdd.substr(4, 2) + "-" + yyyymmdd.substr(6, 2);
}
}  // namespace

DatabaseStats database_stats(const std::string& db_path) {
    auto db = open_database(db_path);
    return read_database(db, db_path, [](Xapian::Database& d) {
        DatabaseStats s;
        s.passages = d.get_doccount();
        const std::string article_prefix(schema::kArticle);
        for (auto t = d.allterms_begin(article_prefix); t != d.allterms_end(article_prefix); ++t)
            ++s.articles;
        std::set<std::string> speakers;
        for (auto v = d.valuestream_begin(schema::kSlotSpeaker);
             v != d.valuestream_end(schema::kSlotSpeaker); ++v)
            speakers.insert(*v);
        s.speakers = speakers.size();
        // Exact, unlike the slot's bounds, which deletions do not narrow.
        std::string first, last;
        for (auto v = d.valuestream_begin(schema::kSlotDate);
             v != d.valuestream_end(schema::kSlotDate); ++v) {
            if (first.empty() || *v < first) first = *v;
            if (*v > last) last = *v;
        }
        s.first_date = iso(first);
        s.last_date = iso(last);
        s.last_indexed = d.get_metadata(std::string(schema::kMetaLastIndexed));
        s.last_run = d.get_metadata(std::string(schema::kMetaLastRun));
        auto version = d.get_metadata(std::string(schema::kMetaSchemaVersion));
        s.schema_version = version.empty() ? 0 : std::stoi(version);
        s.positions = d.has_positions();
        return s;
    });
}

}  // namespace newsdex
