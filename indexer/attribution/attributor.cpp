#include "attribution.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "internal/full_names.hpp"
#include "internal/introduction.hpp"
#include "internal/name_parts.hpp"
#include "internal/opinion_holder.hpp"
#include "internal/people.hpp"
#include "internal/printed_interview.hpp"
#include "internal/quote_extractor.hpp"
#include "internal/section_headings.hpp"
#include "internal/sentences.hpp"
#include "internal/speech_cues.hpp"
#include "internal/speech_subject.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"

namespace newsdex::attribution {

namespace {

const std::vector<std::string> kPressSecretary = {"press", "secretary"};

// Offices named by what they head stand for the office that heads it, as releases write
// them (`The head of state noted …` after `President Ilham Aliyev received …`); the words
// before `head` stay (`the Russian head of state` is the Russian president).
std::vector<std::string> office_words(const std::vector<std::string>& words) {
    auto with_head = [&](std::size_t tail, std::initializer_list<const char*> office) {
        std::vector<std::string> out(words.begin(), words.end() - static_cast<long>(tail));
        out.insert(out.end(), office.begin(), office.end());
        return out;
    };
    auto ends_with = [&](std::initializer_list<const char*> tail) {
        if (words.size() < tail.size()) return false;
        auto w = words.end() - static_cast<long>(tail.size());
        for (const char* t : tail)
            if (*w++ != t) return false;
        return true;
    };
    if (ends_with({"head", "of", "state"})) return with_head(3, {"president"});
    if (ends_with({"head", "of", "the", "state"})) return with_head(4, {"president"});
    if (ends_with({"head", "of", "government"})) return with_head(3, {"prime", "minister"});
    if (ends_with({"head", "of", "the", "government"})) return with_head(4, {"prime", "minister"});
    // `the Government head added`, `the state head said`: the same offices, noun first.
    if (ends_with({"government", "head"})) return with_head(2, {"prime", "minister"});
    if (ends_with({"state", "head"})) return with_head(2, {"president"});
    return words;
}

struct Found {
    std::size_t person = kNone;
    bool unnamed = false;  ///< an explicit but nameless source: `a spokesman said`
    bool plural = false;   ///< the nameless source is many (`people asked`): no `he` is one
    std::string how;       ///< the words that named the speaker, and how they were read
    bool ok() const { return person != kNone || unnamed; }
};

class Attributor {
public:
    explicit Attributor(const AttributionInput& in)
        : in_(in),
          people_(in.table, in.known_speakers, in.scope),
          quotes_(extract_quotes(in.paragraphs)),
          segments_at_(in.paragraphs.size()),
          interview_(printed_interview(in.paragraphs)) {
        // A transcript's labels are its turns already; a printed interview is a story's.
        if (std::any_of(in.turns.begin(), in.turns.end(), [](bool t) { return t; }))
            interview_.assign(in.paragraphs.size(), InterviewLine::none);
        // Each paragraph's quote segments, found once: looking through every quote for
        // every paragraph is quadratic in a long article.
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            for (const auto& seg : quotes_[q].segments)
                segments_at_[seg.paragraph].push_back({q, &seg});
        result_.quotes.resize(quotes_.size());
        for (std::size_t i = 0; i < quotes_.size(); ++i) result_.quotes[i].quote = quotes_[i];
        result_.paragraph_speakers.resize(in.paragraphs.size());
        result_.paragraph_evidence.resize(in.paragraphs.size());
        result_.paragraph_questions.resize(in.paragraphs.size());
        decided_.assign(quotes_.size(), false);
        person_of_.assign(quotes_.size(), kNone);
    }

    Attribution run() {
        for (std::size_t p = 0; p < in_.paragraphs.size(); ++p) paragraph(p);
        for (std::size_t q = 0; q < quotes_.size(); ++q)
            if (person_of_[q] != kNone) result_.quotes[q].speaker = display(person_of_[q]);
        whole_quote_paragraphs();
        return std::move(result_);
    }

private:
    // A quotation running over several paragraphs is attributed where it ends (`“We continue
    // to support … / “They have made progress …,” Miller said.`): a paragraph it opens and
    // fills, with no speaker of its own, is that speaker's too.
    void whole_quote_paragraphs() {
        for (std::size_t q = 0; q < quotes_.size(); ++q) {
            if (person_of_[q] == kNone || quotes_[q].segments.size() < 2) continue;
            for (const auto& seg : quotes_[q].segments) {
                const auto p = seg.paragraph;
                if (turn(p) || result_.paragraph_speakers[p]) continue;
                const auto& text = in_.paragraphs[p];
                const auto lead = text.find_first_not_of(" \t");
                const auto tail = text.find_last_not_of(" \t");
                if (lead == std::string::npos || seg.open > lead || seg.close + 4 < tail) continue;
                result_.paragraph_speakers[p] = display(person_of_[q]);
                result_.paragraph_evidence[p] = "a quotation running on over paragraphs: " +
                                                result_.quotes[q].evidence;
            }
        }
    }

    // The name given for a person. A surname alone (`Mr Aliyev`) is the full name the
    // article writes for it (`Heidar Aliyev`, in the title or anywhere in the text) before it
    // is a namesake the speaker table knows by that surname (`Ilham Aliyev`); with none in
    // the article, the table's one person of that surname (`Trump` → Donald Trump).
    std::string display(std::size_t person) {
        const auto& raw = people_.name(person);
        if (split_words(raw).size() != 1) {
            auto shown = people_.display(person);
            // `said Icelandic Foreign Minister Thordis Kolbrun Gylfadottir`: three words of a
            // name written right after its office are all the person's.
            const auto words = split_words(shown);
            if (shown == raw && words.size() == 3 && whole_after_office_.count(fold_word(raw)))
                result_.whole_names.insert(shown);
            return shown;
        }
        if (auto known = shown_.find(raw); known != shown_.end()) return known->second;
        collect_full_forms();
        auto shown = people_.display(person);
        if (auto it = full_forms_.find(fold_word(raw));
            it != full_forms_.end() && it->second.size() == 1) {
            shown = *it->second.begin();
        } else if (shown == raw) {
            std::string text = in_.title;
            for (const auto& p : in_.paragraphs) text += "\n" + p;
            shown = full_name(raw, text, in_.table).value_or(raw);
        }
        return shown_[raw] = shown;
    }

    // Every name of two words or more the title and paragraphs write (titles dropped, the
    // speaker table's spelling), by its folded surname; and by the office the paragraphs
    // write before it.
    void collect_full_forms() {
        if (collected_) return;
        collected_ = true;
        std::vector<const std::string*> texts{&in_.title};
        for (const auto& p : in_.paragraphs) texts.push_back(&p);
        for (const auto* text : texts) {
            auto toks = tokenize(*text, {}, quotes_);
            for (std::size_t i = 0; i < toks.size();) {
                if (!name_token(toks[i])) {
                    ++i;
                    continue;
                }
                std::size_t j = i;
                while (j < toks.size() && name_token(toks[j])) ++j;
                auto s = make_name(toks, i, j - 1, {});
                i = j;
                if (s.type != Subject::name || s.organisation || s.words.size() < 2) continue;
                auto name = person_name(join_words(s.words), in_.table);
                if (!name || split_words(*name).size() < 2) continue;
                full_forms_[fold_word(split_words(*name).back())].insert(*name);
                // The office written before the name (`Vice President Kamala Harris`); the
                // title's capitals make no reliable offices.
                if (text == &in_.title || s.roles.empty()) continue;
                std::string office;
                for (const auto& r : s.roles) office += (office.empty() ? "" : " ") + r;
                offices_[office].insert(*name);
            }
        }
    }

    // The one name the article writes right after the office `words` (`President of the
    // Czech Republic Petr Pavel`); empty when it writes none, or more than one. With
    // `with_title`, the title counts too.
    std::string named_after_office(const std::vector<std::string>& words,
                                   bool with_title = false) const {
        std::set<std::string> names;
        std::vector<const std::string*> texts;
        if (with_title) texts.push_back(&in_.title);
        for (const auto& paragraph : in_.paragraphs) texts.push_back(&paragraph);
        for (const auto* text : texts) {
            const auto toks = tokenize(*text, {}, quotes_);
            for (std::size_t i = 0; i + words.size() < toks.size(); ++i) {
                std::size_t k = 0;
                while (k < words.size() && toks[i + k].kind == Kind::word &&
                       toks[i + k].low == words[k])
                    ++k;
                if (k < words.size() || !toks[i].cap) continue;
                std::size_t j = i + k;
                while (j < toks.size() && j < i + k + 3 && name_token(toks[j])) ++j;
                if (j - (i + k) < 2) continue;
                std::vector<std::string> parts;
                for (std::size_t n = i + k; n < j; ++n) parts.push_back(toks[n].text);
                if (auto name = person_name(join_words(parts), in_.table))
                    if (split_words(*name).size() >= 2) names.insert(*name);
            }
        }
        return names.size() == 1 ? *names.begin() : std::string();
    }

    bool turn(std::size_t p) const { return p < in_.turns.size() && in_.turns[p]; }

    // The subject of the clause after an `Asked …,` opening: a name, pronoun or role that
    // opens the main clause (`…, Blinken was optimistic`).
    Subject answer_subject(const Toks& toks, std::size_t a, std::size_t b) const {
        for (std::size_t k = a + 1; k + 1 < b; ++k) {
            if (!is_punct(toks[k], ",")) continue;
            auto s = sentence_subject(toks, k + 1, b);
            if ((s.type == Subject::name || s.type == Subject::pronoun) && names_someone(s) &&
                !s.organisation)
                return s;
        }
        return {};
    }

    // The person named as the subject of the first speech verb of [a, b), when that verb
    // comes before a quotation the sentence goes on to hold; kNone otherwise.
    std::size_t named_speaker_before_quote(const Toks& toks, std::size_t a, std::size_t b) {
        for (std::size_t v = a; v < b; ++v) {
            if (toks[v].kind == Kind::quote) return kNone;
            if (!is_speech_verb(toks[v])) continue;
            bool quote_later = false;
            for (std::size_t q = v + 1; q < b && !quote_later; ++q)
                quote_later = toks[q].kind == Kind::quote;
            if (!quote_later) return kNone;
            auto s = speech_subject(toks, v, a, b);
            if (s.type != Subject::name || s.group || s.organisation || !names_someone(s))
                return kNone;
            auto who = resolve(s).person;
            return who != kNone && people_.maybe_person(who) ? who : kNone;
        }
        return kNone;
    }

    // `America's top diplomat`: the one person the article names with the office of foreign
    // minister or secretary of state (`Secretary of State Antony Blinken's meeting`,
    // `Foreign Minister Jeyhun Bayramov`), else kNone.
    std::size_t foreign_minister() {
        if (auto one = people_.foreign_minister(); one != kNone) return one;
        std::set<std::string> names;
        std::vector<const std::string*> texts{&in_.title};
        for (const auto& p : in_.paragraphs) texts.push_back(&p);
        for (const auto* text : texts) {
            auto toks = tokenize(*text, {}, quotes_);
            for (std::size_t i = 0; i + 2 < toks.size(); ++i) {
                std::size_t after = kNone;
                if (toks[i].cap && toks[i].low == "secretary" && toks[i + 1].low == "of" &&
                    toks[i + 2].cap && toks[i + 2].low == "state")
                    after = i + 3;
                else if (toks[i].cap && toks[i].low == "foreign" && toks[i + 1].cap &&
                         toks[i + 1].low == "minister")
                    after = i + 2;
                if (after == kNone || after >= toks.size() || !name_token(toks[after])) continue;
                std::size_t end = after;
                while (end < toks.size() && name_token(toks[end])) ++end;
                std::string joined;
                for (std::size_t k = after; k < end; ++k) {
                    const auto w = without_possessive(toks[k].text);
                    joined += (joined.empty() ? "" : " ") + w;
                }
                if (auto name = person_name(joined, in_.table); name && split_words(*name).size() >= 2)
                    names.insert(*name);
            }
        }
        if (names.size() != 1) return kNone;
        return people_.note({split_words(*names.begin()), {"foreign", "minister"}, Gender::unknown});
    }

