#pragma once
// The people (and organisations) an article mentions: names completed from earlier mentions
// (`Hewitt` → `Patricia Hewitt`), gender from titles, first names and pronouns, roles, who
// spoke last — what pronouns, role nouns and partial names are resolved against.

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "attribution.hpp"
#include "name_parts.hpp"
#include "tokenizer.hpp"
#include "word_lists.hpp"

namespace newsdex::attribution {

struct Person {
    std::string name;                ///< fullest form seen
    std::vector<std::string> words;  ///< folded words of the name
    std::set<std::string> roles;
    Gender gender = Gender::unknown;
    bool gender_by_first_name = false;  ///< a pronoun about them may correct it
    bool organisation = false;
    std::string kind;  ///< the noun a body was introduced with: `firm` in `delivery firm Exel`
    bool titled = false;  ///< seen with a personal title (Mr, Minister, Dr…)
    std::size_t last_mention = 0;
    std::size_t last_spoke = 0;  ///< 0: never
};

class People {
public:
    People(const SpeakerTable& table, const std::vector<std::string>& known,
           const OfficeScope& scope = {})
        : table_(table), scope_(scope) {
        for (const auto& k : known) {
            auto ws = split_words(k);
            note({ws, {}, Gender::unknown});
        }
    }

    struct Mention {
        std::vector<std::string> words;
        std::vector<std::string> roles;
        Gender gender;
        bool organisation = false;
        bool gender_by_first_name = false;
        std::string kind = {};  ///< see Person::kind
    };

    /// Records a mention, completing a partial name from earlier ones; returns its index.
    std::size_t note(const Mention& m) {
        ++clock_;
        auto folded = fold_all(m.words);
        if (folded.empty()) return kNone;
        std::size_t index = find(folded);
        // `Baroness Greenfield` is Susan Greenfield; `Matchwinner Keane` is Robbie Keane.
        if (index == kNone && folded.size() == 2 && !m.organisation &&
            !is_organisation(m.words) &&
            (is_peerage(folded.front()) || gender_of_word(folded.front()) == Gender::unknown)) {
            auto same = find({folded.back()});
            if (same != kNone && !people_[same].organisation &&
                (is_peerage(folded.front()) || people_[same].words.size() >= 2))
                index = same;
        }
        if (index == kNone) {
            Person p;
            p.name = join(m.words);
            p.words = folded;
            p.organisation = m.organisation || is_organisation(m.words);
            people_.push_back(std::move(p));
            index = people_.size() - 1;
        } else if (folded.size() > people_[index].words.size()) {
            people_[index].name = join(m.words);
            people_[index].words = folded;
        }
        auto& p = people_[index];
        p.last_mention = clock_;
        if (!m.kind.empty()) p.kind = m.kind;
        p.titled = p.titled || !m.roles.empty();
        for (const auto& r : m.roles) p.roles.insert(r);
        if (p.gender == Gender::unknown) {
            p.gender = m.gender;
            p.gender_by_first_name = m.gender_by_first_name;
        } else if (p.gender_by_first_name && m.gender != Gender::unknown && !m.gender_by_first_name) {
            p.gender = m.gender;
            p.gender_by_first_name = false;
        }
        return index;
    }

    void spoke(std::size_t index) {
        if (index == kNone) return;
        people_[index].last_spoke = ++clock_;
        people_[index].last_mention = clock_;
    }

    std::size_t pronoun(Gender g, std::size_t paragraph_clock_floor) {
        // The latest speaker of this or the previous paragraph whose gender fits, else the
        // latest fitting mention of someone known to be a person.
        auto pick = [&](bool speakers) {
            std::size_t best = kNone, best_when = 0;
            for (std::size_t i = 0; i < people_.size(); ++i) {
                const auto& p = people_[i];
                if (p.organisation || !fits(p.gender, g)) continue;
                auto when = speakers ? p.last_spoke : p.last_mention;
                if (when == 0 || (speakers && when < paragraph_clock_floor)) continue;
                if (!speakers && p.gender == Gender::unknown && p.last_spoke == 0 && !p.titled)
                    continue;
                if (best == kNone || when > best_when) best = i, best_when = when;
            }
            return best;
        };
        for (bool speakers : {true, false}) {
            auto best = pick(speakers);
            if (best == kNone) continue;
            if (people_[best].gender == Gender::unknown) people_[best].gender = g;
            return best;
        }
        return kNone;
    }

    /// The one person the article names as a foreign minister or a secretary of state,
    /// else kNone.
    std::size_t foreign_minister() const {
        std::size_t found = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& r = people_[i].roles;
            if (people_[i].organisation || r.count("former") || r.count("deputy")) continue;
            if (!((r.count("foreign") && r.count("minister")) ||
                  (r.count("secretary") && r.count("state"))))
                continue;
            if (found != kNone) return kNone;
            found = i;
        }
        return found;
    }

