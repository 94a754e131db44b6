#pragma once
// Synonym groups (corpora/synonyms.yaml and the speaker table's aliases) written into the
// database, where the query parser expands a query word into its group.

#include <xapian.h>

#include <string>
#include <vector>

namespace newsdex {

using SynonymGroups = std::vector<std::vector<std::string>>;

/// Throws InputError naming the file and the line when it is not a list of lists of
/// words, or a group has more than 1,000 of them.
SynonymGroups load_synonyms(const std::string& path);

/// Every member of each group becomes a synonym of every other, under the keys the query
/// parser looks up (the folded word and its stem; multi-word members as folded phrases).
void write_synonyms(Xapian::WritableDatabase& db, const SynonymGroups& groups);

}  // namespace newsdex