    // A subject that can be a speaker: not a place, an agency or a people (`according to
    // Ukrinform` leaves the sentence to the name before it).
    bool names_someone(const Subject& s) const {
        if (s.type == Subject::none) return false;
        if (s.type != Subject::name) return true;
        return person_name(join_words(s.words), in_.table).has_value();
    }

    Found resolve(const Subject& s) {
        Found f;
        std::string words;
        for (const auto& w : s.words) words += (words.empty() ? "" : " ") + w;
        switch (s.type) {
            case Subject::none: break;
            case Subject::unnamed: f.how = "an unnamed source ('" + words + "')"; break;
            case Subject::name: f.how = "the name '" + words + "'"; break;
            case Subject::pronoun: f.how = "the pronoun '" + words + "'"; break;
            case Subject::role: f.how = "the role '" + words + "'"; break;
        }
        if (s.group) {
            f.how = "two or more people ('" + words + "')";
            f.unnamed = true;
            return f;
        }
        switch (s.type) {
            case Subject::none: break;
            case Subject::unnamed: {
                // `the spokesman noted` after `deputy spokesperson Vedant Patel said`: the
                // one named with the office since any unnamed source spoke.
                // `The expert noted that …` after an analyst's words: the one speaking, who
                // the story quotes for their expertise.
                if (s.back_reference &&
                    (s.words.back() == "expert" || s.words.back() == "analyst")) {
                    if (current_ != kNone && people_.person_like(current_) &&
                        people_.last_mention(current_) > unnamed_clock_) {
                        f.person = current_;
                        f.how = "the role '" + words + "'";
                        break;
                    }
                } else if (s.back_reference) {
                    auto one = people_.latest_in_office(s.words.back() == "diplomat");
                    if (one != kNone && people_.last_mention(one) > unnamed_clock_ &&
                        named_in_text(one)) {
                        f.person = one;
                        f.how = "the role '" + words + "'";
                        break;
                    }
                    // `The spokesman condemned …` after `Peskov replied: "…"`, the story
                    // naming him by surname only: the running speaker, whom the speaker
                    // table makes a spokesperson.
                    const auto& head = s.words.back();
                    if (one == kNone && current_ != kNone &&
                        (head == "spokesman" || head == "spokeswoman" || head == "spokesperson") &&
                        people_.table_spokesperson() == current_ &&
                        people_.last_mention(current_) > unnamed_clock_ && named_in_text(current_)) {
                        f.person = current_;
                        f.how = "the role '" + words + "'";
                        break;
                    }
                }
                f.unnamed = true;
                const std::string w = s.words.empty() ? std::string() : s.words.back();
                f.plural = w == "people" || w == "police" || w == "staff" || plural_noun(w);
                break;
            }
            case Subject::pronoun:
                if (s.words.front() == "it") {
                    // `Mr Crosby's statement said … It added:`
                    if (document_speaker_ != kNone && document_clock_ >= paragraph_floor_)
                        f.person = document_speaker_;
                    else
                        f.person = people_.organisation({}, paragraph_floor_);
                    break;
                }
                if (s.gender == Gender::unknown) break;  // they / I / we
                // `A spokesman said … he said`: the pronoun follows the unnamed source.
                if (unnamed_clock_ > people_.latest_speech() && unnamed_clock_ >= paragraph_floor_) {
                    f.unnamed = true;
                    break;
                }
                // `Foreign Minister Sergey Lavrov is conducting talks, spokeswoman Maria
                // Zakharova told TASS. "…," she added.`: a speaker the pronoun fits beats the
                // sentence's subject whose first name says otherwise.
                if (last_subject_ != kNone && people_.guessed_otherwise(last_subject_, s.gender))
                    if (auto sure = people_.speaker_of_gender(s.gender, paragraph_floor_);
                        sure != kNone) {
                        f.person = sure;
                        break;
                    }
                if (last_subject_ != kNone && people_.fits_pronoun(last_subject_, s.gender)) {
                    f.person = last_subject_;
                    break;
                }
                // `Morgan Freeman beat … He thanked Eastwood … This was his first win.
                // Backstage, he said:`: the person the paragraph has been about since anyone
                // last spoke, before an earlier speaker.
                if (topic_ != kNone && topic_clock_ >= paragraph_floor_ &&
                    topic_clock_ > people_.latest_speech() && people_.fits_pronoun(topic_, s.gender)) {
                    f.person = topic_;
                    break;
                }
                f.person = people_.pronoun(s.gender, paragraph_floor_);
                break;
            case Subject::role: {
                // `The latter also indicated …`: the person named last, whoever spoke last.
                if (s.words.size() == 1 && s.words.front() == "latter") {
                    f.person = people_.latest_named();
                    f.unnamed = f.person == kNone;
                    break;
                }
                people_.take_office_evidence();
                // `The journalist pressed further, asking …`: the reporter asking is not the
                // last speaker nor the person the story is about; only someone the story
                // writes with that office (`journalist X`) is them.
                const bool reporter = std::any_of(s.words.begin(), s.words.end(),
                                                  [](const std::string& w) { return reporter_noun(w); });
                // `the head of state`, `the head of government`: the office by what it heads.
                auto role_words = office_words(s.words);
                // `the Russian head of state`: the president of the country its adjective
                // names, where the text or the speaker table knows one; else the bare office.
                std::size_t qualified = kNone;
                if (role_words != s.words) {
                    // (The office alone: `head of state`, or noun first, `state head`.)
                    const bool noun_first = s.words.size() >= 2 && s.words.back() == "head";
                    const auto bare = office_words(
                        noun_first ? std::vector<std::string>{s.words[s.words.size() - 2], "head"}
                                   : std::vector<std::string>{"head", "of", s.words.back()});
                    if (role_words.size() > bare.size()) qualified = people_.role(role_words);
                    role_words = bare;
                }
                // `Nato's secretary general`: the office of the international body its
                // possessive names, as `NATO Secretary General` is.
                static const std::set<std::string, std::less<>> bodies = {
                    "nato", "un", "eu", "osce", "imf", "csto", "iaea", "who", "g7"};
                bool possessed = false;
                if (role_words.size() >= 2)
                    if (auto body = without_possessive(role_words.front());
                        body != role_words.front() && bodies.count(body)) {
                        role_words.front() = body;
                        possessed = true;
                    }
                if (qualified != kNone)
                    f.person = qualified;
                else if (organisation_role(role_words.back()))
                    f.person = people_.organisation(role_words.back(), paragraph_floor_);
                // `The head of state emphasized …` after the guest spoke, in a release that
                // opened with `President … X has received …`: the office by what it heads is
                // the first president named, the host, not the last one reported on.
                else if (role_words != s.words && role_words.size() == 1 &&
                         people_.holders(role_words) >= 2)
                    f.person = people_.first_holder(role_words);
                else if (role_words.size() == 1 && people_.holders(role_words) >= 2 &&
                         !(last_subject_ != kNone && people_.holds(last_subject_, role_words)))
                    f.person = kNone;  // `the President` after two presidents: neither
                else if (s.foreign_minister)
                    f.person = foreign_minister();
                else if (s.definite_one && !reporter)
                    f.person = people_.latest_speaker(paragraph_floor_);
                else if (unnamed_head(role_words.back()) || role_words == kPressSecretary)
                    f.person = spokesperson(role_words);
                else
                    f.person = people_.role(role_words);
                // `…,” said the Vice President` before the article names her: the one person
                // the article writes with that office.
                if (f.person == kNone && !organisation_role(role_words.back())) {
                    collect_full_forms();
                    std::string office;
                    for (const auto& w : role_words) office += (office.empty() ? "" : " ") + w;
                    auto it = offices_.find(office);
                    // `…, the regional governor said.`, then `Governor Oleksandr Prokudin
                    // said in a post …`: the office's head word alone when the phrase is not
                    // found whole, if one person in the article holds it.
                    if (it == offices_.end() && role_words.size() >= 2 &&
                        is_title_word(role_words.back()))
                        it = offices_.find(role_words.back());
                    if (it != offices_.end() && it->second.size() == 1)
                        f.person = people_.note(
                            {split_words(*it->second.begin()), role_words, Gender::unknown});
                }
                // `the President of the Czech Republic expressed …` after a lead naming
                // `President of the Czech Republic Petr Pavel`: the office of a place, written
                // whole before one name in the article.
                if (f.person == kNone && role_words.size() >= 3 &&
                    std::find(role_words.begin(), role_words.end(), "of") != role_words.end())
                    if (auto name = named_after_office(role_words); !name.empty())
                        f.person = people_.note({split_words(name), role_words, Gender::unknown});
                // `The interior minister said that …` in a news item titled `… met with Defence
                // Minister X and Interior Minister Y`: an office of two words or more that the
                // title writes whole before one name (and the paragraphs before none) is that
                // name's, before the person the item is talking about.
                if (f.person == kNone && role_words.size() >= 2 && is_title_word(role_words.back()))
                    if (auto name = named_after_office(role_words, /*with_title=*/true); !name.empty())
                        f.person = people_.note({split_words(name), role_words, Gender::unknown});
                // `the Liberal Democrat leader said`, the leader not introduced by that role:
                // the person the article is talking about.
                // `said the 22-year-old`, `the Liverpool player said`, `said the Belgian`: a
                // description of the person being talked about.
                // (Not an office a possessive gives to a body or a country the person being
                // talked about may not hold: `Nato's secretary general`.)
                if (f.person == kNone && !reporter && !possessed &&
                    ((is_title_word(role_words.back()) && !unnamed_head(role_words.back())) ||
                     person_descriptor(role_words.back()))) {
                    // A person known as one (the running speaker) before a subject that is
                    // only named like one (`Polar Express is based on a book. The
                    // 48-year-old actor crossed …`).
                    bool subject_known = last_subject_ != kNone && people_.person_like(last_subject_);
                    bool speaker_known = current_ != kNone && people_.person_like(current_);
                    if (subject_known || (last_subject_ != kNone && !speaker_known &&
                                          people_.maybe_person(last_subject_)))
                        f.person = last_subject_;
                    else if (speaker_known)
                        f.person = current_;
                }
                f.unnamed = f.person == kNone;
                // `the Georgian opposition asking …`, `the Armenian side said`: a body or many
                // people, whom a later `he` is not.
                if (f.unnamed) {
                    const auto& head = role_words.back();
                    f.plural = organisation_role(head) || head == "opposition" ||
                               head == "side" || head == "authorities" ||
                               head == "leadership" || head == "administration" ||
                               plural_noun(head);
                }
                // The speaker table's holder of the office on the article's date.
                if (auto office = people_.take_office_evidence();
                    !office.empty() && f.person != kNone)
                    f.how += ", " + office;
                break;
            }
            case Subject::name:
                f.person = people_.note({s.words, s.roles, s.gender, s.organisation, s.gender_by_first_name});
                if (s.whole_name && !s.organisation) whole_after_office_.insert(fold_word(join_words(s.words)));
                if (s.document) document_speaker_ = f.person, document_clock_ = people_.tick();
                break;
        }
        return f;
    }