    /// The latest speaker of this or the previous paragraph whose gender is `g` by more than
    /// a first name's guess, else kNone.
    std::size_t speaker_of_gender(Gender g, std::size_t paragraph_clock_floor) const {
        std::size_t best = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            if (p.organisation || p.gender != g || p.last_spoke == 0 ||
                p.last_spoke < paragraph_clock_floor)
                continue;
            if (best == kNone || p.last_spoke > people_[best].last_spoke) best = i;
        }
        return best;
    }

    /// Whether the person's gender is a first name's guess that `g` contradicts.
    bool guessed_otherwise(std::size_t index, Gender g) const {
        const auto& p = people_[index];
        return p.gender_by_first_name && g != Gender::unknown && p.gender != Gender::unknown &&
               p.gender != g;
    }

    /// The person the text has named by these (folded) words or a name ending with them,
    /// noting nothing, else kNone.
    std::size_t known(const std::vector<std::string>& folded) const { return find(folded); }

    /// `The latter said`: the person (not a body) named most recently, else kNone.
    std::size_t latest_named() const {
        std::size_t best = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            if (p.organisation || p.last_mention == 0 || !maybe_person(i)) continue;
            if (best == kNone || p.last_mention > people_[best].last_mention) best = i;
        }
        return best;
    }

    /// The latest person (not a body) who spoke in this or the previous paragraph, else kNone.
    std::size_t latest_speaker(std::size_t paragraph_clock_floor) const {
        std::size_t best = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            if (p.organisation || p.last_spoke == 0 || p.last_spoke < paragraph_clock_floor)
                continue;
            if (best == kNone || p.last_spoke > people_[best].last_spoke) best = i;
        }
        return best;
    }

    /// `it said`, `the firm said`, `said the statement`: the latest organisation that spoke
    /// in this or the previous paragraph, or (for a named kind: `the alliance`) was mentioned.
    std::size_t organisation(const std::string& head, std::size_t paragraph_clock_floor) {
        std::size_t best = kNone, best_when = 0;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            bool body = p.organisation ||
                        (p.words.size() == 1 && p.gender == Gender::unknown && !p.titled);
            if (!body) continue;
            // `the alliance` for the Alliance; `the firm` for a body introduced as one
            // (`storage and delivery firm Exel`), or as any kind of company when the head
            // is one (`the company said` after `firm Exel`).
            bool named_kind = !head.empty() &&
                              (std::find(p.words.begin(), p.words.end(), head) != p.words.end() ||
                               (p.organisation && p.kind == head) ||
                               (p.organisation && company_noun(head) && company_noun(p.kind)));
            // `in an interview with the Financial Times … The paper said`: a publication is
            // the one just mentioned, whether or not it spoke.
            bool publication = head == "paper" || head == "newspaper" || head == "magazine" ||
                               head == "tabloid" || head == "journal";
            if (publication && !p.organisation) continue;
            auto when = named_kind || publication ? p.last_mention : p.last_spoke;
            if (when == 0 || (!named_kind && when < paragraph_clock_floor)) continue;
            if (best == kNone || when > best_when) best = i, best_when = when;
        }
        return best;
    }

    bool person_like(std::size_t index) const {
        const auto& p = people_[index];
        return !p.organisation && (p.gender != Gender::unknown || p.titled || p.last_spoke > 0);
    }

    /// Known to be a person, or named like one (two words or more, not a body): enough for
    /// the subject of the sentence before to be what a pronoun or a description means.
    bool maybe_person(std::size_t index) const {
        const auto& p = people_[index];
        return person_like(index) || (!p.organisation && p.words.size() >= 2);
    }

    bool fits_pronoun(std::size_t index, Gender g) {
        auto& p = people_[index];
        if (!maybe_person(index)) return false;
        // `Kim Collins … he said`: a pronoun about the person just talked of outweighs the
        // gender a first name suggested.
        if (p.gender_by_first_name && g != Gender::unknown && p.gender != g) {
            p.gender = g;
            p.gender_by_first_name = false;
            return true;
        }
        if (!fits(p.gender, g)) return false;
        if (p.gender == Gender::unknown) p.gender = g;
        return true;
    }

    std::size_t latest_speech() const {
        std::size_t latest = 0;
        for (const auto& p : people_) latest = std::max(latest, p.last_spoke);
        return latest;
    }

    /// The person the speaker table gives an office on the article's date (office_holder),
    /// noted as a mention; its evidence is kept for take_office_evidence.
    std::optional<std::size_t> table_office(const std::string& office,
                                            const std::vector<std::string>& roles = {}) {
        auto holder = office_holder(office, scope_, table_);
        if (!holder) return std::nullopt;
        office_evidence_ = attribution::office_evidence(*holder, scope_);
        return note({split_words(holder->name), roles, Gender::unknown});
    }

    /// The evidence of the last office table_office found, once (then empty).
    std::string take_office_evidence() { return std::exchange(office_evidence_, {}); }

    std::size_t role(const std::vector<std::string>& phrase) {
        if (phrase.empty()) return kNone;
        const auto& head = phrase.back();
        auto matches = [&](const Person& p, bool strict) {
            if (p.organisation != organisation_head(head)) return false;
            bool head_ok = p.roles.count(head) || (synonym_heads(head) && any_leader_role(p));
            if (!head_ok) return false;
            if (!strict) return true;
            return std::all_of(phrase.begin(), phrase.end() - 1,
                               [&](const std::string& w) { return p.roles.count(w) > 0; });
        };
        for (bool strict : {true}) {
            std::size_t best = kNone;
            for (std::size_t i = 0; i < people_.size(); ++i)
                if (matches(people_[i], strict) &&
                    (best == kNone || people_[i].last_mention > people_[best].last_mention))
                    best = i;
            if (best != kNone) return best;
        }
        std::string joined = join(phrase);
        if (auto found = table_office(joined)) return *found;
        std::size_t best = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (matches(people_[i], false) &&
                (best == kNone || people_[i].last_mention > people_[best].last_mention))
                best = i;
        return best;
    }

    /// The person (not a body) named most recently with a spokesperson's office
    /// (`spokesman`, `spokeswoman`, `spokesperson`, `press secretary`), or with `diplomat`
    /// also a diplomat's (a foreign minister or ministry, an ambassador, an envoy, the State
    /// Department); kNone when none.
    std::size_t latest_in_office(bool diplomat) const {
        auto spokes = [](const std::set<std::string>& r) {
            return r.count("spokesman") || r.count("spokeswoman") || r.count("spokesperson") ||
                   (r.count("press") && r.count("secretary"));
        };
        auto diplomatic = [](const std::set<std::string>& r) {
            return r.count("diplomat") || r.count("ambassador") || r.count("envoy") ||
                   r.count("foreign") || (r.count("state") && r.count("department"));
        };
        std::size_t best = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            if (p.organisation) continue;
            bool fits = spokes(p.roles) || (diplomat && diplomatic(p.roles));
            if (fits && (best == kNone || p.last_mention > people_[best].last_mention)) best = i;
        }
        return best;
    }

    std::size_t last_mention(std::size_t index) const { return people_[index].last_mention; }

    /// How many people the article has named with every word of `phrase` among their roles
    /// (a vice, deputy or former holder is not one).
    std::size_t holders(const std::vector<std::string>& phrase) const {
        std::size_t n = 0;
        for (const auto& p : people_)
            if (!p.organisation && !p.roles.count("vice") && !p.roles.count("deputy") &&
                !p.roles.count("former") &&
                std::all_of(phrase.begin(), phrase.end(),
                            [&](const std::string& w) { return p.roles.count(w) > 0; }))
                ++n;
        return n;
    }

    /// The first person the article named with every word of `phrase` among their roles (not
    /// a vice, deputy or former holder), else kNone.
    std::size_t first_holder(const std::vector<std::string>& phrase) const {
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& p = people_[i];
            if (!p.organisation && !p.roles.count("vice") && !p.roles.count("deputy") &&
                !p.roles.count("former") &&
                std::all_of(phrase.begin(), phrase.end(),
                            [&](const std::string& w) { return p.roles.count(w) > 0; }))
                return i;
        }
        return kNone;
    }

    bool holds(std::size_t index, const std::vector<std::string>& phrase) const {
        return std::all_of(phrase.begin(), phrase.end(),
                           [&](const std::string& w) { return people_[index].roles.count(w) > 0; });
    }

    /// The one person the article names whom the speaker table makes a spokesperson or a
    /// press secretary (`Dmitry Peskov`, `Kremlin spokesman`), else kNone.
    std::size_t table_spokesperson() const {
        std::size_t found = kNone;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            if (people_[i].organisation) continue;
            bool spokes = false;
            for (const auto& role : table_.roles_of(display(i))) {
                const auto folded = fold_word(role);
                spokes = spokes || folded.find("spokes") != std::string::npos ||
                         folded.find("press secretary") != std::string::npos;
            }
            if (!spokes) continue;
            if (found != kNone && display(found) != display(i)) return kNone;
            found = i;
        }
        return found;
    }

    std::string display(std::size_t index) const {
        const auto& p = people_[index];
        if (auto c = table_.canonical(p.name)) return *c;
        if (p.words.size() > 1)
            if (auto c = table_.canonical(p.words.back())) return *c;
        return p.name;
    }

    /// The fullest form of the name the article gave, as written.
    const std::string& name(std::size_t index) const { return people_[index].name; }
    Gender gender(std::size_t index) const { return people_[index].gender; }
    void set_gender(std::size_t index, Gender g) {
        if (people_[index].gender == Gender::unknown) people_[index].gender = g;
    }
    std::size_t clock() const { return clock_; }
    std::size_t tick() { return ++clock_; }

