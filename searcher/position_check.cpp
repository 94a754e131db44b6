#include "position_check.hpp"

#include <algorithm>
#include <functional>
#include <optional>

#include "newsdex/first_two.hpp"
#include "newsdex/passage_record.hpp"
#include "newsdex/schema.hpp"

namespace newsdex {

namespace s = newsdex::schema;
using Op = Xapian::Query::op;

void PassageWords::want(const std::string& term, bool wildcard) {
    if (wildcard ? std::find(patterns_.begin(), patterns_.end(), term) != patterns_.end()
                 : terms_.count(term) > 0)
        return;
    (wildcard ? patterns_.push_back(term) : void(terms_.insert(term)));
    words_.clear();  // worked out without this one
}

bool PassageWords::wanted(const std::string& term) const {
    if (terms_.count(term)) return true;
    for (const auto& p : patterns_)
        if (term.starts_with(p)) return true;
    return false;
}

const PassageRecord& PassageWords::record(const Xapian::Document& stored) {
    const auto docid = stored.get_docid();
    if (auto known = records_.find(docid); known != records_.end()) return known->second;
    return records_.emplace(docid, PassageRecord::parse(stored.get_data())).first->second;
}

const PassageWords::Positions& PassageWords::of(const Xapian::Document& stored) {
    const auto docid = stored.get_docid();
    if (auto known = words_.find(docid); known != words_.end()) return known->second;
    static thread_local auto stemmer = s::stemmer();
    std::vector<std::string> stems;
    for (const auto& t : terms_) stems.push_back(t.substr(t.starts_with("ZS") ? 2 : 1));
    for (const auto& p : patterns_) stems.push_back(p.substr(p.starts_with("ZS") ? 2 : 1));
    const FirstTwo first_two({}, stems);

    const auto& record = this->record(stored);
    const auto body = s::fold(record.text), title = s::fold(record.title);
    const std::string body_prefix(s::kStemmed), title_prefix = body_prefix + std::string(s::kTitle);
    Positions positions;
    s::for_each_passage_word(body, title, [&](std::string_view word, Xapian::termpos at, bool in_title) {
        if (!first_two.may_match(word)) return;
        auto term = in_title ? title_prefix : body_prefix;
        term += stemmer(std::string(word));
        if (wanted(term)) positions[term].push_back(at);
    });
    return words_.emplace(docid, std::move(positions)).first->second;
}

struct QueryCheck::Node {
    Op op;
    Xapian::Query query;
    std::string term;  ///< a term, or a wildcard's pattern
    unsigned window = 0;
    double scale = 1;
    bool positional = false;  ///< a phrase or NEAR is this node or below it
    std::vector<Node> kids;
};

namespace {

using Node = QueryCheck::Node;

bool is_positional(Op op) {
    return op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR;
}

// Xapian 1.4 gives no getter for a phrase's window, a scaled query's factor or a wildcard's
// pattern; its description holds each: `(a PHRASE 2 b)`, `0.25 * a`, `WILDCARD SYNONYM Zen`.
std::string description(const Xapian::Query& q) {
    auto d = q.get_description();
    const std::string head = "Query(";
    if (d.starts_with(head) && d.ends_with(")"))
        d = d.substr(head.size(), d.size() - head.size() - 1);
    return d;
}

unsigned window_of(const Xapian::Query& q, Op op) {
    const auto d = description(q);
    const std::string name = op == Xapian::Query::OP_PHRASE ? " PHRASE " : " NEAR ";
    int depth = 0;
    for (std::size_t i = 0; i < d.size(); ++i) {
        depth += d[i] == '(' ? 1 : d[i] == ')' ? -1 : 0;
        if (depth == 1 && d.compare(i, name.size(), name) == 0)
            return static_cast<unsigned>(std::stoul(d.substr(i + name.size())));
    }
    return static_cast<unsigned>(q.get_num_subqueries());
}

Node build(const Xapian::Query& q) {
    Node n{q.get_type(), q, {}, 0, 1, false, {}};
    switch (n.op) {
        case Xapian::Query::LEAF_TERM:
            if (q.get_terms_begin() != q.get_terms_end()) n.term = *q.get_terms_begin();
            return n;
        case Xapian::Query::OP_WILDCARD: {
            const auto d = description(q);
            n.term = d.substr(d.rfind(' ') + 1);
            return n;
        }
        case Xapian::Query::OP_SCALE_WEIGHT:
            n.scale = std::stod(description(q));
            break;
        default:
            break;
    }
    if (is_positional(n.op)) {
        n.window = window_of(q, n.op);
        n.positional = true;
    }
    for (std::size_t i = 0; i < q.get_num_subqueries(); ++i) {
        n.kids.push_back(build(q.get_subquery(i)));
        n.positional = n.positional || n.kids.back().positional;
    }
    return n;
}

// The positions of a phrase's member: a term, or any of several (OR, SYNONYM, a wildcard).
std::optional<std::vector<Xapian::termpos>> member_positions(const Node& n,
                                                             const PassageWords::Positions& words) {
    std::vector<Xapian::termpos> out;
    auto add = [&](const std::vector<Xapian::termpos>& p) {
        out.insert(out.end(), p.begin(), p.end());
    };
    switch (n.op) {
        case Xapian::Query::LEAF_TERM:
            if (auto it = words.find(n.term); it != words.end()) add(it->second);
            return out;
        case Xapian::Query::OP_WILDCARD:
            for (auto it = words.lower_bound(n.term);
                 it != words.end() && it->first.starts_with(n.term); ++it)
                add(it->second);
            break;
        case Xapian::Query::OP_OR:
        case Xapian::Query::OP_SYNONYM:
        case Xapian::Query::OP_MAX:
            for (const auto& k : n.kids) {
                auto p = member_positions(k, words);
                if (!p) return std::nullopt;
                add(*p);
            }
            break;
        default:
            return std::nullopt;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// In order, each after the one before, first to last within `window` positions.
bool phrase_holds(const std::vector<std::vector<Xapian::termpos>>& members, unsigned window) {
    for (auto first : members[0]) {
        auto at = first;
        for (std::size_t i = 1; i < members.size(); ++i) {
            auto next = std::upper_bound(members[i].begin(), members[i].end(), at);
            if (next == members[i].end()) return false;
            at = *next;
        }
        if (at - first < window) return true;
    }
    return false;
}

// Each member at its own position, all within `window` positions, in any order.
bool near_holds(const std::vector<std::vector<Xapian::termpos>>& members, unsigned window) {
    std::vector<std::pair<Xapian::termpos, std::size_t>> all;
    for (std::size_t i = 0; i < members.size(); ++i)
        for (auto p : members[i]) all.emplace_back(p, i);
    std::sort(all.begin(), all.end());
    for (std::size_t start = 0; start < all.size(); ++start) {
        const auto low = all[start].first;
        std::vector<std::vector<Xapian::termpos>> inside(members.size());
        for (std::size_t j = start; j < all.size() && all[j].first - low < window; ++j)
            inside[all[j].second].push_back(all[j].first);
        std::vector<Xapian::termpos> used;
        std::function<bool(std::size_t)> place = [&](std::size_t i) {
            if (i == members.size()) return true;
            for (auto p : inside[i]) {
                if (std::find(used.begin(), used.end(), p) != used.end()) continue;
                used.push_back(p);
                if (place(i + 1)) return true;
                used.pop_back();
            }
            return false;
        };
        if (place(0)) return true;
    }
    return false;
}

class Evaluation {
public:
    Evaluation(const Xapian::Document& doc, PassageWords& words) : doc_(doc), words_(words) {}

    bool holds(const Node& n) {
        switch (n.op) {
            case Xapian::Query::LEAF_TERM:
                return has(n.term);
            case Xapian::Query::OP_WILDCARD: {
                const auto& w = text();
                auto it = w.lower_bound(n.term);
                return it != w.end() && it->first.starts_with(n.term);
            }
            case Xapian::Query::LEAF_MATCH_NOTHING:
                return false;
            case Xapian::Query::OP_PHRASE:
            case Xapian::Query::OP_NEAR: {
                std::vector<std::vector<Xapian::termpos>> members;
                for (const auto& k : n.kids) {
                    auto p = member_positions(k, text());
                    if (!p) return all(n.kids);  // not a shape Xapian builds: its words suffice
                    if (p->empty()) return false;
                    members.push_back(std::move(*p));
                }
                if (members.empty()) return false;
                return n.op == Xapian::Query::OP_PHRASE ? phrase_holds(members, n.window)
                                                        : near_holds(members, n.window);
            }
            case Xapian::Query::OP_AND:
            case Xapian::Query::OP_FILTER:
                return all(n.kids);
            case Xapian::Query::OP_OR:
            case Xapian::Query::OP_SYNONYM:
            case Xapian::Query::OP_MAX:
            case Xapian::Query::OP_ELITE_SET:
                for (const auto& k : n.kids)
                    if (holds(k)) return true;
                return false;
            case Xapian::Query::OP_AND_MAYBE:
            case Xapian::Query::OP_SCALE_WEIGHT:
                return n.kids.empty() || holds(n.kids[0]);
            case Xapian::Query::OP_AND_NOT:
                if (n.kids.empty() || !holds(n.kids[0])) return false;
                for (std::size_t i = 1; i < n.kids.size(); ++i)
                    if (holds(n.kids[i])) return false;
                return true;
            case Xapian::Query::OP_XOR: {
                bool odd = false;
                for (const auto& k : n.kids) odd ^= holds(k);
                return odd;
            }
            default:  // match-all, value ranges, posting sources: Xapian has checked them
                return true;
        }
    }

private:
    bool all(const std::vector<Node>& kids) {
        for (const auto& k : kids)
            if (!holds(k)) return false;
        return true;
    }
    const PassageWords::Positions& text() {
        if (!text_) text_ = &words_.of(doc_);
        return *text_;
    }
    bool has(const std::string& term) {
        if (s::is_text_term(term)) return text().count(term) > 0;
        auto t = doc_.termlist_begin();
        t.skip_to(term);
        return t != doc_.termlist_end() && *t == term;
    }

    const Xapian::Document& doc_;
    PassageWords& words_;
    const PassageWords::Positions* text_ = nullptr;
};

Xapian::Query relax(const Node& n) {
    if (!n.positional || is_positional(n.op)) return n.query;
    std::vector<Xapian::Query> kids;
    for (std::size_t i = 0; i < n.kids.size(); ++i) {
        // A negated phrase matched as AND would take out passages with its words anywhere.
        if (n.op == Xapian::Query::OP_AND_NOT && i > 0 && n.kids[i].positional) continue;
        kids.push_back(relax(n.kids[i]));
    }
    switch (n.op) {
        case Xapian::Query::OP_SCALE_WEIGHT:
            return Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, kids.at(0), n.scale);
        case Xapian::Query::OP_AND_NOT:
            if (kids.size() == 1) return kids[0];
            break;
        case Xapian::Query::OP_XOR:
            return Xapian::Query(Xapian::Query::OP_OR, kids.begin(), kids.end());
        default:
            break;
    }
    return Xapian::Query(n.op, kids.begin(), kids.end());
}

// Phrases whose weight counts without being required: under OR-like operators, or the
// optional side of AND_MAYBE.
void find_optional(const Node& n, bool required, double scale, std::vector<const Node*>& out,
                   std::vector<double>& scales) {
    if (!n.positional) return;
    if (is_positional(n.op)) {
        if (!required) out.push_back(&n), scales.push_back(scale);
        return;
    }
    for (std::size_t i = 0; i < n.kids.size(); ++i) {
        switch (n.op) {
            case Xapian::Query::OP_AND:
                find_optional(n.kids[i], required, scale, out, scales);
                break;
            case Xapian::Query::OP_FILTER:
            case Xapian::Query::OP_AND_NOT:
                if (i == 0) find_optional(n.kids[i], required, scale, out, scales);
                break;  // the rest add no weight
            case Xapian::Query::OP_AND_MAYBE:
                find_optional(n.kids[i], required && i == 0, scale, out, scales);
                break;
            case Xapian::Query::OP_SCALE_WEIGHT:
                find_optional(n.kids[i], required, scale * n.scale, out, scales);
                break;
            default:
                find_optional(n.kids[i], required && n.kids.size() == 1, scale, out, scales);
        }
    }
}

void want_text_terms(const Node& n, PassageWords& words) {
    if (n.op == Xapian::Query::LEAF_TERM && s::is_text_term(n.term)) words.want(n.term);
    if (n.op == Xapian::Query::OP_WILDCARD) words.want(n.term, true);
    for (const auto& k : n.kids) want_text_terms(k, words);
}

}  // namespace

QueryCheck::QueryCheck(std::shared_ptr<const Node> root, std::shared_ptr<PassageWords> words,
                       bool negate)
    : root_(std::move(root)), words_(std::move(words)), negate_(negate) {}

std::shared_ptr<const QueryCheck> QueryCheck::of(const Xapian::Query& query,
                                                 const Xapian::Database& db,
                                                 std::shared_ptr<PassageWords> words, bool negate) {
    if (db.has_positions()) return nullptr;
    auto root = std::make_shared<const Node>(build(query));
    if (!root->positional) return nullptr;
    want_text_terms(*root, *words);
    return std::make_shared<const QueryCheck>(std::move(root), std::move(words), negate);
}

bool QueryCheck::operator()(const Xapian::Document& doc) const {
    return Evaluation(doc, *words_).holds(*root_) != negate_;
}

Xapian::Query QueryCheck::relaxed() const {
    return relax(*root_);
}

std::vector<QueryCheck::Optional> QueryCheck::optional_parts() const {
    std::vector<const Node*> nodes;
    std::vector<double> scales;
    find_optional(*root_, true, 1, nodes, scales);
    std::vector<Optional> out;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        auto node = std::shared_ptr<const Node>(root_, nodes[i]);
        std::vector<std::string> terms;
        for (const auto& k : node->kids) {
            const bool word = k.op == Xapian::Query::LEAF_TERM && s::is_text_term(k.term);
            if (!word || std::find(terms.begin(), terms.end(), k.term) != terms.end()) {
                terms.clear();
                break;
            }
            terms.push_back(k.term);
        }
        out.push_back({"not " + description(nodes[i]->query), nodes[i]->query, scales[i],
                       std::make_shared<const QueryCheck>(node, words_, true), terms});
    }
    return out;
}

}  // namespace newsdex