    // Mentions of named people in narration, so later partial names, pronouns and role
    // nouns can find them.
    void note_mentions(const Toks& toks, std::size_t a, std::size_t b) {
        for (std::size_t i = a; i < b;) {
            if (!name_token(toks[i]) && !(toks[i].kind == Kind::word && toks[i].cap)) {
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < b && (name_token(toks[j]) ||
                             (toks[j].kind == Kind::word && toks[j].cap && !is_speech_verb(toks[j]))))
                ++j;
            if (j == i) {
                ++i;
                continue;
            }
            // `the Caucasus Institute Alexander Iskandaryan`: a person named right after the
            // body they work for is the name after the body's last word, not one long name.
            for (std::size_t k = j - 1; k > i + 1; --k)
                if (is_organisation_word(toks[k - 2].low) && name_token(toks[k - 1]) &&
                    name_token(toks[k]) && !is_organisation_word(toks[k - 1].low) &&
                    !is_organisation_word(toks[k].low)) {
                    i = k - 1;
                    break;
                }
            auto s = make_name(toks, i, j - 1, roles_before(toks, i, a));
            // `President of the Republic of Azerbaijan Ilham Aliyev`: the office before what it
            // is of is the named one's too, for a later `the head of state`.
            // (A run that holds an office word itself, `Georgia Meets Minister`, is a headline.)
            bool office_in_run = false;
            for (std::size_t k = i; k < j; ++k) office_in_run = office_in_run || is_title_word(toks[k].low);
            if (s.type == Subject::name && s.words.size() >= 2 && !office_in_run)
                for (auto& office : office_of_before(toks, i, a)) s.roles.push_back(office);
            // `in US magazine Rolling Stone's annual list`: a body named before a possessive
            // is mentioned too, for a later `the magazine said`. (A person's possessive
            // makes no mention, `Alex Ferguson's side` is not about him, unless an office
            // comes with the name.)
            const bool body = i > a && toks[i - 1].kind == Kind::word && !toks[i - 1].cap &&
                              organisation_role(toks[i - 1].low);
            // `Recep Tayyip Erdoğan’s office said`: the office's holder is mentioned, for a
            // later surname alone.
            const bool office_of = j < b && toks[j].kind == Kind::word && toks[j].low == "office";
            // `Azerbaijani Foreign Minister Jeyhun Bayramov's visit to Turkey continues`: an
            // office holder whose possessive opens the sentence, what it is about, is
            // mentioned, for a later `the minister` or `him` (not `Speaking about President
            // Erdogan's meeting, Peskov said`, nor `Sir Alex Ferguson's side` or `United boss
            // X's side`, an honour or a trade).
            std::size_t opening = a;
            while (opening < i && toks[opening].kind == Kind::word && !toks[opening].cap &&
                   (determiner(toks[opening].low) || nationality(toks[opening].low)))
                ++opening;
            if (s.type == Subject::none && toks[j - 1].low.ends_with("'s") &&
                (body || office_of || opening == i)) {
                Toks copy(toks.begin() + static_cast<long>(i), toks.begin() + static_cast<long>(j));
                auto& owner = copy.back();
                owner.text = without_possessive(owner.text);
                owner.low.resize(owner.low.size() - 2);
                auto owner_name = make_name(copy, 0, copy.size() - 1, roles_before(toks, i, a));
                const bool office_holder =
                    owner_name.type == Subject::name && !owner_name.organisation &&
                    j - i > owner_name.words.size() &&
                    std::any_of(owner_name.roles.begin(), owner_name.roles.end(),
                                [](const std::string& r) { return is_public_office(r); });
                if (body || office_of || office_holder) s = owner_name;
            }
            bool titled = !s.roles.empty() && j - i > s.words.size();
            if (s.type == Subject::name && (s.words.size() >= 2 || titled || body)) {
                if (j < b && is_punct(toks[j], ",")) {
                    std::size_t m = j + 1;
                    while (m < b && !is_punct(toks[m], ",") && !sentence_end_punct(toks[m]) &&
                           toks[m].kind != Kind::quote && m - j < 15)
                        ++m;
                    if (m < b && is_punct(toks[m], ",") && m + 1 < b &&
                        !name_token(toks[j + 1])) {
                        auto extra = appositive(toks, j + 1, m);
                        s.roles.insert(s.roles.end(), extra.begin(), extra.end());
                    }
                }
                // `US magazine Rolling Stone`, `storage and delivery firm Exel`: a name after
                // the noun for a body is the body's.
                people_.note({s.words, s.roles, s.gender, s.organisation || body,
                              s.gender_by_first_name, body ? toks[i - 1].low : std::string()});
                if (s.whole_name && !s.organisation && !body)
                    whole_after_office_.insert(fold_word(join_words(s.words)));
            }
            i = j;
        }
    }

    // The speech verb nearest before position `at` in [a, at), and its subject.
    Found before_quote(const Toks& toks, std::size_t a, std::size_t at, bool& colon) {
        colon = at > a && (is_punct(toks[at - 1], ":") || is_punct(toks[at - 1], ","));
        // `Mirzoyan "stressed the importance of …"`, `He also "noted the importance of …"`:
        // a quotation that opens with its subject's verb of speech is that subject's words,
        // whoever (`the ministry added`, `Baku said`) reports them after it.
        if (toks[at].kind == Kind::quote && at > a && toks[at - 1].kind == Kind::word) {
            const auto& text = quotes_[toks[at].quote].text;
            const auto space = text.find(' ');
            Tok verb;
            verb.kind = Kind::word;
            verb.text = text.substr(0, space);
            verb.low = verb.text;
            verb.cap = false;
            const bool lower = !verb.low.empty() && std::islower(static_cast<unsigned char>(verb.low[0]));
            bool only_subject = true;  // the sentence so far is its subject alone
            for (std::size_t k = a; k < at && only_subject; ++k)
                only_subject = toks[k].kind == Kind::word &&
                               (name_token(toks[k]) || is_pronoun(toks[k].low) ||
                                is_skippable_before_verb(toks[k].low));
            // `Erdogan "underlined the importance of …," Erdogan's office said`: a reporting
            // verb (`underlined`, `reiterated`) opens the quote as a verb of speech does.
            const Toks alone{verb};
            if (only_subject && lower && verb.low.ends_with("ed") &&
                (is_speech_verb(verb) || reporting_verb(alone, 0, 1))) {
                auto s = sentence_subject(toks, a, at);
                const bool person = (s.type == Subject::name && !s.organisation && !s.group) ||
                                    (s.type == Subject::pronoun && s.gender != Gender::unknown);
                if (person) {
                    auto f = resolve(s);
                    if (f.person != kNone) return f;
                }
            }
        }
        for (std::size_t v = at; v > a;) {
            --v;
            if (toks[v].kind == Kind::word && toks[v].low == "to" && v > a &&
                toks[v - 1].low == "according") {
                auto s = subject_after(toks, v, at);
                if (s.type != Subject::none) return resolve(s);
            }
            // `Yermak expressed gratitude for Türkiye’s “consistent support …”`: a reporting
            // verb gives the quoted words to its subject too.
            // Only where it names a person; else the quote goes on as before.
            // `Papuashvili wrote that such remarks reflect "…"`: `remarks`, `comments` after a
            // determiner are nouns, not the verb of the quote.
            static const std::set<std::string, std::less<>> determiners = {
                "such", "the", "these", "those", "his", "her", "their", "its", "our", "my",
                "your", "some", "any", "recent", "earlier", "of"};
            if (v > a && toks[v].low.ends_with("s") && toks[v - 1].kind == Kind::word &&
                determiners.count(toks[v - 1].low))
                continue;
            const bool speech = is_speech_verb(toks[v]);
            if (!speech && !reporting_verb(toks, v, at)) continue;
            auto s = speech_subject(toks, v, a, at);
            if (s.type == Subject::none) continue;
            auto f = resolve(s);
            if (speech || f.person != kNone) return f;
        }
        // `He thanked Eastwood and described the film as "a labour of love"`: the words
        // describing something are the describer's.
        if (at >= a + 3 && toks[at - 1].low == "as") {
            for (std::size_t v = at - 1; v > a && at - v < 8;) {
                --v;
                if (toks[v].kind != Kind::word || !toks[v].low.starts_with("describ")) continue;
                // `HSDPA has been described as "3G on steroids"`: by no one named.
                if (v > a && passive_auxiliary(toks[v - 1].low)) break;
                auto s = speech_subject(toks, v, a, at);
                if (s.type == Subject::none) s = sentence_subject(toks, a, v);
                bool person = s.type == Subject::name ||
                              (s.type == Subject::pronoun && s.gender != Gender::unknown);
                if (person && !s.group) return resolve(s);
                break;
            }
        }
        // `Blackburn boss Mark Hughes: "…"` — a name and a colon, no verb.
        if (at >= a + 2 && is_punct(toks[at - 1], ":") && name_token(toks[at - 2])) {
            std::size_t first = at - 2;
            while (first > a && name_token(toks[first - 1])) --first;
            auto s = make_name(toks, first, at - 2, roles_before(toks, first, a));
            if (s.type == Subject::name) return resolve(s);
        }
        // `President Trump underscored the urgency by describing an exchange: “…”`: a
        // sentence that leads into the quote with a colon gives it to its subject.
        if (at > a + 1 && is_punct(toks[at - 1], ":")) {
            auto s = sentence_subject(toks, a, at - 1);
            if (s.type == Subject::name && !s.group) return resolve(s);
        }
        return {};
    }

    // An attribution straight after the quote: `“…,” Name said` / `“…,” said Name, title`.
    Found after_quote(const Toks& toks, std::size_t q, std::size_t b) {
        std::size_t k = q + 1;
        while (k < b && (is_punct(toks[k], ",") || is_punct(toks[k], "-"))) ++k;
        if (k >= b) return {};
        if (toks[k].low == "according" && k + 1 < b && toks[k + 1].low == "to")
            return resolve(subject_after(toks, k + 1, b));
        if (is_speech_verb(toks[k])) return resolve(subject_after(toks, k, b));
        // `“…,” charged Levon Zurabian, the deputy chairman …`: a verb that speaks only when
        // it stands inverted between a quote and a name (`charged` is otherwise a court's).
        if (toks[k].kind == Kind::word && !toks[k].cap &&
            (toks[k].low == "charged" || toks[k].low == "countered") && k + 1 < b &&
            name_token(toks[k + 1]))
            if (auto s = subject_after(toks, k, b); s.type == Subject::name) return resolve(s);
        for (std::size_t v = k; v < b && v < k + 16; ++v) {
            if (toks[v].kind == Kind::quote || sentence_end_punct(toks[v])) break;
            // `"…," the magazine reported.`: `reported` ending the attribution reports
            // speech (not `reported profits of`).
            bool reported = toks[v].kind == Kind::word && !toks[v].cap &&
                            (toks[v].low == "reported" || toks[v].low == "reports") &&
                            (v + 1 >= b || sentence_end_punct(toks[v + 1]) ||
                             is_punct(toks[v + 1], ","));
            if (!is_speech_verb(toks[v]) && !reported) continue;
            auto s = speech_subject(toks, v, k, b);
            bool direct = s.type != Subject::none && s.first <= k + 6;
            for (std::size_t m = k; direct && m < s.first && m < b; ++m)
                direct = toks[m].kind == Kind::word && !(is_sentence_opener(toks[m].low) && !toks[m].cap);
            if (direct) return resolve(s);
            break;
        }
        return {};
    }

    // The person a quotation opens by reporting: `"Mammadyarov said at the meeting that …"`,
    // `"President Erdogan said that we …"` — a name (after its titles) as the subject of a
    // speech verb among the quotation's first words, followed by `that`. None otherwise.
    Found readout_speaker(std::size_t q) {
        auto toks = tokenize(quotes_[q].text, {}, quotes_);
        const std::size_t n = toks.size();
        for (std::size_t v = 1; v < n && v <= 6; ++v) {
            if (!is_speech_verb(toks[v])) continue;
            std::size_t k = v + 1;
            // `said at the meeting that`, `said on Monday that`.
            while (k < n && k <= v + 5 && toks[k].kind == Kind::word && toks[k].low != "that")
                ++k;
            if (k >= n || toks[k].low != "that") return {};
            auto s = speech_subject(toks, v, 0, n);
            if (s.type != Subject::name || s.group || s.organisation || !names_someone(s))
                return {};
            for (std::size_t m = 0; m < s.first; ++m)
                if (!toks[m].cap) return {};
            auto f = resolve(s);
            return f.person != kNone && people_.maybe_person(f.person) ? f : Found{};
        }
        return {};
    }

    // Any speech verb later in the sentence (`…, says the assembly government.`).
    Found later_in_sentence(const Toks& toks, std::size_t q, std::size_t b) {
        for (std::size_t v = q + 1; v < b; ++v) {
            if (!is_speech_verb(toks[v])) continue;
            auto s = speech_subject(toks, v, q + 1, b);
            if (s.type != Subject::none) return resolve(s);
        }
        return {};
    }

