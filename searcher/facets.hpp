#pragma once
// Counts over the whole match set — by speaker, topic, year or source — gathered while the
// matcher runs (a Xapian MatchSpy), so no result page has to be fetched to count.

#include <xapian.h>

#include <map>
#include <string>
#include <vector>

#include "newsdex/searcher.hpp"

namespace newsdex {

/// Throws QueryError for a facet name that is not speaker, topic, year or source.
void check_facet_names(const std::vector<std::string>& names);

class FacetSpy : public Xapian::MatchSpy {
public:
    explicit FacetSpy(std::vector<std::string> names);
    void operator()(const Xapian::Document& doc, double weight) override;
    /// Each facet's values, most frequent first (ties by value).
    std::vector<Facet> result() const;
    /// Forgets the counts, before the match is run again.
    void clear();

private:
    std::vector<std::string> names_;
    std::vector<std::map<std::string, std::size_t>> counts_;
};

}  // namespace newsdex
