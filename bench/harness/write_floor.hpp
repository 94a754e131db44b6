#pragma once
// What Xapian's writing alone costs for newsdex's documents: a floor under newsdex's
// indexing time that no work on reading, splitting or analysing can go below.

#include <cstddef>
#include <string>

namespace newsdex::bench {

struct WriteFloor {
    std::size_t documents = 0;
    unsigned shards = 0;
    double write_seconds = 0;    ///< the shards' writers side by side, to their last commit
    double compact_seconds = 0;  ///< merging the shards into one database
    double seconds() const { return write_seconds + compact_seconds; }
};

/// Reads every document of `db` (terms with their counts, values, stored data) into memory,
/// untimed, then writes them as a first build of newsdex does — `shards` writers in threads
/// side by side, then one compaction — into folders under `scratch`, timed. Spelling and
/// synonym data are left out, so the figure is a lower bound.
WriteFloor measure_write_floor(const std::string& db, const std::string& scratch, unsigned shards);

}  // namespace newsdex::bench