    // Whether the article writes the person's surname (the last word of their name), not
    // only an office the speaker table resolved to them: `the spokesman` goes back to a
    // spokesperson the story named, not to `the Kremlin spokesman` it never named.
    bool named_in_text(std::size_t index) const {
        const auto words = split_words(people_.name(index));
        if (words.empty()) return false;
        const auto& surname = words.back();
        if (in_.title.find(surname) != std::string::npos) return true;
        return std::any_of(in_.paragraphs.begin(), in_.paragraphs.end(), [&](const std::string& p) {
            return p.find(surname) != std::string::npos;
        });
    }

    // Whether a printed interview's first line comes after paragraph p.
    bool before_interview(std::size_t p) const {
        for (std::size_t i = p + 1; i < interview_.size(); ++i)
            if (interview_[i] != InterviewLine::none) return true;
        return false;
    }

    // The first person (not an outlet or a body) a run of capitalised words in [from, to)
    // names, else kNone.
    std::size_t first_person(const Toks& toks, std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to; ++k) {
            if (!name_token(toks[k])) continue;
            std::size_t last = k;
            while (last + 1 < to && name_token(toks[last + 1])) ++last;
            // `Presidential Administration Ali Hasanov`: the run's shortest ending that names
            // someone after the office or body before it.
            for (std::size_t j = k; j <= last; ++j) {
                auto s = make_name(toks, j, last, {});
                if (!s.words.empty()) s.words.front() = after_glued_title(s.words.front());
                if (s.type != Subject::name || s.organisation || s.group || !names_someone(s))
                    continue;
                const auto f = resolve(s);
                if (f.person != kNone && people_.person_like(f.person)) return f.person;
            }
            k = last;
        }
        return kNone;
    }

    // The person a printed interview's question names as its asker (`- Hello, Mr.
    // President. Alexey Golovko, the Vesti program.`), else kNone.
    std::size_t self_introduced_asker(const std::string& text) {
        std::string_view t = text;
        while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.remove_prefix(1);
        for (std::string_view dash : {"- ", "\u2013 ", "\u2014 "})
            if (t.starts_with(dash)) {
                t.remove_prefix(dash.size());
                break;
            }
        const auto name = self_introduced(std::string(t));
        if (!name) return kNone;
        const auto toks = tokenize(*name, {}, quotes_);
        if (toks.empty()) return kNone;
        // (A name the asker gives themself is a person's, known or not.)
        const auto s = make_name(toks, 0, toks.size() - 1, {});
        if (s.type != Subject::name || s.organisation || s.group || !names_someone(s)) return kNone;
        const auto f = resolve(s);
        return f.person != kNone && people_.maybe_person(f.person) ? f.person : kNone;
    }

    // The introduction of a printed interview names who is interviewed: `Foreign Minister X,
    // who …, gave an interview to Report's US Bureau.`, `X … answered questions of APA's
    // Russian bureau`, `X has been interviewed by A Haber`; and, with an active verb of
    // asking, who asks: `TASS Deputy Director-General X asked … Y about …` (X asks Y),
    // `News.Az interviews … Y` (an outlet asks: no one by name); `X has been interviewed by
    // …, Y, …` (Y asks X); `the interview of X to …` (X answers).
    void interview_introduction(const Toks& toks,
                                const std::vector<std::pair<std::size_t, std::size_t>>& sents) {
        auto word = [&](std::size_t k, std::initializer_list<const char*> ws) {
            if (toks[k].kind != Kind::word) return false;
            for (const char* w : ws)
                if (toks[k].low == w) return true;
            return false;
        };
        for (const auto& [a, b] : sents)
            for (std::size_t v = a; v < b; ++v) {
                const bool passive = v > a && passive_auxiliary(toks[v - 1].low);
                if (word(v, {"asked", "interviews", "interviewed"}) && !passive) {
                    if (v > a && word(v - 1, {"when", "after", "once", "if", "as", "being"}))
                        continue;
                    const auto answers = first_person(toks, v + 1, b);
                    if (answers == kNone) continue;
                    interviewee_ = answers;
                    interviewer_ = first_person(toks, a, v);
                    if (interviewer_ == interviewee_) interviewer_ = kNone;
                    return;
                }
                // `the joint interview of President of Ukraine X to Agence France-Presse, …`:
                // the one the interview is of answers.
                if (word(v, {"interview"}) && v + 2 < b && word(v + 1, {"of"})) {
                    if (const auto answers = first_person(toks, v + 2, b); answers != kNone) {
                        interviewee_ = answers;
                        return;
                    }
                }
                // `has been interviewed`, or `gave an (exclusive) interview`, `answered
                // questions` within three words.
                bool given = passive && word(v, {"interviewed"});
                if (word(v, {"interview", "questions"}))
                    for (std::size_t k = v; !given && k > a && k + 3 > v;)
                        given = word(--k, {"gave", "given", "gives", "give", "granted", "grants",
                                           "answered", "answers", "answering", "answer",
                                           "responded", "responds", "responding", "respond"});
                if (!given) continue;
                const auto answers = first_person(toks, a, v);
                if (answers == kNone) continue;
                interviewee_ = answers;
                // `X has been interviewed by the general director of …, Dmitry Kiselev, for
                // Sputnik Azerbaijan`: the person named after `by` asks.
                if (passive && v + 1 < b && word(v + 1, {"by"})) {
                    interviewer_ = first_person(toks, v + 2, b);
                    if (interviewer_ == interviewee_) interviewer_ = kNone;
                }
                return;
            }
    }

    // `Para TV: …?`, `Civilnet: Why did you agree …?`: a paragraph that asks, opened by a
    // label of one to three capitalised words and a colon that names no person — an outlet
    // asking at a briefing.
    bool outlet_question(const Toks& toks, const std::string& text) const {
        const auto last = text.find_last_not_of(" \t");
        if (last == std::string::npos || text[last] != '?') return false;
        std::size_t colon = kNone;
        for (std::size_t i = 0; i < toks.size() && i < 4; ++i) {
            if (is_punct(toks[i], ":")) {
                colon = i;
                break;
            }
            if (toks[i].kind != Kind::word || !toks[i].cap || is_speech_verb(toks[i]))
                return false;
        }
        if (colon == kNone || colon == 0) return false;
        if (is_organisation_word(toks[colon - 1].low) || medium_noun(toks[colon - 1].low))
            return true;
        const auto s = make_name(toks, 0, colon - 1, {});
        if (s.organisation || !names_someone(s)) return true;
        // `NV: …?`: one word names a person only where the speaker table or the text before
        // knows it (`Podolyak: …`).
        if (s.words.size() >= 2) return false;
        const auto known = people_.known({fold_word(s.words.front())});
        return !in_.table.canonical(s.words.front()) &&
               (known == kNone || !people_.person_like(known));
    }

    // `Podolyak: …`, `Zohrab Mnatsakanyan: …`: the person a label of one to three
    // capitalised words before a colon names (one word only where the speaker table or the
    // story knows it as a person), else kNone; `colon` is the label's colon where the
    // paragraph opens with any such label.
    std::size_t person_label(const Toks& toks, std::size_t& colon) {
        colon = kNone;
        for (std::size_t i = 0; i < toks.size() && i < 4; ++i) {
            if (is_punct(toks[i], ":")) {
                colon = i;
                break;
            }
            if (toks[i].kind != Kind::word || !toks[i].cap || is_speech_verb(toks[i]))
                return kNone;
        }
        if (colon == kNone || colon == 0) return kNone;
        const auto s = make_name(toks, 0, colon - 1, {});
        if (s.type != Subject::name || s.organisation || s.group || !names_someone(s))
            return kNone;
        if (s.words.size() == 1) {
            const auto known = people_.known({fold_word(s.words.front())});
            if (known != kNone && people_.person_like(known)) return known;
            if (!in_.table.canonical(s.words.front())) return kNone;
        }
        const auto f = resolve(s);
        return f.person != kNone && people_.person_like(f.person) ? f.person : kNone;
    }

    // The person a sentence names as the source of what it reports without a speech verb of
    // theirs: `The statement came from Turkish President Recep Tayyip Erdogan at a news
    // conference`, `…, Trend reports, referring to the statement of Turkish President Recep
    // Tayyip Erdogan` — them, not the agency that reports. None where there is no such
    // phrase or it names no person.
    Subject source_by_reference(const Toks& toks, std::size_t a, std::size_t b) const {
        auto words_are = [&](std::size_t at, std::initializer_list<const char*> ws) {
            std::size_t k = at;
            for (const char* w : ws) {
                if (k >= b || toks[k].kind != Kind::word || toks[k].low != w) return false;
                ++k;
            }
            return true;
        };
        auto statement_word = [](const std::string& w) {
            return document_noun(w) || w == "remarks" || w == "comments" || w == "words" ||
                   w == "announcement";
        };
        for (std::size_t v = a; v + 2 < b; ++v) {
            std::size_t before_name = kNone;
            if (words_are(v, {"came", "from"}) && v > a && statement_word(toks[v - 1].low))
                before_name = v + 1;
            else if (words_are(v, {"referring", "to", "the"}) && v + 4 < b &&
                     statement_word(toks[v + 3].low) && toks[v + 4].low == "of")
                before_name = v + 4;
            // `… submitted his resignation. This was announced by President X in his evening
            // address.`: the passive's agent, a person by a full name, is the source of what
            // the sentence before told (not `This was reported by Censor.NET`, an outlet).
            bool agent = false;
            if (v == a && (toks[v].low == "this" || toks[v].low == "that") &&
                passive_auxiliary(toks[v + 1].low) && v + 3 < b && toks[v + 3].low == "by" &&
                is_speech_verb(toks[v + 2])) {
                before_name = v + 3;
                agent = true;
            }
            if (before_name == kNone) continue;
            auto s = subject_after(toks, before_name, b);
            // `This was stated by the Minister of Foreign Affairs of Ukraine Andriy Sybiha
            // during a visit …`: the agent is the name that ends the office written before it.
            if (agent && s.words.size() < 2) s = name_ending_office(toks, v + 4, b);
            if (agent && s.words.size() < 2) continue;
            if (s.type == Subject::name && !s.organisation && names_someone(s)) return s;
        }
        return {};
    }

    // `…, Yermak said.` / `…, said Yermak.`: the last comma of the sentence followed by a
    // short clause with a speech verb and its named subject. `…, he said.` and `…, she
    // added.` name the one the pronoun means, as they do after a quote. A longer clause
    // whose subject is a name and whose verb is followed only by where the words were said
    // (`…, Director of the Caucasus Institute X told NEWS.am on the Power Factor.`) names
    // its source too.
    Subject final_attribution(const Toks& toks, std::size_t a, std::size_t b) {
        std::size_t last = b;
        while (last > a && toks[last - 1].kind != Kind::word) --last;
        if (last == a || !sentence_end_punct(toks[b - 1])) return {};
        std::size_t c = last;
        while (c > a && !is_punct(toks[c - 1], ",")) --c;
        if (c == a || last - c > 16) return {};
        for (std::size_t v = c; v < last; ++v) {
            if (toks[v].kind != Kind::word) return {};
            if (!is_speech_verb(toks[v])) continue;
            // Words after the verb that start a clause of their own make it reported speech,
            // not a closing attribution.
            static const std::set<std::string, std::less<>> clause = {
                "that", "whether", "if", "he", "she", "it", "they", "we", "would", "will",
                "was", "were", "is", "are", "had", "has", "have", "could", "should", "not"};
            const bool is_short = last - c <= 5;
            if (!is_short) {
                if (last - v - 1 > 8) return {};
                for (std::size_t k = v + 1; k < last; ++k)
                    if (clause.count(toks[k].low)) return {};
            }
            auto s = speech_subject(toks, v, c, last);
            if (s.type == Subject::name && !s.organisation && !s.group) return s;
            // `the Caucasus Institute Alexander Iskandaryan`: a person named after the body
            // they head, read with the body's `the`.
            if (!is_short && s.type == Subject::name && !s.group && s.words.size() >= 3) {
                // The body's words before the person's name are not the name.
                std::size_t body_end = 0;
                for (std::size_t k = 0; k + 2 < s.words.size(); ++k)
                    if (is_organisation_word(fold_word(s.words[k]))) body_end = k + 1;
                if (body_end > 0) {
                    s.words.erase(s.words.begin(), s.words.begin() + static_cast<long>(body_end));
                    s.organisation = false;
                }
                if (!s.organisation && names_someone(s)) return s;
            }
            if (is_short && s.type == Subject::pronoun && s.words.size() == 1 &&
                (s.words[0] == "he" || s.words[0] == "she" || s.words[0] == "He" ||
                 s.words[0] == "She"))
                return s;
            return {};
        }
        return {};
    }