private:
    static bool company_noun(const std::string& w) {
        return w == "firm" || w == "company" || w == "group" || w == "giant" || w == "maker" ||
               w == "retailer" || w == "manufacturer" || w == "carrier" || w == "airline" ||
               w == "bank" || w == "publisher" || w == "brewer" || w == "winemaker" ||
               w == "operator" || w == "provider" || w == "supplier";
    }
    static bool fits(Gender have, Gender want) {
        return want == Gender::unknown || have == Gender::unknown || have == want;
    }
    static bool organisation_head(const std::string& head) { return is_organisation_word(head); }
    static bool synonym_heads(const std::string& head) {
        return head == "leader" || head == "president" || head == "premier";
    }
    static bool any_leader_role(const Person& p) {
        return p.roles.count("president") || p.roles.count("leader") || p.roles.count("prime") ||
               p.roles.count("premier") || p.roles.count("chancellor");
    }
    static std::string join(const std::vector<std::string>& ws) {
        std::string out;
        for (const auto& w : ws) out += (out.empty() ? "" : " ") + w;
        return out;
    }
    static std::vector<std::string> fold_all(const std::vector<std::string>& ws) {
        std::vector<std::string> out;
        for (const auto& w : ws) {
            auto f = fold_word(w);
            if (f.ends_with("'s")) f.resize(f.size() - 2);
            if (!f.empty()) out.push_back(f);
        }
        return out;
    }
    static bool is_organisation(const std::vector<std::string>& words) {
        for (const auto& w : words)
            if (is_organisation_word(fold_word(w))) return true;
        if (words.size() == 1) {
            const auto& w = words.front();
            bool caps = w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
                            return (c >= 'A' && c <= 'Z') || c == '&' || c == '-';
                        });
            if (caps) return true;
        }
        return false;
    }

    // The person a (possibly partial) name refers to: the same name, or the latest person
    // whose full name ends with it (`Hewitt` → `Patricia Hewitt`) or starts with it.
    std::size_t find(const std::vector<std::string>& folded) const {
        std::size_t best = kNone;
        auto better = [&](std::size_t i) {
            return best == kNone || people_[i].last_mention > people_[best].last_mention;
        };
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (people_[i].words == folded) return i;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& w = people_[i].words;
            if (w.size() > folded.size() &&
                std::equal(folded.rbegin(), folded.rend(), w.rbegin()) && better(i))
                best = i;
        }
        if (best != kNone) return best;
        for (std::size_t i = 0; i < people_.size(); ++i) {
            const auto& w = people_[i].words;
            if (w.size() < folded.size() &&
                std::equal(w.rbegin(), w.rend(), folded.rbegin()) && better(i))
                best = i;
        }
        if (best != kNone || folded.size() != 1) return best;
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (people_[i].words.size() > 1 && people_[i].words.front() == folded.front() && better(i))
                best = i;
        if (best != kNone) return best;
        // `Josep Borrell` then `Borrel noted`: a long surname one letter off a full name's
        // surname is that person misspelt, not someone new.
        if (folded.front().size() < 6) return best;
        for (std::size_t i = 0; i < people_.size(); ++i)
            if (people_[i].words.size() > 1 && one_letter_apart(people_[i].words.back(), folded.front()) &&
                better(i))
                best = i;
        return best;
    }

    // Whether two words differ by one letter changed, added or dropped, the first the same.
    static bool one_letter_apart(const std::string& a, const std::string& b) {
        if (a.empty() || b.empty() || a.front() != b.front() || a == b) return false;
        const std::string& longer = a.size() >= b.size() ? a : b;
        const std::string& shorter = a.size() >= b.size() ? b : a;
        if (longer.size() - shorter.size() > 1) return false;
        std::size_t i = 0;
        while (i < shorter.size() && longer[i] == shorter[i]) ++i;
        if (longer.size() == shorter.size())
            return longer.compare(i + 1, std::string::npos, shorter, i + 1) == 0;
        return longer.compare(i + 1, std::string::npos, shorter, i) == 0;
    }

    const SpeakerTable& table_;
    OfficeScope scope_;
    std::string office_evidence_;
    std::vector<Person> people_;
    std::size_t clock_ = 0;
};

}  // namespace newsdex::attribution
