#pragma once
// Phrases and NEAR on an index kept without word positions: Xapian matches them as AND of
// their words, and these checks hold each passage Xapian finds to the positions, worked out
// again from its stored text by the analysis the indexer uses.

#include <xapian.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "newsdex/passage_record.hpp"

namespace newsdex {

/// What a search has read of its passages: each one's record (read and inflated once), and
/// where its words are, as an index with positions would hold them, worked out once a
/// passage and only for the words some check asks about.
class PassageWords {
public:
    const PassageRecord& record(const Xapian::Document& stored);

    using Positions = std::map<std::string, std::vector<Xapian::termpos>>;

    /// `term`: a `Z`/`ZS` stem term, or a wildcard's pattern (`wildcard`: any term it starts).
    void want(const std::string& term, bool wildcard = false);

    /// The wanted terms the passage has, each with its positions.
    const Positions& of(const Xapian::Document& stored);

private:
    bool wanted(const std::string& term) const;

    std::set<std::string> terms_;
    std::vector<std::string> patterns_;
    std::unordered_map<Xapian::docid, Positions> words_;
    std::unordered_map<Xapian::docid, PassageRecord> records_;
};

/// Whether a passage matches a query once its phrases and NEARs are held to word positions
/// (or, made with `negate`, whether it does not).
class QueryCheck : public Xapian::MatchDecider {
public:
    /// Null when the query has no phrase or NEAR, or `db` keeps positions.
    static std::shared_ptr<const QueryCheck> of(const Xapian::Query& query,
                                                const Xapian::Database& db,
                                                std::shared_ptr<PassageWords> words,
                                                bool negate = false);

    bool operator()(const Xapian::Document& doc) const override;

    /// What Xapian should match: the query, less negated phrases (the check tests those).
    Xapian::Query relaxed() const;

    /// A phrase or NEAR that only adds weight (OR'ed with other words): Xapian gives its
    /// words' weight, times `scale`, to every passage that has the words anywhere, so the
    /// passages where `fails` holds were over-weighted by that much.
    struct Optional {
        std::string label;
        Xapian::Query query;
        double scale;
        std::shared_ptr<const QueryCheck> fails;
        /// The phrase's words when each is one word term, none twice (its weight is then
        /// theirs); empty otherwise.
        std::vector<std::string> terms;
    };
    std::vector<Optional> optional_parts() const;

    struct Node;
    QueryCheck(std::shared_ptr<const Node> root, std::shared_ptr<PassageWords> words, bool negate);

private:
    std::shared_ptr<const Node> root_;
    std::shared_ptr<PassageWords> words_;
    bool negate_;
};

}  // namespace newsdex