    // A sentence that is just `Name said.` or `He added:` names the speaker of the quote
    // before it.
    Found short_attribution(const Toks& toks, std::size_t a, std::size_t b) {
        for (std::size_t v = a; v < b && v < a + 6; ++v) {
            if (!is_speech_verb(toks[v])) continue;
            auto s = speech_subject(toks, v, a, b);
            if (s.type == Subject::none) return {};
            std::size_t rest = 0;
            for (std::size_t k = v + 1; k < b; ++k) {
                // `Gardener added: "…"` introduces the quote after it, not the one before.
                if (toks[k].kind == Kind::quote) return {};
                rest += toks[k].kind == Kind::word;
            }
            if (rest <= 4) return resolve(s);
            return {};
        }
        return {};
    }

    void assign(std::size_t q, const Found& f, const char* where) {
        decided_[q] = true;
        person_of_[q] = f.person;
        result_.quotes[q].evidence = f.how + " " + where;
        if (f.person != kNone) {
            people_.spoke(f.person);
            current_ = f.person;
            speakers_here_.insert(f.person);
        } else {
            current_ = kNone;
            nameless_here_ = true;
            if (f.unnamed && !f.plural) unnamed_clock_ = people_.tick();
        }
    }

    bool scare_like(const Toks& toks, std::size_t q, std::size_t a) {
        const auto& t = toks[q];
        if (t.words > 4) return false;
        if (q == a) return false;
        const auto& prev = toks[q - 1];
        return !(is_punct(prev, ":") || (is_punct(prev, ",") && t.words > 2));
    }

    // What paragraph() knows of the paragraph being read, shared by the steps that read it.
    struct Reading {
        std::size_t p;
        const std::string& text;
        Toks toks;
        std::vector<std::pair<std::size_t, std::size_t>> sents;
        bool is_heading = false;  ///< a section heading: it ends the running speaker
        std::optional<Introduction> intro{};  ///< `Name, Title: …` before a colon
        Found introduced{};                   ///< whom the introduction names
        bool given = false;  ///< an introduction or a lead-in gives the paragraph its source
        bool readout = false;          ///< the title is a readout's
        bool narration_lead = false;   ///< the article's opening paragraph, if it narrates
        bool opening_seen = false;     ///< its opening sentence, past a dateline
        std::vector<std::size_t> pending{};  ///< undecided quotes awaiting the next sentence
    };

    // A sentence's quotations: whether it has any, how many, how many of them are names or
    // scare quotes.
    struct QuotesRead {
        bool has_quote = false;
        std::size_t quotes_here = 0, fragments_here = 0;
    };

    void paragraph(std::size_t p) {
        if (repeated_headline(p) || printed_interview_line(p)) return;
        const auto& text = in_.paragraphs[p];
        std::vector<QuoteRef> refs;
        for (const auto& [q, seg] : segments_at_[p]) {
            std::size_t end = seg->close;
            if (seg->closed) {
                std::size_t n = 0;
                cp_at(text, seg->close, n);
                end += n;
            }
            refs.push_back({seg->open, end, q});
        }
        std::sort(refs.begin(), refs.end(), [](auto& x, auto& y) { return x.open < y.open; });
        auto toks = tokenize(text, refs, quotes_);
        auto sents = sentences(toks);
        if (interviewee_ == kNone && before_interview(p)) interview_introduction(toks, sents);
        speakers_here_.clear();
        nameless_here_ = false;
        // Pronouns prefer whoever spoke in this paragraph or the one before.
        paragraph_floor_ = previous_paragraph_clock_;
        previous_paragraph_clock_ = people_.clock();
        if (turn(p)) current_ = kNone;
        // A heading's quotations run until a paragraph that is not one; a quotation after
        // that is not the heading person's for want of another speaker.
        if (heading_person_ != kNone && !opens_with_quote(text)) {
            if (current_ == heading_person_) current_ = kNone;
            heading_person_ = kNone;
        }
        // A heading (`Members of Congress`) ends the running speaker and any lead-in.
        const bool is_heading = !turn(p) && heading_line(toks);
        if (is_heading) {
            current_ = kNone;
            lead_in_.reset();
        }

        // A round-up page's `Name, Title: …` gives the words after the colon to the person
        // it names (or to no one, for two people or an organisation).
        std::optional<Introduction> intro;
        if (!turn(p) && !sents.empty())
            intro = introduction(toks, sents.front().second, in_.table);
        Found introduced;
        Reading r{p, text, std::move(toks), std::move(sents)};
        r.is_heading = is_heading;
        r.intro = std::move(intro);
        r.introduced = std::move(introduced);
        if (outlet_question_line(r) || labelled_answer(r)) return;
        take_lead_in(r);
        r.given = r.intro.has_value() || !reported_.empty();
        r.readout = readout_title(in_.title);
        for (const auto& [a, b] : r.sents) sentence(r, a, b);
        settle_speaker(r);
        lead_into_next(r);
        reported_.clear();
    }

    // Whether the paragraph only repeats the title, and was read as it.
    bool repeated_headline(std::size_t p) {
        const auto& text = in_.paragraphs[p];
        // A readout's headline repeated at the top of the body (`Secretary Blinken’s Call
        // with …`, `President Biden’s Meeting with …`) is no one's words, and its possessive
        // names no one anew: read as the title is, not as a paragraph (`Secretary Blinken’s`
        // would stand beside `Secretary of State Antony J. Blinken` as a second secretary).
        if (!turn(p) && !in_.title.empty() && trim_blanks(text) == trim_blanks(in_.title) &&
            (text.find("\u2019s ") != std::string::npos ||
             text.find("'s ") != std::string::npos)) {
            current_ = kNone;
            lead_in_.reset();
            prev_toks_.clear();
            return true;
        }
        return false;
    }

    // A line of an interview printed inside a story, given to its asker or answerer.
    // Whether the paragraph was one.
    bool printed_interview_line(std::size_t p) {
        const auto& text = in_.paragraphs[p];
        // An interview printed inside a news story (`Question - …`/`Answer - …`, `Q. …`/`A.
        // …`, `- Mr. Minister, …?`/`- We believe …`): the question is the interviewer's the
        // introduction names (`X asked Y about …`), else the outlet's, no one's the story
        // names; the answer is the interviewee's the introduction names (`X gave an
        // interview to …`, `X answered questions of …`, `X has been interviewed by …`, `News.Az
        // interviews X`), else the one speaking when the questions began (`The questions of
        // Armenpress and FM Mirzoyan's answers are presented below.`), or the person named last.
        if (const auto line = interview_[p]; !turn(p) && line != InterviewLine::none) {
            if (answerer_ == kNone)
                answerer_ = interviewee_ != kNone ? interviewee_
                            : current_ != kNone   ? current_
                                                  : people_.latest_named();
            const bool asking = line == InterviewLine::question;
            // `- Hello, Mr. President. Alexey Golovko, the Vesti program.`: where the
            // introduction names no interviewer, the asker who names themself in the first
            // question asks the rest.
            if (asking && interviewer_ == kNone && !asker_sought_) {
                asker_sought_ = true;
                interviewer_ = self_introduced_asker(text);
            }
            const std::size_t who = asking ? interviewer_ : answerer_;
            result_.paragraph_questions[p] = asking;
            lead_in_.reset();
            prev_toks_.clear();
            if (who == kNone) {
                current_ = kNone;
                result_.paragraph_evidence[p] = asking ? "a question of a printed interview"
                                                       : "an answer of a printed interview, by no one named";
                return true;
            }
            current_ = who;
            Found f;
            f.person = who;
            f.how = asking ? "the interviewer" : "the interviewee";
            for (const auto& [q, seg] : segments_at_[p])
                if (!decided_[q]) assign(q, f, asking ? "in their question" : "in their answer");
            result_.paragraph_speakers[p] = display(who);
            result_.paragraph_evidence[p] =
                asking ? "a question of a printed interview, by the interviewer its introduction names"
                       : "an answer of a printed interview, by the interviewee";
            return true;
        }
        return false;
    }

    // An outlet's question at a briefing. Whether the paragraph was one.
    bool outlet_question_line(const Reading& r) {
        const std::size_t p = r.p;
        const auto& text = r.text;
        const auto& toks = r.toks;
        // `Para TV: Minister, … In your opinion, was it a slip …?`: an outlet's question at a
        // briefing, no one's words the story names, whoever the question reports.
        if (!turn(p) && outlet_question(toks, text)) {
            outlet_asked_ = true;
            label_turn_ = kNone;
            current_ = kNone;
            lead_in_.reset();
            prev_toks_.clear();
            result_.paragraph_questions[p] = true;
            result_.paragraph_evidence[p] = "an outlet's question, its name before a colon";
            return true;
        }
        return false;
    }

    // A person's label answering an outlet's question, and the answer going on under it.
    // Whether the paragraph was one.
    bool labelled_answer(const Reading& r) {
        const std::size_t p = r.p;
        const auto& toks = r.toks;
        // `Podolyak: This is definitely not the case.` after an outlet's question: the answer
        // is the label's person, and so are the unlabelled paragraphs after it, until the next
        // label.
        if (!turn(p) && outlet_asked_) {
            std::size_t colon = kNone;
            const std::size_t who = person_label(toks, colon);
            if (who != kNone) label_turn_ = who;
            else if (colon != kNone) label_turn_ = kNone;
            if (label_turn_ != kNone) {
                current_ = label_turn_;
                lead_in_.reset();
                prev_toks_.clear();
                Found f;
                f.person = label_turn_;
                f.how = "the label before a colon";
                for (const auto& [q, seg] : segments_at_[p])
                    if (!decided_[q]) assign(q, f, "in their answer");
                result_.paragraph_speakers[p] = display(label_turn_);
                result_.paragraph_evidence[p] =
                    who != kNone ? "a person's label answering an outlet's question"
                                 : "the answer under a person's label goes on";
                return true;
            }
        }
        return false;
    }

