#include <algorithm>
#include <cctype>
#include <set>
#include <utility>

#include "attribution.hpp"
#include "internal/name_parts.hpp"
#include "internal/self_introduction.hpp"
#include "internal/tokenizer.hpp"
#include "internal/word_lists.hpp"
#include "newsdex/schema.hpp"

namespace newsdex::attribution {

namespace {

// Host replies of more words than this answer the question; the asker who follows is
// as likely someone the host picked without a word as the one who asked before.
constexpr std::size_t kShortReply = 25;

bool dash(std::string_view s, bool at_end) {
    for (std::string_view d : {"—", "–", "--"})
        if (at_end ? s.ends_with(d) : s.starts_with(d)) return true;
    return false;
}

// Whether `folded` starts with one of the words or phrases (`hi`, not `his`).
bool starts_with_any(const std::string& folded, std::initializer_list<std::string_view> starts) {
    for (auto s : starts)
        if (folded.starts_with(s) && (folded.size() == s.size() ||
                                      !std::isalpha(static_cast<unsigned char>(folded[s.size()]))))
            return true;
    return false;
}

bool contains_any(const std::string& folded, std::initializer_list<std::string_view> parts) {
    for (auto s : parts)
        if (folded.find(s) != std::string::npos) return true;
    return false;
}

// `President Biden, how soon …`, `Prime Minister Kishida, …`: an office and a name, then
// the comma that makes them the one addressed.
bool addresses_a_leader(const std::string& folded) {
    std::string_view rest(folded);
    if (rest.starts_with("president ")) rest.remove_prefix(10);
    else if (rest.starts_with("prime minister ")) rest.remove_prefix(15);
    else return false;
    const auto comma = rest.find(',');
    if (comma == std::string_view::npos || comma == 0) return false;
    const auto name = rest.substr(0, comma);
    return std::count(name.begin(), name.end(), ' ') <= 1 &&
           std::all_of(name.begin(), name.end(), [](char c) {
               return c == ' ' || c == '-' || (c & 0x80) ||
                      std::isalpha(static_cast<unsigned char>(c));
           });
}

// A question opening as a new asker's does: a greeting, thanks, the person addressed
// (`Mr. President`, `President Biden, how soon …`) — after an interpreter's note
// (`(As interpreted.) Thank you very much, …`).
bool opens_like_a_new_asker(std::string folded) {
    if (folded.starts_with("(")) {
        const auto close = folded.find(')');
        if (close != std::string::npos)
            folded.erase(0, std::min(folded.find_first_not_of(' ', close + 1), folded.size()));
    }
    return starts_with_any(
        folded, {"thank you", "thanks", "hi", "hello", "hey", "good morning", "good afternoon",
                 "good evening", "mr. president", "mr president", "madam", "sir,", "yes, sir",
                 "yes sir", "excuse me"}) ||
           addresses_a_leader(folded);
}

// A question that presses the one before it (`But is there any progress?`, `What about
// assurances …?`, `Just to follow up, …`): the same asker's, however long the answer between.
bool presses_on(const std::string& folded) {
    return starts_with_any(folded, {"but", "what about", "just to follow", "to follow up",
                                    "follow-up", "follow up", "and just", "so just"});
}

// The asker turns their question to the other leader of a joint press conference (`Mr.
// President, this question is for you.`, `And my question goes to President Biden.`).
bool turns_to_another_leader(const std::string& folded) {
    return contains_any(folded, {"question is for you", "question is to you",
                                 "question goes to", "question is for president",
                                 "question is for prime minister", "question for you"});
}

// The asker only checks they are heard (`Can you all hear me?`): their question is still
// to come, after the host's `Yes, we can.`
bool checks_the_line(const std::string& folded) {
    return contains_any(folded, {"hear me", "hear us", "am i on", "is this on", "can you hear"});
}

// One-word replies that are not someone's name (`Yeah.`, `Right?`).
bool reply_word(const std::string& folded) {
    static const std::set<std::string, std::less<>> words = {
        "yes",     "yeah",    "yep",    "okay",      "ok",    "right",  "sure",    "no",
        "nope",    "thanks",  "good",   "great",     "well",  "please", "oh",      "absolutely",
        "exactly", "correct", "true",   "maybe",     "never", "always", "nothing", "fine",
        "perfect", "wow",     "indeed", "certainly", "sorry", "huh",    "what",    "why",
        "who",     "where",   "when",   "how",       "go",    "next",   "nice",    "excellent"};
    return words.count(folded) > 0;
}

bool name_like(const std::string& word) {
    if (!title_case(word)) return false;
    const auto folded = schema::fold(word);
    return !reply_word(folded) && !is_sentence_opener(folded) && !is_title_word(folded) &&
           !is_pronoun(folded);
}

// The host calls on someone by name: a sentence that is only a name (`Andrea?`, `Jeff
// Mason.`) or that ends in one (`Yeah, Steve.`). The name's words, in `named` when given.
bool calls_on_a_name(std::string_view text, std::vector<std::string>* named = nullptr) {
    const auto words = split_words(text);
    std::size_t start = 0;
    for (std::size_t k = 0; k < words.size(); ++k) {
        const auto& w = words[k];
        const char last = w.back();
        if (last != '.' && last != '?' && last != '!' && last != ',' && k + 1 < words.size())
            continue;
        auto bare = w;
        while (!bare.empty() &&
               std::string_view(",.?!").find(bare.back()) != std::string_view::npos)
            bare.pop_back();
        // The sentence's last words after a comma, or the whole sentence: one to three words.
        std::size_t from = start;
        for (std::size_t m = start; m < k; ++m)
            if (words[m].back() == ',') from = m + 1;
        // A lone word is a name when called out (`Andrea?`) or a first name (`Jeff.`), not
        // a one-word answer (`Soon.`).
        const bool lone = from == start && k == start;
        if (last != ',' && k + 1 - from <= 3 && name_like(bare) &&
            (!lone || last == '?' || gender_of_word(schema::fold(bare)) != Gender::unknown)) {
            bool all = true;
            for (std::size_t m = from; m < k && all; ++m) all = name_like(words[m]);
            if (all) {
                if (named) {
                    named->assign(words.begin() + from, words.begin() + k);
                    named->push_back(bare);
                }
                return true;
            }
        }
        if (last != ',') start = k + 1;
    }
    return false;
}

// Where `word` next stands as a word of its own in `text` from `from` (not inside
// another word), npos when nowhere.
std::size_t whole_word_at(std::string_view text, std::string_view word, std::size_t from) {
    for (auto at = text.find(word, from); at != std::string_view::npos;
         at = text.find(word, at + 1)) {
        const auto end = at + word.size();
        if ((at == 0 || !std::isalnum(static_cast<unsigned char>(text[at - 1]))) &&
            (end == text.size() || !std::isalnum(static_cast<unsigned char>(text[end]))))
            return at;
    }
    return std::string_view::npos;
}

// The first word of `name` when it has two or more, else empty.
std::string_view first_name(const std::string& name) {
    const auto space = name.find(' ');
    if (space == std::string::npos) return {};
    return std::string_view(name).substr(0, space);
}

// Whether the host's words hold the first name of `name` as a word of its own: `Asma from
// NPR.` before `Asma Khalid with NPR.`
bool calls_first_name(std::string_view host, const std::string& name) {
    const auto first = first_name(name);
    return !first.empty() && whole_word_at(host, first, 0) != std::string_view::npos;
}

// The host turns to the asker by first name inside the answer (`… he has — David, I'm not
// so sure he has …`): the name set off by a comma, not thanks (`Thanks, Alan.`, which
// closes the exchange).
bool speaks_to_first_name(std::string_view host, const std::string& name) {
    const auto first = first_name(name);
    if (first.empty()) return false;
    for (auto at = whole_word_at(host, first, 0); at != std::string_view::npos;
         at = whole_word_at(host, first, at + 1)) {
        if (at + first.size() >= host.size() || host[at + first.size()] != ',') continue;
        const auto from = at < 12 ? 0 : at - 12;
        if (schema::fold(std::string(host.substr(from, at - from))).find("thank") ==
            std::string::npos)
            return true;
    }
    return false;
}

// `MaryAlice Parker [Parks] of ABC`, `<s>Asam</s> [Asma]` once its tags are gone: a
// transcript's correction printed after the slip, the strike-through lost. The text with
// each capitalised word followed by a bracketed correction of one to three capitalised
// words read as the correction (not `[Alexei] Kudrin`, an insertion, nor `Thank you,
// [senior administration official]`).
std::string with_corrections(std::string_view text) {
    std::string out;
    std::size_t i = 0;
    for (auto open = text.find(" ["); open != std::string_view::npos;
         open = text.find(" [", open + 2)) {
        const auto close = text.find(']', open);
        if (close == std::string_view::npos) break;
        auto start = text.rfind(' ', open == 0 ? 0 : open - 1);
        start = start == std::string_view::npos ? 0 : start + 1;
        if (start < i || start >= open) continue;
        const auto content = text.substr(open + 2, close - open - 2);
        const auto words = split_words(content);
        bool ok = title_case(text.substr(start, open - start)) && !words.empty() &&
                  words.size() <= 3 && content.find('[') == std::string_view::npos;
        for (const auto& w : words) ok = ok && title_case(w);
        if (!ok) continue;
        out.append(text.substr(i, start - i)).append(content);
        i = close + 1;
    }
    return out.append(text.substr(i));
}

// The host gives the floor to someone (whoever then asks is not taken for the last asker).
// `… and when I have an update, I will share it with you, Mike.`: a name the host ends with
// that is the first name of `asker`, who has the floor, addresses them, giving it to no one.
bool hands_the_floor(std::string_view text, const std::string& asker = {}) {
    const auto folded = schema::fold(std::string(text));
    return contains_any(folded, {"go ahead",      "yes, please",       "yeah, please",
                                 "next question", "last question",     "who's next",
                                 "who’s next",    "who else",          "in the back",
                                 "yes, ma'am",    "yes, ma’am",        "yes, sir",
                                 "you, sir",      "you, ma'am",        "you, ma’am",
                                 "let's go to",   "let’s go to",       "take a question",
                                 "take one more", "one more question", "a couple of questions",
                                 "call on",       "calling on",        "recognize",
                                 // `Next up, we'll go to the line of Aurelia.`
                                 "to the line of", "next up"}) ||
           starts_with_any(folded, {"please", "yes, you", "yeah, you", "you."}) ||
           [&] {
               std::vector<std::string> named;
               if (!calls_on_a_name(text, &named)) return false;
               return !(named.size() == 1 && !asker.empty() &&
                        schema::fold(named.front()) ==
                            schema::fold(asker.substr(0, asker.find(' '))));
           }();
}

// The host gives the floor with `go ahead` and nothing else that gives it (`But go ahead.`,
// not `Go ahead, Jeff.` nor `Yes, please. Go ahead.`).
bool only_go_ahead(std::string_view text, const std::string& asker) {
    auto folded = schema::fold(std::string(text));
    const auto at = folded.find("go ahead");
    if (at == std::string::npos) return false;
    folded.erase(at, 8);
    return folded.find("go ahead") == std::string::npos && !hands_the_floor(folded, asker);
}

// The host asks who the last asker is.
bool asks_who(std::string_view text) {
    const auto folded = schema::fold(std::string(text));
    return contains_any(
        folded, {"who are you with", "where are you from", "what's your name", "what’s your name",
                 "what is your name", "who are you", "what outlet", "which outlet",
                 "who do you work for", "where do you work"});
}

// The host asks the asker to say again or finish their question (`What was the second part
// of your question?`, `And with regard to the first part of your question you wanted me to
// respond to?`): whoever answers it is that asker, however long the reply before it.
bool asks_back(std::string_view text) {
    const auto folded = schema::fold(std::string(text));
    return text.ends_with("?") && contains_any(folded, {"your question"});
}

// The host reopens a caller's line (`Can we open up the line again, please, for …?`).
bool reopens_a_line(std::string_view text) {
    const auto folded = schema::fold(std::string(text));
    return contains_any(folded, {"line again", "line back"});
}

std::size_t word_count(std::string_view text) {
    return split_words(text).size();
}

// `… Finally, I invite questions from the U.S. press. PRESIDENT BIDEN: Nancy Cordes, with NBC
// — CBS.`: the host's label printed inside another speaker's paragraph after a sentence's
// end; the host's words after it, empty when the paragraph holds no such label.
std::string after_inner_label(std::string_view text) {
    for (std::size_t at = text.find_first_of(".?!"); at != std::string_view::npos;
         at = text.find_first_of(".?!", at + 1)) {
        if (at + 2 >= text.size() || text[at + 1] != ' ') continue;
        const auto rest = text.substr(at + 2);
        if (auto marker = find_turn_marker(rest, MarkerStyle::strict);
            marker && !marker->question && !marker->answer && !marker->rest.empty())
            return marker->rest;
    }
    return {};
}

// `(Reporter approaches microphone.)`: a stage note on a line of its own, which gives the
// floor to no one and takes it from no one.
bool stage_note(std::string_view text) {
    return text.size() > 2 && text.front() == '(' && text.back() == ')' &&
           text.find(')') == text.size() - 1;
}

}  // namespace

std::vector<std::optional<std::string>> question_askers(
    const std::vector<TranscriptParagraph>& paragraphs) {
    std::vector<std::optional<std::string>> out(paragraphs.size());
    // The asker of the question turn being read, or of the last one; empty: unnamed. (A
    // string, not an optional: GCC 12 at -O2 takes assignments to an optional string for
    // reads of an uninitialised one.)
    std::string asker;
    std::vector<std::size_t> chain;     // paragraphs of the question turns one asker has asked
    std::optional<std::string> called;  // named by the host for the next question
    // Named by a host's line that is only a name, the paragraph just before the question.
    std::optional<std::string> called_alone;
    // The askers the host has introduced by full name, to be called later by first name.
    std::vector<std::string> introduced;
    std::size_t host_words = 0, host_paragraphs = 0;  // host paragraphs since the last question
    std::string host_text;  // their words, to tell whom they called by first name
    bool handed = false, asked_who = false, dangling = false, asked_back = false;
    // The host gave the floor only with `go ahead` (`UAW … just endorsed me. But go ahead.`):
    // to an asker yet to ask, it bids them go on.
    bool bids_go_on = true;
    // The asker was called by name (`we'll go to the line of Andrea Shalal`): on a call they
    // hold the line, follow-ups and all, until someone else is given the floor.
    bool holds_floor = false;
    // The asker has so far only given their name or thanks, no question (`Q I'm Christina
    // Ruffini from CBS. Thank you, sir.`): after the host's short reply the question is still
    // theirs, though it opens as a new asker's would (`Sir, deterrence didn't work. …`).
    bool yet_to_ask = false;
    // The host reopened the last asker's line (`open up the line again … for`).
    bool reopened = false;
    bool misprinted = false;  // the turn being read is a question under the answerer's label

    auto drop = [&] {
        asker.clear();
        chain.clear();
        holds_floor = false;
    };
    for (std::size_t p = 0; p < paragraphs.size(); ++p) {
        const auto& para = paragraphs[p];
        std::string corrected;
        std::string_view source = para.text;
        if (source.find(" [") != std::string_view::npos)
            source = corrected = with_corrections(source);
        const auto text = trim_blanks(source);
        if (!para.turn && stage_note(text)) continue;
        if (!para.turn) {
            drop();
            called.reset();
            called_alone.reset();
            dangling = false;
            continue;
        }
        // A turn under the answerer's label that asks, right after the host called someone
        // by name: that asker's question, misprinted.
        if (para.maybe_question && para.opens) misprinted = called.has_value();
        if (!para.question && !(para.maybe_question && misprinted)) {
            ++host_paragraphs;
            host_words += word_count(text);
            host_text.append(text).push_back(' ');
            if (hands_the_floor(text, asker)) {
                handed = true;
                bids_go_on = bids_go_on && only_go_ahead(text, asker);
            }
            asked_who = asks_who(text);
            asked_back = asks_back(text);
            // The host answered at length after reopening a line: the call is spent.
            if (reopened && word_count(text) > kShortReply) {
                called.reset();
                reopened = false;
            }
            const auto calls = asker_called(std::string(text));
            if (auto name = calls) {
                called = name;
                // `Can we open up the line again, please, for Jordan Fabian?`: the line
                // reopened is that of the question just asked, whose asker it names.
                if (reopens_a_line(text) && !chain.empty()) {
                    for (auto q : chain)
                        if (!out[q]) out[q] = name;
                    reopened = true;
                }
            }
            called_alone = asker_called_alone(std::string(text));
            // The host's call printed inside the guest's paragraph, under the host's label.
            if (!calls && !called_alone)
                if (const auto inner = after_inner_label(text); !inner.empty()) {
                    if (auto name = asker_called(inner)) called = name;
                    else called_alone = asker_called_alone(inner);
                }
            // `Mike, why don't you go ahead.`: the one asker introduced with that first name.
            if (!called_alone)
                if (auto first = first_name_called(std::string(text))) {
                    const auto folded = schema::fold(*first);
                    std::optional<std::string> match;
                    bool unique = true;
                    for (const auto& name : introduced)
                        if (schema::fold(name.substr(0, name.find(' '))) == folded) {
                            unique = unique && (!match || *match == name);
                            match = name;
                        }
                    if (match && unique) called_alone = match;
                }
            for (auto& name : askers_introduced(std::string(text)))
                introduced.push_back(std::move(name));
            continue;
        }
        if (para.opens) {
            if (!called && called_alone) called = called_alone;
            called_alone.reset();
            const std::string body(text);
            const auto folded = schema::fold(body);
            // The same asker: finishing a question the host broke into, or a follow-up
            // after a short reply that gave the floor to no one.
            const bool linked = (dangling && dash(text, false)) ||
                                (host_paragraphs > 0 &&
                                 (host_words <= kShortReply || holds_floor || asked_back) &&
                                 !handed && !opens_like_a_new_asker(folded) &&
                                 !gives_name_and_outlet(body)) ||
                                (host_paragraphs > 0 && !handed && presses_on(folded) &&
                                 !asker.empty()) ||
                                // `Mr. President, this question is for you.`: the asker
                                // called by name turns to the other leader.
                                (host_paragraphs > 0 && holds_floor && !handed &&
                                 turns_to_another_leader(folded)) ||
                                // `David, I'm not so sure he has …` in the answer: the
                                // host speaking to the asker, whose follow-up it invites.
                                (host_paragraphs > 0 && !handed && !asker.empty() &&
                                 speaks_to_first_name(host_text, asker) &&
                                 !gives_name_and_outlet(body)) ||
                                (yet_to_ask && host_paragraphs > 0 &&
                                 host_words <= kShortReply && (!handed || bids_go_on));
            const bool was_yet_to_ask = std::exchange(yet_to_ask, false);
            if (auto name = self_introduced(body)) {
                // `Who are you with?` … `I'm Michael Birnbaum, with the Washington Post.`:
                // who answers the host's question asked the questions linked before it.
                const bool answers_who = asked_who && host_paragraphs > 0;
                bool asked_before = false;
                if (answers_who)
                    for (auto q : chain) {
                        if (!out[q]) out[q] = name;
                        asked_before = asked_before ||
                                       paragraphs[q].text.find('?') != std::string_view::npos;
                    }
                // Called by that name just before (`Shall we start with Lida Tikka?`), or named
                // at the host's asking, they hold the floor as one called by name does.
                // (Or by first name: `Asma from NPR.` … `Asma Khalid with NPR.`)
                const bool was_called =
                    host_paragraphs > 0 &&
                    ((called && schema::fold(*called) == schema::fold(*name)) ||
                     calls_first_name(host_text, *name));
                drop();
                asker = *name;
                holds_floor = answers_who || was_called;
                // (Who names themself at the host's asking after questions has asked.)
                yet_to_ask = !asked_before && body.find('?') == std::string::npos;
            } else if (auto reply =
                           asked_who && host_paragraphs > 0 ? name_in_reply(body) : std::nullopt) {
                // Who asked before the host's `Who are you with?` is who answers it.
                for (auto q : chain)
                    if (!out[q]) out[q] = reply;
                asker = *reply;
            } else if (called && host_paragraphs > 0) {
                drop();
                asker = *called;
                holds_floor = true;
                // Called by name, they may first give it and their outlet, no question yet
                // (`Question: Alexander Gamov, Komsomolskaya Pravda.`).
                yet_to_ask = body.find('?') == std::string::npos || checks_the_line(folded);
            } else if (!linked) {
                drop();
            } else {
                // `Question: Alexander Gamov, Komsomolskaya Pravda.` … `Reply: Yes, we are an
                // empire.`: banter with the host before the question; it is still to come.
                yet_to_ask = was_yet_to_ask && body.find('?') == std::string::npos;
            }
            called.reset();
            reopened = false;
            host_words = host_paragraphs = 0;
            host_text.clear();
            handed = asked_who = asked_back = false;
            bids_go_on = true;
        } else if (text.find('?') != std::string_view::npos) {
            yet_to_ask = false;  // the question, in a later paragraph of the turn
        }
        if (!para.opens && asker.empty()) {
            // `Q Thank you, Mr. President.` … `Laura Barrón-López with the PBS NewsHour. All
            // over the country …`: an asker who gives their name at the start of a later
            // paragraph of the turn asked all of it, and the questions linked to it before.
            const std::string body(text);
            if (auto name = self_introduced(body); name && body.starts_with(*name)) {
                asker = *name;
                for (auto q : chain)
                    if (!out[q]) out[q] = asker;
            }
        }
        chain.push_back(p);
        if (!asker.empty()) out[p] = asker;
        dangling = dash(text, true);
    }
    return out;
}

}  // namespace newsdex::attribution