    // What an introduction before a colon, or a lead-in in an earlier paragraph, makes of
    // the paragraph; whether a speech the lead-in gave goes on.
    void take_lead_in(Reading& r) {
        bool led_here = false;  // the paragraph is a speech's, given by a lead-in
        const std::size_t p = r.p;
        const auto& text = r.text;
        const auto& toks = r.toks;
        const auto& sents = r.sents;
        auto& intro = r.intro;
        auto& introduced = r.introduced;
        if (intro) {
            if (intro->kind == Introduction::person) introduced = resolve(intro->name);
            introduced.how = intro->kind == Introduction::person ? introduced.how
                             : intro->kind == Introduction::group ? "two or more people"
                                                                  : "an organisation";
            introduce(introduced, "introduced before a colon: " + introduced.how);
        } else if (!turn(p) && lead_in_ && credit_line(text)) {
            // `Source: UN News`, `For information media. Not an official record.`: the
            // speech is over.
            lead_in_.reset();
            open_quote_speech_ = false;
        } else if (!turn(p) && lead_in_ && !toks.empty()) {
            // `Name said:` then paragraphs led by a dash or a quote: the lead-in's speaker
            // holds until a paragraph of another kind.
            if (is_punct(toks.front(), "-") || is_punct(toks.front(), "•") ||
                is_punct(toks.front(), "*") || dash_led(text)) {
                introduce(*lead_in_, "led in by an earlier paragraph: " + lead_in_->how);
                led_here = lead_in_->person != kNone;
            } else if (lead_in_->person != kNone &&
                       (((speech_running_ || lead_in_at_ + 1 == p) && speech_like(toks)) ||
                        ((speech_running_ || lead_in_at_ + 1 == p) && speech_lead_in_ &&
                         sents.size() >= 2 && !narration(toks, sents)) ||
                        // `Foreign Office Minister Sir Alan Duncan said:` then `It is utterly
                        // unacceptable that …`: the one sentence right after a colon.
                        (lead_in_at_ + 1 == p && speech_lead_in_ &&
                         trim_blanks(in_.paragraphs[lead_in_at_]).ends_with(":") &&
                         !narration(toks, sents)) ||
                        // `And Russia's intervention is a flagrant violation …`: a sentence
                        // that opens with `And` or `But` goes on with the speech before it.
                        (speech_running_ && speech_lead_in_ && !toks.empty() &&
                         toks.front().kind == Kind::word &&
                         (toks.front().low == "and" || toks.front().low == "but") &&
                         !narration(toks, sents)))) {
                // `… said:` then `- Dear ladies and gentlemen!` (or `X addressed the
                // ceremony:` then `Dear guests,`), then the speech's plain paragraphs: they
                // hold the speaker while they address the room or speak as `I` and `we`, or
                // run on for sentences without narrating (`President … put his hand on the
                // Constitution`, `The national anthem was played.`); a lone sentence after
                // the speech (`Then the guests visited the exhibition.`) is narration.
                introduce(*lead_in_, "continues a speech led in by an earlier paragraph: " +
                                         lead_in_->how);
                led_here = true;
            } else if (lead_in_->person != kNone && (speech_running_ || lead_in_at_ + 1 == p) &&
                       !issued_office_.empty() && about_lead_in_person(toks, sents)) {
                // `The Secretary-General takes note of …`, `He welcomes …` after a statement's
                // lead-in: the statement goes on, speaking of its author as its author's
                // office writes.
                introduce(*lead_in_, "continues a statement led in by an earlier paragraph: " +
                                         lead_in_->how);
                led_here = true;
            } else if (lead_in_->person != kNone && open_quote_speech_ &&
                       toks.front().kind != Kind::quote &&
                       (!narration(toks, sents) || quotation_closes_soon(p))) {
                // `The message reads:` then `“Dear citizens of the Republic of Armenia,` — a
                // quotation the page opens and never closes, the message's paragraphs
                // running on without quotation marks until one closes it. (Narrating words,
                // `Many negotiations were held in Krakow.`, are still the speech's where a
                // paragraph just after closes the quotation.)
                introduce(*lead_in_,
                          "goes on with a quotation opened after a lead-in: " + lead_in_->how);
                led_here = true;
            } else if (toks.front().kind != Kind::quote) {
                lead_in_.reset();
            }
        }
        // A quotation opening the paragraph just after a lead-in that does not close in it,
        // nor go on under quotation marks in the next paragraph: what follows is its speech.
        const bool opens_unclosed =
            !turn(p) && lead_in_ && lead_in_->person != kNone && !toks.empty() &&
            toks.front().kind == Kind::quote && (lead_in_at_ + 1 == p || open_quote_speech_) &&
            std::any_of(segments_at_[p].begin(), segments_at_[p].end(), [&](const auto& s) {
                return !s.second->closed && quotes_[s.first].segments.size() == 1;
            });
        if (opens_unclosed) led_here = true;
        open_quote_speech_ =
            (opens_unclosed || (open_quote_speech_ && led_here)) && !closes_quotation(text);
        speech_running_ = led_here;
    }

    // The quotations of the sentence [a, b): each attributed, set aside as a name or scare
    // quote, or left pending for the next sentence.
    QuotesRead read_quotes(Reading& r, std::size_t a, std::size_t b) {
        const std::size_t p = r.p;
        const auto& toks = r.toks;
        auto& intro = r.intro;
        auto& introduced = r.introduced;
        auto& pending = r.pending;
        bool has_quote = false;
        // Quotes of the sentence, and those of them read as scare quotes or labels: a
        // sentence whose only quotes are short fragments nobody is said to speak
        // (`saying his forces were "working towards victory"`, `the desired "Zangezur
        // corridor"`) is still reported speech by its verb.
        std::size_t quotes_here = 0, fragments_here = 0;
        for (std::size_t i = a; i < b; ++i) {
            if (toks[i].kind != Kind::quote) continue;
            has_quote = true;
            ++quotes_here;
            auto q = toks[i].quote;
            if (intro && i == intro->colon + 1 && !decided_[q]) {
                assign(q, introduced, "before the colon");
                continue;
            }
            if (decided_[q]) {
                if (person_of_[q] != kNone) {
                    current_ = person_of_[q];
                    speakers_here_.insert(current_);
                }
                continue;
            }
            if (names_a_thing(toks, i, a)) {
                decided_[q] = true;
                result_.quotes[q].scare = true;
                ++fragments_here;
                continue;
            }
            bool colon = false;
            // A fragment inside a reported sentence (`said it was a "good deal"`) belongs
            // to the verb before it; a quote ending in a comma to the words after it.
            bool mid_sentence = i > a && toks[i - 1].kind == Kind::word;
            const char* where = mid_sentence ? "before the quote" : "after the quote";
            Found f = mid_sentence ? before_quote(toks, a, i, colon) : after_quote(toks, i, b);
            if (!f.ok()) {
                where = mid_sentence ? "after the quote" : "before the quote";
                f = mid_sentence ? after_quote(toks, i, b) : before_quote(toks, a, i, colon);
            }
            if (!f.ok()) {
                where = "later in the sentence";
                f = later_in_sentence(toks, i, b);
            }
            // `"Mammadyarov said at the meeting that …," the press service said.`: a
            // readout quoted whole that opens with a person's speech gives their words.
            if (f.ok() && (f.person == kNone || !people_.maybe_person(f.person)))
                if (auto inside = readout_speaker(q); inside.person != kNone) {
                    f = inside;
                    where = "inside the quote";
                }
            if (f.ok()) {
                assign(q, f, where);
                continue;
            }
            // A quotation opening a paragraph just after `… sent a message of greetings to
            // …` or `The message reads, in part:` is the message: its sender's words.
            if (i == a && message_author_ != kNone && message_at_ != kNone &&
                p <= message_at_ + 1) {
                Found sender;
                sender.person = message_author_;
                sender.how = "the sender of the message";
                assign(q, sender, "it quotes");
                message_at_ = quotes_[q].segments.back().paragraph;
                continue;
            }
            // A quote running on into the next paragraph may be attributed there.
            if (quotes_[q].segments.back().paragraph > p) continue;
            if (scare_like(toks, i, a)) {
                decided_[q] = true;
                result_.quotes[q].scare = true;
                ++fragments_here;
                continue;
            }
            if (turn(p)) {
                decided_[q] = true;  // words quoted by the turn's speaker, source unnamed
                continue;
            }
            pending.push_back(q);
            if (i == a) introduced_by_[q] = introduced_;
        }
        return {has_quote, quotes_here, fragments_here};
    }

    // Unquoted words of the sentence [a, b) whose source a speech verb, `according to` or a
    // closing attribution names: reported speech, the paragraph's speaker.
    void reported_source(const Reading& r, std::size_t a, std::size_t b,
                         const Subject& closing, const Subject& cited) {
        const auto& toks = r.toks;
        const bool readout = r.readout;
        // Reported speech: `She said new mothers were…`, `according to Name, …`.
        // `according to` names the source of the whole sentence, whatever speech
        // verb the reported words hold (`letting people tell …, according to Name`).
        std::size_t from = a;
        for (std::size_t v = a; v + 1 < b; ++v)
            if (toks[v].low == "according" && toks[v + 1].low == "to" &&
                names_someone(subject_after(toks, v + 1, b))) {
                from = v;
                break;
            }
        // `Syrskyi also briefed the delegation …, saying …, Yermak said.`: a short
        // attribution ending the sentence names its source, whoever the sentence
        // reports.
        Subject s = cited;
        if (s.type == Subject::none) s = closing;
        // `In President Putin's view, …`: the view of the one it names, as with
        // `according to`.
        if (s.type == Subject::none) s = opinion_holder(toks, a, b);
        for (std::size_t v = from; v < b && s.type == Subject::none; ++v) {
            bool according = toks[v].low == "according" && v + 1 < b && toks[v + 1].low == "to";
            // In a readout, `X spoke today with Y`, `X met with Y`: X's conversation.
            const bool converses = readout && converses_with(toks, v, b);
            if (!is_speech_verb(toks[v]) && !according && !reporting_verb(toks, v, b) &&
                !converses)
                continue;
            if (goes_on_doing(toks, v, b) || greets(toks, v, b) ||
                answers_questions(toks, v, b) || noun_after_article(toks, v, a) ||
                yet_to_speak(toks, v, a))
                continue;
            s = according ? subject_after(toks, v + 1, b) : speech_subject(toks, v, a, b);
            // `According to Azernews, Turkish Foreign Minister Hakan Fidan said this …`: the
            // outlet opening the sentence reports; the person its own speech verb names speaks.
            if (according && v == a)
                for (std::size_t w = v + 2; w < b; ++w)
                    if (is_speech_verb(toks[w]) && !toks[w].cap) {
                        auto inner = speech_subject(toks, w, a, b);
                        if (inner.type == Subject::name && !inner.organisation && !inner.group &&
                            inner.words.size() >= 2 && inner.first != kNone && inner.first > v + 2) {
                            s = inner;
                            according = false;
                        }
                        break;
                    }
            // `President Joseph R. Biden, Jr. spoke …`: the name before the suffix.
            if (!according && name_suffix(s) && s.first != kNone && s.first > a &&
                is_punct(toks[s.first - 1], ","))
                s = speech_subject(toks, s.first - 1, a, s.first - 1);
            // `President Joseph R. Biden, Jr., Secretary of State Antony Blinken, and
            // Secretary of Defense Lloyd Austin met with …`: the readout is of the
            // meeting of the one named first.
            bool listed = s.group;
            for (std::size_t k = a; k < v && !listed; ++k) listed = toks[k].low == "and";
            if (converses && listed)
                if (auto comma = first_list_comma(toks, a, v); comma != kNone) {
                    auto lead = speech_subject(toks, comma, a, comma);
                    if (lead.type == Subject::name && !lead.group) s = lead;
                }
            // `the crash — which Azerbaijani President Ilham Aliyev said was Russia's
            // fault — has caused …`: words set aside in dashes or brackets describe
            // something the narration is about; they are not its source.
            if (!according && s.first != kNone && s.first >= a + 2 &&
                toks[s.first - 1].low == "which" &&
                (is_punct(toks[s.first - 2], "-") || is_punct(toks[s.first - 2], "(")))
                s = {};
        }
        // `Isn't that, I asked, a reasonable request …?`: the reporter's own question
        // in an interview story is no source's words, and leaves the one answering
        // as the running speaker.
        if (s.type == Subject::pronoun && s.words.size() == 1 &&
            (s.words[0] == "I" || s.words[0] == "i"))
            s = {};
        // `Asked whether he is concerned …, Blinken was optimistic.`, `Asked if …,
        // Peskov declined to comment.`: the answer of the one asked, whatever verb
        // gives it.
        if (s.type == Subject::none && toks[a].kind == Kind::word && toks[a].low == "asked")
            s = answer_subject(toks, a, b);
        // `Azerbaijan has claimed that …`: a country or a capital that speaks is no
        // person, and leaves the paragraph to the person who speaks in it.
        if (s.type != Subject::none && (names_someone(s) || s.organisation)) {
            auto f = resolve(s);
            introduced_ = kNone;
            if (f.person != kNone) {
                reported_ = "reported speech: " + f.how;
                people_.spoke(f.person);
                current_ = f.person;
                speakers_here_.insert(f.person);
                // `When asked …, Pashinyan said that … He added that …`: the person
                // named as the sentence's speaker is whom its later pronouns mean.
                if (s.type == Subject::name && !s.organisation && s.first != kNone &&
                    s.first < b && !(toks[a].low == "according"))
                    last_subject_ = f.person;
            } else if (f.unnamed) {
                current_ = kNone;
                if (!f.plural) unnamed_clock_ = people_.tick();
                // `Mr Putin and Mr Aliyev said`: no one speaker for the paragraph.
                if (s.group) nameless_here_ = true;
            }
        }
    }

    // One sentence [a, b) of the paragraph being read.
    void sentence(Reading& r, std::size_t a, std::size_t b) {
        const std::size_t p = r.p;
        const auto& toks = r.toks;
        const bool is_heading = r.is_heading;
        const bool given = r.given;
        bool& narration_lead = r.narration_lead;
        bool& opening_seen = r.opening_seen;
        auto& pending = r.pending;
        note_mentions(toks, a, b);

        if (!pending.empty()) {
            auto f = short_attribution(toks, a, b);
            for (auto q : pending)
                if (!decided_[q]) {
                    if (f.ok()) assign(q, f, "in the next sentence");
                    else continue_speaker(q);
                }
            pending.clear();
        }

        // `The 48-year-old actor crossed a bridge, which he said was "…"`: a sentence
        // that opens by describing a person is about them for its own pronouns. (Not one
        // opening with a name: in `Mr Blair has failed, he claimed` the pronoun is the
        // speaker's.)
        if (a < b && toks[a].kind != Kind::quote) {
            auto opening = sentence_subject(toks, a, b);
            // `According to Pashinyan, Azerbaijan is justifying …, which he described as
            // "absurd."`: the source the sentence opens with is whom its pronouns mean.
            Subject source;
            if (toks[a].low == "according" && a + 2 < b && toks[a + 1].low == "to")
                source = subject_after(toks, a + 1, b);
            if (source.type == Subject::name && !source.organisation && names_someone(source)) {
                auto who = resolve(source).person;
                if (who != kNone && people_.maybe_person(who)) last_subject_ = who;
            } else if (opening.type == Subject::role) {
                auto who = resolve(opening).person;
                if (who != kNone && people_.maybe_person(who)) last_subject_ = who;
            } else if (auto speaker = named_speaker_before_quote(toks, a, b);
                       speaker != kNone) {
                // `Hikmet Hajiyev said nothing … when he commented …, repeating the
                // line that "…"`: a sentence that has a named person speak is about them
                // for its later pronouns.
                last_subject_ = speaker;
            }
        }

        const auto [has_quote, quotes_here, fragments_here] = read_quotes(r, a, b);

        track_subject(toks, a, b);
        const bool spoken_quote = has_quote && fragments_here < quotes_here;
        // `…, Director of the Caucasus Institute X told NEWS.am.`: the source named after
        // unquoted words, read once for the two uses below.
        const Subject closing = !has_quote || (!spoken_quote && !given)
                                    ? final_attribution(toks, a, b)
                                    : Subject{};
        // `Zelensky communicates more with Western journalists …, presidential spokesperson
        // Serhiy Nykyforov said.` then `As he noted, …`: unquoted words closed by a named
        // source are that source's, and so is the next sentence's `he` — not the one the
        // words were about.
        if (!has_quote) {
            if (closing.type == Subject::name && !closing.organisation && !closing.group)
                if (auto who = resolve(closing).person; who != kNone && people_.maybe_person(who))
                    last_subject_ = who;
        }
        // `Vladimir Putin sent a message of greetings to …`: the message's words, quoted
        // after it or after `The message reads, in part:`, are the sender's.
        if (const auto sent = sends_message(toks, a, b); sent != kNone) {
            const auto sender = speech_subject(toks, sent, a, b);
            const auto who = sender.type != Subject::none && !sender.organisation
                                 ? resolve(sender).person
                                 : kNone;
            message_author_ = who != kNone && people_.maybe_person(who) ? who : kNone;
            message_at_ = p;
        } else if (message_author_ != kNone && p <= message_at_ + 2 &&
                   reads_message(toks, a, b)) {
            last_subject_ = message_author_;
            message_at_ = p;
        }
        // `His friend, Saxon Spence, lays the blame on Iraq. "You cannot …"`: a sentence
        // about a person, with no quote or speech verb of its own, introduces the quote
        // after it. A heading introduces no one.
        introduced_ = !is_heading && !has_quote && last_subject_ != kNone &&
                              people_.person_like(last_subject_)
                          ? last_subject_
                          : kNone;
        // The opening paragraph of a release that starts by narrating (`Last night,
        // President Biden addressed the nation …`) is the document's, whatever speech it
        // goes on to summarise.
        // A dateline (`YEREVAN, April 13. /TASS/.`) is no sentence of the story: the
        // opening sentence is the first with a lower-case word.
        if (p == 0 && !opening_seen && lower_case_word(toks, a, b)) {
            opening_seen = true;
            if (!has_quote && !given && !reported_speech(toks, a, b)) narration_lead = true;
        }
        // `The statement came from X …` names the source of the opening sentence too.
        const Subject cited =
            !spoken_quote && !given ? source_by_reference(toks, a, b) : Subject{};
        // `His comments came after Ukraine's European allies held emergency talks …, where
        // Zelensky said …`: a sentence placing the speaker's words in time narrates what
        // they followed; speech reported inside it is background.
        const bool placing = b > a + 3 && toks[a].kind == Kind::word &&
                             (toks[a].low == "his" || toks[a].low == "her" ||
                              toks[a].low == "their") &&
                             (toks[a + 1].low == "comments" || toks[a + 1].low == "remarks") &&
                             (toks[a + 2].low == "came" || toks[a + 2].low == "come" ||
                              toks[a + 2].low == "comes");
        // Unquoted words with their source named after them are that source's, even where
        // the paragraph began by narrating.
        if (!spoken_quote && !given && !placing &&
            (!narration_lead || cited.type != Subject::none ||
             closing.type == Subject::name)) {
            reported_source(r, a, b, closing, cited);
        }
    }

    // The paragraph's own speaker, once its sentences are read, and a heading that names
    // the speaker of the quotations after it.
    void settle_speaker(const Reading& r) {
        const std::size_t p = r.p;
        const auto& text = r.text;
        const auto& toks = r.toks;
        auto& pending = r.pending;
        for (auto q : pending)
            if (!decided_[q]) continue_speaker(q);

        // `Secretary of State Marco Rubio on Meet the Press`, then his quotations.
        if (!turn(p) && p + 1 < in_.paragraphs.size() && !turn(p + 1))
            if (auto heading = heading_speaker(text, in_.paragraphs[p + 1], in_.table)) {
                auto person =
                    people_.note({split_words(heading->name), heading->titles, Gender::unknown});
                if (person != kNone && people_.person_like(person)) {
                    current_ = heading_person_ = person;
                    heading_ = text;
                }
            }

        // `'We must bring all our people home. …'` after `'…,' he said.`: a paragraph wholly
        // in straight single quotes (as some republishers print quotation marks) continues
        // the speaker of the paragraph before it.
        if (!turn(p) && speakers_here_.empty() && !nameless_here_ && p > 0 &&
            result_.paragraph_speakers[p - 1] && current_ != kNone &&
            single_quoted_paragraph(text)) {
            speakers_here_.insert(current_);
            reported_ = "a paragraph in single quotes after its speaker's";
        }
        if (!turn(p) && speakers_here_.size() == 1 && !nameless_here_) {
            result_.paragraph_speakers[p] = display(*speakers_here_.begin());
            result_.paragraph_evidence[p] =
                reported_.empty() ? "the speaker of its quotations" : reported_;
            // `We are also ready to consider potential venues …` then `- added Sybiha.` on a
            // line of its own: the dash line closes the unquoted words before it, as `…," -
            // said X.` closes a quotation.
            if (p > 0 && !result_.paragraph_speakers[p - 1] && dash_attribution_line(text, toks) &&
                std::none_of(prev_toks_.begin(), prev_toks_.end(),
                             [](const Tok& t) { return t.kind == Kind::quote; })) {
                result_.paragraph_speakers[p - 1] = result_.paragraph_speakers[p];
                result_.paragraph_evidence[p - 1] = "the dash line after it: " + reported_;
            }
        }
        prev_toks_ = toks;
    }

    // How the paragraph leads into the ones after it: an introduction, a line ending in a
    // colon, a heading naming a speech's speaker, a speech begun after `said:`.
    void lead_into_next(Reading& r) {
        const std::size_t p = r.p;
        const auto& text = r.text;
        const auto& toks = r.toks;
        const auto& sents = r.sents;
        auto& intro = r.intro;
        auto& introduced = r.introduced;
        // An introduction, or a paragraph ending in a colon (`President Trump said:`), leads
        // into the paragraphs after it.
        if (!turn(p)) {
            if (intro) {
                lead_in_ = introduced;
                speech_lead_in_ = false;
            } else if (ends_leading_in(toks)) {
                lead_in_ = Found{};
                issued_office_.clear();
                lead_in_->how = "a paragraph ending in a colon";
                const bool quoted = std::any_of(toks.begin(), toks.end(),
                                                [](const Tok& t) { return t.kind == Kind::quote; });
                // `… said:`, `… addressed the ceremony:` introduce a speech; `Other plans
                // include:` a list.
                speech_lead_in_ = !sents.empty() && introduces_speech(toks, sents.back());
                lead_in_at_ = speech_lead_in_ ? p : kNone;
                if (speakers_here_.size() == 1 && !nameless_here_) {
                    lead_in_->person = *speakers_here_.begin();
                    lead_in_->how = result_.paragraph_evidence[p];
                } else if (speakers_here_.empty() && !quoted && !sents.empty() &&
                           message_author_ != kNone && message_at_ == p &&
                           reads_message(toks, sents.back().first, sents.back().second)) {
                    // `The message reads, in part:` then the message: its sender's words.
                    lead_in_->person = message_author_;
                    lead_in_->how = "the sender of the message it leads into";
                    speech_lead_in_ = true;
                    lead_in_at_ = p;
                } else if (auto issued = issued_for(toks); speakers_here_.empty() && !quoted &&
                                                           issued.type != Subject::none) {
                    // `The following statement was issued today by the Spokesman for UN
                    // Secretary-General António Guterres:` — the statement after it is the
                    // words of the one the spokesman speaks for.
                    auto f = resolve(issued);
                    if (f.person != kNone && people_.maybe_person(f.person)) {
                        issued_office_.clear();
                        for (const auto& w : issued.words) issued_office_.insert(fold_word(w));
                        for (const auto& w : issued.roles) issued_office_.insert(fold_word(w));
                        lead_in_->person = f.person;
                        lead_in_->how = "the statement a spokesperson issued for " + f.how;
                        speech_lead_in_ = true;
                        lead_in_at_ = p;
                    }
                } else if (speakers_here_.empty() && !quoted && speech_lead_in_) {
                    // `Mehriban Aliyeva addressed the ceremony:` — no speech verb, but the
                    // person the sentence is about leads into the speech.
                    auto s = sentence_subject(toks, sents.back().first, sents.back().second);
                    if (s.type == Subject::name) {
                        auto f = resolve(s);
                        if (f.person != kNone && people_.maybe_person(f.person)) {
                            lead_in_->person = f.person;
                            lead_in_->how =
                                "the subject of a paragraph ending in a colon, " + f.how;
                        }
                    }
                }
                // `Welcoming the guests, President Ilham Aliyev said:` holds none of the
                // words it introduces: the paragraphs after it do. (A speech's own `Dear
                // friends:` is the speaker's.)
                // `He also stated that the crisis … has a negative impact on the peace
                // process:` reports what was said itself, and keeps its speaker.
                // So does `Noting that she is glad to meet …, Mehriban Aliyeva said:`: the
                // participle of a speech verb (`noting`, `stressing`) before `that`.
                bool reports_content = false;
                if (!sents.empty())
                    for (std::size_t v = sents.back().first; v + 1 < sents.back().second; ++v)
                        reports_content = reports_content ||
                                          ((is_speech_verb(toks[v]) ||
                                            speech_participle(toks[v])) &&
                                           toks[v + 1].low == "that");
                // `When asked whether a meeting is planned …, Peskov replied:` gives the
                // question he answers, the exchange being his as the answer is.
                if (!sents.empty()) {
                    const auto first = sents.back().first;
                    const auto& w0 = toks[first].low;
                    reports_content = reports_content || w0 == "asked" ||
                                      ((w0 == "when" || w0 == "after") &&
                                       first + 1 < sents.back().second &&
                                       (toks[first + 1].low == "asked" ||
                                        toks[first + 1].low == "pressed" ||
                                        toks[first + 1].low == "questioned"));
                }
                if (!quoted && speech_lead_in_ && !speech_running_ && !dash_led(text) &&
                    lead_in_->person != kNone && !reports_content) {
                    result_.paragraph_speakers[p].reset();
                    result_.paragraph_evidence[p] = "introduces the paragraphs after it";
                }
            } else if (auto name = speech_heading_speaker(text)) {
                // `The Speech of the President Ilham Aliyev`, then `- Dear ladies and
                // gentlemen:` and the speech.
                lead_in_ = Found{};
                lead_in_->person = people_.note({split_words(*name), {}, Gender::unknown});
                lead_in_->how = "a heading naming the speaker, '" + text + "'";
                lead_in_at_ = p;
                speech_lead_in_ = true;
                speech_running_ = false;
            } else if (speakers_here_.size() == 1 && !nameless_here_ && speech_after_colon(toks)) {
                // `President Ilham Aliyev said: Dear Ali muallim, today you tendered your
                // resignation. …`: the speech begins inside the paragraph and may run on in
                // the next ones, as after a paragraph ending in `said:`.
                lead_in_ = Found{};
                lead_in_->person = *speakers_here_.begin();
                lead_in_->how = result_.paragraph_evidence[p];
                lead_in_at_ = p;
                speech_lead_in_ = true;
                speech_running_ = true;
            }
        }
    }

    // Whether the paragraph's first sentence is about the lead-in's person: its subject an
    // office or a pronoun that stands for them (`The Secretary-General …`, `He …`).
    bool about_lead_in_person(const Toks& toks,
                              const std::vector<std::pair<std::size_t, std::size_t>>& sents) {
        if (sents.empty() || !lead_in_) return false;
        const auto s = sentence_subject(toks, sents.front().first, sents.front().second);
        if (s.type == Subject::pronoun)
            return s.words.size() == 1 && (fold_word(s.words[0]) == "he" ||
                                           fold_word(s.words[0]) == "she");
        if (s.type != Subject::role || s.words.empty()) return false;
        // (`The Secretary-General` after `… for UN Secretary-General António Guterres:`.)
        return std::all_of(s.words.begin(), s.words.end(), [&](const std::string& w) {
            return issued_office_.count(fold_word(w)) > 0;
        });
    }

    // Whether one of the paragraphs from p on, within four, ends with a closing quotation
    // mark.
    bool quotation_closes_soon(std::size_t p) const {
        for (std::size_t k = p; k < in_.paragraphs.size() && k < p + 4; ++k)
            if (closes_quotation(in_.paragraphs[k])) return true;
        return false;
    }

    // The paragraph is the words of the person an introduction names, or of no one.
    void introduce(const Found& f, const std::string& how) {
        reported_ = how;
        if (f.person == kNone) {
            current_ = kNone;
            nameless_here_ = true;
            return;
        }
        people_.spoke(f.person);
        current_ = f.person;
        speakers_here_.insert(f.person);
    }

    // `the Kremlin spokesman`: the person the speaker table gives that office, or one the
    // article has named with every word of it; anyone else is no more than a spokesman.
    std::size_t spokesperson(const std::vector<std::string>& office) {
        if (auto found = people_.table_office(join_words(office), office)) return *found;
        auto found = people_.role(office);
        if (found != kNone && people_.holds(found, office)) return found;
        // `the spokesperson of the Russian President`: the one spokesperson the table knows
        // among the people the article names.
        const auto& head = office.back();
        bool spokes = head == "spokesperson" || head == "spokesman" || head == "spokeswoman";
        if (office == kPressSecretary || (office.size() == 1 && spokes))
            return people_.table_spokesperson();
        // `Zelensky's spokesperson said` after `presidential spokesperson Serhiy Nykyforov`:
        // whose spokesperson it is names no one else; the spokesperson the story named speaks.
        bool owner_only = office.size() >= 2 &&
                          std::all_of(office.begin(), office.end() - 1,
                                      [](const std::string& w) { return w.ends_with("'s"); });
        if (spokes && owner_only)
            if (auto one = people_.latest_in_office(false);
                one != kNone && people_.last_mention(one) > unnamed_clock_ && named_in_text(one))
                return one;
        // `"…," Azerbaijan’s Foreign Ministry spokesperson added.` after `Azerbaijan’s Foreign
        // Ministry spokesperson X told Trend`: the spokesperson the story named, when they
        // hold every word of the office but its owner's possessive.
        if (spokes && office.size() >= 2) {
            std::vector<std::string> rest;
            for (const auto& w : office)
                if (!w.ends_with("'s") && !w.ends_with("\u2019s")) rest.push_back(w);
            if (rest.size() >= 2)
                if (auto one = people_.latest_in_office(false);
                    one != kNone && people_.holds(one, rest) &&
                    people_.last_mention(one) > unnamed_clock_ && named_in_text(one))
                    return one;
        }
        return kNone;
    }

    // A paragraph that narrates rather than speaks: its first sentence is about a named
    // person or an office (`President of the Republic of Azerbaijan Ilham Aliyev put his hand
    // on the Constitution`), or it reports what was done (`The national anthem was played.`).
    bool narration(const Toks& toks,
                   const std::vector<std::pair<std::size_t, std::size_t>>& sents) const {
        if (sents.empty()) return false;
        auto s = sentence_subject(toks, sents.front().first, sents.front().second);
        // (`Ladies and gentlemen,` addresses the room; `The Baku Process is aimed at …` is
        // about a thing.)
        if (s.type == Subject::name && s.words.size() >= 2 && !s.organisation) return true;
        if (s.type == Subject::role &&
            std::any_of(s.words.begin(), s.words.end(),
                        [](const std::string& w) { return is_title_word(w); }))
            return true;
        static const std::set<std::string, std::less<>> done = {
            "held",   "given",  "played",  "made",    "sung",      "shown", "read",   "performed",
            "signed", "opened", "adopted", "awarded", "presented", "laid",  "handed", "declared"};
        for (std::size_t i = 0; i + 1 < toks.size(); ++i)
            if ((toks[i].low == "was" || toks[i].low == "were") && toks[i + 1].kind == Kind::word &&
                !toks[i + 1].cap && done.count(toks[i + 1].low))
                return true;
        return false;
    }

    // Whether the sentence [a, b) reports someone's speech or conversation (`President
    // Biden spoke with …`, `President … met with Foreign Minister …` open a readout).
    bool reported_speech(const Toks& toks, std::size_t a, std::size_t b) const {
        for (std::size_t v = a; v < b; ++v) {
            const auto& w = toks[v].low;
            const bool met_with =
                (w == "met" || w == "meets") && v + 1 < b && toks[v + 1].low == "with";
            if (is_speech_verb(toks[v]) || reporting_verb(toks, v, b) ||
                (!toks[v].cap && (w == "spoke" || w == "speaks" || w == "talked" || met_with)) ||
                (w == "according" && v + 1 < b && toks[v + 1].low == "to"))
                return true;
        }
        return false;
    }

    // The person a sentence is about, for the next sentence's pronouns.
    void track_subject(const Toks& toks, std::size_t a, std::size_t b) {
        auto s = sentence_subject(toks, a, b);
        if (s.type == Subject::name || s.type == Subject::role) {
            last_subject_ = resolve(s).person;
            note_topic();
        } else if (s.type == Subject::pronoun && s.gender != Gender::unknown) {
            if (last_subject_ == kNone || !people_.fits_pronoun(last_subject_, s.gender))
                last_subject_ = people_.pronoun(s.gender, paragraph_floor_);
            note_topic();
        } else {
            last_subject_ = kNone;
        }
    }

    // The sentence just read was about a person: the paragraph's topic from now on.
    void note_topic() {
        if (last_subject_ == kNone || !people_.maybe_person(last_subject_) || last_subject_ == topic_)
            return;
        topic_ = last_subject_;
        topic_clock_ = people_.tick();
    }

    // A quote with no attribution of its own continues the running speaker.
    void continue_speaker(std::size_t q) {
        decided_[q] = true;
        auto intro = introduced_by_.find(q);
        if (intro != introduced_by_.end() && intro->second != kNone && intro->second != current_) {
            current_ = intro->second;
            person_of_[q] = current_;
            result_.quotes[q].evidence = "no attribution of its own: the person the sentence before is about";
            people_.spoke(current_);
            speakers_here_.insert(current_);
            return;
        }
        if (current_ == kNone) return;
        person_of_[q] = current_;
        result_.quotes[q].evidence =
            current_ == heading_person_
                ? "no attribution of its own: the person the heading '" + heading_ + "' names"
                : "no attribution of its own: the running speaker";
        people_.spoke(current_);
        speakers_here_.insert(current_);
    }

    const AttributionInput& in_;
    People people_;
    std::vector<ExtractedQuote> quotes_;
    /// Per paragraph, the quotes with a segment in it (quote index, segment).
    std::vector<std::vector<std::pair<std::size_t, const QuoteSegment*>>> segments_at_;
    Attribution result_;
    std::string reported_;  ///< how the paragraph's reported speech named its speaker
    std::vector<bool> decided_;
    std::vector<std::size_t> person_of_;
    std::size_t current_ = kNone;
    std::size_t introduced_ = kNone;  ///< the person the last sentence, quoteless, was about
    std::size_t message_author_ = kNone;  ///< who sent the written message last mentioned
    std::size_t message_at_ = kNone;      ///< the paragraph that mentioned it
    std::map<std::size_t, std::size_t> introduced_by_;  ///< quote → person introducing it
    std::size_t paragraph_floor_ = 0;
    std::size_t previous_paragraph_clock_ = 0;
    std::size_t unnamed_clock_ = 0;  ///< when an unnamed source last spoke
    std::size_t last_subject_ = kNone;  ///< the person the previous sentence was about
    std::size_t topic_ = kNone;  ///< the person the latest sentence about a person was about
    std::size_t topic_clock_ = 0;  ///< when that sentence was read
    std::size_t document_speaker_ = kNone;  ///< whose statement spoke last
    std::size_t document_clock_ = 0;
    std::set<std::size_t> speakers_here_;
    bool nameless_here_ = false;
    /// The speaker an introduction or a paragraph ending in a colon leads in to the
    /// paragraphs after it (a nameless Found for two people or an organisation).
    std::optional<Found> lead_in_;
    std::size_t lead_in_at_ = kNone;  ///< the speech introduction that set lead_in_
    bool speech_lead_in_ = false;     ///< lead_in_ introduces a speech (`said:`, a heading)
    bool speech_running_ = false;  ///< the last paragraph was a speech the lead-in gave
    /// The words naming whom a statement's spokesperson issued it for, while its lead-in holds.
    std::set<std::string> issued_office_;
    bool open_quote_speech_ = false;  ///< a lead-in's speech opened by a quotation not yet closed
    /// Full names the article writes, by folded surname (see `display`).
    std::map<std::string, std::set<std::string>> full_forms_;
    /// Names the paragraphs write after an office, by the office's folded words.
    std::map<std::string, std::set<std::string>> offices_;
    Toks prev_toks_;  // the paragraph before the one being read
    std::size_t answerer_ = kNone;  // who answers the questions of a printed interview
    /// Each paragraph's part in a printed interview (see printed_interview.hpp).
    std::vector<InterviewLine> interview_;
    std::size_t interviewee_ = kNone;  ///< the one the introduction says is interviewed
    bool asker_sought_ = false;        ///< whether a printed interview's first question was read
    std::size_t interviewer_ = kNone;  ///< the person the introduction says asks
    bool outlet_asked_ = false;  ///< an outlet's labelled question came (`NV: …?`)
    std::size_t label_turn_ = kNone;  ///< whose labelled answer runs on (`Podolyak: …`)
    bool collected_ = false;
    std::map<std::string, std::string> shown_;  ///< a surname alone → the name given for it
    std::set<std::string> whole_after_office_;  ///< folded three-word names written after an office
    std::size_t heading_person_ = kNone;  ///< named by the heading the quotations are under
    std::string heading_;
};

}  // namespace

Attribution attribute(const AttributionInput& input) { return Attributor(input).run(); }

}  // namespace newsdex::attribution
